// Opening catalogs: new ones are created at the newest schema version, old ones are upgraded one
// migration at a time, and anything Reelkeeper should not touch (a failed upgrade, a newer catalog,
// another file, a missing or read-only folder, a catalog open elsewhere) is refused and left unchanged.
#include "connection.h"
#include "migrator.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;
using Reelkeeper::Catalog;
using Reelkeeper::Migration;
using Reelkeeper::Migrator;
using Reelkeeper::Result;
using Reelkeeper::ThreadConnection;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::fileHash;
using Reelkeeper::Test::scalar;

namespace {

// A plain QSQLITE connection, outside the catalog code, to build and inspect files behind its back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
};

QList<Migration> builtInUpTo(int version)
{
    QList<Migration> migrations = Migrator::builtIn();
    migrations.removeIf([version](const Migration &migration) { return migration.version > version; });
    return migrations;
}

Catalog::Options optionsWith(const QList<Migration> &migrations, Catalog::Access access = Catalog::Access::Exclusive)
{
    Catalog::Options options;
    options.migrations = migrations;
    options.access = access;
    return options;
}

// A digest of every row a query returns, to tell whether data changed.
QByteArray queryHash(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return "failed: " + query.lastError().text().toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            hash.addData(value.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(value.toString().toUtf8()));
            hash.addData(QByteArrayView("\x00", 1));
        }
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

// A digest of the whole catalog: its schema and the rows of every table.
QByteArray contentHash(QSqlDatabase db)
{
    QByteArray digest = queryHash(db, u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s);
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "ORDER BY name"_s))
        return "failed: " + tables.lastError().text().toUtf8();
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        digest += table.toUtf8() + ':' + queryHash(db, u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table));
    }
    return digest;
}

