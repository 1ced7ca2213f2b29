// Adding, editing and deleting movies through the undo stack, checked in the catalog.
#include "moviecommands.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestMovieCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldUndoAndRedoAddingAMovie();
    void shouldUndoAndRedoAnEditExactly();
    void shouldUndoAndRedoACastEditExactly();
    void shouldUndoAndRedoDeletingSeveralMovies();
    void shouldPushNothingWhenTheChangeFails();
    void shouldUndoNewPeopleCountriesAndGenresWithTheMovie();
    void shouldUndoAndRedoAWholeImport();
    void shouldKeepWhereMoviesComeFromThroughUndo();

private:
    static MovieRecord solaris();
    static QString dump(QSqlDatabase db);
    QTranslator m_english; // the English plural forms, as the application loads them
};

void TestMovieCommands::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(":/i18n/reelkeeper_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

MovieRecord TestMovieCommands::solaris()
{
    MovieRecord movie;
    movie.title = QStringLiteral("Solaris");
    movie.releaseDate = QStringLiteral("1972-03-20");
    movie.duration = 167;
    movie.budget = QStringLiteral("1000000.50");
    movie.characters = {CharacterRecord{0, QStringLiteral("Hari"), QString(), QStringLiteral("lead")}};
    return movie;
}

void TestMovieCommands::shouldUndoAndRedoAddingAMovie()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QUndoStack stack;
    int changes = 0;

    Result<std::unique_ptr<AddMovieCommand>> command
        = AddMovieCommand::perform(catalog.db(), solaris(), [&](const QString &error) {
              QVERIFY2(error.isEmpty(), qPrintable(error));
              ++changes;
          });
    QVERIFY2(command, qPrintable(command.error()));
    const qint64 id = command.value()->movieId();
    stack.push(command.value().release());

    QCOMPARE(changes, 1);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT title FROM movies WHERE id = ?"), {id}).toString(),
             QStringLiteral("Solaris"));
    stack.undo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM characters")).toInt(), 0);
    stack.redo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT title FROM movies WHERE id = ?"), {id}).toString(),
             QStringLiteral("Solaris"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT name FROM characters WHERE movie_id = ?"), {id}).toString(),
             QStringLiteral("Hari"));
    QCOMPARE(changes, 3);
}

void TestMovieCommands::shouldUndoAndRedoAnEditExactly()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    Result<qint64> id = MovieRecords::insert(catalog.db(), solaris());
    QVERIFY(id);
    Result<MovieRecord> before = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(before);
    MovieRecord edited = before.value();
    edited.title = QStringLiteral("Solyaris");
    edited.budget.clear();
    edited.characters.append(CharacterRecord{0, QStringLiteral("Kris Kelvin"), QString(), QStringLiteral("lead")});
    QUndoStack stack;
    const auto ignore = [](const QString &) {};

    Result<std::unique_ptr<EditMovieCommand>> command = EditMovieCommand::perform(catalog.db(), edited, ignore);
    QVERIFY2(command, qPrintable(command.error()));
    stack.push(command.value().release());
    Result<MovieRecord> after = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(after);
    QCOMPARE(after->title, QStringLiteral("Solyaris"));
    QCOMPARE(after->characters.size(), 2);

    stack.undo();
    Result<MovieRecord> undone = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(undone);
    QCOMPARE(undone.value(), before.value()); // same ids, timestamps and values
    stack.redo();
    Result<MovieRecord> redone = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(redone);
    QCOMPARE(redone.value(), after.value());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
}

