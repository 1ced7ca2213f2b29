// The browser's movie model on known catalogs, under QAbstractItemModelTester.
#include "movielistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestMovieListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShowMoviesWithoutDirectorOrCountry();
    void shouldSortByEveryColumn_data();
    void shouldSortByEveryColumn();
    void shouldFilterBySearchText();
    void shouldKnowTheCountBeforeRowsAreFetched();
    void shouldFetchFarRowsOnDemand();
    void shouldShowChangesAfterReload();
    void shouldListManyTextMatchesInTitleOrder_data();
    void shouldListManyTextMatchesInTitleOrder();
    void shouldMatchEveryWordAndSeeEditsAfterReload();
    void shouldNotReloadForTheSameSearch();
    void shouldListOnlyTheUsersFavoritesWithOtherFilters_data();
    void shouldListOnlyTheUsersFavoritesWithOtherFilters();
    void shouldShowAGuestNoFavorites();
    void shouldFollowTheSignedInUserInTheFavoritesFilter();

private:
    static QStringList column(MovieListModel &model, int column);
    static bool settle(MovieListModel &model);
    TemporaryCatalog m_catalog;
};

void TestMovieListModel::initTestCase()
{
    QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
    const QStringList setup = {
        QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'Soviet Union'), (2, 'United States'), (3, 'France')"),
        QStringLiteral("INSERT INTO genres (id, name) VALUES (1, 'Drama'), (2, 'Science Fiction'), (3, 'Horror')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Andrei', 'Tarkovsky'), "
                       "(2, 'Ridley', 'Scott'), (3, 'Agnès', 'Varda')"),
        QStringLiteral("INSERT INTO movies (id, title, release_date, duration, director_id, country_id) VALUES "
                       "(1, 'Solaris', '1972-03-20', 167, 1, 1), (2, 'Stalker', '1979-05', 162, 1, 1), "
                       "(3, 'Alien', '1979', 117, 2, 2), (4, 'Metropolis', '1927', NULL, NULL, NULL), "
                       "(5, 'Cléo from 5 to 7', '1962', 90, 3, 3), (6, 'untitled reel', NULL, 12, NULL, 3)"),
        QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (1, 2), (2, 2), (3, 2), (3, 3), "
                       "(5, 1)"),
        QStringLiteral("INSERT INTO users (id, username, password_hash) VALUES (1, 'ada', '$argon2id$v=19$x')"),
        QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) VALUES (1, 3), (1, 5)"),
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(m_catalog.db(), sql), QString());
}

bool TestMovieListModel::settle(MovieListModel &model)
{
    // Touch every row so that every block is asked for, then wait for all of them.
    for (int row = 0; row < model.rowCount(); row += MovieListModel::BlockSize)
        model.data(model.index(row, 0));
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 20000);
}

QStringList TestMovieListModel::column(MovieListModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, column)).toString());
    return values;
}

void TestMovieListModel::shouldShowMoviesWithoutDirectorOrCountry()
{
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(column(model, MovieListModel::Title),
             (QStringList{QStringLiteral("Alien"), QStringLiteral("Cléo from 5 to 7"), QStringLiteral("Metropolis"),
                          QStringLiteral("Solaris"), QStringLiteral("Stalker"), QStringLiteral("untitled reel")}));
    QCOMPARE(column(model, MovieListModel::Director),
             (QStringList{QStringLiteral("Ridley Scott"), QStringLiteral("Agnès Varda"), QString(),
                          QStringLiteral("Andrei Tarkovsky"), QStringLiteral("Andrei Tarkovsky"), QString()}));
    QCOMPARE(model.data(model.index(0, MovieListModel::Genres)).toString(), QStringLiteral("Horror, Science Fiction"));
    QCOMPARE(model.data(model.index(0, MovieListModel::Year)).toString(), QStringLiteral("1979"));
    QCOMPARE(model.data(model.index(0, 0), MovieListModel::MovieIdRole).toLongLong(), 3);
    QVERIFY(model.data(model.index(2, MovieListModel::Duration)).isNull());
}

