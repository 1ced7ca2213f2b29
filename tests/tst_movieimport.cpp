// Importing CSV files into a catalog and exporting movie lists, end to end: files on disk, the
// catalog checked with SQL, the command line run as a user would.
#include "movieexport.h"
#include "movieimport.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestMovieImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldImportEveryFieldOfAMovieList();
    void shouldReportBadRowsWithTheirLinesAndImportTheRest();
    void shouldImportNothingFromABadRowWithStrict();
    void shouldLeaveNothingOfARowTheSchemaRefuses();
    void shouldRefuseAFileThatCannotBeReadAsAWhole_data();
    void shouldRefuseAFileThatCannotBeReadAsAWhole();
    void shouldFollowTheDuplicatePolicy_data();
    void shouldFollowTheDuplicatePolicy();
    void shouldWriteNothingOnADryRun();
    void shouldUpdateAMovieTheSameFileAdded();
    void shouldKnowPeopleByTheirFullName();
    void shouldImportEveryFixture_data();
    void shouldImportEveryFixture();
    void shouldMatchSourceIdsOnASecondImport();
    void shouldExportWhatItImportsIdentically();
    void shouldExportTheCurrentSearchOnly();
    void shouldImportNothingWhenCancelled();
    void shouldLeaveTheCatalogAsItWasWhenKilled();
    void shouldImportAndExportFromTheCommandLine();

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
    static Result<ImportReport> import(TemporaryCatalog &catalog, const QString &path, ImportOptions options = {});
};

QString TestMovieImport::write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

Result<ImportReport> TestMovieImport::import(TemporaryCatalog &catalog, const QString &path, ImportOptions options)
{
    options.mediaFolder = catalog.catalog().mediaPath();
    return MovieImport::importFile(catalog.db(), path, std::nullopt, options);
}

void TestMovieImport::shouldImportEveryFieldOfAMovieList()
{
    // Given a movie list with every column, a quoted description over two lines and a poster file
    QTemporaryDir dir;
    const QByteArray png = makeImage(20, 30, "PNG");
    write(dir, QStringLiteral("solaris.png"), png);
    const QString path = write(dir, QStringLiteral("movies.csv"), R"(Title,Release_Date,duration,budget,description,director,country,genres,cast,poster
Solaris,1972-03-20,167,1000000.50,"A psychologist is sent
to a station.",Andrei Tarkovsky,Soviet Union,Drama;Science Fiction,"Donatas Banionis|Kris Kelvin|lead;Natalya Bondarchuk|Hari|lead;|The Visitor",solaris.png
'); DROP TABLE movies;--,1979,,,,,,,Anatoly Solonitsyn,
)");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));

    // When it is imported
    Result<ImportReport> report = import(catalog, path);

    // Then every field is in the catalog, exactly
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->summary(), QStringLiteral("imported: 2 added, 0 updated, 0 skipped, 0 errors"));
    QVERIFY(report->committed);
    QSqlDatabase db = catalog.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT title || '|' || release_date || '|' || duration || '|' || budget FROM movies "
                                       "WHERE title = 'Solaris'"))
                 .toString(),
             QStringLiteral("Solaris|1972-03-20|167|1000000.50"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT description FROM movies WHERE title = 'Solaris'")).toString(),
             QStringLiteral("A psychologist is sent\nto a station."));
    QCOMPARE(scalar(db, QStringLiteral("SELECT first_name || '/' || last_name FROM people JOIN movies ON "
                                       "movies.director_id = people.id"))
                 .toString(),
             QStringLiteral("Andrei/Tarkovsky"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT genres.name FROM movie_genres JOIN "
                                       "genres ON genres.id = genre_id ORDER BY genres.name)"))
                 .toString(),
             QStringLiteral("Drama,Science Fiction"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(name || ':' || ifnull(role, '-'), ',') FROM (SELECT name, "
                                       "role FROM characters ORDER BY id)"))
                 .toString(),
             QStringLiteral("Kris Kelvin:lead,Hari:lead,The Visitor:-"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_actors")).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_actors WHERE character_id IS NULL")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movies WHERE title = ?"), {QStringLiteral("'); DROP TABLE movies;--")})
                 .toInt(),
             1);
    QCOMPARE(fileHash(catalog.catalog().mediaPath() + QLatin1Char('/')
                      + scalar(db, QStringLiteral("SELECT key FROM files")).toString()),
             QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());

    // And the movies are found by title, people and characters, and the search stays maintained
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'bondarchuk'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'solonitsyn'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person_name_search WHERE person_name_search MATCH 'banionis'"))
                 .toInt(),
             1);
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO characters (movie_id, name) SELECT id, 'Snaut' FROM movies WHERE title = "
                                     "'Solaris'")),
             QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'snaut'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                       "'%movie_search%'"))
                 .toInt(),
             10);
}

