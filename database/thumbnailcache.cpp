#include "thumbnailcache.h"

#include "mediastore.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Reelkeeper {

namespace {

QImage readCached(const QString &cachePath)
{
    QImageReader reader(cachePath, "png");
    reader.setDecideFormatFromContent(false);
    return reader.read(); // null when absent or damaged: then it is made again
}

QImage makeThumbnail(const QString &sourcePath, int edge)
{
    QImageReader reader(sourcePath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > MediaStore::MaxPixels)
        return QImage();
    // Decoders that can scale while decoding (JPEG) then skip most of the work.
    if (size.width() > edge || size.height() > edge)
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return QImage();
    if (image.width() > edge || image.height() > edge)
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void save(const QImage &image, const QString &cachePath)
{
    // A cache: when it cannot be written, the thumbnail is simply made again next time.
    if (!QDir().mkpath(QFileInfo(cachePath).absolutePath()))
        return;
    QSaveFile file(cachePath);
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
        file.commit();
}

} // namespace

ThumbnailCache::ThumbnailCache(QString cacheFolder)
    : m_folder(std::move(cacheFolder))
{
}

QFuture<QImage> ThumbnailCache::request(const QString &sourcePath, int edge) const
{
    const QString cachePath = cachePathFor(sourcePath, edge);
    return QtConcurrent::run(threadPool(), [sourcePath, cachePath, edge] {
        if (cachePath.isEmpty())
            return QImage();
        MediaStore::applyAllocationLimit();
        if (QImage cached = readCached(cachePath); !cached.isNull())
            return cached;
        const QImage thumbnail = makeThumbnail(sourcePath, edge);
        if (!thumbnail.isNull())
            save(thumbnail, cachePath);
        return thumbnail;
    });
}

QThreadPool *ThumbnailCache::threadPool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        threads->setObjectName(QStringLiteral("thumbnails"));
        return threads;
    }();
    return pool;
}

QString ThumbnailCache::cachePathFor(const QString &sourcePath, int edge) const
{
    const QString name = QFileInfo(sourcePath).completeBaseName();
    if (m_folder.isEmpty() || name.isEmpty() || edge <= 0)
        return QString();
    return m_folder + QLatin1Char('/') + QString::number(edge) + QLatin1Char('/') + name + QStringLiteral(".png");
}

} // namespace Reelkeeper
