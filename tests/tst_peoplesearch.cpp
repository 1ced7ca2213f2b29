// The people browser's queries: search, filters, details and filmographies on a small known catalog.
#include "peoplesearch.h"
#include "testsupport.h"

#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

// Media keys are the SHA-256 of the bytes; any well-formed one does for queries.
const QString PhotoKey = QStringLiteral("ab/ab") + QString(62, QLatin1Char('0')) + QStringLiteral(".jpg");

} // namespace

class TestPeopleSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListEveryoneByFamilyName();
    void shouldFindPeopleByName_data();
    void shouldFindPeopleByName();
    void shouldFilter_data();
    void shouldFilter();
    void shouldReadRowsInTheOrderAsked();
    void shouldReadDetailsWithPartialDatesAndThePrimaryPhoto();
    void shouldTellAMissingPersonFromAFailure();
    void shouldListTheFilmographyByYearThenTitle();
    void shouldListEachCharacterOfAPersonPlayingTwo();
    void shouldListDirectingBeforeActingInTheSameMovie();
    void shouldLeaveCharactersWithoutAnActorOutOfFilmographies();
    void shouldFollowRenamesAndDeletes();

private:
    static QList<qint64> idsOf(QSqlDatabase db, const PersonFilter &filter);
    static QStringList credits(const QList<FilmographyEntry> &entries);
    TemporaryCatalog m_catalog;
};

void TestPeopleSearch::initTestCase()
{
    QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
    const QStringList setup = {
        QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'France'), (2, 'Japan')"),
        QStringLiteral(
            "INSERT INTO people (id, first_name, last_name, date_of_birth, gender, country_id, biography) VALUES "
            "(1, 'Agnès', 'Varda', '1928-05-30', 'female', 1, 'Photographer, then film maker.'), "
            "(2, 'Akira', 'Kurosawa', '1910-03', 'male', 2, NULL), "
            "(3, 'Toshiro', 'Mifune', '1920', 'male', 2, NULL), "
            "(4, 'Corinne', 'Marchand', NULL, 'female', 1, NULL), "
            "(5, NULL, 'Madonna', NULL, NULL, NULL, NULL), "
            "(6, 'Zed', NULL, NULL, 'non_binary', NULL, NULL)"),
        QStringLiteral("INSERT INTO files (id, file_name, mime_type, key) VALUES (1, 'varda.jpg', 'image/jpeg', ?)"),
        QStringLiteral("INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (1, 1, 1, 1)"),
        QStringLiteral("INSERT INTO movies (id, title, release_date, director_id) VALUES "
                       "(1, 'Cléo from 5 to 7', '1962-04-11', 1), (2, 'The Beaches of Agnès', '2008', 1), "
                       "(3, 'Seven Samurai', '1954-04-26', 2), (4, 'Rashomon', '1950', 2), "
                       "(5, 'Untitled reel', NULL, NULL), (6, 'Ikiru', '1952-10', 2), (7, 'Ashes', '1954', 2)"),
        QStringLiteral("INSERT INTO characters (id, movie_id, name, role) VALUES "
                       "(1, 1, 'Cléo', 'lead'), (2, 2, 'Herself', 'cameo'), (3, 3, 'Kikuchiyo', 'lead'), "
                       "(4, 3, 'Ghost', 'minor'), (5, 3, 'Extra', NULL)"),
        // Mifune plays two characters of Seven Samurai, and is in two casts without a character.
        // Nobody plays the Extra.
        QStringLiteral("INSERT INTO movie_actors (id, movie_id, person_id, character_id) VALUES "
                       "(1, 1, 4, 1), (2, 2, 1, 2), (3, 3, 3, 3), (4, 3, 3, 4), (5, 4, 3, NULL), (6, 5, 3, NULL)"),
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(m_catalog.db(), sql, sql.contains(QLatin1Char('?')) ? QVariantList{PhotoKey} : QVariantList()),
                 QString());
}