void TestMovieListModel::shouldSortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("titles");
    const auto titles = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *title : list)
            result.append(QString::fromUtf8(title));
        return result;
    };
    QTest::newRow("title descending") << int(MovieListModel::Title) << int(Qt::DescendingOrder)
                                      << titles({"untitled reel", "Stalker", "Solaris", "Metropolis", "Cléo from 5 to 7",
                                                 "Alien"});
    QTest::newRow("year, unknown last") << int(MovieListModel::Year) << int(Qt::AscendingOrder)
                                        << titles({"Metropolis", "Cléo from 5 to 7", "Solaris", "Alien", "Stalker",
                                                   "untitled reel"});
    QTest::newRow("director by family name") << int(MovieListModel::Director) << int(Qt::AscendingOrder)
                                             << titles({"Alien", "Solaris", "Stalker", "Cléo from 5 to 7",
                                                        "Metropolis", "untitled reel"});
    QTest::newRow("country descending, unknown last")
        << int(MovieListModel::Country) << int(Qt::DescendingOrder)
        << titles({"Alien", "Solaris", "Stalker", "Cléo from 5 to 7", "untitled reel", "Metropolis"});
    QTest::newRow("genres") << int(MovieListModel::Genres) << int(Qt::AscendingOrder)
                            << titles({"Cléo from 5 to 7", "Solaris", "Alien", "Stalker", "Metropolis",
                                       "untitled reel"});
    QTest::newRow("duration descending") << int(MovieListModel::Duration) << int(Qt::DescendingOrder)
                                         << titles({"Solaris", "Stalker", "Alien", "Cléo from 5 to 7",
                                                    "untitled reel", "Metropolis"});
    QTest::newRow("favorites first") << int(MovieListModel::Favorite) << int(Qt::AscendingOrder)
                                     << titles({"Alien", "Cléo from 5 to 7", "Metropolis", "Solaris", "Stalker",
                                                "untitled reel"});
}

void TestMovieListModel::shouldSortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, titles);
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFavoritesOf(1);
    QVERIFY(settle(model));

    model.sort(column, Qt::SortOrder(order));

    QVERIFY(settle(model));
    QCOMPARE(TestMovieListModel::column(model, MovieListModel::Title), titles);
    if (column == MovieListModel::Favorite)
        QCOMPARE(model.data(model.index(0, MovieListModel::Favorite)).toString(), QStringLiteral("\u2605"));
}

void TestMovieListModel::shouldFilterBySearchText()
{
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));
    QSignalSpy counted(&model, &MovieListModel::countChanged);

    MovieFilter filter;
    filter.text = QStringLiteral("tarkov");
    model.setFilter(filter);

    QVERIFY(settle(model));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.movieCount(), 2);
    QCOMPARE(column(model, MovieListModel::Title), (QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")}));

    filter.text = QStringLiteral("'); DROP TABLE movies;--");
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(scalar(m_catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 6);
}

void TestMovieListModel::shouldKnowTheCountBeforeRowsAreFetched()
{
    // Given a catalog of more rows than one block
    TemporaryCatalog big;
    QVERIFY2(big.isValid(), qPrintable(big.error()));
    QCOMPARE(exec(big.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                           "INSERT INTO movies (title) SELECT printf('Movie %04d', i) FROM n")),
             QString());
    MovieListModel model(big.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy first(&model, &MovieListModel::firstRowsLoaded);

    // When the first rows are in
    QVERIFY(first.wait());

    // Then the model counts every movie, fetched or not, and far rows are not loaded yet
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Movie 0001"));
    QCOMPARE(model.data(model.index(999, 0), MovieListModel::LoadedRole).toBool(), false);
}

void TestMovieListModel::shouldFetchFarRowsOnDemand()
{
    TemporaryCatalog big;
    QVERIFY2(big.isValid(), qPrintable(big.error()));
    QCOMPARE(exec(big.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                           "INSERT INTO movies (title) SELECT printf('Movie %04d', i) FROM n")),
             QString());
    MovieListModel model(big.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QSignalSpy(&model, &MovieListModel::firstRowsLoaded).wait());
    QSignalSpy changed(&model, &MovieListModel::dataChanged);

    // When a view asks for a row far down
    QVERIFY(model.data(model.index(900, 0)).isNull());

    // Then it arrives with dataChanged for its block
    QTRY_VERIFY(model.data(model.index(900, 0), MovieListModel::LoadedRole).toBool());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.data(model.index(900, 0)).toString(), QStringLiteral("Movie 0901"));
    QCOMPARE(model.rowOfMovie(901), 900);
}

void TestMovieListModel::shouldShowChangesAfterReload()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Nosferatu')")), QString());
    MovieListModel model(catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 1);

    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Faust')")), QString());
    model.reload();

    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(settle(model));
    QCOMPARE(column(model, MovieListModel::Title), (QStringList{QStringLiteral("Faust"), QStringLiteral("Nosferatu")}));
}

