// Bundles, end to end: a catalog with every table filled is exported, imported into empty and
// non-empty catalogs, damaged in every way a hostile or broken bundle can be, and run from the
// command line. Catalogs are compared row for row (every value with its type), bundles byte for byte.
#include "bundle.h"
#include "csvreader.h"
#include "mediastore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every file under folder (hidden ones too) → the SHA-256 of its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), fileHash(path));
    }
    return files;
}

// Every row of the tables, each value with its type and exact bytes (NULL, '' and 0 differ; text
// with a NUL character is compared whole), in rowid order; plus the search index.
QStringList dump(QSqlDatabase db, const QStringList &tables = Bundle::tableNames(true))
{
    QStringList rows;
    QStringList all = tables;
    all << QStringLiteral("movie_search") << QStringLiteral("person_name_search");
    for (const QString &table : std::as_const(all)) {
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.addBindValue(table);
        if (!columns.exec())
            return {QStringLiteral("cannot read ") + table};
        QStringList values;
        while (columns.next()) {
            const QString column = QLatin1Char('"') + columns.value(0).toString() + QLatin1Char('"');
            values.append(QStringLiteral("typeof(%1) || ':' || ifnull(hex(%1), '')").arg(column));
        }
        QSqlQuery select(db);
        if (!select.exec(QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                             .arg(values.join(QStringLiteral(" || ',' || ")), table)))
            return {QStringLiteral("cannot read ") + table};
        while (select.next())
            rows.append(table + QLatin1Char(' ') + select.value(0).toString() + QLatin1Char(' ') + select.value(1).toString());
    }
    return rows;
}

// Everything a failed import must leave as it was: the rows, the schema, the media files.
struct Snapshot
{
    QStringList rows;
    QStringList schema;
    QMap<QString, QByteArray> media;
    bool operator==(const Snapshot &other) const = default;
};

Snapshot snapshot(TemporaryCatalog &catalog)
{
    Snapshot shot;
    shot.rows = dump(catalog.db());
    QSqlQuery schema(catalog.db());
    schema.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY name"));
    while (schema.next())
        shot.schema.append(schema.value(0).toString());
    shot.rows.append(QStringLiteral("sequence ") + scalar(catalog.db(), QStringLiteral(
        "SELECT group_concat(name || '=' || seq) FROM (SELECT * FROM sqlite_sequence ORDER BY name)")).toString());
    shot.media = filesUnder(catalog.catalog().mediaPath());
    return shot;
}

