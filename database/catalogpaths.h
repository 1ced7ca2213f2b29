#pragma once

#include <QString>

// Where a catalog's files live. A catalog is its database file plus a media folder beside it;
// copying both moves the catalog whole. Thumbnails are a cache that can always be rebuilt.
namespace Reelkeeper::CatalogPaths {

// catalog.sqlite in the application data folder.
QString defaultCatalog();

// The media folder of the catalog at databasePath: "media/" beside the default catalog, and for
// any other catalog the path without its suffix plus ".media" ("films.sqlite" -> "films.media").
QString mediaFolderFor(const QString &databasePath);

// Thumbnails of media files, shared by all catalogs (they are named by content hash).
QString thumbnailCache();

} // namespace Reelkeeper::CatalogPaths
