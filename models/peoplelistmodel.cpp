#include "peoplelistmodel.h"

#include "connection.h"
#include "sqlite.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Reelkeeper {

struct PeopleListModel::Query
{
    QString databasePath;
    PersonFilter filter;
    quint64 generation = 0;
    std::shared_ptr<const std::atomic<quint64>> latest;

    // True once the model has moved on to a newer filter.
    bool isStale() const { return latest && latest->load(std::memory_order_relaxed) != generation; }
};

namespace {

constexpr int MaxCachedBlocks = 32;
constexpr int ThumbnailCacheKb = 8 * 1024;

// The rows of these ids, one per id in the same order: a person deleted since the ids were listed
// keeps their row, empty, until the model reloads, so that rows never shift under the views.
Result<QList<PersonRow>> alignedRows(QSqlDatabase db, const QList<qint64> &ids)
{
    Result<QList<PersonRow>> found = PeopleSearch::rows(db, ids);
    if (!found || found->size() == ids.size())
        return found;
    QHash<qint64, PersonRow> byId;
    for (const PersonRow &row : found.value())
        byId.insert(row.id, row);
    QList<PersonRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        PersonRow row = byId.value(id);
        row.id = id;
        rows.append(row);
    }
    return rows;
}

struct Load
{
    QList<qint64> ids;
    QList<PersonRow> firstRows;
    QString error;
};

// Every match's id in name order and the rows of the first block, read at one moment.
Load load(const PeopleListModel::Query &query)
{
    Load result;
    ThreadConnection connection(query.databasePath);
    if (!connection.isOpen()) {
        result.error = connection.error();
        return result;
    }
    const QSqlDatabase db = connection.database();
    // A newer keystroke makes this search useless: SQLite stops at once instead of finishing it.
    const Sqlite::StopWhen stop(db, [&query] { return query.isStale(); });
    const Sqlite::ReadTransaction snapshot(db);
    Result<QList<qint64>> ids = PeopleSearch::ids(db, query.filter);
    if (!ids) {
        result.error = ids.error();
        return result;
    }
    Result<QList<PersonRow>> rows = alignedRows(db, ids->mid(0, PeopleListModel::BlockSize));
    if (!rows) {
        result.error = rows.error();
        return result;
    }
    result.ids = std::move(ids.value());
    result.firstRows = std::move(rows.value());
    return result;
}

struct BlockLoad
{
    QList<PersonRow> rows;
    QString error;
};

BlockLoad loadBlock(const QString &databasePath, const QList<qint64> &ids)
{
    BlockLoad result;
    ThreadConnection connection(databasePath);
    if (!connection.isOpen()) {
        result.error = connection.error();
        return result;
    }
    Result<QList<PersonRow>> rows = alignedRows(connection.database(), ids);
    if (rows)
        result.rows = std::move(rows.value());
    else
        result.error = rows.error();
    return result;
}