void TestMovieImport::shouldReportBadRowsWithTheirLinesAndImportTheRest()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("bad.csv"), R"(title,release_date,duration,cast
Good,1999,90,
Bad date,1999-13-01,90,
,2000,80,
Bad duration,2001,ninety,
Bad role,2002,,Someone|Somebody|villain
"Multi
line",2003,100,
Too many,2004,1,,extra
)");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    Result<ImportReport> report = import(catalog, path);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->errors, 5);
    QList<qint64> lines;
    for (const ImportNote &note : report->notes) {
        QCOMPARE(note.kind, ImportNote::Kind::Error);
        lines.append(note.line);
        QVERIFY2(report->format(note).startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':') + QString::number(note.line)
                                                 + QStringLiteral(": ")),
                 qPrintable(report->format(note)));
    }
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 9}));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT group_concat(title, '/') FROM movies")).toString(),
             QStringLiteral("Good/Multi\nline"));
}

void TestMovieImport::shouldLeaveNothingOfARowTheSchemaRefuses()
{
    // Given a catalog whose schema refuses one title (as a rule the formats do not know), and a
    // list where that movie brings a new director, country and poster
    QTemporaryDir dir;
    write(dir, QStringLiteral("refused.png"), makeImage(20, 30, "PNG", 0xff0000ff));
    write(dir, QStringLiteral("kept.png"), makeImage(20, 30, "PNG", 0xff00ff00));
    const QString path = write(dir, QStringLiteral("movies.csv"), R"(title,director,country,poster
Refused,New Director,Newland,refused.png
Kept,Kept Director,Keptland,kept.png
)");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QSqlDatabase db = catalog.db();
    QCOMPARE(exec(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON movies WHEN NEW.title = 'Refused' "
                                     "BEGIN SELECT RAISE(ABORT, 'this title is refused'); END")),
             QString());

    // When it is imported
    Result<ImportReport> report = import(catalog, path);

    // Then the refused row is an error and left nothing behind; the other row is whole
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->summary(), QStringLiteral("imported: 1 added, 0 updated, 0 skipped, 1 errors"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(last_name) FROM people")).toString(), QStringLiteral("Director"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT first_name FROM people")).toString(), QStringLiteral("Kept"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(name) FROM countries")).toString(), QStringLiteral("Keptland"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM files")).toInt(), 1);
    QCOMPARE(report->createdRows.size(), 2);
    QCOMPARE(report->addedFileIds.size(), 1);
    QDirIterator media(catalog.catalog().mediaPath(), QDir::Files, QDirIterator::Subdirectories);
    QStringList images;
    while (media.hasNext())
        images.append(QFileInfo(media.next()).fileName());
    QCOMPARE(images, QStringList{QFileInfo(scalar(db, QStringLiteral("SELECT key FROM files")).toString()).fileName()});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person_name_search")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestMovieImport::shouldImportNothingFromABadRowWithStrict()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("poster.png"), makeImage(12, 18, "PNG"));
    const QString path = write(dir, QStringLiteral("bad.csv"), "title,release_date,poster\nGood,1999,poster.png\nBad,1999-02-30,\n");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ImportOptions options;
    options.strict = true;
    Result<ImportReport> report = import(catalog, path, options);
    QVERIFY(!report);
    QVERIFY2(report.error().startsWith(QDir::toNativeSeparators(path) + QStringLiteral(":3: ")), qPrintable(report.error()));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    // The poster stored for the good row went with the rollback
    QDirIterator files(catalog.catalog().mediaPath(), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
}

