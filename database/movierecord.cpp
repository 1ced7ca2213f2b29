#include "movierecord.h"

#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieRecords)
};

constexpr int MaxDuration = 100000;
constexpr qsizetype MaxBudgetLength = 40; // as the schema's CHECK on movies.budget

constexpr auto SelectMovieSql = R"(
    SELECT title, description, budget, release_date, duration, director_id, country_id, poster_file_id,
           created_at, updated_at
    FROM movies WHERE id = ?)";
constexpr auto SelectGenresSql = R"(
    SELECT genre_id FROM movie_genres WHERE movie_id = ? ORDER BY genre_id)";
constexpr auto SelectCharactersSql = R"(
    SELECT id, name, description, role, created_at, updated_at
    FROM characters WHERE movie_id = ? ORDER BY id)";
constexpr auto SelectCastSql = R"(
    SELECT id, person_id, character_id, created_at, updated_at
    FROM movie_actors WHERE movie_id = ? ORDER BY id)";
constexpr auto SelectSourcesSql = R"(
    SELECT source, source_id FROM movie_sources WHERE movie_id = ? ORDER BY id)";
constexpr auto InsertSourceSql = R"(
    INSERT INTO movie_sources (movie_id, source, source_id) VALUES (?, ?, ?))";
constexpr auto SelectFavoritesSql = R"(
    SELECT user_id, created_at FROM favorite_movies WHERE movie_id = ? ORDER BY id)";
constexpr auto MovieExistsSql = R"(
    SELECT 1 FROM movies WHERE id = ?)";

// A NULL id asks the catalog for a new one; restore binds the old one.
constexpr auto InsertMovieSql = R"(
    INSERT INTO movies (id, title, description, budget, release_date, duration, director_id, country_id,
                        poster_file_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
// updated_at is left to the movies_touch_updated_at trigger.
constexpr auto UpdateMovieSql = R"(
    UPDATE movies SET title = ?, description = ?, budget = ?, release_date = ?, duration = ?,
                      director_id = ?, country_id = ?, poster_file_id = ?
    WHERE id = ?)";
constexpr auto DeleteMovieSql = R"(
    DELETE FROM movies WHERE id = ?)";

constexpr auto InsertGenreSql = R"(
    INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?))";
constexpr auto DeleteGenreSql = R"(
    DELETE FROM movie_genres WHERE movie_id = ? AND genre_id = ?)";

constexpr auto InsertCharacterSql = R"(
    INSERT INTO characters (id, movie_id, name, description, role, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?))";
constexpr auto UpdateCharacterSql = R"(
    UPDATE characters SET name = ?, description = ?, role = ? WHERE id = ?)";
constexpr auto DeleteCharacterSql = R"(
    DELETE FROM characters WHERE id = ?)";

constexpr auto InsertCastSql = R"(
    INSERT INTO movie_actors (id, movie_id, person_id, character_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto UpdateCastSql = R"(
    UPDATE movie_actors SET person_id = ?, character_id = ? WHERE id = ?)";
constexpr auto DeleteCastSql = R"(
    DELETE FROM movie_actors WHERE id = ?)";

constexpr auto InsertFavoriteSql = R"(
    INSERT INTO favorite_movies (user_id, movie_id, created_at) VALUES (?, ?, ?))";