// The version-1 rows an upgrade must keep, read with version-1 columns only.
QByteArray versionOneRowsHash(QSqlDatabase db)
{
    QByteArray digest;
    for (const QString &sql : {u"SELECT id, name FROM countries ORDER BY id"_s,
                               u"SELECT id, name, created_at, updated_at FROM genres ORDER BY id"_s,
                               u"SELECT id, first_name, last_name, date_of_birth, country_id FROM people ORDER BY id"_s,
                               u"SELECT id, title, budget, release_date, duration, director_id, country_id, created_at, "
                               "updated_at FROM movies ORDER BY id"_s,
                               u"SELECT movie_id, genre_id FROM movie_genres ORDER BY movie_id, genre_id"_s,
                               u"SELECT id, movie_id, name, role FROM characters ORDER BY id"_s,
                               u"SELECT id, movie_id, person_id, character_id FROM movie_actors ORDER BY id"_s})
        digest += queryHash(db, sql) + ' ';
    return digest;
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QString ProbeMigrationName = u"002_probe.sql"_s;

// Runs function on a thread of the global pool and reports whether it really ran there. The caller waits
// with QTRY_VERIFY(future.isFinished()): QFuture::result() on a task that has not started yet runs it
// on the calling thread instead (Qt's work stealing), which is not what these tests are about.
template <typename Function>
auto startOnWorker(Function function)
{
    return QtConcurrent::run([function, caller = QThread::currentThread()] {
        auto result = function();
        return std::pair(result, QThread::currentThread() != caller);
    });
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateANewCatalogAtTheLatestVersion();
    void shouldUpgradeAnOldCatalogAndKeepItsRows_data();
    void shouldUpgradeAnOldCatalogAndKeepItsRows();
    void shouldLeaveTheCatalogAsItWasWhenAMigrationFails_data();
    void shouldLeaveTheCatalogAsItWasWhenAMigrationFails();
    void shouldRefuseACatalogWrittenByANewerVersion_data();
    void shouldRefuseACatalogWrittenByANewerVersion();
    void shouldRefuseAFileThatIsNotAnSqliteDatabase_data();
    void shouldRefuseAFileThatIsNotAnSqliteDatabase();
    void shouldRefuseTheDatabaseOfAnotherApplication_data();
    void shouldRefuseTheDatabaseOfAnotherApplication();
    void shouldRefuseAFolderThatDoesNotExistWithoutCreatingIt_data();
    void shouldRefuseAFolderThatDoesNotExistWithoutCreatingIt();
    void shouldRefuseAReadOnlyFolderWithoutCreatingAnything_data();
    void shouldRefuseAReadOnlyFolderWithoutCreatingAnything();
    void shouldRefuseASecondExclusiveOpen();
    void shouldAllowSharedOpensBesideAnExclusiveOne_data();
    void shouldAllowSharedOpensBesideAnExclusiveOne();
    void shouldApplyTheConnectionRulesOnTheCatalogsConnection();
    void shouldApplyTheConnectionRulesOnAWorkerThreadsConnection();
    void shouldNotCreateAMissingCatalogFromAWorkerThread();
    void shouldKeepTheCatalogsConnectionWhenAThreadConnectionOnTheSameThreadEnds();

private:
    void createVersionOneCatalog(const QString &path);
};

// A catalog at schema version 1 with a few rows in the main tables, closed again.
void TestMigrations::createVersionOneCatalog(const QString &path)
{
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path, optionsWith(builtInUpTo(1)));
    QVERIFY2(opened, qPrintable(opened.error()));
    QSqlDatabase db = opened.value()->database();
    QCOMPARE(opened.value()->schemaVersion(), 1);
    for (const QString &sql : {
             u"INSERT INTO countries (id, name) VALUES (1, 'France'), (2, 'Soviet Union')"_s,
             u"INSERT INTO genres (id, name) VALUES (1, 'Drama'), (2, 'Science Fiction')"_s,
             u"INSERT INTO people (id, first_name, last_name, date_of_birth, country_id) VALUES "
             "(1, 'Andrei', 'Tarkovsky', '1932-04-04', 2), (2, 'Natalya', 'Bondarchuk', '1950', 2)"_s,
             u"INSERT INTO movies (id, title, budget, release_date, duration, director_id, country_id) VALUES "
             "(1, 'Solaris', '1000000.50', '1972-03-20', 167, 1, 2), (2, 'Stalker', NULL, '1979', 162, 1, 2), "
             "(3, 'Untitled', NULL, NULL, NULL, NULL, NULL)"_s,
             u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (1, 2), (2, 2)"_s,
             u"INSERT INTO characters (id, movie_id, name, role) VALUES (1, 1, 'Hari', 'lead')"_s,
             u"INSERT INTO movie_actors (id, movie_id, person_id, character_id) VALUES (1, 1, 2, 1)"_s,
         }) {
        const QString error = exec(db, sql);
        QVERIFY2(error.isEmpty(), qPrintable(u"%1: %2"_s.arg(sql, error)));
    }
}

void TestMigrations::shouldCreateANewCatalogAtTheLatestVersion()
{
    // Given no catalog yet
    Reelkeeper::Test::TemporaryCatalog temporary;

    // Then opening creates one at the newest built-in version, marked as Reelkeeper's
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    const int latest = Migrator().latestVersion();
    QVERIFY(latest >= 1);
    int highest = 0;
    for (const Migration &migration : Migrator::builtIn())
        highest = std::max(highest, migration.version);
    QCOMPARE(latest, highest);
    QCOMPARE(temporary.catalog().schemaVersion(), latest);
    QCOMPARE(scalar(temporary.db(), u"PRAGMA user_version"_s).toInt(), latest);
    QCOMPARE(scalar(temporary.db(), u"PRAGMA application_id"_s).toInt(), Reelkeeper::CatalogApplicationId);
}

void TestMigrations::shouldUpgradeAnOldCatalogAndKeepItsRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("checks"); // each returns 1 when it holds

    QTest::newRow("new table derived from existing rows")
        << uR"(