// Inserts with bound values; the id of the row.
qint64 insert(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return -1;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

const QVariant Null = QVariant(QMetaType::fromType<QString>());

// The names of what fillCatalog made, for the checks.
struct Filled
{
    QString posterKey;
    QString avatarKey;
};

// A catalog with every table filled, and with what trips formats up: NULL beside empty text, line
// breaks, quotes and commas, a NUL character, a leading backslash and a literal \N, hostile SQL,
// unicode, timestamps with and without milliseconds, gaps in the ids, a character nobody plays,
// an image no row uses, a person with two photos of which the second is primary.
Filled fillCatalog(TemporaryCatalog &catalog)
{
    QSqlDatabase db = catalog.db();
    const MediaStore media(catalog.catalog().mediaPath());
    Filled filled;
    const QByteArray posterBytes = makeImage(20, 30, "PNG", 0xffcc0000);
    const qint64 poster = media.addFile(db, posterBytes, QStringLiteral("poster, \"final\".png"),
                                        QStringLiteral("https://example.org/poster.png")).value();
    filled.posterKey = scalar(db, QStringLiteral("SELECT key FROM files WHERE id = ?"), {poster}).toString();
    const qint64 faceOne = media.addFile(db, makeImage(16, 16, "JPEG", 0xff00cc00), QStringLiteral("face one.jpg")).value();
    const qint64 faceTwo = media.addFile(db, makeImage(8, 8, "PNG", 0xff0000cc), QStringLiteral("face two.png")).value();
    const qint64 avatar = media.addFile(db, makeImage(12, 12, "PNG", 0xff123456), QStringLiteral("avatar.png")).value();
    filled.avatarKey = scalar(db, QStringLiteral("SELECT key FROM files WHERE id = ?"), {avatar}).toString();
    media.addFile(db, makeImage(10, 10, "PNG", 0xff654321), QStringLiteral("unused.png")).value();

    const qint64 ada = insert(db, QStringLiteral("INSERT INTO users (username, first_name, last_name, email, password_hash, "
                                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {QStringLiteral("ada"), QStringLiteral("Ada"), Null, QStringLiteral("ada@example.org"),
                               QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"),
                               QStringLiteral("2024-01-02T03:04:05.678Z"), QStringLiteral("2024-01-02T03:04:05Z")});
    insert(db, QStringLiteral("INSERT INTO users (username, last_name, password_hash) VALUES (?, ?, ?)"),
           {QStringLiteral("bob"), QString(QLatin1String("")), QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")});
    insert(db, QStringLiteral("INSERT INTO user_avatars (user_id, file_id) VALUES (?, ?)"), {ada, avatar});

    const qint64 france = insert(db, QStringLiteral("INSERT INTO countries (name, created_at, updated_at) VALUES (?, ?, ?)"),
                                 {QStringLiteral("France"), QStringLiteral("2020-05-06T07:08:09.010Z"),
                                  QStringLiteral("2020-05-06T07:08:09.010Z")});
    const qint64 hostile = insert(db, QStringLiteral("INSERT INTO countries (name) VALUES (?)"),
                                  {QStringLiteral("'); DROP TABLE movies;--")});
    const qint64 drama = insert(db, QStringLiteral("INSERT INTO genres (name) VALUES (?)"), {QStringLiteral("Drama")});
    const qint64 backslashN = insert(db, QStringLiteral("INSERT INTO genres (name) VALUES (?)"), {QStringLiteral("\\N")});

    const qint64 varda = insert(db, QStringLiteral("INSERT INTO people (first_name, last_name, biography, date_of_birth, "
                                                   "gender, country_id) VALUES (?, ?, ?, ?, ?, ?)"),
                                {QStringLiteral("Agnès"), QStringLiteral("Varda"),
                                 QStringLiteral("Line one\nLine \"two\"\r\nthird, with a comma "), QStringLiteral("1928-05-30"),
                                 QStringLiteral("female"), france});
    const qint64 marchand = insert(db, QStringLiteral("INSERT INTO people (last_name, biography, date_of_birth) VALUES (?, ?, ?)"),
                                   {QStringLiteral("Marchand"), QString(QLatin1String("")), QStringLiteral("1937")});
    const qint64 godard = insert(db, QStringLiteral("INSERT INTO people (first_name, last_name, country_id) VALUES (?, ?, ?)"),
                                 {QStringLiteral("Jean-Luc"), QStringLiteral("Godard"), hostile});
    insert(db, QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (?, ?, 1)"), {varda, faceOne});
    insert(db, QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (?, ?, 1)"), {varda, faceTwo});
    insert(db, QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (?, ?, 0)"), {godard, faceOne});

    const qint64 cleo = insert(db, QStringLiteral("INSERT INTO movies (title, description, budget, release_date, duration, "
                                                  "director_id, country_id, poster_file_id, created_at, updated_at) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {QStringLiteral("Cléo from 5 to 7"), QStringLiteral("Paris,\n1961. \"Quoted\""),
                                QStringLiteral("12345678901.23"), QStringLiteral("1962-04-11"), 90, varda, france, poster,
                                QStringLiteral("2001-02-03T04:05:06.789Z"), QStringLiteral("2001-02-03T04:05:07Z")});
    const qint64 gone = insert(db, QStringLiteral("INSERT INTO movies (title) VALUES ('Deleted')"));
    exec(db, QStringLiteral("DELETE FROM movies WHERE id = ?"), {gone}); // a gap in the ids
    const qint64 drop = insert(db, QStringLiteral("INSERT INTO movies (title, description, release_date, country_id) "
                                                  "VALUES (?, ?, ?, ?)"),
                               {QStringLiteral("'); DROP TABLE movies;--"), QString(QLatin1String("")),
                                QStringLiteral("1999-12"), hostile});
    insert(db, QStringLiteral("INSERT INTO movies (title, description, release_date) VALUES (?, ?, ?)"),
           {QStringLiteral("\\leading backslash"), QString(QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after")),
            QStringLiteral("2000")});
    insert(db, QStringLiteral("INSERT INTO movies (title, budget) VALUES (?, ?)"),
           {QStringLiteral("Tab\tand ümlaut 東京 🎬 \\N"), QStringLiteral("0.5")});

    insert(db, QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?)"), {cleo, drama});
    insert(db, QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?)"), {cleo, backslashN});
    insert(db, QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?)"), {drop, drama});
    const qint64 cleoCharacter = insert(db, QStringLiteral("INSERT INTO characters (movie_id, name, role) VALUES (?, ?, ?)"),
                                        {cleo, QStringLiteral("Cléo"), QStringLiteral("lead")});
    insert(db, QStringLiteral("INSERT INTO characters (movie_id, name, description) VALUES (?, ?, ?)"),
           {cleo, QStringLiteral("Narrator"), QStringLiteral("heard, never seen")});
    const qint64 bobby = insert(db, QStringLiteral("INSERT INTO characters (movie_id, name, role) VALUES (?, ?, ?)"),
                                {drop, QStringLiteral("Bobby"), QStringLiteral("cameo")});
    insert(db, QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?, ?, ?)"),
           {cleo, marchand, cleoCharacter});
    insert(db, QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?, ?, ?)"), {cleo, godard, Null});
    insert(db, QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?, ?, ?)"), {drop, varda, bobby});
    insert(db, QStringLiteral("INSERT INTO movie_sources (movie_id, source, source_id) VALUES (?, 'imdb', 'tt0055852')"), {cleo});
    insert(db, QStringLiteral("INSERT INTO movie_sources (movie_id, source, source_id) VALUES (?, 'letterboxd', ?)"),
           {drop, QStringLiteral("https://letterboxd.com/film/drop/")});
    insert(db, QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id, created_at) VALUES (?, ?, ?)"),
           {ada, cleo, QStringLiteral("2020-01-01T00:00:00Z")});
    return filled;
}

Result<Bundle::Report> exportTo(TemporaryCatalog &catalog, const QString &folder, bool includeUsers = false)
{
    return Bundle::exportBundle(catalog.db(), catalog.catalog().mediaPath(), folder, includeUsers);
}

Result<Bundle::Report> importFrom(TemporaryCatalog &catalog, const QString &folder, bool dryRun = false,
                                  const Bundle::Progress &progress = {})
{
    return Bundle::importBundle(catalog.db(), catalog.catalog().mediaPath(), folder, dryRun, progress);
}

void editManifest(const QString &folder, const std::function<void(QJsonObject &)> &edit)
{
    const QString path = folder + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readAll(path)).object();
    edit(manifest);
    writeAll(path, QJsonDocument(manifest).toJson());
}

// After a table file was edited on purpose: the manifest states its new checksum and row count,
// so that only what the edit broke is refused.
void reseal(const QString &folder, const QString &table)
{
    const QString path = folder + QLatin1Char('/') + table + QStringLiteral(".csv");
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    CsvReader reader(&file);
    reader.setFormat(CsvFormat{});
    QStringList fields;
    qint64 records = 0;
    while (reader.next(fields))
        ++records;
    editManifest(folder, [&](QJsonObject &manifest) {
        QJsonObject tables = manifest.value(QLatin1String("tables")).toObject();
        tables.insert(table, QJsonObject{{QStringLiteral("rows"), double(records - 1)},
                                         {QStringLiteral("sha256"), QString::fromLatin1(fileHash(path))}});
        manifest.insert(QStringLiteral("tables"), tables);
    });
}

void replaceInFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QByteArray bytes = readAll(path);
    if (!bytes.contains(before))
        qWarning("%s does not contain %s", qPrintable(path), before.constData());
    writeAll(path, bytes.replace(before, after));
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldExportEveryTableOfTheCatalog();
    void shouldGiveIdenticalFilesAfterARoundTrip_data();
    void shouldGiveIdenticalFilesAfterARoundTrip();
    void shouldWriteNullsAndTextThatLooksLikeThemDistinctly();
    void shouldWriteUsersOnlyWhenAsked();
    void shouldRemapIdsAndMergeByNameIntoANonEmptyCatalog();
    void shouldFindImportedMoviesBySearch();
    void shouldRefuseABrokenBundleWhole_data();
    void shouldRefuseABrokenBundleWhole();
    void shouldWriteNothingOnADryRun();
    void shouldUndoAndRedoAnImport_data();
    void shouldUndoAndRedoAnImport();
    void shouldImportNothingWhenCancelled();
    void shouldRefuseToExportIntoAFolderInUse();
    void shouldLeaveNoHalfBundleWhenAnExportFails();
    void shouldExportAndImportFromTheCommandLine();
    void shouldLeaveTheCatalogAsItWasWhenKilled();
};

void TestBundle::shouldExportEveryTableOfTheCatalog()
{
    // Given the schema's own tables (the search index and SQLite's tables are derived; the sign-in
    // throttle is bookkeeping, not catalog data)
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QSqlQuery query(catalog.db());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                      "AND name NOT LIKE 'movie_search%' AND name NOT LIKE 'person_name_search%' "
                                      "AND name <> 'sign_in_failures'")));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    tables.sort();

    // Then a bundle with its users carries every one of them (a new table needs a place in the bundle)
    QStringList bundled = Bundle::tableNames(true);
    bundled.sort();
    QCOMPARE(bundled, tables);
    QVERIFY(!Bundle::tableNames(false).contains(QStringLiteral("users")));
    QVERIFY(!Bundle::tableNames(false).contains(QStringLiteral("favorite_movies")));
}

