#include "movielistmodel.h"

#include "connection.h"
#include "sqlite.h"

#include <QBitArray>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Reelkeeper {

// What each search phrase matched, kept across keystrokes so that typing a second word does not
// search the first again. Emptied when the model reloads, as the catalog may have changed; a
// worker that searched before that cannot store its now outdated answer (the epoch moved on).
// Shared by the workers, hence the lock.
class MovieListModel::PhraseMatches
{
public:
    quint64 epoch() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_epoch;
    }
    std::optional<QBitArray> find(const QString &phrase) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_marks.constFind(phrase);
        return it == m_marks.constEnd() ? std::nullopt : std::optional<QBitArray>(*it);
    }
    void insert(quint64 epoch, const QString &phrase, const QBitArray &marks)
    {
        const QMutexLocker lock(&m_mutex);
        if (epoch != m_epoch || m_marks.contains(phrase))
            return;
        // A bit per movie: 125 kB a phrase at a million movies.
        constexpr qsizetype Kept = 16;
        if (m_order.size() >= Kept)
            m_marks.remove(m_order.takeFirst());
        m_marks.insert(phrase, marks);
        m_order.append(phrase);
    }
    void clear()
    {
        const QMutexLocker lock(&m_mutex);
        ++m_epoch;
        m_marks.clear();
        m_order.clear();
    }

private:
    mutable QMutex m_mutex;
    quint64 m_epoch = 0;
    QHash<QString, QBitArray> m_marks;
    QStringList m_order; // oldest first
};

struct MovieListModel::Query
{
    QString databasePath;
    MovieFilter filter;
    int sortColumn = Title;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    qint64 favoritesUser = -1;
    quint64 generation = 0;
    std::shared_ptr<const std::atomic<quint64>> latest;
    std::shared_ptr<MovieListModel::PhraseMatches> phraseMatches;
    quint64 phraseEpoch = 0;

    // True once the model has moved on to a newer filter or sort.
    bool isStale() const { return latest && latest->load(std::memory_order_relaxed) != generation; }
};

namespace {

using Row = MovieListModel::Row;

constexpr int MaxCachedBlocks = 64;

// The columns of a row, for the movies whose ids are in a JSON array (bound, never pasted).
constexpr auto RowsByIds = R"(
SELECT movies.id, movies.title, substr(movies.release_date, 1, 4), person_names.full_name, countries.name,
       (SELECT group_concat(name, ', ') FROM (
            SELECT genres.name FROM movie_genres JOIN genres ON genres.id = movie_genres.genre_id
            WHERE movie_genres.movie_id = movies.id ORDER BY genres.name COLLATE NOCASE)),
       movies.duration, files.key,
       EXISTS (SELECT 1 FROM favorite_movies
               WHERE favorite_movies.movie_id = movies.id AND favorite_movies.user_id = ?)
FROM movies
LEFT JOIN person_names ON person_names.id = movies.director_id
LEFT JOIN countries ON countries.id = movies.country_id
LEFT JOIN files ON files.id = movies.poster_file_id
WHERE movies.id IN (SELECT value FROM json_each(?)))";

// The joins every ordering may need; SQLite leaves out those an ORDER BY does not use.
constexpr auto OrderedIds = R"(
SELECT movies.id FROM movies%1
LEFT JOIN people AS director ON director.id = movies.director_id
LEFT JOIN countries ON countries.id = movies.country_id
WHERE %2
ORDER BY %3)";