void TestMovieCommands::shouldUndoAndRedoACastEditExactly()
{
    // Given Solaris with three characters (one played by nobody) and three cast entries
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral(R"(
        INSERT INTO people (id, first_name, last_name) VALUES (1, 'Donatas', 'Banionis'), (2, 'Natalya', 'Bondarchuk'),
            (3, 'Jüri', 'Järvet'), (4, 'Anatoly', 'Solonitsyn'))")),
             QString());
    MovieRecord movie = solaris();
    movie.characters = {CharacterRecord{0, QStringLiteral("Kris Kelvin"), QString(), QStringLiteral("lead")},
                        CharacterRecord{0, QStringLiteral("Hari"), QStringLiteral("A visitor"), QStringLiteral("lead")},
                        CharacterRecord{0, QStringLiteral("Gibarian"), QString(), QString()}};
    movie.cast = {CastRecord{0, 1, 0}, CastRecord{0, 2, 1}, CastRecord{0, 3, -1}};
    Result<qint64> id = MovieRecords::insert(catalog.db(), movie);
    QVERIFY2(id, qPrintable(id.error()));
    // Every cast and character row with its id and timestamps, to compare states exactly.
    const auto castRows = [&] {
        QString text;
        for (const char *sql : {"SELECT id, name, description, role, created_at, updated_at FROM characters "
                                "WHERE movie_id = ? ORDER BY id",
                                "SELECT id, person_id, character_id, created_at, updated_at FROM movie_actors "
                                "WHERE movie_id = ? ORDER BY id"}) {
            QSqlQuery query(catalog.db());
            query.prepare(QLatin1String(sql));
            query.addBindValue(id.value());
            if (!query.exec())
                return query.lastError().text();
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    text += query.value(i).toString() + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
        return text;
    };
    const QString before = castRows();
    Result<MovieRecord> stored = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(stored);

    // When an edit bills Järvet first as Snaut, removes Hari, renames Kelvin, adds Solonitsyn as
    // Sartorius and lists Gibarian without an actor
    MovieRecord edited = stored.value();
    edited.characters[0].name = QStringLiteral("Kris");
    edited.characters.removeAt(1);
    edited.characters.append(CharacterRecord{0, QStringLiteral("Snaut"), QString(), QStringLiteral("supporting")});
    edited.characters.append(CharacterRecord{0, QStringLiteral("Sartorius"), QString(), QStringLiteral("minor")});
    CastRecord jarvet = stored->cast.at(2);
    jarvet.characterIndex = 2;
    edited.cast = {jarvet, stored->cast.at(0), CastRecord{0, 4, 3}};
    QUndoStack stack;
    Result<std::unique_ptr<EditMovieCommand>> command
        = EditMovieCommand::perform(catalog.db(), edited, [](const QString &error) { QVERIFY2(error.isEmpty(), qPrintable(error)); });
    QVERIFY2(command, qPrintable(command.error()));
    stack.push(command.value().release());
    const QString after = castRows();
    QVERIFY(after != before);
    QCOMPARE(scalar(catalog.db(), QStringLiteral(R"(
        SELECT group_concat(person_id || ':' || ifnull(name, '-'), ',') FROM (SELECT person_id, name FROM movie_actors
        LEFT JOIN characters ON characters.id = character_id WHERE movie_actors.movie_id = ? ORDER BY movie_actors.id))"),
                    {id.value()}).toString(),
             QStringLiteral("3:Snaut,1:Kris,4:Sartorius"));

    // Then undo brings back the characters and links exactly (ids, timestamps), and redo the edit
    stack.undo();
    QCOMPARE(castRows(), before);
    Result<MovieRecord> undone = MovieRecords::load(catalog.db(), id.value());
    QVERIFY(undone);
    QCOMPARE(undone.value(), stored.value());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT characters FROM movie_search WHERE rowid = ?"), {id.value()})
                 .toString(),
             QStringLiteral("Kris Kelvin Hari Gibarian"));
    stack.redo();
    QCOMPARE(castRows(), after);
    stack.undo();
    stack.redo();
    QCOMPARE(castRows(), after);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
}

void TestMovieCommands::shouldUndoAndRedoDeletingSeveralMovies()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    Result<qint64> first = MovieRecords::insert(catalog.db(), solaris());
    MovieRecord other = solaris();
    other.title = QStringLiteral("Stalker");
    Result<qint64> second = MovieRecords::insert(catalog.db(), other);
    QVERIFY(first && second);
    QUndoStack stack;

    Result<std::unique_ptr<DeleteMoviesCommand>> command = DeleteMoviesCommand::perform(
        catalog.db(), {first.value(), second.value()}, [](const QString &) {});
    QVERIFY2(command, qPrintable(command.error()));
    QCOMPARE(command.value()->text(), QStringLiteral("Delete 2 movies"));
    stack.push(command.value().release());

    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    stack.undo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT group_concat(title, ',') FROM (SELECT title FROM movies "
                                                 "ORDER BY id)")).toString(),
             QStringLiteral("Solaris,Stalker"));
    stack.redo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
}