void TestBundle::shouldGiveIdenticalFilesAfterARoundTrip_data()
{
    QTest::addColumn<bool>("includeUsers");
    QTest::newRow("without users") << false;
    QTest::newRow("with users") << true;
}

void TestBundle::shouldGiveIdenticalFilesAfterARoundTrip()
{
    QFETCH(bool, includeUsers);
    // Given a catalog with every table filled, exported as a bundle
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    const Filled filled = fillCatalog(source);
    const QString first = dir.filePath(QStringLiteral("first"));
    Result<Bundle::Report> exported = exportTo(source, first, includeUsers);
    QVERIFY2(exported, qPrintable(exported.error()));
    QCOMPARE(exported->rows(QStringLiteral("movies")), 4);
    QCOMPARE(exported->mediaFiles, includeUsers ? 5 : 4);

    // When it is imported into an empty catalog and exported again
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    Result<Bundle::Report> imported = importFrom(target, first);
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(imported->idsKept);
    QVERIFY(imported->committed);
    QCOMPARE(imported->importSummary(), QStringLiteral("imported: 4 added, 0 updated, 0 skipped, 0 errors"));
    const QString second = dir.filePath(QStringLiteral("second"));
    Result<Bundle::Report> again = exportTo(target, second, includeUsers);
    QVERIFY2(again, qPrintable(again.error()));

    // Then both bundles are the same bytes, file by file
    const QMap<QString, QByteArray> firstFiles = filesUnder(first);
    QCOMPARE(filesUnder(second), firstFiles);
    QVERIFY(firstFiles.contains(QStringLiteral("manifest.json")));
    QVERIFY(firstFiles.contains(QStringLiteral("media/") + filled.posterKey));
    QCOMPARE(firstFiles.contains(QStringLiteral("users.csv")), includeUsers);

    // And the catalogs hold the same rows, every value with its type, and the same search index
    const QStringList tables = Bundle::tableNames(includeUsers);
    if (includeUsers) {
        QCOMPARE(dump(target.db(), tables), dump(source.db(), tables));
    } else {
        QStringList withoutFiles = tables;
        withoutFiles.removeAll(QStringLiteral("files"));
        QCOMPARE(dump(target.db(), withoutFiles), dump(source.db(), withoutFiles));
        QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM files WHERE key = ?"), {filled.avatarKey}).toInt(), 0);
    }
    // And each image the catalog names is in its media folder, as it was
    QSqlQuery keys(target.db());
    QVERIFY(keys.exec(QStringLiteral("SELECT key FROM files")));
    while (keys.next()) {
        const QString key = keys.value(0).toString();
        QCOMPARE(fileHash(target.catalog().mediaPath() + QLatin1Char('/') + key),
                 fileHash(source.catalog().mediaPath() + QLatin1Char('/') + key));
    }
    QCOMPARE(scalar(target.db(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(scalar(target.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestBundle::shouldWriteNullsAndTextThatLooksLikeThemDistinctly()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder));

    // The file says NULL as \N, a literal \N as \\N, empty text as nothing, and a NUL character in hex
    const QByteArray genres = readAll(folder + QStringLiteral("/genres.csv"));
    QVERIFY2(genres.startsWith("id,name,created_at,updated_at\n"), genres.constData());
    QVERIFY2(genres.contains("\n2,\\\\N,"), genres.constData());
    const QByteArray movies = readAll(folder + QStringLiteral("/movies.csv"));
    QVERIFY2(movies.contains("\n3,'); DROP TABLE movies;--,,\\N,1999-12,\\N,\\N,2,\\N,"), movies.constData());
    QVERIFY2(movies.contains(",\\\\leading backslash,\\x6265666f7265006166746572,"), movies.constData());
    QVERIFY2(movies.contains("\"Paris,\n1961. \"\"Quoted\"\"\",12345678901.23,1962-04-11,90,1,1,1,"
                             "2001-02-03T04:05:06.789Z,2001-02-03T04:05:07Z\n"),
             movies.constData());

    // And they come back as they were
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    Result<Bundle::Report> imported = importFrom(target, folder);
    QVERIFY2(imported, qPrintable(imported.error()));
    QSqlDatabase db = target.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM genres WHERE id = 2")).toString(), QStringLiteral("\\N"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT quote(description) || '/' || quote(duration) || '/' || quote(budget) FROM movies "
                                       "WHERE release_date = '1999-12'"))
                 .toString(),
             QStringLiteral("''/NULL/NULL"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT hex(description) FROM movies WHERE release_date = '2000'")).toString(),
             QStringLiteral("6265666F7265006166746572"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT typeof(duration) || typeof(budget) FROM movies WHERE id = 1")).toString(),
             QStringLiteral("integertext"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT biography FROM people WHERE last_name = 'Varda'")).toString(),
             QStringLiteral("Line one\nLine \"two\"\r\nthird, with a comma "));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM countries WHERE name = ?"), {QStringLiteral("'); DROP TABLE movies;--")})
                 .toInt(),
             1);
}

void TestBundle::shouldWriteUsersOnlyWhenAsked()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    const Filled filled = fillCatalog(source);

    const QString without = dir.filePath(QStringLiteral("without"));
    QVERIFY(exportTo(source, without, false));
    for (const char *name : {"users.csv", "user_avatars.csv", "favorite_movies.csv"})
        QVERIFY2(!QFile::exists(without + QLatin1Char('/') + QLatin1String(name)), name);
    QVERIFY(!QFile::exists(without + QStringLiteral("/media/") + filled.avatarKey)); // only an avatar uses it
    QVERIFY(!readAll(without + QStringLiteral("/manifest.json")).contains("users"));
    QVERIFY(!readAll(without + QStringLiteral("/files.csv")).contains(filled.avatarKey.toLatin1()));

    const QString with = dir.filePath(QStringLiteral("with"));
    QVERIFY(exportTo(source, with, true));
    QVERIFY(readAll(with + QStringLiteral("/users.csv")).contains("$argon2id$v=19$m=65536"));
    QVERIFY(QFile::exists(with + QStringLiteral("/user_avatars.csv")));
    QVERIFY(readAll(with + QStringLiteral("/favorite_movies.csv")).contains("2020-01-01T00:00:00Z"));
    QVERIFY(QFile::exists(with + QStringLiteral("/media/") + filled.avatarKey));
}

void TestBundle::shouldRemapIdsAndMergeByNameIntoANonEmptyCatalog()
{
    // Given a bundle, and a catalog with a movie of its own, a country and a genre of the same
    // names in another case, and the bundle's poster image already stored
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    const Filled filled = fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder));

    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QSqlDatabase db = target.db();
    const MediaStore media(target.catalog().mediaPath());
    const qint64 poster = media.addFile(db, makeImage(20, 30, "PNG", 0xffcc0000), QStringLiteral("mine.png")).value();
    const qint64 france = insert(db, QStringLiteral("INSERT INTO countries (name) VALUES ('FRANCE')"));
    insert(db, QStringLiteral("INSERT INTO countries (name) VALUES ('Italy')"));
    const qint64 drama = insert(db, QStringLiteral("INSERT INTO genres (name) VALUES ('drama')"));
    const qint64 someone = insert(db, QStringLiteral("INSERT INTO people (last_name) VALUES ('Someone')"));
    for (int i = 0; i < 7; ++i)
        insert(db, QStringLiteral("INSERT INTO movies (title, country_id, poster_file_id, director_id) VALUES (?, ?, ?, ?)"),
               {QStringLiteral("Mine %1").arg(i), france, poster, someone});
    const QStringList before = dump(db, {QStringLiteral("movies"), QStringLiteral("people"), QStringLiteral("countries")});

    // When the bundle is imported
    Result<Bundle::Report> imported = importFrom(target, folder);
    QVERIFY2(imported, qPrintable(imported.error()));

    // Then every row has a new id, references follow them, and same names are the same rows
    QVERIFY(!imported->idsKept);
    QCOMPARE(imported->rows(QStringLiteral("movies")), 4);
    QCOMPARE(imported->merged(QStringLiteral("countries")), 1);
    QCOMPARE(imported->rows(QStringLiteral("countries")), 1);
    QCOMPARE(imported->merged(QStringLiteral("genres")), 1);
    QCOMPARE(imported->merged(QStringLiteral("files")), 1);
    QCOMPARE(imported->mediaFiles, 3); // the poster was there already
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movies")).toInt(), 11);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM countries")).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM genres")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM files WHERE key = ?"), {filled.posterKey}).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT min(id) FROM movies WHERE title NOT LIKE 'Mine %'")).toInt(), 8);
    const QString cleo = QStringLiteral("(SELECT id FROM movies WHERE title = 'Cléo from 5 to 7')");
    QCOMPARE(scalar(db, QStringLiteral("SELECT people.first_name || ' ' || people.last_name || '/' || movies.country_id || '/' "
                                       "|| movies.poster_file_id || '/' || movies.created_at FROM movies JOIN people ON "
                                       "people.id = movies.director_id WHERE movies.id = ") + cleo)
                 .toString(),
             QStringLiteral("Agnès Varda/%1/%2/2001-02-03T04:05:06.789Z").arg(france).arg(poster));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT genres.name FROM movie_genres JOIN genres ON "
                                       "genres.id = genre_id WHERE movie_id = %1 ORDER BY genres.id)").arg(cleo))
                 .toString(),
             QStringLiteral("drama,\\N"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT genre_id FROM movie_genres WHERE movie_id = (SELECT id FROM movies WHERE "
                                       "release_date = '1999-12')"))
                 .toLongLong(),
             drama);
    QCOMPARE(scalar(db, QStringLiteral("SELECT people.last_name || ' as ' || characters.name FROM movie_actors JOIN people ON "
                                       "people.id = person_id JOIN characters ON characters.id = character_id WHERE "
                                       "movie_actors.movie_id = ") + cleo)
                 .toString(),
             QStringLiteral("Marchand as Cléo"));
    // A person's primary photo is still their second photo, and the flags agree
    QCOMPARE(scalar(db, QStringLiteral("SELECT files.file_name FROM people JOIN person_photos ON person_photos.id = "
                                       "people.primary_photo_id JOIN files ON files.id = person_photos.file_id WHERE "
                                       "people.last_name = 'Varda' AND person_photos.is_primary = 1"))
                 .toString(),
             QStringLiteral("face two.png"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person_photos WHERE is_primary = 1")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    // And what the catalog had is untouched
    QStringList after = dump(db, {QStringLiteral("movies"), QStringLiteral("people"), QStringLiteral("countries")});
    for (const QString &row : before)
        QVERIFY2(after.contains(row), qPrintable(row));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search")).toInt(), 11);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'someone'")).toInt(), 7);
}