void TestMovieImport::shouldRefuseAFileThatCannotBeReadAsAWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24);
    QTest::newRow("quote never closed") << QByteArray("title,year\nGood,1999\n\"Open,2000\nMore,2001\n");
    QTest::newRow("no title column") << QByteArray("name,year\nSolaris,1972\n");
    QTest::newRow("a column named twice") << QByteArray("title,director,Director\nSolaris,A,B\n");
}

void TestMovieImport::shouldRefuseAFileThatCannotBeReadAsAWhole()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("whole.csv"), bytes);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Already here')")), QString());

    Result<ImportReport> report = import(catalog, path);

    QVERIFY(!report);
    QVERIFY2(report.error().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')), qPrintable(report.error()));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT group_concat(title) FROM movies")).toString(),
             QStringLiteral("Already here"));
}

void TestMovieImport::shouldFollowTheDuplicatePolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("movies");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("duration");
    QTest::newRow("skip") << int(OnDuplicate::Skip) << 2 << QStringLiteral("imported: 1 added, 0 updated, 1 skipped, 0 errors")
                          << QStringLiteral("167");
    QTest::newRow("update") << int(OnDuplicate::Update) << 2
                            << QStringLiteral("imported: 1 added, 1 updated, 0 skipped, 0 errors") << QStringLiteral("169");
    QTest::newRow("add") << int(OnDuplicate::Add) << 3 << QStringLiteral("imported: 2 added, 0 updated, 0 skipped, 0 errors")
                         << QStringLiteral("167");
}

void TestMovieImport::shouldFollowTheDuplicatePolicy()
{
    QFETCH(int, policy);
    QFETCH(int, movies);
    QFETCH(QString, summary);
    QFETCH(QString, duration);
    QTemporaryDir dir;
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    // Given a catalog with Solaris (1972, Tarkovsky)
    const QString first = write(dir, QStringLiteral("first.csv"),
                                "title,release_date,duration,director,country\nSolaris,1972-03-20,167,Andrei Tarkovsky,Soviet Union\n");
    QVERIFY(import(catalog, first));
    // When a list names it again (other case, same year and director) with another movie
    const QString second = write(dir, QStringLiteral("second.csv"),
                                 "title,release_date,duration,director\nSOLARIS,1972,169,andrei tarkovsky\nStalker,1979,162,Andrei Tarkovsky\n");
    ImportOptions options;
    options.onDuplicate = OnDuplicate(policy);
    Result<ImportReport> report = import(catalog, second, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->summary(), summary);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), movies);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT duration FROM movies ORDER BY id LIMIT 1")).toString(), duration);
    // An update keeps what the row leaves empty, and the same person directs both
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 1);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT release_date || '/' || country_id FROM movies ORDER BY id LIMIT 1"))
                 .toString(),
             QStringLiteral("1972-03-20/1"));
    if (OnDuplicate(policy) == OnDuplicate::Skip) {
        QCOMPARE(report->notes.size(), 1);
        QCOMPARE(report->notes.constFirst().line, 2);
        QVERIFY2(report->notes.constFirst().message.contains(QStringLiteral("in the catalog already")),
                 qPrintable(report->notes.constFirst().message));
    }
}