void TestMovieCommands::shouldPushNothingWhenTheChangeFails()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    MovieRecord bad = solaris();
    bad.releaseDate = QStringLiteral("1972-02-30");

    Result<std::unique_ptr<AddMovieCommand>> added = AddMovieCommand::perform(catalog.db(), bad, [](const QString &) {
        QFAIL("nothing changed, so nothing is announced");
    });
    Result<std::unique_ptr<DeleteMoviesCommand>> deleted
        = DeleteMoviesCommand::perform(catalog.db(), {4242}, [](const QString &) {});

    QVERIFY(!added);
    QVERIFY2(added.error().contains(QStringLiteral("1972-02-30")), qPrintable(added.error()));
    QVERIFY(!deleted);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
}

void TestMovieCommands::shouldUndoNewPeopleCountriesAndGenresWithTheMovie()
{
    // Given a person, a country and a genre an editor created for a new movie
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    for (const char *sql : {"INSERT INTO people (id, first_name, last_name) VALUES (7, 'Andrei', 'Tarkovsky')",
                            "INSERT INTO countries (id, name) VALUES (3, 'Soviet Union')",
                            "INSERT INTO genres (id, name) VALUES (5, 'Drama')"})
        QCOMPARE(exec(catalog.db(), QLatin1String(sql)), QString());
    const QString personBefore = scalar(catalog.db(), QStringLiteral("SELECT created_at || first_name FROM people")).toString();
    Result<QList<CreatedRow>> created = CreatedRows::take(catalog.db(), {{CreatedRow::Table::People, 7, {}},
                                                                        {CreatedRow::Table::Countries, 3, {}},
                                                                        {CreatedRow::Table::Genres, 5, {}}});
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->size(), 3);
    MovieRecord movie = solaris();
    movie.directorId = 7;
    movie.countryId = 3;
    movie.genreIds = {5};
    movie.cast = {CastRecord{0, 7, 0}};
    int changes = 0;
    const auto changed = [&](const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ++changes;
    };
    Result<std::unique_ptr<AddMovieCommand>> added = AddMovieCommand::perform(catalog.db(), movie, changed);
    QVERIFY2(added, qPrintable(added.error()));
    const qint64 id = added.value()->movieId();
    QUndoStack stack;
    stack.push(new MovieWithNewRowsCommand(catalog.db(), created.value(), std::move(added.value()), changed));
    QCOMPARE(stack.undoText(), QStringLiteral("Add “Solaris”"));

    // When the step is undone, the movie and the rows made for it are gone
    stack.undo();
    for (const char *table : {"movies", "people", "countries", "genres", "movie_genres", "movie_actors"})
        QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt(), 0);

    // And redo brings all back, under the same ids and with the same values
    stack.redo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT director_id || '/' || country_id FROM movies WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("7/3"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT created_at || first_name FROM people WHERE id = 7")).toString(),
             personBefore);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT genre_id FROM movie_genres WHERE movie_id = ?"), {id}).toInt(), 5);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'tarkovsky'"))
                 .toInt(),
             1);
    stack.undo();
    stack.redo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 1);
    QVERIFY(changes >= 5);

    // A row something else uses is never removed by an undo
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title, country_id) VALUES ('Stalker', 3)")), QString());
    const Result<void> removed = CreatedRows::remove(catalog.db(), created.value());
    QVERIFY(!removed);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM countries")).toInt(), 1);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 1);
}