void TestBundle::shouldFindImportedMoviesBySearch()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder));
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QVERIFY(importFrom(target, folder));
    QSqlDatabase db = target.db();

    // An actor, a director, a character and a title find their movies; people are found by name
    for (const auto &[query, title] : {std::pair{"marchand", "Cléo from 5 to 7"}, std::pair{"godard", "Cléo from 5 to 7"},
                                       std::pair{"bobby", "'); DROP TABLE movies;--"}, std::pair{"ümlaut", "Tab\tand ümlaut 東京 🎬 \\N"}}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(title) FROM movies WHERE id IN (SELECT rowid FROM movie_search "
                                           "WHERE movie_search MATCH ?)"),
                        {QString::fromUtf8(query)})
                     .toString(),
                 QString::fromUtf8(title));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person_name_search WHERE person_name_search MATCH 'godard'")).toInt(), 1);
    // The search stays maintained: the triggers are back
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%movie_search%'"))
                 .toInt(),
             10);
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO characters (movie_id, name) VALUES (1, 'Dorothée')")), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'dorot'")).toInt(), 1);
}

enum class Damage {
    ChangedRow,
    TraversalInManifest,
    AbsoluteMediaName,
    UnknownTable,
    SymlinkedMedia,
    SymlinkedTable,
    SymlinkedMediaFolder,
    BadReleaseDate,
    MissingReference,
    CharacterOfAnotherMovie,
    NewerVersion,
    NewerSchema,
    MissingTableFile,
    MissingMediaFile,
    NotAnImage,
    RepeatedId,
    UnknownEscape,
    UnknownColumn,
    NotAManifest,
};

