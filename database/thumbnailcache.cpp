// Placeholder: being implemented.
#include "thumbnailcache.h"
namespace Reelkeeper {
ThumbnailCache::ThumbnailCache(QString cacheFolder) : m_folder(std::move(cacheFolder)) {}
QFuture<QImage> ThumbnailCache::request(const QString &, int) const { return {}; }
QString ThumbnailCache::cachePathFor(const QString &, int) const { return {}; }
} // namespace Reelkeeper
