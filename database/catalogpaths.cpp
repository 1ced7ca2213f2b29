#include "catalogpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Reelkeeper::CatalogPaths {

QString defaultCatalog()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog.sqlite");
}

QString mediaFolderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString absolute = info.absoluteFilePath();
    if (absolute == QFileInfo(defaultCatalog()).absoluteFilePath())
        return info.absolutePath() + QStringLiteral("/media");
    const QString suffix = info.suffix();
    const QString name = info.fileName();
    const QString stem = suffix.isEmpty() ? name : name.left(name.size() - suffix.size() - 1);
    return info.absolutePath() + QLatin1Char('/') + stem + QStringLiteral(".media");
}

QString thumbnailCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/thumbnails");
}

} // namespace Reelkeeper::CatalogPaths
