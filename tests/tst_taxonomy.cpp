// Countries and genres: counts, rename, merge, delete, and undo of each, checked against the catalog.
#include "taxonomy.h"
#include "taxonomycommands.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldCountMoviesAndPeopleOfEachCountry();
    void shouldCountMoviesOfEachGenre();
    void shouldAddAndRefuseABlankOrExistingName();
    void shouldRenameIncludingAChangeOfCaseOnly();
    void shouldRefuseARenameToAnExistingNameAndSuggestMerging();
    void shouldWriteTheRowBackExactlyEvenWhenTheTimestampIsUnchanged();
    void shouldMergeCountriesMovingMoviesAndPeople();
    void shouldMergeGenresKeepingOneRowForAMovieThatHasBoth();
    void shouldMergeSeveralIntoOneAndRefuseMergingIntoItself();
    void shouldRestoreTimestampsThatEqualTheCurrentOnes();
    void shouldNotTouchTheSearchIndex();
    void shouldRefuseToDeleteAUsedOneWithItsCounts();
    void shouldDeleteUnusedOnesAndPutThemBackExactly();
    void shouldUndoAndRedoEveryCommandExactly();
    void shouldPushNothingWhenTheChangeFails();

private:
    static QString dump(QSqlDatabase db);
    QSqlDatabase db() const { return m_catalog->db(); }
    void run(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<TemporaryCatalog> m_catalog;
};

// Given for every test: France (1), Italy (2), Japan (3, unused); genres Drama (1), Comedy (2),
// Noir (3, unused), Crime (4). Movies: Amélie (France; Drama, Comedy), Rififi (France; Crime,
// Drama), La Strada (Italy; Drama). People: Agnès (France), Fellini (Italy), Nobody (no country).
// Timestamps are set in the past, so that any touch shows.
void TestTaxonomy::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    // One timestamp in the past for every row that does not need its own (as text: ?1 is not portable).
    const auto past = [](QString sql) { return sql.replace(QStringLiteral("PAST"), QStringLiteral("'2020-01-02T03:04:05.006Z'")); };
    run(past(QStringLiteral("INSERT INTO countries (id, name, created_at, updated_at) VALUES "
                            "(1, 'France', PAST, PAST), (2, 'Italy', PAST, PAST), (3, 'Japan', PAST, PAST)")));
    run(past(QStringLiteral("INSERT INTO genres (id, name, created_at, updated_at) VALUES (1, 'Drama', PAST, PAST), "
                            "(2, 'Comedy', PAST, PAST), (3, 'Noir', PAST, PAST), (4, 'Crime', PAST, PAST)")));
    run(past(QStringLiteral("INSERT INTO people (id, first_name, last_name, country_id, created_at, updated_at) VALUES "
                            "(1, 'Agnès', 'Varda', 1, PAST, '2021-01-01T00:00:00Z'), "
                            "(2, 'Federico', 'Fellini', 2, PAST, PAST), (3, NULL, 'Nobody', NULL, PAST, PAST)")));
    run(past(QStringLiteral("INSERT INTO movies (id, title, director_id, country_id, created_at, updated_at) VALUES "
                            "(1, 'Amélie', 1, 1, PAST, '2022-05-05T05:05:05.555Z'), (2, 'Rififi', NULL, 1, PAST, PAST), "
                            "(3, 'La Strada', 2, 2, PAST, PAST)")));
    run(QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (1, 2), (2, 4), (2, 1), (3, 1)"));
}

void TestTaxonomy::cleanup()
{
    m_catalog.reset();
}

