// Search as you type and the browser's filters, on a small known catalog.
#include "moviesearch.h"
#include "testsupport.h"

#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestMovieSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldFindMovies_data();
    void shouldFindMovies();
    void shouldFollowRenamesAndDeletes();
    void shouldQuoteEveryWordForTheFullTextIndex();
    void shouldPageManyMatchesInTitleOrder();

private:
    static QStringList titles(QSqlDatabase db, const MovieFilter &filter);
    TemporaryCatalog m_catalog;
};

void TestMovieSearch::initTestCase()
{
    QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
    QSqlDatabase db = m_catalog.db();
    const QStringList setup = {
        QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'Soviet Union'), (2, 'United States')"),
        QStringLiteral("INSERT INTO genres (id, name) VALUES (1, 'Drama'), (2, 'Science Fiction'), (3, 'Horror')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Andrei', 'Tarkovsky'), "
                       "(2, 'Sigourney', 'Weaver'), (3, 'Ridley', 'Scott'), (4, NULL, 'Cher')"),
        QStringLiteral("INSERT INTO movies (id, title, release_date, director_id, country_id) VALUES "
                       "(1, 'Solaris', '1972-03-20', 1, 1), (2, 'Stalker', '1979-05', 1, 1), "
                       "(3, 'Alien', '1979', 3, 2), (4, 'Metropolis', '1927', NULL, NULL), "
                       "(5, '''); DROP TABLE movies;--', '2001', 3, 2), (6, '100% _wild_', '2010', 3, 2), "
                       "(7, 'Mermaids', '1990', NULL, 2)"),
        QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (1, 2), (2, 2), (3, 2), (3, 3), "
                       "(5, 1), (6, 1), (7, 1)"),
        QStringLiteral("INSERT INTO characters (id, movie_id, name, role) VALUES (1, 3, 'Ellen Ripley', 'lead'), "
                       "(2, 1, 'Hari', 'lead'), (3, 7, 'Rachel Flax', 'lead')"),
        QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (3, 2, 1), (7, 4, 3)"),
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(db, sql), QString());
}

QStringList TestMovieSearch::titles(QSqlDatabase db, const MovieFilter &filter)
{
    Result<QList<qint64>> ids = MovieSearch::ids(db, filter, 100);
    if (!ids)
        return {QStringLiteral("error: ") + ids.error()};
    QStringList result;
    for (qint64 id : ids.value())
        result.append(scalar(db, QStringLiteral("SELECT title FROM movies WHERE id = ?"), {id}).toString());
    Result<qint64> count = MovieSearch::count(db, filter);
    if (!count || count.value() != result.size())
        result.append(QStringLiteral("count disagrees: %1").arg(count ? QString::number(count.value()) : count.error()));
    return result;
}