QList<qint64> TestPeopleSearch::idsOf(QSqlDatabase db, const PersonFilter &filter)
{
    Result<QList<qint64>> ids = PeopleSearch::ids(db, filter);
    if (!ids) {
        qWarning("%s", qPrintable(ids.error()));
        return {-1};
    }
    Result<qint64> count = PeopleSearch::count(db, filter);
    if (!count || count.value() != ids->size()) {
        qWarning("count %lld for %lld ids", count ? count.value() : -1LL, static_cast<long long>(ids->size()));
        return {-2};
    }
    return ids.value();
}

QStringList TestPeopleSearch::credits(const QList<FilmographyEntry> &entries)
{
    QStringList lines;
    for (const FilmographyEntry &entry : entries) {
        QString credit = entry.kind == FilmographyEntry::Kind::Directed
                             ? QStringLiteral("director")
                             : (entry.characterName.isEmpty() ? QStringLiteral("-") : entry.characterName);
        if (!entry.role.isEmpty())
            credit += QStringLiteral(" (%1)").arg(entry.role);
        lines.append(QStringLiteral("%1 %2: %3").arg(entry.year.isEmpty() ? QStringLiteral("????") : entry.year,
                                                    entry.title, credit));
    }
    return lines;
}

void TestPeopleSearch::shouldListEveryoneByFamilyName()
{
    // Given the catalog's six people, one of them with a first name only
    // When nothing is searched or filtered
    // Then everyone is listed by family name, the person without one first
    QCOMPARE(idsOf(m_catalog.db(), PersonFilter()), (QList<qint64>{6, 2, 5, 4, 3, 1}));
}

void TestPeopleSearch::shouldFindPeopleByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("part of a family name") << QStringLiteral("fun") << QList<qint64>{3};
    QTest::newRow("any case") << QStringLiteral("ARD") << QList<qint64>{1};
    QTest::newRow("accents") << QStringLiteral("agnès") << QList<qint64>{1};
    QTest::newRow("first and family name") << QStringLiteral("toshiro mif") << QList<qint64>{3};
    QTest::newRow("words in any order") << QStringLiteral("varda agn") << QList<qint64>{1};
    QTest::newRow("a first name alone") << QStringLiteral("Zed") << QList<qint64>{6};
    QTest::newRow("one letter begins a word") << QStringLiteral("k") << QList<qint64>{2};
    QTest::newRow("two letters begin a word, in name order") << QStringLiteral("ma") << QList<qint64>{5, 4};
    QTest::newRow("a short word narrows a long one") << QStringLiteral("akira k") << QList<qint64>{2};
    QTest::newRow("a short word inside a name is no match") << QStringLiteral("ur") << QList<qint64>{};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QList<qint64>{6, 2, 5, 4, 3, 1};
    QTest::newRow("no one") << QStringLiteral("zzyzx") << QList<qint64>{};
    QTest::newRow("LIKE wildcards are text") << QStringLiteral("_") << QList<qint64>{};
    QTest::newRow("percent") << QStringLiteral("%") << QList<qint64>{};
    QTest::newRow("quotes") << QStringLiteral("\"var") << QList<qint64>{};
    QTest::newRow("hostile") << QStringLiteral("'); DROP TABLE people;--") << QList<qint64>{};
}

void TestPeopleSearch::shouldFindPeopleByName()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    // Given the catalog's people
    PersonFilter filter;
    filter.text = text;
    // When the text is searched
    // Then exactly these people match, in name order, and the count agrees
    QCOMPARE(idsOf(m_catalog.db(), filter), ids);
    QCOMPARE(scalar(m_catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 6);
}

