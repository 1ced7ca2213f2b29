#pragma once

#include "migrator.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace Reelkeeper {

// An open catalog: its database file (schema migrated to the newest version) and its media folder.
// The object and its database() belong to the thread that opened it; workers use ThreadConnection.
class Catalog final
{
public:
    enum class Access {
        Exclusive, // the window and commands that write: one process at a time (a lock file)
        Shared,    // read-mostly commands such as check, which may run beside an open window
    };

    struct Options
    {
        Access access = Access::Exclusive;
        // Runs SQLite's quick_check before anything else; off when the caller checks on its own.
        bool quickCheck = true;
        QList<Migration> migrations = Migrator::builtIn();
    };

    // Opens the catalog at path, creating a new empty catalog when the file does not exist yet.
    // On failure nothing on disk has changed, and the error says what is wrong in words a user
    // understands (missing folder, read-only, not a catalog, written by a newer version, damaged,
    // in use by another Reelkeeper).
    static Result<std::unique_ptr<Catalog>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Catalog>> open(const QString &path) { return open(path, Options()); }

    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QString path() const { return m_path; }
    QString mediaPath() const { return m_mediaPath; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // SQLite's quick_check: empty when the file is sound, otherwise what it found.
    static Result<void> quickCheck(QSqlDatabase db);

private:
    Catalog() = default;

    QString m_path;
    QString m_mediaPath;
    QString m_connectionName;
    bool m_ownsConnection = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Reelkeeper