void TestMovieSearch::shouldFindMovies_data()
{
    QTest::addColumn<MovieFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // in title order

    const auto text = [](const QString &t) {
        MovieFilter f;
        f.text = t;
        return f;
    };
    QTest::newRow("everything") << MovieFilter() << QStringList{QStringLiteral("'); DROP TABLE movies;--"),
                                                                QStringLiteral("100% _wild_"), QStringLiteral("Alien"),
                                                                QStringLiteral("Mermaids"), QStringLiteral("Metropolis"),
                                                                QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    QTest::newRow("part of a title, any case") << text(QStringLiteral("OLAR")) << QStringList{QStringLiteral("Solaris")};
    QTest::newRow("director") << text(QStringLiteral("tarkov"))
                              << QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    QTest::newRow("director's full name") << text(QStringLiteral("andrei tarkovsky"))
                                          << QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    QTest::newRow("actor") << text(QStringLiteral("weaver")) << QStringList{QStringLiteral("Alien")};
    QTest::newRow("actor with one name") << text(QStringLiteral("cher")) << QStringList{QStringLiteral("Mermaids")};
    QTest::newRow("character") << text(QStringLiteral("ripley")) << QStringList{QStringLiteral("Alien")};
    QTest::newRow("words of different movies") << text(QStringLiteral("solaris alien")) << QStringList();
    QTest::newRow("words of title and director") << text(QStringLiteral("tarkovsky sola"))
                                                 << QStringList{QStringLiteral("Solaris")};
    QTest::newRow("hostile SQL as typed") << text(QStringLiteral("'); DROP TABLE movies;--"))
                                          << QStringList{QStringLiteral("'); DROP TABLE movies;--")};
    QTest::newRow("percent and underscores as typed") << text(QStringLiteral("100% _wild_"))
                                                      << QStringList{QStringLiteral("100% _wild_")};
    QTest::newRow("FTS5 syntax as typed") << text(QStringLiteral("sol* OR NEAR(\"x\")")) << QStringList();
    QTest::newRow("short text: title prefix") << text(QStringLiteral("me"))
                                              << QStringList{QStringLiteral("Mermaids"), QStringLiteral("Metropolis")};
    QTest::newRow("short wildcard is literal") << text(QStringLiteral("_")) << QStringList();
    QTest::newRow("short percent is literal") << text(QStringLiteral("%")) << QStringList();
    QTest::newRow("nothing") << text(QStringLiteral("zzzz")) << QStringList();

    MovieFilter genres;
    genres.genreIds = {2, 3};
    QTest::newRow("any of two genres") << genres
                                       << QStringList{QStringLiteral("Alien"), QStringLiteral("Solaris"),
                                                      QStringLiteral("Stalker")};
    MovieFilter country;
    country.countryId = 1;
    QTest::newRow("country") << country << QStringList{QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    MovieFilter seventies;
    seventies.yearFrom = 1970;
    seventies.yearTo = 1979;
    QTest::newRow("decade, partial dates included")
        << seventies << QStringList{QStringLiteral("Alien"), QStringLiteral("Solaris"), QStringLiteral("Stalker")};
    MovieFilter incomplete;
    incomplete.incompleteOnly = true;
    QTest::newRow("incomplete records")
        << incomplete << QStringList{QStringLiteral("Mermaids"), QStringLiteral("Metropolis")};
    MovieFilter combined = seventies;
    combined.text = QStringLiteral("tarkovsky");
    combined.genreIds = {1};
    QTest::newRow("text, decade and genre together") << combined << QStringList{QStringLiteral("Solaris")};
}

void TestMovieSearch::shouldFindMovies()
{
    QFETCH(MovieFilter, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(titles(m_catalog.db(), filter), expected);
    QCOMPARE(scalar(m_catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 7);
}

void TestMovieSearch::shouldFollowRenamesAndDeletes()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QSqlDatabase db = catalog.db();
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Agnès', 'Varda')")), QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO movies (id, title, director_id) VALUES (1, 'Cleo from 5 to 7', 1)")), QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO characters (id, movie_id, name) VALUES (1, 1, 'Florence')")), QString());
    MovieFilter filter;

    filter.text = QStringLiteral("varda");
    QCOMPARE(titles(db, filter).size(), 1);
    QCOMPARE(exec(db, QStringLiteral("UPDATE people SET last_name = 'Vardá' WHERE id = 1")), QString());
    QCOMPARE(titles(db, filter).size(), 0);
    filter.text = QStringLiteral("vardá");
    QCOMPARE(titles(db, filter).size(), 1);

    QCOMPARE(exec(db, QStringLiteral("UPDATE movies SET title = 'Cléo de 5 à 7' WHERE id = 1")), QString());
    filter.text = QStringLiteral("cleo");
    QCOMPARE(titles(db, filter).size(), 0);
    filter.text = QStringLiteral("cléo");
    QCOMPARE(titles(db, filter).size(), 1);

    QCOMPARE(exec(db, QStringLiteral("UPDATE characters SET name = 'Cléo Victoire' WHERE id = 1")), QString());
    filter.text = QStringLiteral("florence");
    QCOMPARE(titles(db, filter).size(), 0);
    filter.text = QStringLiteral("victoire");
    QCOMPARE(titles(db, filter).size(), 1);

    QCOMPARE(exec(db, QStringLiteral("DELETE FROM people WHERE id = 1")), QString());
    filter.text = QStringLiteral("vardá");
    QCOMPARE(titles(db, filter).size(), 0);
    QCOMPARE(exec(db, QStringLiteral("DELETE FROM movies WHERE id = 1")), QString());
    filter.text = QStringLiteral("cléo");
    QCOMPARE(titles(db, filter).size(), 0);
    // The indexes agree with their tables.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM movie_search")).toInt(), 0);
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO movie_search (movie_search) VALUES ('integrity-check')")), QString());
}

void TestMovieSearch::shouldQuoteEveryWordForTheFullTextIndex()
{
    QCOMPARE(MovieSearch::fullTextQuery(QStringLiteral("  the \"big\"  sleep a ")),
             QStringLiteral("\"the\" \"\"\"big\"\"\" \"sleep\""));
    QCOMPARE(MovieSearch::fullTextQuery(QStringLiteral("a b")), QString());
    QCOMPARE(MovieSearch::prefixPattern(QStringLiteral(" 5%_\\ ")), QStringLiteral("5\\%\\_\\\\%"));
}

void TestMovieSearch::shouldPageManyMatchesInTitleOrder()
{
    // Given more matches than the sorted plan takes (the title index is walked instead)
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QSqlDatabase db = catalog.db();
    QCOMPARE(exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 7000) "
                                     "INSERT INTO movies (title) SELECT CASE WHEN i % 3 = 0 THEN 'Other ' || i "
                                     "ELSE printf('Harbor %05d', (i * 7919) % 7001) END FROM n")),
             QString());
    MovieFilter filter;
    filter.text = QStringLiteral("harbor");

    // When the second page is asked for
    Result<qint64> count = MovieSearch::count(db, filter);
    Result<QList<qint64>> page = MovieSearch::ids(db, filter, 100, 100);

    // Then it holds the 101st to 200th match in title order
    QVERIFY(count && page);
    QCOMPARE(count.value(), 4667);
    const QVariant expectedFirst = scalar(db, QStringLiteral("SELECT id FROM movies WHERE title LIKE 'Harbor%' "
                                                            "ORDER BY title COLLATE NOCASE, id LIMIT 1 OFFSET 100"));
    QCOMPARE(page->size(), 100);
    QCOMPARE(page->constFirst(), expectedFirst.toLongLong());
    QStringList titles;
    for (qint64 id : page.value())
        titles.append(scalar(db, QStringLiteral("SELECT title FROM movies WHERE id = ?"), {id}).toString());
    QStringList sorted = titles;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(titles, sorted);
}

QTEST_GUILESS_MAIN(TestMovieSearch)
#include "tst_moviesearch.moc"
