#include "catalog.h"

#include "catalogpaths.h"
#include "connection.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Catalog)
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<void> checkLocation(const QString &path, bool *isNew)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Tr::tr("%1 is a folder, not a catalog file.").arg(path)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Tr::tr("The folder %1 does not exist. Create it first or choose another place for the catalog.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
    *isNew = !info.exists() || info.size() == 0;
    if (info.exists() && !info.isReadable())
        return Error{Tr::tr("The catalog %1 cannot be read: permission denied.").arg(path)};
    if (info.exists() && !info.isWritable())
        return Error{Tr::tr("The catalog %1 is read-only. Reelkeeper needs to write to it.").arg(path)};
    if (!folder.isWritable())
        return Error{Tr::tr("The folder %1 is read-only. Reelkeeper needs to write its catalog and journal there.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
    if (info.exists() && !Sqlite::looksLikeDatabaseFile(path))
        return Error{Tr::tr("%1 is not a Reelkeeper catalog: it is not an SQLite database. It was not changed.")
                         .arg(path)};
    return {};
}

} // namespace

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &requestedPath, const Options &options)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    bool isNew = false;
    if (Result<void> location = checkLocation(path, &isNew); !location)
        return Error{location.error()};

    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_path = path;
    catalog->m_mediaPath = CatalogPaths::mediaFolderFor(path);

    if (options.access == Access::Exclusive) {
        catalog->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        catalog->m_lock->setStaleLockTime(0);
        if (!catalog->m_lock->tryLock(0)) {
            if (catalog->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, application;
                catalog->m_lock->getLockInfo(&pid, &host, &application);
                return Error{Tr::tr("The catalog %1 is already open in another Reelkeeper (process %2). "
                                    "Close it there first.")
                                 .arg(path)
                                 .arg(pid)};
            }
            return Error{Tr::tr("Could not lock the catalog %1: the folder is not writable.").arg(path)};
        }
    }

    const bool existed = QFileInfo::exists(path);
    if (!existed) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{Tr::tr("Could not create the catalog %1 (%2): the folder is not writable for Reelkeeper.")
                             .arg(path, file.errorString())};
    }
    // A catalog that this call created and could not finish is removed again: nothing is left behind.
    auto cleanup = qScopeGuard([&] {
        catalog.reset(); // closes the connection if it is the catalog's own
        if (!existed)
            removeDatabaseFiles(path);
    });

    // This thread may have the catalog open already (a Shared open beside an Exclusive one): then
    // the connection is borrowed, and left open when this Catalog goes.
    const QString name = Connection::nameForCurrentThread(path);
    const bool borrowed = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    Result<QSqlDatabase> opened = Connection::openForCurrentThread(path);
    if (!opened)
        return Error{opened.error()};
    QSqlDatabase db = opened.value();
    catalog->m_connectionName = db.connectionName();
    catalog->m_ownsConnection = !borrowed;

    // Read-only questions first: nothing is written until we know the file is ours and not newer.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return Error{Tr::tr("%1 is not a Reelkeeper catalog, or it is damaged: %2. It was not changed.")
                         .arg(path, query.lastError().text())};
    const int objectCount = query.value(0).toInt();
    query.finish(); // an unfinished statement holds a read transaction, which blocks the WAL switch
    const int applicationId = Sqlite::pragma(db, QStringLiteral("application_id")).toInt();
    if (applicationId != CatalogApplicationId && (applicationId != 0 || objectCount > 0))
        return Error{Tr::tr("%1 is an SQLite database of another application, not a Reelkeeper catalog. "
                            "It was not changed.")
                         .arg(path)};

    const Migrator migrator(options.migrations);
    const int version = Migrator::versionOf(db);
    if (version > migrator.latestVersion()) {
        return Error{Tr::tr("%1 was written by a newer version of Reelkeeper (schema version %2; this version "
                            "knows up to %3). Update Reelkeeper to open it. It was not changed.")
                         .arg(path)
                         .arg(version)
                         .arg(migrator.latestVersion())};
    }
    if (options.quickCheck && !isNew) {
        if (Result<void> sound = quickCheck(db); !sound)
            return Error{Tr::tr("The catalog %1 is damaged: %2. Run \"reelkeeper --db %1 check\" for a full report.")
                             .arg(path, sound.error())};
    }

    if (Sqlite::pragma(db, QStringLiteral("journal_mode")).toString() != QLatin1String("wal")) {
        if (Sqlite::pragma(db, QStringLiteral("journal_mode = WAL")).toString() != QLatin1String("wal"))
            return Error{Tr::tr("Could not switch the catalog %1 to write-ahead logging.").arg(path)};
    }
    if (Result<void> migrated = migrator.migrate(db); !migrated)
        return Error{migrated.error()};

    cleanup.dismiss();
    return catalog;
}

Catalog::~Catalog()
{
    if (m_ownsConnection) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Catalog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Catalog::schemaVersion() const
{
    return Migrator::versionOf(database());
}

Result<void> Catalog::quickCheck(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return Error{query.lastError().text()};
    // SQLite may pack many findings into one row, one a line; a few of them say enough.
    QStringList problems;
    while (query.next()) {
        const QString text = query.value(0).toString();
        if (text == QLatin1String("ok"))
            continue;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("*** ")))
                problems.append(line.trimmed());
        }
    }
    if (problems.isEmpty())
        return {};
    constexpr qsizetype Shown = 3;
    QString summary = problems.mid(0, Shown).join(QStringLiteral("; "));
    if (problems.size() > Shown)
        summary += Tr::tr(" (and %n more problem(s))", nullptr, int(problems.size() - Shown));
    return Error{summary};
}

} // namespace Reelkeeper