QString orderBy(int column, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Unknown values go last whichever the direction; ties are broken by title, then id.
    const QString ties = QStringLiteral(", movies.title COLLATE NOCASE, movies.id");
    switch (column) {
    case MovieListModel::Year:
        return QStringLiteral("movies.release_date IS NULL, movies.release_date %1").arg(direction) + ties;
    case MovieListModel::Director:
        // Directors by family name, as in a library catalog.
        return QStringLiteral("director.id IS NULL, director.last_name COLLATE NOCASE %1, "
                              "director.first_name COLLATE NOCASE %1")
                   .arg(direction)
               + ties;
    case MovieListModel::Country:
        return QStringLiteral("countries.name IS NULL, countries.name COLLATE NOCASE %1").arg(direction) + ties;
    case MovieListModel::Genres:
        return QStringLiteral("(SELECT min(genres.name COLLATE NOCASE) FROM movie_genres JOIN genres ON genres.id = "
                              "movie_genres.genre_id WHERE movie_genres.movie_id = movies.id) IS NULL, "
                              "(SELECT group_concat(name, ', ') FROM (SELECT genres.name FROM movie_genres JOIN genres "
                              "ON genres.id = movie_genres.genre_id WHERE movie_genres.movie_id = movies.id ORDER BY "
                              "genres.name COLLATE NOCASE)) COLLATE NOCASE %1")
                   .arg(direction)
               + ties;
    case MovieListModel::Duration:
        return QStringLiteral("movies.duration IS NULL, movies.duration %1").arg(direction) + ties;
    case MovieListModel::Favorite:
        return QStringLiteral("EXISTS (SELECT 1 FROM favorite_movies WHERE favorite_movies.movie_id = movies.id "
                              "AND favorite_movies.user_id = ?) %1")
                   .arg(order == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC"))
               + ties;
    case MovieListModel::Title:
    default:
        return QStringLiteral("movies.title COLLATE NOCASE %1, movies.id %1").arg(direction);
    }
}

// The SQL and values that list the ids of every match in display order.
std::pair<QString, QVariantList> orderedIdsQuery(const MovieListModel::Query &query, bool walkTitleIndex)
{
    const SqlCondition where = MovieSearch::condition(query.filter);
    QVariantList values = where.values;
    if (query.sortColumn == MovieListModel::Favorite)
        values.append(query.favoritesUser);
    const QString sql = QLatin1String(OrderedIds)
                            .arg(walkTitleIndex ? QStringLiteral(" INDEXED BY movies_title") : QString(), where.sql,
                                 orderBy(query.sortColumn, query.sortOrder));
    return {sql, values};
}

bool usesTitleIndex(const MovieListModel::Query &query, qint64 count)
{
    // With many text matches in title order, walking the title index beats sorting the matches.
    return query.sortColumn == MovieListModel::Title && !MovieSearch::fullTextQuery(query.filter.text).isEmpty()
           && count > 5000;
}

// Whether the filter is search text alone, which the full-text index answers by itself.
bool isTextOnly(const MovieFilter &filter)
{
    MovieFilter others = filter;
    others.text.clear();
    return others.isEmpty() && !MovieSearch::fullTextQuery(filter.text).isEmpty();
}

// Many text matches in title order (a short word typed into the search of a big catalog): the
// matches are marked in a bitmap straight from the full-text index, and the title index is walked
// keeping the marked movies. Left to itself, SQLite first builds a b-tree of every match, which
// for 300,000 matches takes most of a keystroke's time. Only for text alone: other filters go
// through SQL.
bool walksTitlesForMatches(const MovieListModel::Query &query, qint64 count)
{
    return usesTitleIndex(query, count) && isTextOnly(query.filter);
}

// Every movie the search text matches, as a bitmap indexed by movie id: the movies every phrase
// matches, each phrase's from the cache or from the full-text index.
Result<QBitArray> markMatches(QSqlDatabase db, const MovieListModel::Query &query)
{
    qint64 size = 0;
    {
        QSqlQuery highest(db);
        if (!highest.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM movies")) || !highest.next())
            return Error{highest.lastError().text()};
        size = highest.value(0).toLongLong() + 1;
    }
    QBitArray all;
    bool first = true;
    for (const QString &phrase : MovieSearch::fullTextPhrases(query.filter.text)) {
        std::optional<QBitArray> marks = query.phraseMatches ? query.phraseMatches->find(phrase) : std::nullopt;
        if (!marks || marks->size() < size) {
            QBitArray found(size);
            Result<void> marked = Sqlite::forEachId(
                db, QStringLiteral("SELECT rowid FROM movie_search WHERE movie_search MATCH ?"), {phrase},
                [&found](qint64 id) {
                    if (id >= 0 && id < found.size())
                        found.setBit(id);
                    return true;
                });
            if (!marked)
                return Error{marked.error()};
            if (query.phraseMatches)
                query.phraseMatches->insert(query.phraseEpoch, phrase, found);
            marks = std::move(found);
        }
        all = first ? *marks : (all & *marks);
        first = false;
    }
    all.resize(size);
    return all;
}

// The marked movies in title order, at most limit of them (all when limit is negative).
Result<QList<qint64>> walkTitles(QSqlDatabase db, const MovieListModel::Query &query, const QBitArray &marks,
                                 qsizetype limit)
{
    QList<qint64> ids;
    const QString direction = query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Result<void> walked = Sqlite::forEachId(
        db,
        QStringLiteral("SELECT id FROM movies INDEXED BY movies_title ORDER BY title COLLATE NOCASE %1, id %1")
            .arg(direction),
        {}, [&](qint64 id) {
            if (id < marks.size() && marks.testBit(id)) {
                ids.append(id);
                if (limit >= 0 && ids.size() >= limit)
                    return false;
            }
            return true;
        });
    if (!walked)
        return Error{walked.error()};
    return ids;
}

// Few marked movies: sorted by title, all of them.
Result<QList<qint64>> sortTitles(QSqlDatabase db, const MovieListModel::Query &query, const QBitArray &marks)
{
    QJsonArray array;
    for (qsizetype id = 0; id < marks.size(); ++id) {
        if (marks.testBit(id))
            array.append(id);
    }
    const QString direction = query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return Sqlite::selectIds(db,
                             QStringLiteral("SELECT id FROM movies WHERE id IN (SELECT value FROM json_each(?)) "
                                            "ORDER BY title COLLATE NOCASE %1, id %1")
                                 .arg(direction),
                             {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
}

Result<QList<qint64>> matchesInTitleOrder(QSqlDatabase db, const MovieListModel::Query &query, qsizetype limit)
{
    Result<QBitArray> marks = markMatches(db, query);
    if (!marks)
        return Error{marks.error()};
    return walkTitles(db, query, marks.value(), limit);
}

Result<QList<qint64>> idsOfBlock(QSqlDatabase db, const MovieListModel::Query &query, qint64 count, int block)
{
    auto [sql, values] = orderedIdsQuery(query, usesTitleIndex(query, count));
    values << MovieListModel::BlockSize << qint64(block) * MovieListModel::BlockSize;
    return Sqlite::selectIds(db, sql + QStringLiteral(" LIMIT ? OFFSET ?"), values);
}

Result<QList<Row>> rowsOf(QSqlDatabase db, const QList<qint64> &ids, qint64 favoritesUser)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String(RowsByIds)))
        return Error{query.lastError().text()};
    query.addBindValue(favoritesUser);
    query.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error{query.lastError().text()};
    QHash<qint64, Row> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.year = query.value(2).toString();
        row.director = query.value(3).toString();
        row.country = query.value(4).toString();
        row.genres = query.value(5).toString();
        if (!query.value(6).isNull())
            row.duration = query.value(6).toInt();
        row.posterKey = query.value(7).toString();
        row.favorite = query.value(8).toBool();
        byId.insert(row.id, row);
    }
    QList<Row> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        // A movie deleted since its id was listed is simply left out.
        if (auto it = byId.constFind(id); it != byId.constEnd())
            rows.append(*it);
    }
    return rows;
}