void TestMovieImport::shouldWriteNothingOnADryRun()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("poster.png"), makeImage(10, 10, "PNG"));
    const QString path = write(dir, QStringLiteral("dry.csv"),
                               "title,release_date,director,poster\nSolaris,1972,Andrei Tarkovsky,poster.png\nSolaris,1972,"
                               "Andrei Tarkovsky,\nBad,19x,,\n");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const QByteArray before = fileHash(catalog.path());
    ImportOptions options;
    options.dryRun = true;
    Result<ImportReport> report = import(catalog, path, options);
    QVERIFY2(report, qPrintable(report.error()));
    // The second Solaris is a duplicate of the first, which the dry run "added"
    QCOMPARE(report->summary(), QStringLiteral("would import: 1 added, 0 updated, 1 skipped, 1 errors"));
    QVERIFY(!report->committed);
    for (const char *table : {"movies", "people", "files", "movie_search"})
        QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt(), 0);
    QVERIFY(QDir(catalog.catalog().mediaPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    Q_UNUSED(before);
}

void TestMovieImport::shouldUpdateAMovieTheSameFileAdded()
{
    // A diary with a rewatch: the second row updates the movie the first one added
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("twice.csv"),
                               "title,release_date,director,duration\nAlien,1979,Ridley Scott,117\nAlien,1979,Ridley Scott,116\n");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ImportOptions options;
    options.onDuplicate = OnDuplicate::Update;
    options.keepUndo = true;
    Result<ImportReport> report = import(catalog, path, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->summary(), QStringLiteral("imported: 1 added, 1 updated, 0 skipped, 0 errors"));
    QCOMPARE(report->addedMovieIds.size(), 1);
    QVERIFY(report->updatedMovieIds.isEmpty()); // still an added movie, for undo
    QVERIFY(report->updatedBefore.isEmpty());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT duration FROM movies")).toInt(), 116);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'ridley'")).toInt(),
             1);
}

void TestMovieImport::shouldKnowPeopleByTheirFullName()
{
    // Given a director stored as "Gus" / "Van Sant" (not where the import would split the name)
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (5, 'Gus', 'Van Sant')")),
             QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title, release_date, director_id) VALUES ('Elephant', "
                                               "'2003', 5)")),
             QString());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("gus.csv"),
                               "title,release_date,director\nElephant,2003,gus van sant\nMilk,2008,Gus Van Sant\n");
    Result<ImportReport> report = import(catalog, path);
    QVERIFY2(report, qPrintable(report.error()));
    // Then the same full name is the same person: Elephant is a duplicate, Milk gets the same director
    QCOMPARE(report->summary(), QStringLiteral("imported: 1 added, 0 updated, 1 skipped, 0 errors"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 1);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT director_id FROM movies WHERE title = 'Milk'")).toInt(), 5);
}

void TestMovieImport::shouldImportEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir fixtures(QStringLiteral(REELKEEPER_TEST_DATA "/import"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
}

void TestMovieImport::shouldImportEveryFixture()
{
    QFETCH(QString, file);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ImportOptions options;
    options.downloadPosters = false;
    Result<ImportReport> report = import(catalog, file, options);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->added > 0, qPrintable(report->summary()));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toLongLong(), report->added);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_search")).toLongLong(), report->added);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestMovieImport::shouldMatchSourceIdsOnASecondImport()
{
    const QString file = QStringLiteral(REELKEEPER_TEST_DATA "/import/imdb_ratings_current.csv");
    if (!QFile::exists(file))
        QSKIP("no IMDb fixture");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    Result<ImportReport> first = import(catalog, file);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->added > 0);
    QVERIFY(first->skipped > 0); // the series and episodes, with their reasons
    // Renamed in the catalog: only the IMDb id can still match it
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE movies SET title = title || ' (renamed)'")), QString());
    Result<ImportReport> second = import(catalog, file);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->skipped, first->added + first->skipped);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_sources WHERE source = 'imdb'")).toLongLong(),
             first->added);
}