void TestBundle::shouldRefuseABrokenBundleWhole_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("file"); // the file the message names, relative to the bundle
    QTest::addColumn<int>("line");     // 0: the message names no line
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, Damage damage, const char *file, int line, const char *message) {
        QTest::newRow(name) << int(damage) << QString::fromUtf8(file) << line << QString::fromUtf8(message);
    };
    row("checksum mismatch", Damage::ChangedRow, "movies.csv", 0, "checksum does not match");
    row("../x in the manifest", Damage::TraversalInManifest, "manifest.json", 0, "not a media file name");
    row("absolute path in the manifest", Damage::AbsoluteMediaName, "manifest.json", 0, "not a media file name");
    row("unknown table", Damage::UnknownTable, "manifest.json", 0, "names a table");
    row("media file links outside", Damage::SymlinkedMedia, "media/", 0, "leads outside");
    row("table file links outside", Damage::SymlinkedTable, "people.csv", 0, "leads outside");
    row("media folder links outside", Damage::SymlinkedMediaFolder, "media/", 0, "leads outside");
    row("bad release date", Damage::BadReleaseDate, "movies.csv", 2, "release_date “1962-13-11” is not allowed");
    row("reference to a missing row", Damage::MissingReference, "movies.csv", 6, "director_id 999 names no row of people.csv");
    row("trigger refuses", Damage::CharacterOfAnotherMovie, "movie_actors.csv", 3, "the character belongs to another movie");
    row("newer format", Damage::NewerVersion, "manifest.json", 0, "newer version of Reelkeeper (bundle format 2");
    row("newer schema", Damage::NewerSchema, "manifest.json", 0, "newer version of Reelkeeper (catalog schema 99");
    row("missing table file", Damage::MissingTableFile, "people.csv", 0, "missing");
    row("missing media file", Damage::MissingMediaFile, "media/", 0, "missing");
    row("not an image", Damage::NotAnImage, "media/", 0, "not an image Reelkeeper accepts");
    row("repeated id", Damage::RepeatedId, "countries.csv", 4, "ids must increase");
    row("unknown escape", Damage::UnknownEscape, "genres.csv", 3, "none of \\N");
    row("unknown column", Damage::UnknownColumn, "genres.csv", 1, "does not have");
    row("not a manifest", Damage::NotAManifest, "manifest.json", 0, "not valid JSON");
}