// The middle square of a photo, edge pixels wide: faces fill the list's small squares whatever
// the photo's shape.
QImage squareThumbnail(const QImage &image, int edge)
{
    if (image.isNull())
        return image;
    const int side = qMin(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    return square.scaled(edge, edge, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// Calls done with the future's result on the context's thread, always later from the event loop.
// QFuture::then(context, …) in Qt 6.4 runs the continuation at once when the future has already
// finished, which would reset the model from inside setFilter() or emit dataChanged from inside
// data(); a QFutureWatcher always reports through the event loop.
template <typename T, typename Done>
void whenFinished(QObject *context, QFuture<T> future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace

PeopleListModel::PeopleListModel(QString databasePath, QString mediaFolder, QString thumbnailFolder, QObject *parent)
    : QAbstractListModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_media(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
{
    // Reads of this model queue behind each other, not behind thumbnails or the movie list.
    m_pool.setMaxThreadCount(2);
    m_thumbnailImages.setMaxCost(ThumbnailCacheKb);
    startLoading();
}

PeopleListModel::~PeopleListModel()
{
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed);
    m_pool.clear();
    m_pool.waitForDone();
}

PeopleListModel::Query PeopleListModel::currentQuery() const
{
    return {m_databasePath, m_filter, m_generation, m_latest};
}

int PeopleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant PeopleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == PersonIdRole)
        return m_ids.at(index.row());
    const int block = index.row() / BlockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd() || index.row() % BlockSize >= it->size()) {
        requestBlock(block);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DecorationRole)
            return placeholder();
        return {};
    }
    if (m_recentBlocks.isEmpty() || m_recentBlocks.constLast() != block) {
        m_recentBlocks.removeOne(block);
        m_recentBlocks.append(block);
    }
    const PersonRow &row = it->at(index.row() % BlockSize);
    switch (role) {
    case Qt::DisplayRole:
        // The birth year tells namesakes apart (two "Paul Anderson"s are common in a film catalog).
        return row.dateOfBirth.isEmpty() ? row.name : tr("%1\nborn %2").arg(row.name, row.dateOfBirth.left(4));
    case NameRole:
    case Qt::ToolTipRole:
        return row.name;
    case Qt::DecorationRole:
        return decoration(row);
    case PhotoKeyRole:
        return row.photoKey;
    case DateOfBirthRole:
        return row.dateOfBirth;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

bool PeopleListModel::setFilter(const PersonFilter &filter)
{
    const SqlCondition before = PeopleSearch::condition(m_filter);
    const SqlCondition after = PeopleSearch::condition(filter);
    m_filter = filter;
    if (before.sql == after.sql && before.values == after.values)
        return false;
    startLoading();
    return true;
}

void PeopleListModel::reload()
{
    // A photo may have changed under the same person; the thumbnails of unchanged files are in
    // the thumbnail folder and come back quickly.
    ++m_thumbnailEpoch;
    m_thumbnailImages.clear();
    m_pendingThumbnails.clear();
    m_unreadablePhotos.clear();
    startLoading();
}

void PeopleListModel::setThumbnailSize(int edge, qreal devicePixelRatio)
{
    if (edge == m_thumbnailEdge && qFuzzyCompare(devicePixelRatio, m_pixelRatio))
        return;
    m_thumbnailEdge = qMax(1, edge);
    m_pixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    ++m_thumbnailEpoch;
    m_thumbnailImages.clear();
    m_pendingThumbnails.clear();
    m_unreadablePhotos.clear();
    m_placeholder = QImage();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {Qt::DecorationRole});
}

void PeopleListModel::startLoading()
{
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed); // running work for older ones stops
    m_pendingBlocks.clear();
    m_loadTimer.start();
    setLoading(true);
    if (m_loadRunning) {
        m_loadQueued = true;
        return;
    }
    launchLoad();
}

void PeopleListModel::launchLoad()
{
    m_loadRunning = true;
    m_loadQueued = false;
    const Query query = currentQuery();
    whenFinished(this, QtConcurrent::run(&m_pool, [query] { return load(query); }),
        [this, generation = query.generation](const Load &loaded) {
            m_loadRunning = false;
            if (m_loadQueued) {
                launchLoad();
                return;
            }
            if (generation != m_generation)
                return;
            if (!loaded.error.isEmpty()) {
                setLoading(false);
                Q_EMIT failed(loaded.error);
                return;
            }
            beginResetModel();
            m_ids = loaded.ids;
            m_blocks.clear();
            m_recentBlocks.clear();
            m_blocks.insert(0, loaded.firstRows);
            m_recentBlocks.append(0);
            endResetModel();
            Q_EMIT countChanged(m_ids.size());
            Q_EMIT firstRowsLoaded(m_loadTimer.elapsed());
            setLoading(false);
        });
}