CREATE TABLE movie_decades (
    movie_id INTEGER PRIMARY KEY REFERENCES movies (id) ON DELETE CASCADE,
    decade INTEGER NOT NULL
);
INSERT INTO movie_decades (movie_id, decade)
    SELECT id, CAST(substr(release_date, 1, 3) AS INTEGER) * 10 FROM movies WHERE release_date IS NOT NULL;
)"_s << QStringList{u"SELECT count(*) = 2 FROM movie_decades"_s,
                    u"SELECT decade = 1970 FROM movie_decades WHERE movie_id = 1"_s};

    // The SQLite way to change a table: create the new one, copy, drop the old one, rename. Genres are
    // referenced by movie_genres; with foreign keys enforced, DROP TABLE would take the links along.
    QTest::newRow("referenced table rebuilt")
        << uR"(
CREATE TABLE genres_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    slug TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO genres_new (id, name, slug, created_at, updated_at)
    SELECT id, name, lower(replace(name, ' ', '-')), created_at, updated_at FROM genres;
DROP TABLE genres;
ALTER TABLE genres_new RENAME TO genres;
CREATE TRIGGER genres_touch_updated_at AFTER UPDATE ON genres
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE genres SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
)"_s << QStringList{u"SELECT slug = 'science-fiction' FROM genres WHERE id = 2"_s,
                    u"SELECT count(*) = 3 FROM movie_genres"_s,
                    u"SELECT count(*) = 1 FROM pragma_foreign_key_list('movie_genres') WHERE \"table\" = 'genres'"_s,
                    u"SELECT count(*) = 0 FROM sqlite_schema WHERE name = 'genres_new'"_s};
}