void TestBundle::shouldRefuseABrokenBundleWhole()
{
    QFETCH(int, damage);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    const Filled filled = fillCatalog(source);
    QSqlDatabase sourceDb = source.db();

    // Damage that a catalog's own rules would not let in is made with the rules switched off
    switch (Damage(damage)) {
    case Damage::BadReleaseDate:
        QCOMPARE(exec(sourceDb, QStringLiteral("PRAGMA ignore_check_constraints = ON")), QString());
        QCOMPARE(exec(sourceDb, QStringLiteral("UPDATE movies SET release_date = '1962-13-11' WHERE id = 1")), QString());
        break;
    case Damage::MissingReference:
        QCOMPARE(exec(sourceDb, QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
        QCOMPARE(exec(sourceDb, QStringLiteral("UPDATE movies SET director_id = 999 WHERE id = 5")), QString());
        break;
    case Damage::CharacterOfAnotherMovie:
        QCOMPARE(exec(sourceDb, QStringLiteral("DROP TRIGGER movie_actors_character_same_movie_update")), QString());
        QCOMPARE(exec(sourceDb, QStringLiteral("UPDATE movie_actors SET character_id = 3 WHERE id = 2")), QString());
        break;
    case Damage::NotAnImage: {
        // A file whose name is its checksum, as a bundle's are, but which is no image
        const QByteArray bytes("<html>not an image</html>");
        const QString key = sha256(bytes).left(2) + QLatin1Char('/') + sha256(bytes) + QStringLiteral(".png");
        QVERIFY(writeAll(source.catalog().mediaPath() + QLatin1Char('/') + key, bytes));
        const qint64 id = insert(sourceDb, QStringLiteral("INSERT INTO files (file_name, mime_type, key) VALUES ('x.png', 'image/png', ?)"),
                                 {key});
        QCOMPARE(exec(sourceDb, QStringLiteral("UPDATE movies SET poster_file_id = ? WHERE id = 4"), {id}), QString());
        file += key;
        break;
    }
    default:
        break;
    }
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    Result<Bundle::Report> exported = exportTo(source, folder);
    QVERIFY2(exported, qPrintable(exported.error()));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QDir().mkpath(outside);

    switch (Damage(damage)) {
    case Damage::ChangedRow:
        replaceInFile(folder + QStringLiteral("/movies.csv"), "Cléo from 5 to 7", "Cleo from 5 to 7");
        break;
    case Damage::TraversalInManifest:
    case Damage::AbsoluteMediaName:
        editManifest(folder, [&](QJsonObject &manifest) {
            QJsonObject media = manifest.value(QLatin1String("media")).toObject();
            media.insert(Damage(damage) == Damage::TraversalInManifest ? QStringLiteral("../x") : QStringLiteral("/etc/passwd"),
                         sha256("x"));
            manifest.insert(QStringLiteral("media"), media);
        });
        break;
    case Damage::UnknownTable:
        editManifest(folder, [&](QJsonObject &manifest) {
            QJsonObject tables = manifest.value(QLatin1String("tables")).toObject();
            tables.insert(QStringLiteral("../movies"), tables.value(QLatin1String("movies")));
            manifest.insert(QStringLiteral("tables"), tables);
        });
        break;
    case Damage::SymlinkedMedia: {
        // The same bytes, so the checksum matches: only the link gives it away
        const QString path = folder + QStringLiteral("/media/") + filled.posterKey;
        QVERIFY(QFile::copy(path, outside + QStringLiteral("/poster.png")));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(outside + QStringLiteral("/poster.png"), path));
        file += filled.posterKey;
        break;
    }
    case Damage::SymlinkedTable: {
        const QString path = folder + QStringLiteral("/people.csv");
        QVERIFY(QFile::rename(path, outside + QStringLiteral("/people.csv")));
        QVERIFY(QFile::link(outside + QStringLiteral("/people.csv"), path));
        break;
    }
    case Damage::SymlinkedMediaFolder: {
        QVERIFY(QDir().rename(folder + QStringLiteral("/media"), outside + QStringLiteral("/media")));
        QVERIFY(QFile::link(outside + QStringLiteral("/media"), folder + QStringLiteral("/media")));
        QStringList keys = QJsonDocument::fromJson(readAll(folder + QStringLiteral("/manifest.json")))
                               .object()
                               .value(QLatin1String("media"))
                               .toObject()
                               .keys();
        keys.sort();
        file += keys.value(0);
        break;
    }
    case Damage::NewerVersion:
        editManifest(folder, [](QJsonObject &manifest) { manifest.insert(QStringLiteral("version"), 2); });
        break;
    case Damage::NewerSchema:
        editManifest(folder, [](QJsonObject &manifest) { manifest.insert(QStringLiteral("schema"), 99); });
        break;
    case Damage::MissingTableFile:
        QVERIFY(QFile::remove(folder + QStringLiteral("/people.csv")));
        break;
    case Damage::MissingMediaFile:
        QVERIFY(QFile::remove(folder + QStringLiteral("/media/") + filled.posterKey));
        file += filled.posterKey;
        break;
    case Damage::RepeatedId: {
        const QString path = folder + QStringLiteral("/countries.csv");
        const QByteArray bytes = readAll(path);
        const QByteArray last = bytes.mid(bytes.lastIndexOf('\n', bytes.size() - 2) + 1);
        QVERIFY(writeAll(path, bytes + last));
        reseal(folder, QStringLiteral("countries"));
        break;
    }
    case Damage::UnknownEscape:
        replaceInFile(folder + QStringLiteral("/genres.csv"), "\\\\N", "\\q");
        reseal(folder, QStringLiteral("genres"));
        break;
    case Damage::UnknownColumn:
        replaceInFile(folder + QStringLiteral("/genres.csv"), "id,name,", "id,name; DROP TABLE genres,");
        reseal(folder, QStringLiteral("genres"));
        break;
    case Damage::NotAManifest:
        QVERIFY(writeAll(folder + QStringLiteral("/manifest.json"), "{\"format\": \"reelkeeper-bundle\", "));
        break;
    default:
        break;
    }

    // When it is imported into an empty catalog, and into one with movies of its own
    for (const bool empty : {true, false}) {
        TemporaryCatalog target;
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        if (!empty) {
            const MediaStore media(target.catalog().mediaPath());
            const qint64 poster = media.addFile(target.db(), makeImage(9, 9, "PNG"), QStringLiteral("mine.png")).value();
            insert(target.db(), QStringLiteral("INSERT INTO movies (title, poster_file_id) VALUES ('Before', ?)"), {poster});
            insert(target.db(), QStringLiteral("INSERT INTO countries (name) VALUES ('france')"));
        }
        const Snapshot before = snapshot(target);

        Result<Bundle::Report> imported = importFrom(target, folder);

        // Then it is refused with the file, line and problem, and the catalog is as it was
        QVERIFY2(!imported, empty ? "into an empty catalog" : "into a catalog with movies");
        const QString expected = QDir::toNativeSeparators(folder + QLatin1Char('/') + file)
            + (line > 0 ? QLatin1Char(':') + QString::number(line) : QString()) + QStringLiteral(": ");
        QVERIFY2(imported.error().startsWith(expected), qPrintable(imported.error() + QStringLiteral(" / expected ") + expected));
        QVERIFY2(imported.error().contains(message), qPrintable(imported.error()));
        QVERIFY2(!imported.error().contains(QLatin1Char('\n')), qPrintable(imported.error()));
        QVERIFY(snapshot(target) == before);
    }
}

void TestBundle::shouldWriteNothingOnADryRun()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder, true));
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    const Snapshot before = snapshot(target);

    Result<Bundle::Report> report = importFrom(target, folder, true);

    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->importSummary(), QStringLiteral("would import: 4 added, 0 updated, 0 skipped, 0 errors"));
    QCOMPARE(report->rows(QStringLiteral("people")), 3);
    QCOMPARE(report->rows(QStringLiteral("users")), 2);
    QVERIFY(!report->committed);
    QCOMPARE(report->mediaFiles, 0);
    QVERIFY(snapshot(target) == before);
}

