#include "migrator.h"

#include "scopedtransaction.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Migrator)
};

} // namespace

QList<Migration> Migrator::builtIn()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/schema"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = fileName.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::versionOf(QSqlDatabase db)
{
    return Sqlite::pragma(db, QStringLiteral("user_version")).toInt();
}

Result<void> Migrator::migrate(QSqlDatabase db) const
{
    const int current = versionOf(db);
    if (current > latestVersion()) {
        return Error{Tr::tr("This catalog was written by a newer version of Reelkeeper (schema version %1; "
                            "this version knows up to %2). Update Reelkeeper to open it; the catalog "
                            "was not changed.")
                         .arg(current)
                         .arg(latestVersion())};
    }
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        if (Result<void> applied = apply(db, migration); !applied)
            return applied;
    }
    return {};
}

Result<void> Migrator::apply(QSqlDatabase db, const Migration &migration) const
{
    const auto failure = [&](const QString &why) {
        return Error{Tr::tr("Could not upgrade the catalog to schema version %1 (%2): %3. "
                            "The catalog was left as it was.")
                         .arg(migration.version)
                         .arg(migration.name, why)};
    };

    // Foreign keys are switched off while a migration runs (SQLite ignores the pragma inside a
    // transaction), so that a migration may rebuild a table; they are checked before the commit.
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] { query.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return failure(db.lastError().text());
    // Another process may have migrated while we waited for the write lock.
    if (versionOf(db) >= migration.version)
        return {};
    if (Result<void> ran = Sqlite::executeScript(db, migration.sql); !ran)
        return failure(ran.error());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failure(query.lastError().text());
    if (query.next())
        return failure(Tr::tr("it leaves rows of %1 pointing at missing rows").arg(query.value(0).toString()));
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))
        || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(CatalogApplicationId)))
        return failure(query.lastError().text());
    if (!transaction.commit())
        return failure(db.lastError().text());
    return {};
}

} // namespace Reelkeeper