void TestMovieListModel::shouldListManyTextMatchesInTitleOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestMovieListModel::shouldListManyTextMatchesInTitleOrder()
{
    // Given more text matches than SQL sorts well (the model walks the title index instead)
    QFETCH(int, order);
    TemporaryCatalog big;
    QVERIFY2(big.isValid(), qPrintable(big.error()));
    QCOMPARE(exec(big.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9000) "
                                           "INSERT INTO movies (title) SELECT CASE WHEN i % 3 = 0 THEN 'Other ' || i "
                                           "ELSE printf('Harbor %05d', (i * 7919) % 9001) END FROM n")),
             QString());
    MovieListModel model(big.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));
    model.sort(MovieListModel::Title, Qt::SortOrder(order));
    QVERIFY(settle(model));

    MovieFilter filter;
    filter.text = QStringLiteral("harbor");
    model.setFilter(filter);
    QVERIFY(settle(model));

    // Then every match is listed, in the same order SQL gives
    QCOMPARE(model.rowCount(), 6000);
    const QString sql = QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM movies WHERE title LIKE "
                                       "'Harbor%' ORDER BY title COLLATE NOCASE %1, id %1)")
                            .arg(order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    QStringList expected = scalar(big.db(), sql).toString().split(QLatin1Char(','));
    QStringList actual;
    for (int row = 0; row < model.rowCount(); ++row)
        actual.append(QString::number(model.movieIdAt(row)));
    QCOMPARE(actual, expected);
    QCOMPARE(model.data(model.index(0, 0)).toString(), scalar(big.db(), QStringLiteral("SELECT title FROM movies WHERE id = ?"),
                                                               {expected.constFirst().toLongLong()}).toString());
}


void TestMovieListModel::shouldMatchEveryWordAndSeeEditsAfterReload()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Velvet Storm'), "
                                               "(2, 'Velvet Goldmine'), (3, 'Storm Boy')")),
             QString());
    MovieListModel model(catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));

    // When words are typed one after the other (the first word's matches are remembered)
    MovieFilter filter;
    filter.text = QStringLiteral("velvet");
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 2);
    filter.text = QStringLiteral("velvet storm");
    model.setFilter(filter);
    QVERIFY(settle(model));

    // Then a movie must match every word
    QCOMPARE(column(model, MovieListModel::Title), QStringList{QStringLiteral("Velvet Storm")});

    // And after an edit and a reload, remembered matches are not reused
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE movies SET title = 'Storm over the Velvet' WHERE id = 3")),
             QString());
    model.reload();
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(settle(model));
    QCOMPARE(column(model, MovieListModel::Title),
             (QStringList{QStringLiteral("Storm over the Velvet"), QStringLiteral("Velvet Storm")}));
}

void TestMovieListModel::shouldNotReloadForTheSameSearch()
{
    MovieListModel model(m_catalog.path());
    QVERIFY(settle(model));
    MovieFilter filter;
    filter.text = QStringLiteral("tarkov");
    QVERIFY(model.setFilter(filter));
    QVERIFY(settle(model));
    QSignalSpy reset(&model, &MovieListModel::modelReset);

    // A space, or a second word too short to search, matches the same movies
    filter.text = QStringLiteral("tarkov ");
    QVERIFY(!model.setFilter(filter));
    filter.text = QStringLiteral("tarkov so");
    QVERIFY(!model.setFilter(filter));
    QCOMPARE(model.filter().text, QStringLiteral("tarkov so"));
    QVERIFY(!model.isBusy());
    QCOMPARE(reset.count(), 0);

    // A third letter does search
    filter.text = QStringLiteral("tarkov sol");
    QVERIFY(model.setFilter(filter));
    QVERIFY(settle(model));
    QCOMPARE(column(model, MovieListModel::Title), QStringList{QStringLiteral("Solaris")});
}

// In the shared catalog, ada (1) loves Alien and Cléo; grace (2) is added here with Solaris,
// Stalker and Alien.
void TestMovieListModel::shouldListOnlyTheUsersFavoritesWithOtherFilters_data()
{
    QTest::addColumn<qint64>("user");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("genre");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("ada, all") << qint64(1) << QString() << 0
                              << QStringList{QStringLiteral("Alien"), QStringLiteral("Cléo from 5 to 7")};
    QTest::newRow("grace, all") << qint64(2) << QString() << 0
                                << QStringList{QStringLiteral("Alien"), QStringLiteral("Solaris"),
                                               QStringLiteral("Stalker")};
    QTest::newRow("grace, searching a director") << qint64(2) << QStringLiteral("tarkov") << 0
                                                 << QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    QTest::newRow("grace, a title prefix") << qint64(2) << QStringLiteral("s") << 0
                                           << QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    QTest::newRow("grace, horror") << qint64(2) << QString() << 3 << QStringList{QStringLiteral("Alien")};
    QTest::newRow("ada, searching what only grace loves") << qint64(1) << QStringLiteral("tarkov") << 0
                                                          << QStringList();
}