void TestMovieImport::shouldExportWhatItImportsIdentically()
{
    // Given a list with quirks: escapes in genres and cast, newlines, unicode, a character without actor
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("in.csv"), R"(title,release_date,duration,budget,description,director,country,genres,cast
Cléo from 5 to 7,1962-04-11,90,,"Paris, 1961.
Two hours.",Agnès Varda,France,Drama,Corinne Marchand|Cléo|lead;|Narrator
"Semi\;colon",1999,,0.5,,,,Sci\;Fi;Drama,Pipe\|Man|Role\;Name|cameo
)");
    TemporaryCatalog first;
    QVERIFY2(first.isValid(), qPrintable(first.error()));
    QVERIFY(import(first, path));
    MovieExport::Options options;
    const QString exported = dir.filePath(QStringLiteral("out1.csv"));
    Result<qint64> written = MovieExport::exportMovies(first.db(), exported, options);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), 2);

    // When the export is imported into an empty catalog and exported again
    TemporaryCatalog second;
    QVERIFY2(second.isValid(), qPrintable(second.error()));
    Result<ImportReport> again = import(second, exported);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->added, 2);
    QCOMPARE(again->errors, 0);
    const QString reexported = dir.filePath(QStringLiteral("out2.csv"));
    QVERIFY(MovieExport::exportMovies(second.db(), reexported, options));

    // Then both exports are the same bytes, and hold what was imported
    QCOMPARE(fileHash(reexported), fileHash(exported));
    QCOMPARE(scalar(second.db(), QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM genres ORDER BY name)"))
                 .toString(),
             QStringLiteral("Drama,Sci;Fi"));
    QCOMPARE(scalar(second.db(), QStringLiteral("SELECT ifnull(first_name, '-') || '/' || last_name || '/' || characters.name "
                                                "FROM people JOIN movie_actors ON person_id = people.id JOIN characters ON "
                                                "characters.id = character_id WHERE last_name LIKE 'Pipe%'"))
                 .toString(),
             QStringLiteral("-/Pipe|Man/Role;Name"));
    QCOMPARE(scalar(second.db(), QStringLiteral("SELECT description FROM movies WHERE release_date = '1962-04-11'")).toString(),
             QStringLiteral("Paris, 1961.\nTwo hours."));
}

void TestMovieImport::shouldExportTheCurrentSearchOnly()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("in.csv"),
                               "title,director,cast\nSolaris,Andrei Tarkovsky,Donatas Banionis\nAlien,Ridley Scott,Sigourney Weaver\n"
                               "Stalker,Andrei Tarkovsky,\n");
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QVERIFY(import(catalog, path));
    MovieExport::Options options;
    options.filter.text = QStringLiteral("tarkov");
    options.bom = true;
    const QString exported = dir.filePath(QStringLiteral("search.csv"));
    Result<qint64> written = MovieExport::exportMovies(catalog.db(), exported, options);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), 2);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFtitle,release_date,"));
    QVERIFY(bytes.contains("Solaris,,,,,Andrei Tarkovsky,,,Donatas Banionis,\n"));
    QVERIFY(bytes.contains("Stalker,"));
    QVERIFY(!bytes.contains("Alien"));
}

void TestMovieImport::shouldImportNothingWhenCancelled()
{
    QTemporaryDir dir;
    QByteArray bytes = "title,cast\n";
    for (int i = 0; i < 30000; ++i)
        bytes += "Movie " + QByteArray::number(i) + ",Actor " + QByteArray::number(i) + "|Role|lead\n";
    const QString path = write(dir, QStringLiteral("many.csv"), bytes);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ImportOptions options;
    options.mediaFolder = catalog.catalog().mediaPath();
    int reports = 0;
    Result<ImportReport> report = MovieImport::importFile(catalog.db(), path, std::nullopt, options,
                                                          [&reports](qint64, qint64) { return ++reports < 1; });
    if (report) // a machine fast enough to finish before the second report: nothing to cancel
        QSKIP("the import finished before it could be cancelled");
    QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                                 "'%movie_search%'"))
                 .toInt(),
             10);
}