void TestMigrations::shouldUpgradeAnOldCatalogAndKeepItsRows()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, checks);

    // Given a closed catalog at version 1 with some rows
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"catalog.sqlite"_s);
    createVersionOneCatalog(path);
    if (QTest::currentTestFailed())
        return;
    QByteArray rowsBefore;
    {
        RawConnection raw(path);
        rowsBefore = versionOneRowsHash(raw.db());
    }

    // When a Reelkeeper that knows version 2 opens it
    const QList<Migration> migrations = builtInUpTo(1) << Migration{2, ProbeMigrationName, sql};
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path, optionsWith(migrations));

    // Then it is at version 2, its rows are all there and foreign keys are enforced again
    QVERIFY2(opened, qPrintable(opened.error()));
    Catalog &catalog = *opened.value();
    QCOMPARE(catalog.schemaVersion(), 2);
    QCOMPARE(scalar(catalog.database(), u"PRAGMA application_id"_s).toInt(), Reelkeeper::CatalogApplicationId);
    QCOMPARE(scalar(catalog.database(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(versionOneRowsHash(catalog.database()), rowsBefore);
    QCOMPARE(scalar(catalog.database(), u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
    for (const QString &check : std::as_const(checks)) {
        const QVariant holds = scalar(catalog.database(), check);
        QVERIFY2(holds.isValid() && holds.toInt() == 1, qPrintable(u"after the upgrade, %1 does not hold"_s.arg(check)));
    }
    // Foreign keys really are enforced on the connection, not merely reported as on
    QVERIFY(!exec(catalog.database(), u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (3, 999)"_s).isEmpty());

    // And opening it again does not run the migration a second time
    opened.value().reset();
    Result<std::unique_ptr<Catalog>> reopened = Catalog::open(path, optionsWith(migrations));
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->schemaVersion(), 2);
}

void TestMigrations::shouldLeaveTheCatalogAsItWasWhenAMigrationFails_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reason");

    const QString changes = u"CREATE TABLE migration_probe (id INTEGER PRIMARY KEY, note TEXT);\n"
                            "INSERT INTO migration_probe (note) VALUES ('written');\n"
                            "UPDATE movies SET title = title || ' (changed)';\n"_s;
    QTest::newRow("syntax error") << changes + u"SELEC 1;"_s << u"syntax error"_s;
    QTest::newRow("unique constraint violation")
        << changes + u"INSERT INTO countries (name) VALUES ('FRANCE');"_s << u"UNIQUE constraint failed"_s;
    QTest::newRow("check constraint violation")
        << changes + u"UPDATE movies SET release_date = '1972-13' WHERE id = 1;"_s << u"CHECK constraint failed"_s;
    QTest::newRow("rows left pointing at a deleted row")
        << changes + u"DELETE FROM countries WHERE id = 2;"_s << u"pointing at missing rows"_s;
    QTest::newRow("rows pointing at a missing row")
        << changes + u"UPDATE movies SET director_id = 999 WHERE id = 3;"_s << u"rows of movies pointing at missing rows"_s;
}

void TestMigrations::shouldLeaveTheCatalogAsItWasWhenAMigrationFails()
{
    QFETCH(QString, sql);
    QFETCH(QString, reason);

    // Given a closed catalog at version 1
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"catalog.sqlite"_s);
    createVersionOneCatalog(path);
    if (QTest::currentTestFailed())
        return;
    QByteArray contentBefore;
    {
        RawConnection raw(path);
        contentBefore = contentHash(raw.db());
    }
    const QByteArray bytesBefore = fileHash(path);
    const QStringList filesBefore = folderListing(dir.path());

    // When a version-2 migration that changes things and then fails runs
    const QList<Migration> migrations = builtInUpTo(1) << Migration{2, ProbeMigrationName, sql};
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path, optionsWith(migrations));

    // Then opening fails with a message naming the migration and why
    QVERIFY2(!opened, "a failing migration was reported as success");
    QVERIFY2(opened.error().contains("version 2"_L1), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(ProbeMigrationName), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(reason), qPrintable(opened.error()));

    // And the catalog is exactly as it was: version 1, no new table, the same rows, the same bytes
    QCOMPARE(fileHash(path), bytesBefore);
    QCOMPARE(folderListing(dir.path()), filesBefore);
    RawConnection raw(path);
    QCOMPARE(scalar(raw.db(), u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(scalar(raw.db(), u"SELECT count(*) FROM sqlite_schema WHERE name = 'migration_probe'"_s).toInt(), 0);
    QCOMPARE(contentHash(raw.db()), contentBefore);
}

void TestMigrations::shouldRefuseACatalogWrittenByANewerVersion_data()
{
    QTest::addColumn<Catalog::Access>("access");
    QTest::newRow("exclusive") << Catalog::Access::Exclusive;
    QTest::newRow("shared") << Catalog::Access::Shared;
}

void TestMigrations::shouldRefuseACatalogWrittenByANewerVersion()
{
    QFETCH(Catalog::Access, access);

    // Given a catalog that a newer Reelkeeper wrote, closed
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"catalog.sqlite"_s);
    const int newer = Migrator().latestVersion() + 1;
    {
        Result<std::unique_ptr<Catalog>> opened = Catalog::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(exec(opened.value()->database(), u"INSERT INTO movies (title) VALUES ('Solaris')"_s), QString());
        QCOMPARE(exec(opened.value()->database(), u"PRAGMA user_version = %1"_s.arg(newer)), QString());
    }
    const QByteArray bytesBefore = fileHash(path);
    QVERIFY(!bytesBefore.isEmpty());
    const QStringList filesBefore = folderListing(dir.path());

    // When this version opens it
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path, optionsWith(Migrator::builtIn(), access));

    // Then it is refused, in words that say why, and not a byte of it changed
    QVERIFY2(!opened, "a catalog of a newer version was opened");
    QVERIFY2(opened.error().contains("newer version"_L1), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QString::number(newer)), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), bytesBefore);
    QCOMPARE(folderListing(dir.path()), filesBefore);
}