void TestMovieListModel::shouldListOnlyTheUsersFavoritesWithOtherFilters()
{
    QFETCH(qint64, user);
    QFETCH(QString, text);
    QFETCH(int, genre);
    QFETCH(QStringList, titles);
    QCOMPARE(exec(m_catalog.db(), QStringLiteral("INSERT OR IGNORE INTO users (id, username, password_hash) "
                                                 "VALUES (2, 'grace', '$argon2id$v=19$y')")),
             QString());
    QCOMPARE(exec(m_catalog.db(), QStringLiteral("INSERT OR IGNORE INTO favorite_movies (user_id, movie_id) "
                                                 "VALUES (2, 1), (2, 2), (2, 3)")),
             QString());
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFavoritesOf(user);
    QVERIFY(settle(model));

    // When only the user's favorites are asked for, with the other filters
    MovieFilter filter;
    filter.text = text;
    if (genre)
        filter.genreIds = {genre};
    filter.favoritesOf = user;
    model.setFilter(filter);
    QVERIFY(settle(model));

    // Then exactly their favorites that match are listed and counted, each marked as a favorite
    QCOMPARE(column(model, MovieListModel::Title), titles);
    QCOMPARE(model.movieCount(), titles.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.data(model.index(row, 0), MovieListModel::FavoriteRole).toBool());
        QCOMPARE(model.data(model.index(row, MovieListModel::Favorite)).toString(), QStringLiteral("\u2605"));
    }
    QCOMPARE(MovieSearch::count(m_catalog.db(), filter).value(), titles.size());
    QCOMPARE(MovieSearch::ids(m_catalog.db(), filter, 100).value().size(), titles.size());
}

void TestMovieListModel::shouldShowAGuestNoFavorites()
{
    // Given a guest (nobody signed in)
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));

    // When a favorites filter is asked for anyway, of ada
    MovieFilter filter;
    filter.favoritesOf = 1;
    model.setFilter(filter);
    QVERIFY(settle(model));

    // Then it is dropped: every movie, no favorite marked, the column empty
    QVERIFY(!model.filter().favoritesOf);
    QCOMPARE(model.rowCount(), 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.data(model.index(row, 0), MovieListModel::FavoriteRole).toBool());
        QCOMPARE(model.data(model.index(row, MovieListModel::Favorite)).toString(), QString());
        QVERIFY(model.data(model.index(row, MovieListModel::Favorite), Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestMovieListModel::shouldFollowTheSignedInUserInTheFavoritesFilter()
{
    // Given ada signed in with her favorites listed
    QCOMPARE(exec(m_catalog.db(), QStringLiteral("INSERT OR IGNORE INTO users (id, username, password_hash) "
                                                 "VALUES (2, 'grace', '$argon2id$v=19$y')")),
             QString());
    QCOMPARE(exec(m_catalog.db(), QStringLiteral("INSERT OR IGNORE INTO favorite_movies (user_id, movie_id) "
                                                 "VALUES (2, 1), (2, 2), (2, 3)")),
             QString());
    MovieListModel model(m_catalog.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFavoritesOf(1);
    MovieFilter filter;
    filter.favoritesOf = 1;
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 2);

    // When a filter naming grace is set while ada is signed in
    filter.favoritesOf = 2;
    model.setFilter(filter);
    QVERIFY(settle(model));

    // Then it is still ada's favorites that are listed
    QCOMPARE(model.filter().favoritesOf, std::optional<qint64>(1));
    QCOMPARE(column(model, MovieListModel::Title), (QStringList{QStringLiteral("Alien"), QStringLiteral("Cléo from 5 to 7")}));

    // When grace signs in, her favorites are listed; when she signs out, every movie and no marks
    model.setFavoritesOf(2);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 3);
    model.setFavoritesOf(std::nullopt);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(column(model, MovieListModel::Favorite), QStringList(6, QString()));
}

QTEST_GUILESS_MAIN(TestMovieListModel)
#include "tst_movielistmodel.moc"