struct FirstLoad
{
    qint64 count = 0;
    QList<Row> rows;
    QList<qint64> allIds; // when the order had to be computed whole anyway
    bool idsComplete = false;
    QBitArray marks; // the text matches, when the titles are walked for them
    QString error;
};

FirstLoad loadFirst(const MovieListModel::Query &query)
{
    FirstLoad result;
    ThreadConnection connection(query.databasePath);
    if (!connection.isOpen()) {
        result.error = connection.error();
        return result;
    }
    QSqlDatabase db = connection.database();
    const Sqlite::StopWhen stop(db, [&query] { return query.isStale(); });
    // Search text alone in title order: one pass over the full-text index (or none, for phrases
    // searched a keystroke earlier) gives the count and the matches: many are walked in the title
    // index for the first block, few are sorted whole.
    if (query.sortColumn == MovieListModel::Title && isTextOnly(query.filter)) {
        Result<QBitArray> marks = markMatches(db, query);
        if (!marks) {
            result.error = marks.error();
            return result;
        }
        result.count = marks->count(true);
        if (walksTitlesForMatches(query, result.count)) {
            result.marks = marks.value();
            Result<QList<qint64>> first = walkTitles(db, query, marks.value(), MovieListModel::BlockSize);
            Result<QList<Row>> rows = first ? rowsOf(db, first.value(), query.favoritesUser)
                                            : Result<QList<Row>>(Error{first.error()});
            if (rows)
                result.rows = rows.value();
            else
                result.error = rows.error();
            return result;
        }
        Result<QList<qint64>> all = sortTitles(db, query, marks.value());
        Result<QList<Row>> rows = all ? rowsOf(db, all->mid(0, MovieListModel::BlockSize), query.favoritesUser)
                                      : Result<QList<Row>>(Error{all.error()});
        if (rows) {
            result.allIds = all.value();
            result.idsComplete = true;
            result.rows = rows.value();
        } else {
            result.error = rows.error();
        }
        return result;
    } else {
        Result<qint64> count = MovieSearch::count(db, query.filter);
        if (!count) {
            result.error = count.error();
            return result;
        }
        result.count = count.value();
    }
    // Title order comes from an index, so the first block can be read on its own. Any other order
    // is a sort of every match, which the first block would pay for as much as the whole list:
    // then the whole list is made once.
    Result<QList<qint64>> ids = QList<qint64>();
    if (query.sortColumn == MovieListModel::Title) {
        ids = idsOfBlock(db, query, result.count, 0);
    } else {
        const auto [sql, values] = orderedIdsQuery(query, false);
        Result<QList<qint64>> all = Sqlite::selectIds(db, sql, values);
        if (all) {
            result.allIds = all.value();
            result.idsComplete = true;
            ids = result.allIds.mid(0, MovieListModel::BlockSize);
        } else {
            ids = Error{all.error()};
        }
    }
    if (!ids) {
        result.error = ids.error();
        return result;
    }
    Result<QList<Row>> rows = rowsOf(db, ids.value(), query.favoritesUser);
    if (!rows)
        result.error = rows.error();
    else
        result.rows = rows.value();
    return result;
}