void TestPeopleSearch::shouldFilter_data()
{
    QTest::addColumn<PersonFilter>("filter");
    QTest::addColumn<QList<qint64>>("ids");
    const auto with = [](auto change) {
        PersonFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("acting") << with([](PersonFilter &f) { f.actsOnly = true; }) << QList<qint64>{4, 3, 1};
    QTest::newRow("directing") << with([](PersonFilter &f) { f.directsOnly = true; }) << QList<qint64>{2, 1};
    QTest::newRow("acting and directing")
        << with([](PersonFilter &f) { f.actsOnly = f.directsOnly = true; }) << QList<qint64>{1};
    QTest::newRow("country") << with([](PersonFilter &f) { f.countryId = 1; }) << QList<qint64>{4, 1};
    QTest::newRow("female") << with([](PersonFilter &f) { f.gender = QStringLiteral("female"); })
                            << QList<qint64>{4, 1};
    QTest::newRow("non-binary") << with([](PersonFilter &f) { f.gender = QStringLiteral("non_binary"); })
                                << QList<qint64>{6};
    QTest::newRow("gender unknown") << with([](PersonFilter &f) { f.gender = QString(); }) << QList<qint64>{5};
    QTest::newRow("missing photo") << with([](PersonFilter &f) { f.missingPhoto = true; })
                                   << QList<qint64>{6, 2, 5, 4, 3};
    QTest::newRow("missing birth date") << with([](PersonFilter &f) { f.missingBirthDate = true; })
                                        << QList<qint64>{6, 5, 4};
    QTest::newRow("acting women") << with([](PersonFilter &f) {
        f.actsOnly = true;
        f.gender = QStringLiteral("female");
    }) << QList<qint64>{4, 1};
    QTest::newRow("text and directing") << with([](PersonFilter &f) {
        f.text = QStringLiteral("a");
        f.directsOnly = true;
    }) << QList<qint64>{2, 1};
    QTest::newRow("trigram text and country") << with([](PersonFilter &f) {
        f.text = QStringLiteral("rin");
        f.countryId = 1;
    }) << QList<qint64>{4};
    QTest::newRow("nothing matches all") << with([](PersonFilter &f) {
        f.directsOnly = true;
        f.missingBirthDate = true;
    }) << QList<qint64>{};
}

void TestPeopleSearch::shouldFilter()
{
    QFETCH(PersonFilter, filter);
    QFETCH(QList<qint64>, ids);
    // Given the catalog's people, their movies and photos
    // When the filter is applied
    // Then exactly these people match, in name order, and the count agrees
    QCOMPARE(idsOf(m_catalog.db(), filter), ids);
    QVERIFY(!filter.isEmpty());
}

void TestPeopleSearch::shouldReadRowsInTheOrderAsked()
{
    // Given ids in the list's order, one of them unknown
    // When their rows are read
    Result<QList<PersonRow>> rows = PeopleSearch::rows(m_catalog.db(), {3, 1, 999, 5});
    QVERIFY2(rows, qPrintable(rows.error()));
    // Then they come in that order, the unknown one left out, with names and photo keys
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).id, 3);
    QCOMPARE(rows->at(0).name, QStringLiteral("Toshiro Mifune"));
    QCOMPARE(rows->at(0).dateOfBirth, QStringLiteral("1920"));
    QVERIFY(rows->at(0).photoKey.isEmpty());
    QCOMPARE(rows->at(1).name, QStringLiteral("Agnès Varda"));
    QCOMPARE(rows->at(1).photoKey, PhotoKey);
    QCOMPARE(rows->at(2).name, QStringLiteral("Madonna"));
    QVERIFY(rows->at(2).dateOfBirth.isEmpty());
}