bool isBlank(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : nullId();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// ISO 8601 UTC with milliseconds, the form the schema's defaults and triggers write.
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString timestampOr(const QString &timestamp, const QString &fallback)
{
    return timestamp.isEmpty() ? fallback : timestamp;
}

bool prepare(QSqlQuery &query, const char *sql)
{
    return query.prepare(QString::fromLatin1(sql));
}

bool execute(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

QString databaseText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

// SQLite's own words for the two failures a user can cause by editing elsewhere meanwhile.
bool isForeignKeyFailure(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
}

bool isUniqueFailure(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

Error noSuchMovie(qint64 movieId)
{
    return Error{Tr::tr("There is no movie %1 in the catalog.").arg(movieId)};
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The movie could not be read from the catalog: %1").arg(databaseText(query.lastError()))};
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(databaseText(db.lastError()))};
}

Error commitError(QSqlDatabase db)
{
    return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(databaseText(db.lastError()))};
}

Error saveError(const QSqlError &error, const QString &title)
{
    if (isForeignKeyFailure(error))
        return Error{Tr::tr("“%1” could not be saved because a person, genre, country or poster it refers to "
                            "is not in the catalog.").arg(title)};
    return Error{Tr::tr("“%1” could not be saved: %2").arg(title, databaseText(error))};
}

Error restoreError(const QSqlError &error, const QString &title)
{
    if (isForeignKeyFailure(error))
        return Error{Tr::tr("“%1” could not be put back because a person, genre, country, poster or user it "
                            "refers to is no longer in the catalog.").arg(title)};
    if (isUniqueFailure(error))
        return Error{Tr::tr("“%1” could not be put back because the catalog has changed since it was deleted: "
                            "one of its records has been taken by another entry.").arg(title)};
    return Error{Tr::tr("“%1” could not be put back: %2").arg(title, databaseText(error))};
}

Error removeError(const QSqlError &error)
{
    return Error{Tr::tr("The movies could not be deleted: %1").arg(databaseText(error))};
}

// The statements of one write, each prepared on first use and then run again with new values.
// A failure becomes the sentence the user sees, worded for the kind of write by explain.
class Writer final
{
public:
    using Explain = std::function<Error(const QSqlError &)>;

    Writer(QSqlDatabase db, Explain explain)
        : m_db(std::move(db))
        , m_explain(std::move(explain))
    {
    }

    bool run(const char *sql, const QVariantList &values)
    {
        auto [it, added] = m_queries.try_emplace(sql, m_db);
        m_last = &it->second;
        if (added && !prepare(*m_last, sql)) {
            m_error = m_last->lastError();
            m_last = nullptr;
            m_queries.erase(it);
            return false;
        }
        if (!execute(*m_last, values)) {
            m_error = m_last->lastError();
            return false;
        }
        return true;
    }

    // Of the statement run last, when it succeeded.
    qint64 lastInsertId() const { return m_last->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_last->numRowsAffected(); }
    // Why the statement run last failed, in a sentence.
    Error failure() const { return m_explain(m_error); }

    // Before a commit: no statement of this write may be left open.
    void finish()
    {
        for (auto &[sql, query] : m_queries)
            query.finish();
    }

private:
    QSqlDatabase m_db;
    Explain m_explain;
    std::unordered_map<const char *, QSqlQuery> m_queries; // by the address of the SQL constant
    QSqlQuery *m_last = nullptr;
    QSqlError m_error;
};

// Reads the movie with its genres, characters, cast and the timestamps of each row (no favorites).
Result<MovieSnapshot> readMovie(QSqlDatabase db, qint64 movieId)
{
    MovieSnapshot snapshot;
    MovieRecord &movie = snapshot.movie;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, SelectMovieSql) || !execute(query, {movieId}))
        return readError(query);
    if (!query.next())
        return query.lastError().isValid() ? readError(query) : noSuchMovie(movieId);
    movie.id = movieId;
    movie.title = query.value(0).toString();
    movie.description = query.value(1).toString();
    movie.budget = query.value(2).toString();
    movie.releaseDate = query.value(3).toString();
    if (!query.value(4).isNull())
        movie.duration = query.value(4).toInt();
    movie.directorId = optionalId(query.value(5));
    movie.countryId = optionalId(query.value(6));
    movie.posterFileId = optionalId(query.value(7));
    movie.createdAt = query.value(8).toString();
    movie.updatedAt = query.value(9).toString();
    query.finish();

    if (!prepare(query, SelectGenresSql) || !execute(query, {movieId}))
        return readError(query);
    while (query.next())
        movie.genreIds.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    QHash<qint64, int> characterIndex;
    if (!prepare(query, SelectCharactersSql) || !execute(query, {movieId}))
        return readError(query);
    while (query.next()) {
        CharacterRecord character;
        character.id = query.value(0).toLongLong();
        character.name = query.value(1).toString();
        character.description = query.value(2).toString();
        character.role = query.value(3).toString();
        characterIndex.insert(character.id, int(movie.characters.size()));
        movie.characters.append(character);
        snapshot.characterTimestamps.append({query.value(4).toString(), query.value(5).toString()});
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (!prepare(query, SelectCastSql) || !execute(query, {movieId}))
        return readError(query);
    while (query.next()) {
        CastRecord entry;
        entry.id = query.value(0).toLongLong();
        entry.personId = query.value(1).toLongLong();
        // The schema keeps a cast link's character in the same movie, so it is always found.
        if (!query.value(2).isNull())
            entry.characterIndex = characterIndex.value(query.value(2).toLongLong(), -1);
        movie.cast.append(entry);
        snapshot.castTimestamps.append({query.value(3).toString(), query.value(4).toString()});
    }
    if (query.lastError().isValid())
        return readError(query);
    return snapshot;
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

enum class Ids { New, Keep };

// Inserts the movie row with its genres, characters and cast. Ids::New lets the catalog number the
// rows and stamps them now (insert); Ids::Keep writes the snapshot's ids and timestamps (restore).
Result<qint64> insertMovie(Writer &writer, const MovieSnapshot &snapshot, Ids ids)
{
    const MovieRecord &movie = snapshot.movie;
    const bool keep = ids == Ids::Keep;
    const QString stamp = now();
    const auto timestamps = [&](const QList<RowTimestamps> &list, qsizetype i) {
        const RowTimestamps found = keep ? list.value(i) : RowTimestamps();
        return std::pair(timestampOr(found.createdAt, stamp), timestampOr(found.updatedAt, stamp));
    };

    if (!writer.run(InsertMovieSql,
                    {keep ? idOrNull(movie.id) : nullId(), movie.title, textOrNull(movie.description),
                     textOrNull(movie.budget), textOrNull(movie.releaseDate),
                     movie.duration ? QVariant(*movie.duration) : QVariant(QMetaType::fromType<int>()),
                     idOrNull(movie.directorId), idOrNull(movie.countryId), idOrNull(movie.posterFileId),
                     keep ? timestampOr(movie.createdAt, stamp) : stamp,
                     keep ? timestampOr(movie.updatedAt, stamp) : stamp}))
        return writer.failure();
    const qint64 movieId = writer.lastInsertId();

    for (const qint64 genreId : sortedUnique(movie.genreIds)) {
        if (!writer.run(InsertGenreSql, {movieId, genreId}))
            return writer.failure();
    }

    QList<qint64> characterIds;
    for (qsizetype i = 0; i < movie.characters.size(); ++i) {
        const CharacterRecord &character = movie.characters.at(i);
        const auto [createdAt, updatedAt] = timestamps(snapshot.characterTimestamps, i);
        if (!writer.run(InsertCharacterSql,
                        {keep ? idOrNull(character.id) : nullId(), movieId, character.name,
                         textOrNull(character.description), textOrNull(character.role), createdAt, updatedAt}))
            return writer.failure();
        characterIds.append(writer.lastInsertId());
    }

    for (qsizetype i = 0; i < movie.cast.size(); ++i) {
        const CastRecord &entry = movie.cast.at(i);
        if (entry.characterIndex < -1 || entry.characterIndex >= characterIds.size())
            return Error{Tr::tr("“%1” could not be saved: a cast entry names a character the movie does not have.")
                             .arg(movie.title)};
        const auto [createdAt, updatedAt] = timestamps(snapshot.castTimestamps, i);
        if (!writer.run(InsertCastSql,
                        {keep ? idOrNull(entry.id) : nullId(), movieId, entry.personId,
                         entry.characterIndex < 0 ? nullId() : QVariant(characterIds.at(entry.characterIndex)),
                         createdAt, updatedAt}))
            return writer.failure();
    }
    return movieId;
}

// How many leading entries of an edited list keep their stored rows. Stored rows are read back in
// id order, so an entry can keep its row only while the kept ids ascend and no new entry (id 0)
// comes before it; the entries after that point are written as new rows, in the record's order.
template <typename Row>
qsizetype keptPrefix(const QList<Row> &rows)
{
    qint64 previous = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id <= previous)
            return i;
        previous = rows.at(i).id;
    }
    return rows.size();
}