struct IdsLoad
{
    QList<qint64> ids;
    QString error;
};

// Lowers the priority of the current pool thread for as long as it lives.
class IdlePriority
{
public:
    IdlePriority() { QThread::currentThread()->setPriority(QThread::IdlePriority); }
    ~IdlePriority() { QThread::currentThread()->setPriority(QThread::NormalPriority); }
    IdlePriority(const IdlePriority &) = delete;
    IdlePriority &operator=(const IdlePriority &) = delete;
};

// Every match's id in display order. It yields the processor to the next keystroke's first rows
// and to the window (idle priority), and reuses the matches the first load marked.
IdsLoad loadAllIds(const MovieListModel::Query &query, qint64 count, const QBitArray &marks)
{
    const IdlePriority idle;
    IdsLoad result;
    ThreadConnection connection(query.databasePath);
    if (!connection.isOpen()) {
        result.error = connection.error();
        return result;
    }
    const Sqlite::StopWhen stop(connection.database(), [&query] { return query.isStale(); });
    const auto [sql, values] = orderedIdsQuery(query, usesTitleIndex(query, count));
    Result<QList<qint64>> ids = QList<qint64>();
    if (!walksTitlesForMatches(query, count))
        ids = Sqlite::selectIds(connection.database(), sql, values);
    else if (!marks.isEmpty())
        ids = walkTitles(connection.database(), query, marks, -1);
    else
        ids = matchesInTitleOrder(connection.database(), query, -1);
    if (ids)
        result.ids = ids.value();
    else
        result.error = ids.error();
    return result;
}

struct BlockLoad
{
    QList<Row> rows;
    QString error;
};