void TestPeopleSearch::shouldReadDetailsWithPartialDatesAndThePrimaryPhoto()
{
    // Given people with a full, a month-only and a year-only birth date, and one with nothing known
    // When their details are read
    Result<std::optional<PersonDetails>> varda = PeopleSearch::details(m_catalog.db(), 1);
    Result<std::optional<PersonDetails>> kurosawa = PeopleSearch::details(m_catalog.db(), 2);
    Result<std::optional<PersonDetails>> mifune = PeopleSearch::details(m_catalog.db(), 3);
    Result<std::optional<PersonDetails>> madonna = PeopleSearch::details(m_catalog.db(), 5);
    QVERIFY(varda && varda->has_value() && kurosawa && kurosawa->has_value() && mifune && mifune->has_value()
            && madonna && madonna->has_value());

    // Then every field is as stored, dates with the precision they have
    const PersonDetails &agnes = **varda;
    QCOMPARE(agnes.name, QStringLiteral("Agnès Varda"));
    QCOMPARE(agnes.firstName, QStringLiteral("Agnès"));
    QCOMPARE(agnes.lastName, QStringLiteral("Varda"));
    QCOMPARE(agnes.dateOfBirth, QStringLiteral("1928-05-30"));
    QCOMPARE(agnes.gender, QStringLiteral("female"));
    QCOMPARE(agnes.countryId, std::optional<qint64>(1));
    QCOMPARE(agnes.countryName, QStringLiteral("France"));
    QCOMPARE(agnes.biography, QStringLiteral("Photographer, then film maker."));
    // And the primary photo is found through people.primary_photo_id
    QCOMPARE(agnes.primaryPhotoId, std::optional<qint64>(1));
    QCOMPARE(agnes.primaryPhotoKey, PhotoKey);
    QCOMPARE(agnes.photoCount, 1);
    QCOMPARE(agnes.directedCount, 2);
    QCOMPARE(agnes.actedCount, 1);
    QCOMPARE((*kurosawa)->dateOfBirth, QStringLiteral("1910-03"));
    QCOMPARE((*mifune)->dateOfBirth, QStringLiteral("1920"));
    // Two characters in one movie count as one movie acted in
    QCOMPARE((*mifune)->actedCount, 3);

    const PersonDetails &unknown = **madonna;
    QCOMPARE(unknown.name, QStringLiteral("Madonna"));
    QVERIFY(unknown.firstName.isEmpty() && unknown.dateOfBirth.isEmpty() && unknown.gender.isEmpty());
    QVERIFY(!unknown.countryId && unknown.countryName.isEmpty());
    QVERIFY(!unknown.primaryPhotoId && unknown.primaryPhotoKey.isEmpty());
    QCOMPARE(unknown.directedCount + unknown.actedCount + unknown.photoCount, 0);
}

void TestPeopleSearch::shouldTellAMissingPersonFromAFailure()
{
    // Given an id the catalog never held
    // When it is read
    Result<std::optional<PersonDetails>> nobody = PeopleSearch::details(m_catalog.db(), 999);
    Result<QList<FilmographyEntry>> nothing = PeopleSearch::filmography(m_catalog.db(), 999);
    // Then it is no error, just nobody, with no movies
    QVERIFY2(nobody, qPrintable(nobody.error()));
    QVERIFY(!nobody->has_value());
    QVERIFY(nothing && nothing->isEmpty());
}

void TestPeopleSearch::shouldListTheFilmographyByYearThenTitle()
{
    // Given a director of four movies, two of them from the same year
    // When the filmography is read
    Result<QList<FilmographyEntry>> entries = PeopleSearch::filmography(m_catalog.db(), 2);
    QVERIFY2(entries, qPrintable(entries.error()));
    // Then it is ordered by year, then title
    QCOMPARE(credits(entries.value()),
             (QStringList{QStringLiteral("1950 Rashomon: director"), QStringLiteral("1952 Ikiru: director"),
                          QStringLiteral("1954 Ashes: director"), QStringLiteral("1954 Seven Samurai: director")}));
    QCOMPARE(entries->at(0).movieId, 4);
    QVERIFY(entries->at(0).kind == FilmographyEntry::Kind::Directed);
    QVERIFY(!entries->at(0).castId && !entries->at(0).characterId);
}