// Every id in the edited list names a stored row of this movie, once.
template <typename Row>
bool idsAreStored(const QList<Row> &edited, const QList<Row> &stored)
{
    QSet<qint64> available;
    for (const Row &row : stored)
        available.insert(row.id);
    for (const Row &row : edited) {
        if (row.id != 0 && !available.remove(row.id))
            return false;
    }
    return true;
}

// The same movie as far as update() writes it: timestamps are not written, genres are a set.
bool sameContent(MovieRecord stored, MovieRecord edited)
{
    stored.createdAt = edited.createdAt = QString();
    stored.updatedAt = edited.updatedAt = QString();
    edited.genreIds = sortedUnique(edited.genreIds);
    return stored == edited;
}

} // namespace

PartialDateForm partialDateForm(const QString &text)
{
    static const QRegularExpression form(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return PartialDateForm::Wrong;
    const int year = match.capturedView(1).toInt();
    if (year == 0)
        return PartialDateForm::Impossible;
    if (!match.hasCaptured(2))
        return PartialDateForm::Right;
    const int month = match.capturedView(2).toInt();
    if (month < 1 || month > 12)
        return PartialDateForm::Impossible;
    if (!match.hasCaptured(3))
        return PartialDateForm::Right;
    return QDate(year, month, match.capturedView(3).toInt()).isValid() ? PartialDateForm::Right : PartialDateForm::Impossible;
}

const QStringList &characterRoles()
{
    static const QStringList known{QStringLiteral("lead"), QStringLiteral("supporting"),
                                   QStringLiteral("minor"), QStringLiteral("cameo")};
    return known;
}

namespace MovieRecords {

QList<FieldProblem> validate(const MovieRecord &movie)
{
    QList<FieldProblem> problems;
    const auto problem = [&](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    if (isBlank(movie.title))
        problem("title", Tr::tr("Enter a title: every movie needs one."));

    const QString dateHint = Tr::tr("Use a year (1972), a month (1972-03) or a day (1972-03-24).");
    if (!movie.releaseDate.isEmpty()) {
        switch (partialDateForm(movie.releaseDate)) {
        case PartialDateForm::Wrong:
            problem("release_date", dateHint);
            break;
        case PartialDateForm::Impossible:
            problem("release_date", Tr::tr("“%1” is not a real date. %2").arg(movie.releaseDate, dateHint));
            break;
        case PartialDateForm::Right:
            break;
        }
    }

    if (!movie.budget.isEmpty() && canonicalBudget(movie.budget) != movie.budget) {
        if (movie.budget.size() > MaxBudgetLength && isAsciiDigits(QString(movie.budget).remove(QLatin1Char('.'))))
            problem("budget", Tr::tr("The budget is too long: use at most %1 characters.").arg(MaxBudgetLength));
        else
            problem("budget", Tr::tr("Write the budget as a plain number with a point before any decimals, such as "
                                     "1500000 or 1500000.50, without leading zeros, signs, spaces, separators or "
                                     "currency."));
    }

    if (movie.duration && (*movie.duration < 1 || *movie.duration > MaxDuration))
        problem("duration", Tr::tr("Give the duration in whole minutes, from 1 to %1.").arg(MaxDuration));

    for (qsizetype i = 0; i < movie.characters.size(); ++i) {
        const CharacterRecord &character = movie.characters.at(i);
        if (isBlank(character.name))
            problem("characters", Tr::tr("Character %1 needs a name.").arg(i + 1));
        if (!character.role.isEmpty() && !characterRoles().contains(character.role))
            problem("characters", Tr::tr("The role of character %1 must be lead, supporting, minor or cameo, "
                                         "or left empty.").arg(i + 1));
    }

    for (qsizetype i = 0; i < movie.cast.size(); ++i) {
        const CastRecord &entry = movie.cast.at(i);
        if (entry.personId <= 0)
            problem("cast", Tr::tr("Cast entry %1 needs an actor.").arg(i + 1));
        if (entry.characterIndex < -1 || entry.characterIndex >= movie.characters.size())
            problem("cast", Tr::tr("Cast entry %1 names a character that is not among the movie's characters; "
                                   "choose one of them or none.").arg(i + 1));
    }
    return problems;
}

std::optional<QString> canonicalBudget(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QString();
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QStringView whole = QStringView(text);
    QStringView fraction;
    if (point >= 0) {
        whole = QStringView(text).first(point);
        fraction = QStringView(text).sliced(point + 1);
        if (fraction.isEmpty()) // "5." and "."
            return std::nullopt;
    }
    // A second point, signs, separators, spaces, exponents and non-ASCII digits all fail here.
    if (!isAsciiDigits(whole) || !isAsciiDigits(fraction))
        return std::nullopt;
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole = whole.sliced(1);
    QString canonical = whole.isEmpty() ? QStringLiteral("0") : whole.toString(); // ".5" is "0.5"
    if (point >= 0)
        canonical += QLatin1Char('.') + fraction.toString();
    if (canonical.size() > MaxBudgetLength)
        return std::nullopt;
    return canonical;
}

Result<MovieRecord> load(QSqlDatabase db, qint64 movieId)
{
    Result<MovieSnapshot> read = readMovie(db, movieId);
    if (!read)
        return Error{read.error()};
    return std::move(read->movie);
}

Result<qint64> insert(QSqlDatabase db, const MovieRecord &movie)
{
    if (const QList<FieldProblem> problems = validate(movie); !problems.isEmpty())
        return Error{problems.first().message};

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Writer writer(db, [&movie](const QSqlError &error) { return saveError(error, movie.title); });
    MovieSnapshot snapshot;
    snapshot.movie = movie;
    Result<qint64> inserted = insertMovie(writer, snapshot, Ids::New);
    if (!inserted)
        return inserted;
    writer.finish();
    if (!transaction.commit())
        return commitError(db);
    return inserted;
}

Result<void> update(QSqlDatabase db, const MovieRecord &movie)
{
    if (const QList<FieldProblem> problems = validate(movie); !problems.isEmpty())
        return Error{problems.first().message};

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<MovieSnapshot> read = readMovie(db, movie.id);
    if (!read)
        return Error{read.error()};
    const MovieRecord &stored = read->movie;
    if (!idsAreStored(movie.characters, stored.characters) || !idsAreStored(movie.cast, stored.cast))
        return Error{Tr::tr("“%1” has changed in the catalog since it was opened. Open it again and repeat "
                            "the edit.").arg(stored.title)};
    if (sameContent(stored, movie))
        return {};

    Writer writer(db, [&movie](const QSqlError &error) { return saveError(error, movie.title); });
    if (!writer.run(UpdateMovieSql,
                    {movie.title, textOrNull(movie.description), textOrNull(movie.budget),
                     textOrNull(movie.releaseDate),
                     movie.duration ? QVariant(*movie.duration) : QVariant(QMetaType::fromType<int>()),
                     idOrNull(movie.directorId), idOrNull(movie.countryId), idOrNull(movie.posterFileId),
                     movie.id}))
        return writer.failure();

    const QList<qint64> genres = sortedUnique(movie.genreIds);
    for (const qint64 genreId : stored.genreIds) {
        if (!genres.contains(genreId) && !writer.run(DeleteGenreSql, {movie.id, genreId}))
            return writer.failure();
    }
    for (const qint64 genreId : genres) {
        if (!stored.genreIds.contains(genreId) && !writer.run(InsertGenreSql, {movie.id, genreId}))
            return writer.failure();
    }

    // New rows are inserted before removed ones are deleted, so that this edit never gives a new
    // row the id of one it removes, and kept cast links never point at a deleted character.
    const QString stamp = now();
    QHash<qint64, CharacterRecord> storedCharacters;
    for (const CharacterRecord &character : stored.characters)
        storedCharacters.insert(character.id, character);
    const qsizetype keptCharacters = keptPrefix(movie.characters);
    QSet<qint64> keptCharacterIds;
    QList<qint64> characterIds;
    for (qsizetype i = 0; i < movie.characters.size(); ++i) {
        const CharacterRecord &character = movie.characters.at(i);
        if (i < keptCharacters) {
            keptCharacterIds.insert(character.id);
            characterIds.append(character.id);
            if (storedCharacters.value(character.id) != character
                && !writer.run(UpdateCharacterSql, {character.name, textOrNull(character.description),
                                                    textOrNull(character.role), character.id}))
                return writer.failure();
        } else {
            if (!writer.run(InsertCharacterSql, {nullId(), movie.id, character.name, textOrNull(character.description),
                                                 textOrNull(character.role), stamp, stamp}))
                return writer.failure();
            characterIds.append(writer.lastInsertId());
        }
    }

    const auto storedCharacterId = [&stored](int index) {
        return index < 0 ? qint64(0) : stored.characters.at(index).id;
    };
    QHash<qint64, CastRecord> storedCast;
    for (const CastRecord &entry : stored.cast)
        storedCast.insert(entry.id, entry);
    const qsizetype keptCast = keptPrefix(movie.cast);
    QSet<qint64> keptCastIds;
    for (qsizetype i = 0; i < movie.cast.size(); ++i) {
        const CastRecord &entry = movie.cast.at(i);
        const qint64 characterId = entry.characterIndex < 0 ? 0 : characterIds.at(entry.characterIndex);
        if (i < keptCast) {
            keptCastIds.insert(entry.id);
            const CastRecord before = storedCast.value(entry.id);
            if ((before.personId != entry.personId || storedCharacterId(before.characterIndex) != characterId)
                && !writer.run(UpdateCastSql, {entry.personId, idOrNull(characterId), entry.id}))
                return writer.failure();
        } else if (!writer.run(InsertCastSql,
                               {nullId(), movie.id, entry.personId, idOrNull(characterId), stamp, stamp})) {
            return writer.failure();
        }
    }

    for (const CastRecord &entry : stored.cast) {
        if (!keptCastIds.contains(entry.id) && !writer.run(DeleteCastSql, {entry.id}))
            return writer.failure();
    }
    for (const CharacterRecord &character : stored.characters) {
        if (!keptCharacterIds.contains(character.id) && !writer.run(DeleteCharacterSql, {character.id}))
            return writer.failure();
    }

    writer.finish();
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<MovieRecord> duplicate(QSqlDatabase db, qint64 movieId)
{
    Result<MovieRecord> loaded = load(db, movieId);
    if (!loaded)
        return loaded;
    MovieRecord copy = std::move(loaded.value());
    copy.id = 0;
    copy.title = Tr::tr("%1 (copy)").arg(copy.title);
    copy.createdAt.clear();
    copy.updatedAt.clear();
    for (CharacterRecord &character : copy.characters)
        character.id = 0;
    for (CastRecord &entry : copy.cast)
        entry.id = 0;
    return copy;
}

Result<MovieSnapshot> snapshot(QSqlDatabase db, qint64 movieId)
{
    Result<MovieSnapshot> read = readMovie(db, movieId);
    if (!read)
        return read;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, SelectFavoritesSql) || !execute(query, {movieId}))
        return readError(query);
    while (query.next()) {
        read->favoriteUserIds.append(query.value(0).toLongLong());
        read->favoriteCreatedAt.append(query.value(1).toString());
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();
    if (!prepare(query, SelectSourcesSql) || !execute(query, {movieId}))
        return readError(query);
    while (query.next())
        read->sources.append({query.value(0).toString(), query.value(1).toString()});
    if (query.lastError().isValid())
        return readError(query);
    return read;
}

Result<void> remove(QSqlDatabase db, const QList<qint64> &movieIds)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Writer writer(db, removeError);
    for (const qint64 movieId : sortedUnique(movieIds)) {
        if (!writer.run(DeleteMovieSql, {movieId}))
            return writer.failure();
        if (writer.rowsAffected() == 0)
            return noSuchMovie(movieId);
    }
    writer.finish();
    if (!transaction.commit())
        return commitError(db);
    return {};
}

namespace {

// Puts snapshots back inside the caller's transaction.
Result<void> putBack(QSqlDatabase db, const QList<MovieSnapshot> &snapshots)
{
    const QString stamp = now();
    for (const MovieSnapshot &snapshot : snapshots) {
        const QString &title = snapshot.movie.title;
        {
            QSqlQuery query(db);
            if (!prepare(query, MovieExistsSql) || !execute(query, {snapshot.movie.id}))
                return restoreError(query.lastError(), title);
            if (query.next())
                return Error{Tr::tr("“%1” could not be put back because another movie has taken its place in the "
                                    "catalog since it was deleted.").arg(title)};
        }
        Writer writer(db, [&title](const QSqlError &error) { return restoreError(error, title); });
        Result<qint64> restored = insertMovie(writer, snapshot, Ids::Keep);
        if (!restored)
            return Error{restored.error()};
        for (qsizetype i = 0; i < snapshot.favoriteUserIds.size(); ++i) {
            if (!writer.run(InsertFavoriteSql, {snapshot.favoriteUserIds.at(i), *restored,
                                                timestampOr(snapshot.favoriteCreatedAt.value(i), stamp)}))
                return writer.failure();
        }
        for (const auto &[source, sourceId] : snapshot.sources) {
            if (!writer.run(InsertSourceSql, {*restored, source, sourceId}))
                return writer.failure();
        }
        writer.finish();
    }
    return {};
}

} // namespace

Result<void> restore(QSqlDatabase db, const QList<MovieSnapshot> &snapshots)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> done = putBack(db, snapshots); !done)
        return done;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> replace(QSqlDatabase db, const MovieSnapshot &snapshot)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    {
        Writer writer(db, removeError);
        if (!writer.run(DeleteMovieSql, {snapshot.movie.id}))
            return writer.failure();
        if (writer.rowsAffected() == 0)
            return noSuchMovie(snapshot.movie.id);
        writer.finish();
    }
    if (Result<void> done = putBack(db, {snapshot}); !done)
        return done;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

} // namespace MovieRecords

} // namespace Reelkeeper
