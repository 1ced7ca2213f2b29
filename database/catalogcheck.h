#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Reelkeeper {

class MediaStore;

// What `reelkeeper check` finds in a catalog: SQLite's integrity and foreign-key checks, and the
// media folder against the `files` table.
struct CheckReport
{
    QStringList errors;   // the catalog is damaged or incomplete: the command fails
    QStringList warnings; // worth knowing, harmless (for example files no row uses)

    bool isHealthy() const { return errors.isEmpty(); }
};

// Runs every check; takes a while on a large catalog (it reads every page and every media file).
CheckReport checkCatalog(QSqlDatabase db, const MediaStore &media);

} // namespace Reelkeeper