void TestPeopleSearch::shouldListEachCharacterOfAPersonPlayingTwo()
{
    // Given an actor with two characters in one movie, and two credits without a character, one
    // of them in a movie of unknown year
    // When the filmography is read
    Result<QList<FilmographyEntry>> entries = PeopleSearch::filmography(m_catalog.db(), 3);
    QVERIFY2(entries, qPrintable(entries.error()));
    // Then each character has its line, in the order they were added, and the unknown year is last
    QCOMPARE(credits(entries.value()),
             (QStringList{QStringLiteral("1950 Rashomon: -"), QStringLiteral("1954 Seven Samurai: Kikuchiyo (lead)"),
                          QStringLiteral("1954 Seven Samurai: Ghost (minor)"), QStringLiteral("???? Untitled reel: -")}));
    QCOMPARE(entries->at(1).characterId, std::optional<qint64>(3));
    QCOMPARE(entries->at(1).castId, std::optional<qint64>(3));
    QCOMPARE(entries->at(2).characterId, std::optional<qint64>(4));
    QVERIFY(!entries->at(0).characterId);
    QVERIFY(entries->at(0).kind == FilmographyEntry::Kind::Acted);
}

void TestPeopleSearch::shouldListDirectingBeforeActingInTheSameMovie()
{
    // Given a director who also appears in one of her movies
    // When the filmography is read
    Result<QList<FilmographyEntry>> entries = PeopleSearch::filmography(m_catalog.db(), 1);
    QVERIFY2(entries, qPrintable(entries.error()));
    // Then that movie has two lines, directing first
    QCOMPARE(credits(entries.value()),
             (QStringList{QStringLiteral("1962 Cléo from 5 to 7: director"),
                          QStringLiteral("2008 The Beaches of Agnès: director"),
                          QStringLiteral("2008 The Beaches of Agnès: Herself (cameo)")}));
}

void TestPeopleSearch::shouldLeaveCharactersWithoutAnActorOutOfFilmographies()
{
    // Given a character nobody plays (the Extra of Seven Samurai)
    // When every person's filmography is read
    // Then the character is in none of them, and the movie's other credits are unaffected
    for (qint64 person = 1; person <= 6; ++person) {
        Result<QList<FilmographyEntry>> entries = PeopleSearch::filmography(m_catalog.db(), person);
        QVERIFY2(entries, qPrintable(entries.error()));
        for (const FilmographyEntry &entry : entries.value())
            QVERIFY(entry.characterName != QLatin1String("Extra"));
    }
    PersonFilter actors;
    actors.actsOnly = true;
    QCOMPARE(idsOf(m_catalog.db(), actors), (QList<qint64>{4, 3, 1}));
}

void TestPeopleSearch::shouldFollowRenamesAndDeletes()
{
    // Given a catalog of its own, with one person
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Jean', 'Vigo')")),
             QString());
    PersonFilter filter;
    filter.text = QStringLiteral("vig");
    QCOMPARE(idsOf(catalog.db(), filter), QList<qint64>{1});

    // When they are renamed
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE people SET last_name = 'Renoir' WHERE id = 1")), QString());
    // Then the new name is found and the old one is not
    QCOMPARE(idsOf(catalog.db(), filter), QList<qint64>{});
    filter.text = QStringLiteral("renoi");
    QCOMPARE(idsOf(catalog.db(), filter), QList<qint64>{1});

    // When they are deleted
    QCOMPARE(exec(catalog.db(), QStringLiteral("DELETE FROM people WHERE id = 1")), QString());
    // Then nobody is found
    QCOMPARE(idsOf(catalog.db(), filter), QList<qint64>{});
    QCOMPARE(idsOf(catalog.db(), PersonFilter()), QList<qint64>{});
}

QTEST_GUILESS_MAIN(TestPeopleSearch)
#include "tst_peoplesearch.moc"