void TestMovieImport::shouldLeaveTheCatalogAsItWasWhenKilled()
{
    // Given a catalog with one movie and a big list to import
    QTemporaryDir dir;
    const QString catalogPath = dir.filePath(QStringLiteral("killed.sqlite"));
    QByteArray bytes = "title,release_date,director,cast\n";
    for (int i = 0; i < 60000; ++i) {
        bytes += "Movie " + QByteArray::number(i) + ",1999,Director " + QByteArray::number(i % 977) + ",Actor "
                 + QByteArray::number(i) + "|Hero|lead;Actor " + QByteArray::number(i + 1) + "|Villain\n";
    }
    const QString list = write(dir, QStringLiteral("big.csv"), bytes);
    {
        const ProcessResult created = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("check")}, dir.path());
        QCOMPARE(created.exitCode, 0);
        const Result<std::unique_ptr<Catalog>> catalog = Catalog::open(catalogPath);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        QCOMPARE(exec(catalog.value()->database(), QStringLiteral("INSERT INTO movies (title) VALUES ('Before')")), QString());
    }
    const QByteArray before = fileHash(catalogPath);

    // When an import is killed half-way through the file
    QProcess process;
    startReelkeeper(process, {QStringLiteral("--db"), catalogPath, QStringLiteral("import"), list}, dir.path());
    QVERIFY(process.waitForStarted());
    // Killed once it has read a third of the file (its I/O counters say), well before the end.
    const auto bytesRead = [pid = process.processId()] { return bytesReadBy(pid); };
    QTRY_VERIFY_WITH_TIMEOUT(bytesRead() > bytes.size() / 3 || process.state() == QProcess::NotRunning, 60000);
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // Then the catalog holds what it held before, and is whole
    const Result<std::unique_ptr<Catalog>> reopened = Catalog::open(catalogPath);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QSqlDatabase db = reopened.value()->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(title) FROM movies")).toString(), QStringLiteral("Before"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                       "'%movie_search%'"))
                 .toInt(),
             10);
    Q_UNUSED(before);
}

void TestMovieImport::shouldImportAndExportFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString catalogPath = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString list = write(dir, QStringLiteral("list.csv"), "title,release_date\nSolaris,1972\nBroken,1972-13\n");

    const ProcessResult dry = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("import"), list,
                                             QStringLiteral("--dry-run")},
                                            dir.path());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out.trimmed(), QStringLiteral("would import: 1 added, 0 updated, 0 skipped, 1 errors"));

    const ProcessResult imported = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("import"), list}, dir.path());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out.trimmed(), QStringLiteral("imported: 1 added, 0 updated, 0 skipped, 1 errors"));
    QVERIFY2(imported.err.startsWith(QDir::toNativeSeparators(list) + QStringLiteral(":3: ")), qPrintable(imported.err));

    const ProcessResult strict = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("import"), list,
                                                QStringLiteral("--strict"), QStringLiteral("--on-duplicate"),
                                                QStringLiteral("add")},
                                               dir.path());
    QCOMPARE(strict.exitCode, 1);

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    const ProcessResult exportRun = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("export"),
                                                   QStringLiteral("movies"), exported},
                                                  dir.path());
    QCOMPARE(exportRun.exitCode, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("title,release_date,duration,budget,description,director,country,genres,cast,poster\n"
                                        "Solaris,1972,,,,,,,,\n"));

    const ProcessResult missing = runReelkeeper({QStringLiteral("--db"), catalogPath, QStringLiteral("import"),
                                                 dir.filePath(QStringLiteral("nope.csv"))},
                                                dir.path());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestMovieImport)
#include "tst_movieimport.moc"