void TestBundle::shouldUndoAndRedoAnImport_data()
{
    QTest::addColumn<bool>("catalogHasRows");
    QTest::addColumn<bool>("includeUsers");
    QTest::newRow("into an empty catalog, ids kept") << false << false;
    QTest::newRow("into an empty catalog, with users") << false << true;
    QTest::newRow("into a catalog with rows, ids remapped") << true << true;
}

void TestBundle::shouldUndoAndRedoAnImport()
{
    QFETCH(bool, catalogHasRows);
    QFETCH(bool, includeUsers);
    // Given a bundle imported into a catalog
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder, includeUsers));
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QSqlDatabase db = target.db();
    if (catalogHasRows) {
        const qint64 drama = insert(db, QStringLiteral("INSERT INTO genres (name) VALUES ('drama')"));
        const qint64 mine = insert(db, QStringLiteral("INSERT INTO movies (title) VALUES ('Mine')"));
        insert(db, QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?)"), {mine, drama});
        insert(db, QStringLiteral("INSERT INTO people (last_name) VALUES ('Varda')"));
    }
    const QStringList before = dump(db);
    Result<Bundle::Report> imported = importFrom(target, folder);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->idsKept, !catalogHasRows);
    const QStringList after = dump(db);

    // When its rows are taken and the import undone
    Result<QList<Bundle::TableRows>> taken = Bundle::takeImported(db, *imported);
    QVERIFY2(taken, qPrintable(taken.error()));
    Result<void> undone = Bundle::undoImport(db, *imported);
    QVERIFY2(undone, qPrintable(undone.error()));

    // Then the catalog is as it was before, row for row and in its search index
    QCOMPARE(dump(db), before);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    // And a redo puts back exactly what the import wrote, searchable, and undo works again
    Result<void> redone = Bundle::redoImport(db, *imported, *taken);
    QVERIFY2(redone, qPrintable(redone.error()));
    QCOMPARE(dump(db), after);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%movie_search%'"))
                 .toInt(),
             10);
    QVERIFY(Bundle::undoImport(db, *imported));
    QCOMPARE(dump(db), before);
}

void TestBundle::shouldImportNothingWhenCancelled()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(exportTo(source, folder));
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    const Snapshot before = snapshot(target);

    // Cancelled at the last moment: the images are copied by then, and go again
    qint64 lastTotal = -1;
    Result<Bundle::Report> report = importFrom(target, folder, false, [&](qint64 done, qint64 total) {
        lastTotal = total;
        return done < total;
    });

    QVERIFY(!report);
    QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
    QVERIFY(lastTotal > 0);
    QVERIFY(snapshot(target) == before);
}

void TestBundle::shouldRefuseToExportIntoAFolderInUse()
{
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    fillCatalog(source);
    const QString folder = dir.filePath(QStringLiteral("used"));
    QVERIFY(writeAll(folder + QStringLiteral("/notes.txt"), "mine"));
    const QString file = dir.filePath(QStringLiteral("file"));
    QVERIFY(writeAll(file, "mine"));

    for (const QString &target : {folder, file}) {
        Result<Bundle::Report> exported = exportTo(source, target);
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(target == folder ? QStringLiteral("is not empty") : QStringLiteral("not a folder")),
                 qPrintable(exported.error()));
    }
    QCOMPARE(filesUnder(folder).keys(), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(readAll(file), QByteArray("mine"));

    // An empty folder is fine
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    Result<Bundle::Report> exported = exportTo(source, empty);
    QVERIFY2(exported, qPrintable(exported.error()));
    QVERIFY(QFile::exists(empty + QStringLiteral("/manifest.json")));
}