// Every row of the tables an import writes, as text, to compare catalogs.
QString TestMovieCommands::dump(QSqlDatabase db)
{
    QString text;
    for (const char *table : {"movies", "people", "countries", "genres", "movie_genres", "characters", "movie_actors",
                              "movie_sources"}) {
        QSqlQuery query(db);
        // Link rows by what they link: their physical order is not part of the catalog.
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                       .arg(QLatin1String(table), qstrcmp(table, "movie_genres") == 0 ? QStringLiteral("movie_id, genre_id")
                                                                                      : QStringLiteral("rowid")));
        text += QLatin1String(table) + QLatin1Char('\n');
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    QSqlQuery search(db);
    search.exec(QStringLiteral("SELECT rowid, title, people, characters FROM movie_search ORDER BY rowid"));
    while (search.next())
        text += search.value(0).toString() + search.value(1).toString() + search.value(2).toString()
                + search.value(3).toString() + QLatin1Char('\n');
    return text;
}

void TestMovieCommands::shouldUndoAndRedoAWholeImport()
{
    // Given a catalog with Solaris, and a list that updates it and adds two movies
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QVERIFY(AddMovieCommand::perform(catalog.db(), solaris(), [](const QString &) {}));
    const QString before = dump(catalog.db());
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("list.csv")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("title,release_date,duration,director,country,genres,cast\n"
               "Solaris,1972,170,,,Drama,Donatas Banionis|Kris Kelvin|lead\n"
               "Stalker,1979,162,Andrei Tarkovsky,Soviet Union,Drama;Mystery,Alisa Freindlich|Wife\n"
               "Mirror,1975,107,Andrei Tarkovsky,,Drama,\n");
    list.close();
    ImportOptions options;
    options.onDuplicate = OnDuplicate::Update;
    options.keepUndo = true;
    Result<ImportReport> report = MovieImport::importFile(catalog.db(), list.fileName(), std::nullopt, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->summary(), QStringLiteral("imported: 2 added, 1 updated, 0 skipped, 0 errors"));
    const QString after = dump(catalog.db());
    QVERIFY(after != before);

    // When the import is pushed and undone, then redone
    QUndoStack stack;
    int changes = 0;
    stack.push(new ImportCommand(catalog.db(), report.value(), [&](const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ++changes;
    }));
    QCOMPARE(stack.undoText(), QStringLiteral("Import “list.csv”"));
    stack.undo();

    // Then the catalog is as it was, and then as the import left it
    QCOMPARE(dump(catalog.db()), before);
    stack.redo();
    QCOMPARE(dump(catalog.db()), after);
    stack.undo();
    QCOMPARE(dump(catalog.db()), before);
    QCOMPARE(changes, 3);
}

void TestMovieCommands::shouldKeepWhereMoviesComeFromThroughUndo()
{
    // Given movies imported from IMDb, with their IMDb ids
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ImportOptions options;
    options.keepUndo = true;
    Result<ImportReport> report = MovieImport::importFile(
        catalog.db(), QStringLiteral(REELKEEPER_TEST_DATA "/import/imdb_ratings_current.csv"), std::nullopt, options);
    QVERIFY2(report, qPrintable(report.error()));
    const QString sources = QStringLiteral("SELECT group_concat(movie_id || ':' || source_id, ',') FROM "
                                           "(SELECT movie_id, source_id FROM movie_sources ORDER BY movie_id)");
    const QString before = scalar(catalog.db(), sources).toString();
    QVERIFY(before.contains(QStringLiteral(":tt")));

    // When the import is undone and redone, and a movie is deleted and put back
    QUndoStack stack;
    stack.push(new ImportCommand(catalog.db(), report.value(), [](const QString &error) { QVERIFY2(error.isEmpty(), qPrintable(error)); }));
    stack.undo();
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_sources")).toInt(), 0);
    stack.redo();
    QCOMPARE(scalar(catalog.db(), sources).toString(), before);
    Result<std::unique_ptr<DeleteMoviesCommand>> deleted = DeleteMoviesCommand::perform(
        catalog.db(), {report->addedMovieIds.constFirst()}, [](const QString &) {});
    QVERIFY2(deleted, qPrintable(deleted.error()));
    stack.push(deleted.value().release());
    stack.undo();

    // Then every movie still knows its IMDb id
    QCOMPARE(scalar(catalog.db(), sources).toString(), before);
}

QTEST_MAIN(TestMovieCommands)
#include "tst_moviecommands.moc"