BlockLoad loadBlock(const MovieListModel::Query &query, qint64 count, int block, QList<qint64> ids)
{
    BlockLoad result;
    ThreadConnection connection(query.databasePath);
    if (!connection.isOpen()) {
        result.error = connection.error();
        return result;
    }
    if (ids.isEmpty()) {
        Result<QList<qint64>> listed = idsOfBlock(connection.database(), query, count, block);
        if (!listed) {
            result.error = listed.error();
            return result;
        }
        ids = listed.value();
    }
    Result<QList<Row>> rows = rowsOf(connection.database(), ids, query.favoritesUser);
    if (rows)
        result.rows = rows.value();
    else
        result.error = rows.error();
    return result;
}

} // namespace

MovieListModel::MovieListModel(QString databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_phraseMatches(std::make_shared<PhraseMatches>())
{
    // Reads of this model queue behind each other, not behind thumbnails in the global pool.
    m_pool.setMaxThreadCount(2);
    startLoading();
}

MovieListModel::~MovieListModel()
{
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed);
    m_pool.clear();
    m_pool.waitForDone();
}

MovieListModel::Query MovieListModel::currentQuery() const
{
    return {m_databasePath, m_filter,   m_sortColumn,     m_sortOrder,
            m_favoritesUser.value_or(-1), m_generation, m_latest, m_phraseMatches,
            m_phraseMatches->epoch()};
}

int MovieListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int MovieListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovieListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int block = index.row() / BlockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd() || index.row() % BlockSize >= it->size()) {
        requestBlock(block);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    if (m_recentBlocks.isEmpty() || m_recentBlocks.constLast() != block) {
        m_recentBlocks.removeOne(block);
        m_recentBlocks.append(block);
    }
    const Row &row = it->at(index.row() % BlockSize);
    switch (role) {
    case MovieIdRole:
        return row.id;
    case PosterKeyRole:
        return row.posterKey;
    case LoadedRole:
        return true;
    case FavoriteRole:
        return m_favoritesUser && row.favorite;
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Favorite)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Favorite && m_favoritesUser)
            return row.favorite ? tr("In your favorites: click to remove") : tr("Click to add to your favorites");
        if (index.column() == Favorite)
            return {};
        if (index.column() == Title || index.column() == Genres)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return row.title;
    case Year:
        return row.year;
    case Director:
        return row.director;
    case Country:
        return row.country;
    case Genres:
        return row.genres;
    case Duration:
        if (!row.duration)
            return {};
        return role == SortRole ? QVariant(*row.duration) : QVariant(tr("%1 min").arg(QLocale().toString(*row.duration)));
    case Favorite:
        if (role == SortRole)
            return row.favorite;
        // An outlined star where a click would add one; nothing at all for a guest.
        if (!m_favoritesUser)
            return QString();
        return row.favorite ? QStringLiteral("\u2605") : QStringLiteral("\u2606");
    }
    return {};
}

QVariant MovieListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Year:
        return tr("Year");
    case Director:
        return tr("Director");
    case Country:
        return tr("Country");
    case Genres:
        return tr("Genres");
    case Duration:
        return tr("Duration");
    case Favorite:
        return tr("Favorite");
    }
    return {};
}

void MovieListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    startLoading();
}

bool MovieListModel::setFilter(const MovieFilter &wanted)
{
    MovieFilter filter = wanted;
    if (filter.favoritesOf)
        filter.favoritesOf = m_favoritesUser; // only ever the signed-in user's; a guest has none
    const SqlCondition before = MovieSearch::condition(m_filter);
    const SqlCondition after = MovieSearch::condition(filter);
    m_filter = filter;
    if (before.sql == after.sql && before.values == after.values)
        return false;
    startLoading();
    return true;
}

void MovieListModel::setFavoritesOf(std::optional<qint64> userId)
{
    if (userId == m_favoritesUser)
        return;
    m_favoritesUser = userId;
    if (m_filter.favoritesOf)
        m_filter.favoritesOf = userId; // "My favorites" of whoever is signed in now
    startLoading();
}

void MovieListModel::reload()
{
    m_phraseMatches->clear();
    startLoading();
}

qint64 MovieListModel::movieIdAt(int row) const
{
    if (m_idsComplete)
        return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
    const auto it = m_blocks.constFind(row / BlockSize);
    return it != m_blocks.constEnd() && row % BlockSize < it->size() ? it->at(row % BlockSize).id : 0;
}

