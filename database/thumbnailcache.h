#pragma once

#include <QFuture>
#include <QImage>
#include <QString>

class QThreadPool;

namespace Reelkeeper {

// Thumbnails of media files, made off the GUI thread and kept in the cache folder
// (CatalogPaths::thumbnailCache()) under the image's content hash, so that any catalog can share
// them and deleting the cache only costs time.
//
// Thread rule: request() may be called from any thread; the future finishes on a thread of the
// thumbnail pool (threadPool()), so continue with QFuture::then(context, …) or a QFutureWatcher to
// come back to the GUI thread. The pool is not Qt's global pool on purpose: Qt's raster painter
// borrows global pool threads for large fills and waits for them, so decoding there would stall
// painting.
class ThumbnailCache final
{
public:
    explicit ThumbnailCache(QString cacheFolder);

    QString folder() const { return m_folder; }

    // The thumbnail of the media file at sourcePath (a content-addressed media file, so its name
    // identifies it), scaled down to fit edge x edge pixels keeping its aspect ratio (a smaller
    // image keeps its size). A null image when the source cannot be read or is larger than
    // MediaStore::MaxPixels, or when edge is not positive.
    QFuture<QImage> request(const QString &sourcePath, int edge) const;

    // The threads thumbnails are made on: one fewer than the machine has cores (at least one).
    static QThreadPool *threadPool();

    // Where the thumbnail of sourcePath at that size is cached: "<folder>/<edge>/<name>.png",
    // named by the source's base name (its content hash). Empty when edge is not positive.
    QString cachePathFor(const QString &sourcePath, int edge) const;

private:
    QString m_folder;
};

} // namespace Reelkeeper