void TestTaxonomy::run(const QString &sql, const QVariantList &values)
{
    const QString error = exec(db(), sql, values);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestTaxonomy::dump(QSqlDatabase db)
{
    QString text;
    for (const char *table : {"movies", "people", "countries", "genres", "movie_genres"}) {
        QSqlQuery query(db);
        // Link rows by what they link: their physical order is not part of the catalog.
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                       .arg(QLatin1String(table), qstrcmp(table, "movie_genres") == 0 ? QStringLiteral("movie_id, genre_id")
                                                                                      : QStringLiteral("id")));
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

void TestTaxonomy::shouldCountMoviesAndPeopleOfEachCountry()
{
    // When the countries are listed
    Result<QList<TaxonomyUsage>> countries = Taxonomy::list(db(), TaxonomyKind::Countries);

    // Then they come by name with their movies and people
    QVERIFY2(countries, qPrintable(countries.error()));
    const QList<TaxonomyUsage> expected{{1, QStringLiteral("France"), 2, 1},
                                        {2, QStringLiteral("Italy"), 1, 1},
                                        {3, QStringLiteral("Japan"), 0, 0}};
    QCOMPARE(countries.value(), expected);
    QVERIFY(!countries->at(2).isUsed());
    Result<TaxonomyUsage> italy = Taxonomy::usage(db(), TaxonomyKind::Countries, 2);
    QVERIFY2(italy, qPrintable(italy.error()));
    QCOMPARE(italy.value(), expected.at(1));
    QVERIFY(!Taxonomy::usage(db(), TaxonomyKind::Countries, 99));
}

void TestTaxonomy::shouldCountMoviesOfEachGenre()
{
    // When the genres are listed
    Result<QList<TaxonomyUsage>> genres = Taxonomy::list(db(), TaxonomyKind::Genres);

    // Then they come by name with their movies, and no people
    QVERIFY2(genres, qPrintable(genres.error()));
    const QList<TaxonomyUsage> expected{{2, QStringLiteral("Comedy"), 1, 0},
                                        {4, QStringLiteral("Crime"), 1, 0},
                                        {1, QStringLiteral("Drama"), 3, 0},
                                        {3, QStringLiteral("Noir"), 0, 0}};
    QCOMPARE(genres.value(), expected);
}

void TestTaxonomy::shouldAddAndRefuseABlankOrExistingName()
{
    // When a country is added with white space around its name
    Result<TaxonomyRow> added = Taxonomy::add(db(), TaxonomyKind::Countries, QStringLiteral("  Mali \t"));

    // Then it is stored trimmed, stamped now
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->name, QStringLiteral("Mali"));
    QVERIFY(added->id > 3);
    QVERIFY(!added->createdAt.isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = ?"), {added->id}).toString(),
             QStringLiteral("Mali"));

    // And a blank name or an existing one in another case is refused, naming the existing one
    QVERIFY(!Taxonomy::add(db(), TaxonomyKind::Genres, QStringLiteral("   ")));
    Result<TaxonomyRow> again = Taxonomy::add(db(), TaxonomyKind::Genres, QStringLiteral("drama"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("“Drama”")), qPrintable(again.error()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 4);

    // And a hostile name is only ever a name
    const QString hostile = QStringLiteral("'); DROP TABLE movies;--");
    Result<TaxonomyRow> odd = Taxonomy::add(db(), TaxonomyKind::Genres, hostile);
    QVERIFY2(odd, qPrintable(odd.error()));
    QVERIFY(Taxonomy::rename(db(), TaxonomyKind::Genres, odd->id, hostile + QStringLiteral(" \"\"")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 3);
    QCOMPARE(Taxonomy::row(db(), TaxonomyKind::Genres, odd->id)->name, hostile + QStringLiteral(" \"\""));
}

void TestTaxonomy::shouldRenameIncludingAChangeOfCaseOnly()
{
    // When France is renamed to FRANCE (case only)
    Result<TaxonomyRename> renamed = Taxonomy::rename(db(), TaxonomyKind::Countries, 1, QStringLiteral("FRANCE "));

    // Then the row has the new name and a new updated_at, and the snapshot has both states
    QVERIFY2(renamed, qPrintable(renamed.error()));
    QCOMPARE(renamed->before.name, QStringLiteral("France"));
    QCOMPARE(renamed->after.name, QStringLiteral("FRANCE"));
    QCOMPARE(renamed->before.updatedAt, QStringLiteral("2020-01-02T03:04:05.006Z"));
    QVERIFY(renamed->after.updatedAt != renamed->before.updatedAt);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = 1")).toString(), QStringLiteral("FRANCE"));

    // When it is renamed to the very same name, nothing is written
    Result<TaxonomyRename> same = Taxonomy::rename(db(), TaxonomyKind::Countries, 1, QStringLiteral("FRANCE"));
    QVERIFY2(same, qPrintable(same.error()));
    QCOMPARE(same->before, same->after);

    // When the rename is undone by writing the row before, the row is exactly as it was
    QVERIFY(Taxonomy::write(db(), TaxonomyKind::Countries, renamed->before));
    QCOMPARE(Taxonomy::row(db(), TaxonomyKind::Countries, 1).value(), renamed->before);

    // And a genre renames the same way
    Result<TaxonomyRename> genre = Taxonomy::rename(db(), TaxonomyKind::Genres, 3, QStringLiteral("Film noir"));
    QVERIFY2(genre, qPrintable(genre.error()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM genres WHERE id = 3")).toString(), QStringLiteral("Film noir"));
}

void TestTaxonomy::shouldRefuseARenameToAnExistingNameAndSuggestMerging()
{
    const QString before = dump(db());

    // When Italy is renamed to "france"
    Result<TaxonomyRename> renamed = Taxonomy::rename(db(), TaxonomyKind::Countries, 2, QStringLiteral("france"));

    // Then it is refused with a message that names both and suggests merging, and nothing changed
    QVERIFY(!renamed);
    QVERIFY2(renamed.error().contains(QStringLiteral("“France”")) && renamed.error().contains(QStringLiteral("“Italy”"))
                 && renamed.error().contains(QStringLiteral("merge")),
             qPrintable(renamed.error()));
    QCOMPARE(dump(db()), before);

    // And a blank name or a missing row are refused too
    QVERIFY(!Taxonomy::rename(db(), TaxonomyKind::Genres, 1, QStringLiteral(" ")));
    QVERIFY(!Taxonomy::rename(db(), TaxonomyKind::Genres, 99, QStringLiteral("Western")));
    QCOMPARE(dump(db()), before);
}

void TestTaxonomy::shouldWriteTheRowBackExactlyEvenWhenTheTimestampIsUnchanged()
{
    // Given a row whose stored updated_at is the one to be written (a rename within one millisecond)
    TaxonomyRow row = Taxonomy::row(db(), TaxonomyKind::Genres, 1).value();
    row.name = QStringLiteral("Melodrama");

    // When it is written, the touch trigger must not stamp it "now"
    QVERIFY(Taxonomy::write(db(), TaxonomyKind::Genres, row));

    // Then it is stored exactly
    QCOMPARE(Taxonomy::row(db(), TaxonomyKind::Genres, 1).value(), row);
}

void TestTaxonomy::shouldMergeCountriesMovingMoviesAndPeople()
{
    const QString before = dump(db());

    // When France is merged into Italy
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(db(), TaxonomyKind::Countries, {1}, 2);

    // Then France's movies and people are Italy's, with a new updated_at, and France is gone
    QVERIFY2(merged, qPrintable(merged.error()));
    QCOMPARE(merged->size(), 1);
    const TaxonomyMerge &merge = merged->constFirst();
    QCOMPARE(merge.merged.name, QStringLiteral("France"));
    QCOMPARE(merge.movies.size(), 2);
    QCOMPARE(merge.movies.at(0), (TouchedRow{1, QStringLiteral("2022-05-05T05:05:05.555Z")}));
    QCOMPARE(merge.people, (QList<TouchedRow>{{1, QStringLiteral("2021-01-01T00:00:00Z")}}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies WHERE country_id = 2")).toInt(), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM people WHERE country_id = 2")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM countries WHERE id = 1")).toInt(), 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT updated_at FROM movies WHERE id = 1")).toString()
            != QStringLiteral("2022-05-05T05:05:05.555Z"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT updated_at FROM movies WHERE id = 3")).toString(),
             QStringLiteral("2020-01-02T03:04:05.006Z")); // Italy's own movie is untouched
    QCOMPARE(Taxonomy::usage(db(), TaxonomyKind::Countries, 2)->movies, qint64(3));

    // When the merge is undone
    Result<void> restored = Taxonomy::restore(db(), merged.value());

    // Then the catalog is exactly as before: France with its id and timestamps, every reference
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(dump(db()), before);
}

void TestTaxonomy::shouldMergeGenresKeepingOneRowForAMovieThatHasBoth()
{
    const QString before = dump(db());

    // When Crime is merged into Drama (Rififi has both)
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(db(), TaxonomyKind::Genres, {4}, 1);
    QVERIFY2(merged, qPrintable(merged.error()));

    // Then Rififi keeps one Drama row, its updated_at is new, and Crime is gone
    QCOMPARE(merged->constFirst().moviesWithBoth, QList<qint64>{2});
    QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(genre_id) FROM movie_genres WHERE movie_id = 2")).toString(),
             QStringLiteral("1"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres WHERE id = 4")).toInt(), 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT updated_at FROM movies WHERE id = 2")).toString()
            != QStringLiteral("2020-01-02T03:04:05.006Z"));

    // And undo puts Crime back on Rififi exactly
    QVERIFY(Taxonomy::restore(db(), merged.value()));
    QCOMPARE(dump(db()), before);

    // When Drama is merged into Noir, where only La Strada has both
    run(QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (3, 3)"));
    const QString beforeNoir = dump(db());
    Result<QList<TaxonomyMerge>> noir = Taxonomy::merge(db(), TaxonomyKind::Genres, {1}, 3);
    QVERIFY2(noir, qPrintable(noir.error()));

    // Then the other movies' rows move to Noir
    QCOMPARE(noir->constFirst().moviesWithBoth, QList<qint64>{3});
    QCOMPARE(noir->constFirst().movies.size(), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(movie_id) FROM movie_genres WHERE genre_id = 3")).toString(),
             QStringLiteral("1,2,3"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movie_genres")).toInt(), 5);

    // And undo takes them back exactly
    QVERIFY(Taxonomy::restore(db(), noir.value()));
    QCOMPARE(dump(db()), beforeNoir);
}

void TestTaxonomy::shouldMergeSeveralIntoOneAndRefuseMergingIntoItself()
{
    const QString before = dump(db());

    // When Comedy and Crime are merged into Drama in one step
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(db(), TaxonomyKind::Genres, {2, 4}, 1);
    QVERIFY2(merged, qPrintable(merged.error()));
    QCOMPARE(merged->size(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movie_genres")).toInt(), 3);

    // Then undo puts both back exactly
    QVERIFY(Taxonomy::restore(db(), merged.value()));
    QCOMPARE(dump(db()), before);

    // And merging into itself, or into a missing row, changes nothing
    QVERIFY(!Taxonomy::merge(db(), TaxonomyKind::Genres, {2, 1}, 1));
    QVERIFY(!Taxonomy::merge(db(), TaxonomyKind::Countries, {1}, 99));
    QVERIFY(!Taxonomy::merge(db(), TaxonomyKind::Countries, {99}, 1));
    QCOMPARE(dump(db()), before);
}

void TestTaxonomy::shouldRestoreTimestampsThatEqualTheCurrentOnes()
{
    // Given France merged into Italy, and then (as within one millisecond) the moved rows' updated_at
    // equal to the ones before the merge
    const QString before = dump(db());
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(db(), TaxonomyKind::Countries, {1}, 2);
    QVERIFY2(merged, qPrintable(merged.error()));
    for (const TouchedRow &movie : merged->constFirst().movies)
        run(QStringLiteral("UPDATE movies SET updated_at = ? WHERE id = ?"), {movie.updatedAt, movie.id});
    for (const TouchedRow &person : merged->constFirst().people)
        run(QStringLiteral("UPDATE people SET updated_at = ? WHERE id = ?"), {person.updatedAt, person.id});

    // When the merge is undone
    QVERIFY(Taxonomy::restore(db(), merged.value()));

    // Then no touch trigger stamped them "now"
    QCOMPARE(dump(db()), before);
}

void TestTaxonomy::shouldNotTouchTheSearchIndex()
{
    // Given the search documents (they hold titles and names of people and characters only)
    auto documents = [this] {
        return scalar(db(), QStringLiteral("SELECT group_concat(rowid || title || ifnull(people, ''), '/') FROM movie_search"))
            .toString();
    };
    const QString before = documents();
    QVERIFY(before.contains(QStringLiteral("Fellini")));

    // When countries and genres are renamed and merged, then the documents are the same
    QVERIFY(Taxonomy::rename(db(), TaxonomyKind::Countries, 1, QStringLiteral("République française")));
    QVERIFY(Taxonomy::merge(db(), TaxonomyKind::Countries, {2}, 1));
    QVERIFY(Taxonomy::merge(db(), TaxonomyKind::Genres, {2, 4}, 1));
    QCOMPARE(documents(), before);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH '\"Strada\"'")).toInt(), 1);
}

void TestTaxonomy::shouldRefuseToDeleteAUsedOneWithItsCounts()
{
    const QString before = dump(db());

    // When France (2 movies, 1 person) and Japan (unused) are deleted together
    Result<QList<TaxonomyRow>> removed = Taxonomy::remove(db(), TaxonomyKind::Countries, {3, 1});

    // Then all is refused with France's counts
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(QStringLiteral("France")) && removed.error().contains(QStringLiteral("2 movie"))
                 && removed.error().contains(QStringLiteral("1 person")),
             qPrintable(removed.error()));
    QCOMPARE(dump(db()), before);

    // And a used genre is refused likewise
    Result<QList<TaxonomyRow>> drama = Taxonomy::remove(db(), TaxonomyKind::Genres, {1});
    QVERIFY(!drama);
    QVERIFY2(drama.error().contains(QStringLiteral("3 movie")), qPrintable(drama.error()));
    QCOMPARE(dump(db()), before);
}

void TestTaxonomy::shouldDeleteUnusedOnesAndPutThemBackExactly()
{
    const QString before = dump(db());

    // When Japan and Noir are deleted
    Result<QList<TaxonomyRow>> japan = Taxonomy::remove(db(), TaxonomyKind::Countries, {3});
    Result<QList<TaxonomyRow>> noir = Taxonomy::remove(db(), TaxonomyKind::Genres, {3});
    QVERIFY2(japan, qPrintable(japan.error()));
    QVERIFY2(noir, qPrintable(noir.error()));
    QCOMPARE(japan->constFirst(), (TaxonomyRow{3, QStringLiteral("Japan"), QStringLiteral("2020-01-02T03:04:05.006Z"),
                                               QStringLiteral("2020-01-02T03:04:05.006Z")}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM countries")).toInt(), 2);

    // Then restore puts them back with their ids and timestamps
    QVERIFY(Taxonomy::restore(db(), TaxonomyKind::Countries, japan.value()));
    QVERIFY(Taxonomy::restore(db(), TaxonomyKind::Genres, noir.value()));
    QCOMPARE(dump(db()), before);

    // And putting back a row whose name was taken meanwhile fails with a message, changing nothing
    QVERIFY(Taxonomy::remove(db(), TaxonomyKind::Countries, {3}));
    QVERIFY(Taxonomy::add(db(), TaxonomyKind::Countries, QStringLiteral("JAPAN")));
    Result<void> clash = Taxonomy::restore(db(), TaxonomyKind::Countries, japan.value());
    QVERIFY(!clash);
    QVERIFY2(clash.error().contains(QStringLiteral("Japan")), qPrintable(clash.error()));
}

void TestTaxonomy::shouldUndoAndRedoEveryCommandExactly()
{
    QUndoStack stack;
    QStringList errors;
    int changes = 0;
    const CatalogChanged changed = [&](const QString &error) {
        ++changes;
        if (!error.isEmpty())
            errors.append(error);
    };
    const QString start = dump(db());

    // Given an added genre, a renamed country, a merge of countries and a delete, each pushed
    auto add = AddTaxonomyCommand::perform(db(), TaxonomyKind::Genres, QStringLiteral("Western"), changed);
    QVERIFY2(add, qPrintable(add.error()));
    const qint64 western = add.value()->row().id;
    stack.push(add.value().release());
    const QString afterAdd = dump(db());

    auto rename = RenameTaxonomyCommand::perform(db(), TaxonomyKind::Countries, 2, QStringLiteral("Italia"), changed);
    QVERIFY2(rename, qPrintable(rename.error()));
    QVERIFY(rename.value());
    QCOMPARE(rename.value()->text(), QStringLiteral("Rename “Italy” to “Italia”"));
    stack.push(rename.value().release());
    const QString afterRename = dump(db());

    auto merge = MergeTaxonomyCommand::perform(db(), TaxonomyKind::Countries, {1}, 2, changed);
    QVERIFY2(merge, qPrintable(merge.error()));
    QCOMPARE(merge.value()->text(), QStringLiteral("Merge “France” into “Italia”"));
    stack.push(merge.value().release());

    auto remove = DeleteTaxonomyCommand::perform(db(), TaxonomyKind::Genres, {3, western}, changed);
    QVERIFY2(remove, qPrintable(remove.error()));
    stack.push(remove.value().release());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 3);
    QCOMPARE(changes, 4);

    // When everything is undone, step by step, the catalog goes back through the same states
    stack.undo(); // delete
    stack.undo(); // merge
    QCOMPARE(dump(db()), afterRename);
    stack.undo(); // rename
    QCOMPARE(dump(db()), afterAdd);
    stack.undo(); // add
    QCOMPARE(dump(db()), start);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    // Then everything redoes under the same ids
    stack.redo();
    QCOMPARE(dump(db()), afterAdd);
    stack.redo();
    QCOMPARE(dump(db()), afterRename);
    stack.redo();
    stack.redo();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM countries")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres WHERE id IN (3, ?)"), {western}).toInt(), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies WHERE country_id = 2")).toInt(), 3);

    // And undoing all again still gives the start (the redone merge kept what its undo needs)
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(dump(db()), start);
    QCOMPARE(changes, 4 + 8 + 4);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestTaxonomy::shouldPushNothingWhenTheChangeFails()
{
    int changes = 0;
    const CatalogChanged changed = [&](const QString &) { ++changes; };
    const QString before = dump(db());

    // When each command is asked for something the catalog refuses
    QVERIFY(!AddTaxonomyCommand::perform(db(), TaxonomyKind::Countries, QStringLiteral("italy"), changed));
    QVERIFY(!RenameTaxonomyCommand::perform(db(), TaxonomyKind::Countries, 1, QStringLiteral("Italy"), changed));
    QVERIFY(!MergeTaxonomyCommand::perform(db(), TaxonomyKind::Genres, {}, 1, changed));
    QVERIFY(!DeleteTaxonomyCommand::perform(db(), TaxonomyKind::Genres, {1}, changed));

    // Then there is no command, no change, and no refresh; and renaming to the same name is no command
    auto same = RenameTaxonomyCommand::perform(db(), TaxonomyKind::Countries, 1, QStringLiteral("France"), changed);
    QVERIFY(same);
    QVERIFY(!same.value());
    QCOMPARE(changes, 0);
    QCOMPARE(dump(db()), before);
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
