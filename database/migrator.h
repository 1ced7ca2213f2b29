#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Reelkeeper {

struct Migration
{
    int version = 0;
    QString name; // file name, for messages
    QString sql;
};

// Brings a catalog's schema up to the newest version, one numbered SQL migration at a time.
// Each migration runs in its own transaction and sets PRAGMA user_version with it, so a failed one
// leaves the catalog exactly as it was before that migration.
class Migrator final
{
public:
    // The migrations built into the application (resources/schema/NNN_name.sql).
    static QList<Migration> builtIn();

    explicit Migrator(QList<Migration> migrations = builtIn());

    int latestVersion() const;
    static int versionOf(QSqlDatabase db);

    // Applies every migration newer than the catalog's version. Refuses a catalog whose version is
    // newer than latestVersion() without writing to it.
    Result<void> migrate(QSqlDatabase db) const;

private:
    Result<void> apply(QSqlDatabase db, const Migration &migration) const;

    QList<Migration> m_migrations;
};

// Written into every catalog's header (PRAGMA application_id): "RKPR".
inline constexpr int CatalogApplicationId = 0x524b5052;

} // namespace Reelkeeper