void TestMigrations::shouldRefuseAFileThatIsNotAnSqliteDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("hello\n");
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(20240229);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / sizeof(quint32));
    noise[0] = 'X'; // never the SQLite header by chance
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a PNG image") << Reelkeeper::Test::makeImage(8, 8, "png");
}

void TestMigrations::shouldRefuseAFileThatIsNotAnSqliteDatabase()
{
    QFETCH(QByteArray, content);

    // Given a file that is not a database
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"catalog.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const QStringList filesBefore = folderListing(dir.path());

    // When it is opened as a catalog
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path);

    // Then it is refused and left alone
    QVERIFY2(!opened, "a file that is not a database was opened as a catalog");
    QVERIFY2(opened.error().contains("not an SQLite database"_L1), qPrintable(opened.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(folderListing(dir.path()), filesBefore);
}

void TestMigrations::shouldRefuseTheDatabaseOfAnotherApplication_data()
{
    QTest::addColumn<int>("applicationId");
    QTest::addColumn<bool>("hasTable");
    QTest::newRow("application_id 0 with a table") << 0 << true;
    QTest::newRow("another application_id with a table") << 0x12345678 << true;
    QTest::newRow("another application_id, empty") << 0x12345678 << false;
}

void TestMigrations::shouldRefuseTheDatabaseOfAnotherApplication()
{
    QFETCH(int, applicationId);
    QFETCH(bool, hasTable);

    // Given an SQLite database some other program wrote
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY2(raw.db().isOpen(), qPrintable(raw.db().lastError().text()));
        QCOMPARE(exec(raw.db(), u"PRAGMA application_id = %1"_s.arg(applicationId)), QString());
        if (hasTable) {
            QCOMPARE(exec(raw.db(), u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s), QString());
            QCOMPARE(exec(raw.db(), u"INSERT INTO notes (text) VALUES (?)"_s, {u"buy film"_s}), QString());
        }
    }
    const QByteArray bytesBefore = fileHash(path);
    QVERIFY(!bytesBefore.isEmpty());
    const QStringList filesBefore = folderListing(dir.path());

    // When it is opened as a catalog
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path);

    // Then it is refused and not a byte changed
    QVERIFY2(!opened, "another application's database was opened as a catalog");
    QVERIFY2(opened.error().contains("another application"_L1), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), bytesBefore);
    QCOMPARE(folderListing(dir.path()), filesBefore);
}

void TestMigrations::shouldRefuseAFolderThatDoesNotExistWithoutCreatingIt_data()
{
    QTest::addColumn<QString>("subPath"); // below a fresh temporary folder; absolute paths are used as they are
    QTest::addColumn<QString>("missingFolder");
    QTest::newRow("missing folder") << u"missing/catalog.sqlite"_s << u"missing"_s;
    QTest::newRow("missing nested folders") << u"missing/deeper/catalog.sqlite"_s << u"missing"_s;
    QTest::newRow("missing folder under /proc") << u"/proc/reelkeeper-test/catalog.sqlite"_s
                                               << u"/proc/reelkeeper-test"_s;
}

void TestMigrations::shouldRefuseAFolderThatDoesNotExistWithoutCreatingIt()
{
    QFETCH(QString, subPath);
    QFETCH(QString, missingFolder);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(subPath);
    const QString folder = QDir(dir.path()).filePath(missingFolder);
    QVERIFY(!QFileInfo::exists(folder));

    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path);

    QVERIFY2(!opened, "a catalog was opened in a folder that does not exist");
    QVERIFY2(opened.error().contains("does not exist"_L1), qPrintable(opened.error()));
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(u"%1 was created"_s.arg(folder)));
    QVERIFY(folderListing(dir.path()).isEmpty());
}

void TestMigrations::shouldRefuseAReadOnlyFolderWithoutCreatingAnything_data()
{
    QTest::addColumn<Catalog::Access>("access");
    QTest::newRow("exclusive") << Catalog::Access::Exclusive;
    QTest::newRow("shared") << Catalog::Access::Shared;
}