int MovieListModel::rowOfMovie(qint64 movieId) const
{
    if (m_idsComplete)
        return int(m_ids.indexOf(movieId));
    for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == movieId)
                return it.key() * BlockSize + i;
        }
    }
    return -1;
}

void MovieListModel::startLoading()
{
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed); // running work for older ones stops
    m_pendingBlocks.clear();
    m_loadTimer.start();
    setLoading(true);
    if (m_firstLoadRunning) {
        m_firstLoadQueued = true;
        return;
    }
    launchFirstLoad();
}

void MovieListModel::launchFirstLoad()
{
    m_firstLoadRunning = true;
    m_firstLoadQueued = false;
    const quint64 generation = m_generation;
    const Query query = currentQuery();
    QtConcurrent::run(&m_pool, [query] { return loadFirst(query); })
        .then(this, [this, generation, query](const FirstLoad &first) {
            m_firstLoadRunning = false;
            if (m_firstLoadQueued) {
                launchFirstLoad();
                return;
            }
            if (generation != m_generation)
                return;
            if (!first.error.isEmpty()) {
                setLoading(false);
                Q_EMIT failed(first.error);
                return;
            }
            beginResetModel();
            m_count = first.count;
            m_ids.clear();
            m_idsComplete = false;
            m_blocks.clear();
            m_recentBlocks.clear();
            m_blocks.insert(0, first.rows);
            m_recentBlocks.append(0);
            endResetModel();
            Q_EMIT countChanged(m_count);
            Q_EMIT firstRowsLoaded(m_loadTimer.elapsed());

            // Everything fits in the first block, or the whole order is known already.
            if (first.idsComplete || m_count <= first.rows.size()) {
                m_ids = first.idsComplete ? first.allIds : QList<qint64>();
                if (!first.idsComplete) {
                    for (const Row &row : first.rows)
                        m_ids.append(row.id);
                }
                m_idsComplete = true;
                finishIfIdle();
                return;
            }
            const qint64 count = m_count;
            QtConcurrent::run(&m_pool, [query, count, marks = first.marks] { return loadAllIds(query, count, marks); })
                .then(this, [this, generation](const IdsLoad &all) {
                    if (generation != m_generation)
                        return;
                    if (!all.error.isEmpty()) {
                        Q_EMIT failed(all.error);
                    } else {
                        m_ids = all.ids;
                        m_idsComplete = true;
                    }
                    finishIfIdle();
                });
        });
}

void MovieListModel::requestBlock(int block) const
{
    // While a new filter or sort loads, the rows on screen are about to be replaced: fetching
    // more of them would be wasted, and would mix the old order into the new one.
    if (m_firstLoadRunning || m_pendingBlocks.contains(block))
        return;
    m_pendingBlocks.insert(block);
    QList<qint64> ids;
    if (m_idsComplete)
        ids = m_ids.mid(qsizetype(block) * BlockSize, BlockSize);
    const Query query = currentQuery();
    const qint64 count = m_count;
    auto *self = const_cast<MovieListModel *>(this);
    QtConcurrent::run(&m_pool, [query, count, block, ids] { return loadBlock(query, count, block, ids); })
        .then(self, [self, generation = query.generation, block](const BlockLoad &loaded) {
            if (generation != self->m_generation)
                return;
            self->m_pendingBlocks.remove(block);
            if (!loaded.error.isEmpty())
                Q_EMIT self->failed(loaded.error);
            else
                self->storeBlock(block, loaded.rows);
            self->finishIfIdle();
        });
}

void MovieListModel::storeBlock(int block, QList<Row> rows)
{
    m_blocks.insert(block, std::move(rows));
    m_recentBlocks.removeOne(block);
    m_recentBlocks.append(block);
    while (m_recentBlocks.size() > MaxCachedBlocks)
        m_blocks.remove(m_recentBlocks.takeFirst());
    const int first = block * BlockSize;
    const int last = int(qMin<qint64>(m_count, first + BlockSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void MovieListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void MovieListModel::finishIfIdle()
{
    if (!m_firstLoadRunning && m_idsComplete && m_pendingBlocks.isEmpty())
        setLoading(false);
}

} // namespace Reelkeeper