void TestBundle::shouldLeaveNoHalfBundleWhenAnExportFails()
{
    // Given a catalog whose poster file was lost
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    const Filled filled = fillCatalog(source);
    QVERIFY(QFile::remove(source.catalog().mediaPath() + QLatin1Char('/') + filled.posterKey));

    // When it is exported, the export fails naming the image, and nothing is left behind
    Result<Bundle::Report> exported = exportTo(source, dir.filePath(QStringLiteral("bundle")));
    QVERIFY(!exported);
    QVERIFY2(exported.error().contains(filled.posterKey), qPrintable(exported.error()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestBundle::shouldExportAndImportFromTheCommandLine()
{
    QTemporaryDir dir;
    QString sourcePath;
    {
        TemporaryCatalog source;
        QVERIFY2(source.isValid(), qPrintable(source.error()));
        fillCatalog(source);
        const QString media = source.catalog().mediaPath();
        source.close();
        sourcePath = dir.filePath(QStringLiteral("films.sqlite"));
        QVERIFY(QFile::copy(source.path(), sourcePath));
        QDirIterator it(media, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY(writeAll(dir.filePath(QStringLiteral("films.media/")) + QDir(media).relativeFilePath(path), readAll(path)));
        }
    }
    const QString bundle = dir.filePath(QStringLiteral("bundle"));

    const ProcessResult exported = runReelkeeper({QStringLiteral("--db"), sourcePath, QStringLiteral("export"),
                                                  QStringLiteral("bundle"), bundle, QStringLiteral("--include-users")},
                                                 dir.path());
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.trimmed(), QStringLiteral("exported: 4 movies, 3 people, 2 users, 5 images to %1").arg(bundle));

    const ProcessResult again = runReelkeeper({QStringLiteral("--db"), sourcePath, QStringLiteral("export"),
                                               QStringLiteral("bundle"), bundle},
                                              dir.path());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.startsWith(QStringLiteral("reelkeeper: ")) && again.err.contains(QStringLiteral("is not empty")),
             qPrintable(again.err));

    const QString targetPath = dir.filePath(QStringLiteral("copy.sqlite"));
    const ProcessResult dry = runReelkeeper({QStringLiteral("--db"), targetPath, QStringLiteral("import"), bundle,
                                             QStringLiteral("--dry-run")},
                                            dir.path());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out.trimmed(), QStringLiteral("would import: 4 added, 0 updated, 0 skipped, 0 errors"));

    const ProcessResult imported = runReelkeeper({QStringLiteral("--db"), targetPath, QStringLiteral("import"), bundle,
                                                  QStringLiteral("--format"), QStringLiteral("bundle")},
                                                 dir.path());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out.trimmed(), QStringLiteral("imported: 4 added, 0 updated, 0 skipped, 0 errors"));
    QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));

    const QString second = dir.filePath(QStringLiteral("second"));
    const ProcessResult reexported = runReelkeeper({QStringLiteral("--db"), targetPath, QStringLiteral("export"),
                                                    QStringLiteral("bundle"), second, QStringLiteral("--include-users")},
                                                   dir.path());
    QCOMPARE(reexported.exitCode, 0);
    QCOMPARE(filesUnder(second), filesUnder(bundle));

    // A damaged bundle: status 1, FILE: message, and the catalog as it was
    replaceInFile(second + QStringLiteral("/people.csv"), "Varda", "Vardá");
    const QByteArray before = fileHash(targetPath);
    const ProcessResult refused = runReelkeeper({QStringLiteral("--db"), targetPath, QStringLiteral("import"), second},
                                                dir.path());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("reelkeeper: ") + QDir::toNativeSeparators(second)
                                    + QStringLiteral("/people.csv: ")),
             qPrintable(refused.err));
    QCOMPARE(refused.out, QString());
    QCOMPARE(fileHash(targetPath), before);
}

void TestBundle::shouldLeaveTheCatalogAsItWasWhenKilled()
{
    // Given a catalog with one movie and a big bundle (written by hand: headers may leave out
    // columns that have defaults)
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("big"));
    QJsonObject tables;
    qint64 tableBytes = 0;
    const auto table = [&](const QString &name, const QByteArray &header, qint64 rows,
                           const std::function<QByteArray(qint64)> &row) {
        QByteArray bytes = header + '\n';
        for (qint64 i = 1; i <= rows; ++i)
            bytes += row(i) + '\n';
        writeAll(folder + QLatin1Char('/') + name + QStringLiteral(".csv"), bytes);
        tables.insert(name, QJsonObject{{QStringLiteral("rows"), double(rows)}, {QStringLiteral("sha256"), sha256(bytes)}});
        tableBytes += bytes.size();
    };
    table(QStringLiteral("people"), "id,last_name", 1000, [](qint64 i) -> QByteArray { return QByteArray::number(i) + ",Person " + QByteArray::number(i); });
    table(QStringLiteral("movies"), "id,title,director_id", 100000, [](qint64 i) -> QByteArray {
        return QByteArray::number(i) + ",Movie " + QByteArray::number(i) + ',' + QByteArray::number(i % 1000 + 1);
    });
    table(QStringLiteral("movie_actors"), "id,movie_id,person_id", 200000, [](qint64 i) -> QByteArray {
        return QByteArray::number(i) + ',' + QByteArray::number((i + 1) / 2) + ',' + QByteArray::number(i % 997 + 1);
    });
    writeAll(folder + QStringLiteral("/manifest.json"),
             QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("reelkeeper-bundle")},
                                       {QStringLiteral("version"), 1},
                                       {QStringLiteral("schema"), 3},
                                       {QStringLiteral("tables"), tables},
                                       {QStringLiteral("media"), QJsonObject()}})
                 .toJson());
    const QString catalogPath = dir.filePath(QStringLiteral("killed.sqlite"));
    {
        const Result<std::unique_ptr<Catalog>> catalog = Catalog::open(catalogPath);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        QCOMPARE(exec(catalog.value()->database(), QStringLiteral("INSERT INTO movies (title) VALUES ('Before')")), QString());
    }

    // When the import is killed while it writes (the bundle is read once before anything is written)
    QProcess process;
    startReelkeeper(process, {QStringLiteral("--db"), catalogPath, QStringLiteral("import"), folder}, dir.path());
    QVERIFY(process.waitForStarted());
    const auto bytesRead = [pid = process.processId()] { return bytesReadBy(pid); };
    QTRY_VERIFY_WITH_TIMEOUT(bytesRead() > tableBytes * 3 / 2 || process.state() == QProcess::NotRunning, 60000);
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // Then the catalog holds what it held before, whole, with its search triggers
    const Result<std::unique_ptr<Catalog>> reopened = Catalog::open(catalogPath);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QSqlDatabase db = reopened.value()->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(title) FROM movies")).toString(), QStringLiteral("Before"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%movie_search%'"))
                 .toInt(),
             10);

    // And the same bundle imports whole when left alone: headers without some columns are fine
    Result<Bundle::Report> imported = Bundle::importBundle(db, reopened.value()->mediaPath(), folder, false);
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(!imported->idsKept);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movies")).toInt(), 100001);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH '\"Movie 99999\"'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