void PeopleListModel::requestBlock(int block) const
{
    // While a new filter loads, the rows on screen are about to be replaced.
    if (m_loadRunning || m_pendingBlocks.contains(block))
        return;
    const QList<qint64> ids = m_ids.mid(qsizetype(block) * BlockSize, BlockSize);
    if (ids.isEmpty())
        return;
    m_pendingBlocks.insert(block);
    auto *self = const_cast<PeopleListModel *>(this);
    whenFinished(self, QtConcurrent::run(&m_pool, [path = m_databasePath, ids] { return loadBlock(path, ids); }),
        [self, generation = m_generation, block](const BlockLoad &loaded) {
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

void PeopleListModel::storeBlock(int block, QList<PersonRow> rows)
{
    m_blocks.insert(block, std::move(rows));
    m_recentBlocks.removeOne(block);
    m_recentBlocks.append(block);
    while (m_recentBlocks.size() > MaxCachedBlocks)
        m_blocks.remove(m_recentBlocks.takeFirst());
    const int first = block * BlockSize;
    const int last = int(qMin<qsizetype>(m_ids.size(), first + BlockSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first), index(last));
}

QVariant PeopleListModel::decoration(const PersonRow &row) const
{
    if (row.photoKey.isEmpty() || m_unreadablePhotos.contains(row.photoKey))
        return placeholder();
    if (const QImage *image = m_thumbnailImages.object(row.photoKey))
        return *image;
    requestThumbnail(row.photoKey);
    return placeholder();
}

void PeopleListModel::requestThumbnail(const QString &key) const
{
    if (m_pendingThumbnails.contains(key))
        return;
    const QString source = m_media.absolutePath(key);
    if (source.isEmpty()) {
        m_unreadablePhotos.insert(key);
        return;
    }
    m_pendingThumbnails.insert(key);
    const int edge = int(std::ceil(m_thumbnailEdge * m_pixelRatio));
    const qreal ratio = m_pixelRatio;
    auto *self = const_cast<PeopleListModel *>(this);
    // Twice the edge, so that the middle square of a portrait photo still has enough pixels; the
    // crop and scale run on the thumbnail pool too.
    QFuture<QImage> square = m_thumbnails.request(source, edge * 2).then(ThumbnailCache::threadPool(),
        [edge, ratio](const QImage &image) {
            QImage square = squareThumbnail(image, edge);
            square.setDevicePixelRatio(ratio);
            return square;
        });
    whenFinished(self, std::move(square), [self, key, epoch = m_thumbnailEpoch](const QImage &image) {
        if (epoch != self->m_thumbnailEpoch)
            return;
        self->thumbnailArrived(key, image);
    });
}

void PeopleListModel::thumbnailArrived(const QString &key, const QImage &image)
{
    m_pendingThumbnails.remove(key);
    if (image.isNull())
        m_unreadablePhotos.insert(key);
    else
        m_thumbnailImages.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    // Only the rows kept in memory can show it; the others read it from the cache when they return.
    for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).photoKey == key) {
                const QModelIndex changed = index(it.key() * BlockSize + i);
                Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
            }
        }
    }
}

QImage PeopleListModel::placeholder() const
{
    if (!m_placeholder.isNull())
        return m_placeholder;
    // A neutral silhouette in translucent grey, readable on light and dark palettes alike.
    const int edge = int(std::ceil(m_thumbnailEdge * m_pixelRatio));
    QImage image(edge, edge, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(128, 128, 128, 56));
    painter.drawRoundedRect(QRectF(0, 0, edge, edge), edge / 6.0, edge / 6.0);
    painter.setBrush(QColor(128, 128, 128, 150));
    painter.drawEllipse(QRectF(edge * 0.34, edge * 0.16, edge * 0.32, edge * 0.32));
    painter.drawChord(QRectF(edge * 0.16, edge * 0.56, edge * 0.68, edge * 0.72), 0, 180 * 16);
    painter.end();
    image.setDevicePixelRatio(m_pixelRatio);
    m_placeholder = image;
    return m_placeholder;
}

void PeopleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PeopleListModel::finishIfIdle()
{
    if (!m_loadRunning && m_pendingBlocks.isEmpty())
        setLoading(false);
}

} // namespace Reelkeeper