void TestMigrations::shouldRefuseAReadOnlyFolderWithoutCreatingAnything()
{
    QFETCH(Catalog::Access, access);

    // Given a folder the process may not write to. A 0555 folder stops everyone but root; root (as in
    // the test containers) is stopped only by a file system that refuses, such as /proc.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString readOnly = dir.filePath(u"read-only"_s);
    QVERIFY(QDir().mkdir(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                | QFile::ReadOther | QFile::ExeOther));
    const auto restorePermissions = qScopeGuard([&] {
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QString folder = readOnly;
    {
        QFile probe(QDir(readOnly).filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            probe.close();
            probe.remove();
            folder = u"/proc"_s;
        }
    }
    const QString path = QDir(folder).filePath(u"catalog.sqlite"_s);
    // Only our names: /proc gains and loses entries as processes come and go.
    const auto catalogFiles = [&folder] {
        return QDir(folder).entryList({u"catalog*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
    };
    QCOMPARE(catalogFiles(), QStringList());

    // When a catalog is opened there
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(path, optionsWith(Migrator::builtIn(), access));

    // Then it is refused with a message that says the folder cannot be written, and nothing is created
    QVERIFY2(!opened, qPrintable(u"a catalog was created in %1"_s.arg(folder)));
    QVERIFY2(!QFileInfo::exists(path), qPrintable(u"%1 was created"_s.arg(path)));
    QCOMPARE(catalogFiles(), QStringList());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(folder)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains("read-only"_L1) || opened.error().contains("not writable"_L1),
             qPrintable(u"unclear message: %1"_s.arg(opened.error())));
}

void TestMigrations::shouldRefuseASecondExclusiveOpen()
{
    // Given a catalog open for writing
    Reelkeeper::Test::TemporaryCatalog temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Solaris')"_s), QString());
    const QString lockFile = temporary.path() + u".lock"_s;
    QVERIFY(QFileInfo::exists(lockFile));

    // When it is opened for writing a second time
    {
        Result<std::unique_ptr<Catalog>> second = Catalog::open(temporary.path());

        // Then that is refused, and the first keeps its lock and its connection
        QVERIFY2(!second, "the catalog was opened for writing twice");
        QVERIFY2(second.error().contains("already open"_L1), qPrintable(second.error()));
    }
    QVERIFY(QFileInfo::exists(lockFile));
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Stalker')"_s), QString());

    // And once the writer closes, the catalog can be opened for writing again
    temporary.close();
    QVERIFY(!QFileInfo::exists(lockFile));
    Result<std::unique_ptr<Catalog>> again = Catalog::open(temporary.path());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(scalar(again.value()->database(), u"SELECT count(*) FROM movies"_s).toInt(), 2);
}

void TestMigrations::shouldAllowSharedOpensBesideAnExclusiveOne_data()
{
    QTest::addColumn<bool>("onWorkerThread");
    QTest::newRow("on a worker thread") << true;
    QTest::newRow("on the writer's thread") << false;
}

void TestMigrations::shouldAllowSharedOpensBesideAnExclusiveOne()
{
    QFETCH(bool, onWorkerThread);

    // Given a catalog open for writing
    Reelkeeper::Test::TemporaryCatalog temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Solaris')"_s), QString());
    const QString path = temporary.path();

    // When it is opened shared beside it (and closed again)
    const auto openShared = [path]() -> QString {
        Result<std::unique_ptr<Catalog>> shared =
            Catalog::open(path, optionsWith(Migrator::builtIn(), Catalog::Access::Shared));
        if (!shared)
            return shared.error();
        const int movies = scalar(shared.value()->database(), u"SELECT count(*) FROM movies"_s).toInt();
        return movies == 1 ? QString() : u"the shared catalog sees %1 movies"_s.arg(movies);
    };
    QString problem;
    if (onWorkerThread) {
        auto future = startOnWorker(openShared);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
        QVERIFY(future.result().second);
        problem = future.result().first;
    } else {
        problem = openShared();
    }

    // Then that works, and the writer still works afterwards
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFileInfo::exists(path + u".lock"_s));
    QVERIFY2(temporary.db().isOpen(), "closing the shared catalog closed the exclusive catalog's connection");
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Stalker')"_s), QString());
    QCOMPARE(scalar(temporary.db(), u"SELECT count(*) FROM movies"_s).toInt(), 2);
}

namespace {

struct ConnectionReport
{
    QString connectionName;
    QString error;
    bool open = false;
    QVariantMap pragmas;
};

QVariantMap connectionPragmas(QSqlDatabase db)
{
    QVariantMap pragmas;
    for (const QString &name : {u"foreign_keys"_s, u"journal_mode"_s, u"busy_timeout"_s, u"synchronous"_s})
        pragmas.insert(name, scalar(db, u"PRAGMA "_s + name));
    return pragmas;
}

void verifyConnectionRules(const QVariantMap &pragmas)
{
    QCOMPARE(pragmas.value(u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragmas.value(u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragmas.value(u"busy_timeout"_s).toInt(), 5000);
    QCOMPARE(pragmas.value(u"synchronous"_s).toInt(), 2); // FULL
}

ConnectionReport connectOnThisThread(const QString &path)
{
    ConnectionReport report;
    ThreadConnection connection(path);
    report.open = connection.isOpen();
    report.error = connection.error();
    if (connection.isOpen()) {
        report.connectionName = connection.database().connectionName();
        report.pragmas = connectionPragmas(connection.database());
    }
    return report;
}

} // namespace

void TestMigrations::shouldApplyTheConnectionRulesOnTheCatalogsConnection()
{
    Reelkeeper::Test::TemporaryCatalog temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    verifyConnectionRules(connectionPragmas(temporary.db()));
}

void TestMigrations::shouldApplyTheConnectionRulesOnAWorkerThreadsConnection()
{
    // Given a catalog open on this (the GUI) thread
    Reelkeeper::Test::TemporaryCatalog temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Solaris')"_s), QString());
    const QString path = temporary.path();

    // When a worker thread opens its own connection
    auto future = startOnWorker([path] { return connectOnThisThread(path); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    const auto [report, onWorker] = future.result();
    QVERIFY(onWorker);

    // Then it is a connection of its own, following the same rules, and removed when the worker is done
    QVERIFY2(report.open, qPrintable(report.error));
    QVERIFY(!report.connectionName.isEmpty());
    QVERIFY2(report.connectionName != temporary.db().connectionName(), qPrintable(report.connectionName));
    verifyConnectionRules(report.pragmas);
    QVERIFY(!QSqlDatabase::contains(report.connectionName));
    QVERIFY(temporary.db().isOpen());
}

void TestMigrations::shouldNotCreateAMissingCatalogFromAWorkerThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.sqlite"_s);

    auto future = startOnWorker([path] { return connectOnThisThread(path); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    const auto [report, onWorker] = future.result();
    QVERIFY(onWorker);

    QVERIFY(!report.open);
    QVERIFY2(report.error.contains("does not exist"_L1), qPrintable(report.error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(folderListing(dir.path()).isEmpty());
}

void TestMigrations::shouldKeepTheCatalogsConnectionWhenAThreadConnectionOnTheSameThreadEnds()
{
    Reelkeeper::Test::TemporaryCatalog temporary;
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));

    // A ThreadConnection on the thread that owns the catalog borrows the catalog's connection
    const ConnectionReport report = connectOnThisThread(temporary.path());

    QVERIFY2(report.open, qPrintable(report.error));
    QCOMPARE(report.connectionName, temporary.db().connectionName());
    QVERIFY(temporary.db().isOpen());
    QCOMPARE(exec(temporary.db(), u"INSERT INTO movies (title) VALUES ('Solaris')"_s), QString());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
