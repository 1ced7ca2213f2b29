// PersonRecords: people with their galleries and credits, written, deleted and put back, and the
// schema's primary-photo rules against direct SQL. A fresh catalog per test; every test ends with
// SQLite's foreign-key check (in cleanup()).
#include "mediastore.h"
#include "personrecord.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::makeImage;
using Reelkeeper::Test::scalar;

namespace {

constexpr qint64 WeaverId = 1;
constexpr qint64 ScottId = 2;
constexpr qint64 AlienId = 1;
constexpr qint64 AliensId = 2;
constexpr qint64 RipleyId = 1;   // character of Alien
constexpr qint64 NewtId = 2;     // character of Aliens
constexpr qint64 LambertId = 3;  // character of Alien

} // namespace

class TestPersonRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldLoadEveryFieldWithPhotosCreditsAndDirectedMovies();
    void shouldStoreTheSameImageOnceForTwoGalleries();
    void shouldMakeTheFirstPhotoPrimary();
    void shouldMovePrimaryToTheNextPhotoWhenItIsRemoved();
    void shouldClearPrimaryWhenTheLastPhotoGoesByDirectSql();
    void shouldKeepAtMostOnePrimaryPhotoInTheDatabase();
    void shouldRefuseAPrimaryPhotoOfAnotherPerson();
    void shouldReleaseTheFileOnlyWhenNothingUsesIt();
    void shouldInsertAPersonWithNewPhotosAndACreditWithANewCharacter();
    void shouldUpdateFieldsPhotosPrimaryAndCredits();
    void shouldValidatePartialDatesAndNames_data();
    void shouldValidatePartialDatesAndNames();
    void shouldDescribeTheDeletionImpact();
    void shouldRemoveAndRestoreAPersonWithDirectorAndCastLinks();
    void shouldRefuseACreditWithACharacterOfAnotherMovie();
    void shouldAddAndRemoveCreditsFromThePersonSide();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    MediaStore media() const { return MediaStore(m_catalog->catalog().mediaPath()); }
    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
};

void TestPersonRecord::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    const QStringList setup{
        u"INSERT INTO countries (id, name) VALUES (1, 'United States')"_s,
        u"INSERT INTO people (id, first_name, last_name, date_of_birth, gender, country_id, biography) "
        "VALUES (1, 'Sigourney', 'Weaver', '1949-10', 'female', 1, 'Actor.')"_s,
        u"INSERT INTO people (id, first_name, last_name) VALUES (2, 'Ridley', 'Scott')"_s,
        u"INSERT INTO movies (id, title, release_date, director_id) VALUES (1, 'Alien', '1979', 2)"_s,
        u"INSERT INTO movies (id, title, release_date, director_id) VALUES (2, 'Aliens', '1986', 1)"_s,
        u"INSERT INTO characters (id, movie_id, name, role) VALUES (1, 1, 'Ripley', 'lead')"_s,
        u"INSERT INTO characters (id, movie_id, name) VALUES (2, 2, 'Newt')"_s,
        u"INSERT INTO characters (id, movie_id, name) VALUES (3, 1, 'Lambert')"_s,
        u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (1, 1, 1)"_s,
        u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (2, 1, 2)"_s,
        u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (1, 1, 3)"_s,
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(db(), sql), QString());
}

void TestPersonRecord::cleanup()
{
    if (m_catalog && m_catalog->isValid()) {
        QSqlQuery check(db());
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!check.next(), "a row points nowhere");
    }
    m_catalog.reset();
}

void TestPersonRecord::shouldLoadEveryFieldWithPhotosCreditsAndDirectedMovies()
{
    // Given Weaver with a photo
    Result<qint64> photo = PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png"), u"w.png"_s);
    QVERIFY2(photo, qPrintable(photo.error()));

    // When she is loaded
    Result<PersonRecord> person = PersonRecords::load(db(), WeaverId);

    // Then every field is there
    QVERIFY2(person, qPrintable(person.error()));
    QCOMPARE(person->firstName, u"Sigourney"_s);
    QCOMPARE(person->lastName, u"Weaver"_s);
    QCOMPARE(person->dateOfBirth, u"1949-10"_s);
    QCOMPARE(person->gender, u"female"_s);
    QCOMPARE(person->countryId, std::optional<qint64>(1));
    QCOMPARE(person->biography, u"Actor."_s);
    QCOMPARE(person->photos.size(), 1);
    QVERIFY(person->photos.first().isPrimary);
    QCOMPARE(person->photos.first().fileName, u"w.png"_s);
    QCOMPARE(person->credits.size(), 3);
    QCOMPARE(person->credits.at(0).movieTitle, u"Alien"_s);
    QCOMPARE(person->credits.at(0).characterName, u"Ripley"_s);
    QCOMPARE(person->credits.at(0).characterRole, u"lead"_s);
    QCOMPARE(person->directed.size(), 1);
    QCOMPARE(person->directed.first().title, u"Aliens"_s);
    QCOMPARE(person->fullName(), u"Sigourney Weaver"_s);
}

void TestPersonRecord::shouldStoreTheSameImageOnceForTwoGalleries()
{
    // Given one image
    const QByteArray image = makeImage(20, 30, "png");

    // When it is added to two people's galleries
    Result<qint64> first = PersonRecords::addPhoto(db(), media(), WeaverId, image, u"a.png"_s);
    Result<qint64> second = PersonRecords::addPhoto(db(), media(), ScottId, image, u"b.png"_s);
    QVERIFY2(first && second, qPrintable(first.error() + second.error()));

    // Then there is one files row and one file, used by two photos
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(DISTINCT file_id) FROM person_photos"_s).toInt(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM person_photos"_s).toInt(), 2);
    const QString key = scalar(db(), u"SELECT key FROM files"_s).toString();
    QVERIFY(QFile::exists(media().absolutePath(key)));
    // And adding it to the same gallery again changes nothing
    Result<qint64> again = PersonRecords::addPhoto(db(), media(), WeaverId, image, u"c.png"_s);
    QVERIFY(again);
    QCOMPARE(*again, *first);
}

void TestPersonRecord::shouldMakeTheFirstPhotoPrimary()
{
    // Given a person without photos
    // When two photos are added
    Result<qint64> first = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png", 0xff000001), {});
    Result<qint64> second = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png", 0xff000002), {});
    QVERIFY(first && second);

    // Then the first is primary, and the person names it
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {ScottId}).toLongLong(), *first);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM person_photos WHERE is_primary = 1"_s).toInt(), 1);

    // And setting the second primary moves both the flag and the person's reference
    QVERIFY(PersonRecords::setPrimaryPhoto(db(), *second));
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {ScottId}).toLongLong(), *second);
    QCOMPARE(scalar(db(), u"SELECT id FROM person_photos WHERE is_primary = 1"_s).toLongLong(), *second);
}

void TestPersonRecord::shouldMovePrimaryToTheNextPhotoWhenItIsRemoved()
{
    // Given three photos, the second primary
    QList<qint64> ids;
    for (QRgb color : {0xff000001u, 0xff000002u, 0xff000003u}) {
        Result<qint64> id = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png", color), {});
        QVERIFY(id);
        ids.append(*id);
    }
    QVERIFY(PersonRecords::setPrimaryPhoto(db(), ids.at(1)));

    // When the primary photo is removed
    QVERIFY(PersonRecords::removePhoto(db(), media(), ids.at(1)));

    // Then the oldest remaining photo is primary
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {ScottId}).toLongLong(), ids.at(0));
    QCOMPARE(scalar(db(), u"SELECT id FROM person_photos WHERE is_primary = 1"_s).toLongLong(), ids.at(0));
}

void TestPersonRecord::shouldClearPrimaryWhenTheLastPhotoGoesByDirectSql()
{
    // Given one primary photo
    Result<qint64> id = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png"), {});
    QVERIFY(id);

    // When it is deleted with plain SQL
    QCOMPARE(exec(db(), u"DELETE FROM person_photos WHERE id = ?"_s, {*id}), QString());

    // Then the person has no primary photo
    QVERIFY(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {ScottId}).isNull());
}

void TestPersonRecord::shouldKeepAtMostOnePrimaryPhotoInTheDatabase()
{
    // Given two photos
    Result<qint64> first = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png", 0xff000001), {});
    Result<qint64> second = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png", 0xff000002), {});
    QVERIFY(first && second);

    // When SQL flags the second as primary, or names it through the person
    QCOMPARE(exec(db(), u"UPDATE person_photos SET is_primary = 1 WHERE id = ?"_s, {*second}), QString());

    // Then only one photo is primary and the person names it
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM person_photos WHERE person_id = ? AND is_primary = 1"_s, {ScottId})
                 .toInt(),
             1);
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {ScottId}).toLongLong(), *second);
    QCOMPARE(exec(db(), u"UPDATE people SET primary_photo_id = ? WHERE id = ?"_s, {*first, ScottId}), QString());
    QCOMPARE(scalar(db(), u"SELECT id FROM person_photos WHERE is_primary = 1"_s).toLongLong(), *first);
    // And a second flag that bypasses the triggers is refused by the unique index
    QCOMPARE(exec(db(), u"DROP TRIGGER person_photos_one_primary_update"_s), QString());
    QVERIFY(!exec(db(), u"UPDATE person_photos SET is_primary = 1 WHERE id = ?"_s, {*second}).isEmpty());
}

void TestPersonRecord::shouldRefuseAPrimaryPhotoOfAnotherPerson()
{
    // Given a photo of Scott
    Result<qint64> id = PersonRecords::addPhoto(db(), media(), ScottId, makeImage(10, 10, "png"), {});
    QVERIFY(id);

    // When Weaver is made to name it
    const QString error = exec(db(), u"UPDATE people SET primary_photo_id = ? WHERE id = ?"_s, {*id, WeaverId});

    // Then the database refuses
    QVERIFY2(error.contains(u"another person"_s), qPrintable(error));
}

void TestPersonRecord::shouldReleaseTheFileOnlyWhenNothingUsesIt()
{
    // Given an image in two galleries
    const QByteArray image = makeImage(12, 12, "png");
    Result<qint64> first = PersonRecords::addPhoto(db(), media(), WeaverId, image, {});
    Result<qint64> second = PersonRecords::addPhoto(db(), media(), ScottId, image, {});
    QVERIFY(first && second);
    const QString path = media().absolutePath(scalar(db(), u"SELECT key FROM files"_s).toString());

    // When it is removed from one gallery, the file stays
    QVERIFY(PersonRecords::removePhoto(db(), media(), *first));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 1);
    QVERIFY(QFile::exists(path));

    // When it is removed from the other, the row and file go
    QVERIFY(PersonRecords::removePhoto(db(), media(), *second));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestPersonRecord::shouldInsertAPersonWithNewPhotosAndACreditWithANewCharacter()
{
    // Given a new person with two images stored in the media folder (not yet in the catalog)
    Result<StoredImage> a = media().store(makeImage(10, 10, "png", 0xff000001));
    Result<StoredImage> b = media().store(makeImage(10, 10, "png", 0xff000002));
    QVERIFY(a && b);
    PersonRecord person;
    person.lastName = u"Holm"_s;
    person.dateOfBirth = u"1931"_s;
    person.photos.append({0, 0, a->key, u"a.png"_s, {}, a->mimeType, false});
    person.photos.append({0, 0, b->key, u"b.png"_s, u"https://example.org/b.png"_s, b->mimeType, true});
    PersonCredit credit;
    credit.movieId = AlienId;
    credit.characterName = u"Ash"_s;
    credit.characterRole = u"supporting"_s;
    person.credits.append(credit);

    // When it is inserted
    Result<qint64> id = PersonRecords::insert(db(), person);

    // Then it reads back with both photos (the second primary) and the new character
    QVERIFY2(id, qPrintable(id.error()));
    Result<PersonRecord> loaded = PersonRecords::load(db(), *id);
    QVERIFY(loaded);
    QCOMPARE(loaded->photos.size(), 2);
    QVERIFY(!loaded->photos.at(0).isPrimary);
    QVERIFY(loaded->photos.at(1).isPrimary);
    QCOMPARE(loaded->photos.at(1).url, u"https://example.org/b.png"_s);
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {*id}).toLongLong(),
             loaded->photos.at(1).id);
    QCOMPARE(loaded->credits.size(), 1);
    QCOMPARE(loaded->credits.first().characterName, u"Ash"_s);
    QCOMPARE(loaded->credits.first().characterRole, u"supporting"_s);
    QCOMPARE(scalar(db(), u"SELECT movie_id FROM characters WHERE name = 'Ash'"_s).toLongLong(), AlienId);
    // And the movie is found by the new actor's name
    QCOMPARE(scalar(db(), u"SELECT rowid FROM movie_search WHERE movie_search MATCH '\"Holm\"'"_s).toLongLong(), AlienId);
}

void TestPersonRecord::shouldUpdateFieldsPhotosPrimaryAndCredits()
{
    // Given Weaver with two photos, the first primary
    Result<qint64> first = PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png", 0xff000001), {});
    Result<qint64> second = PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png", 0xff000002), {});
    QVERIFY(first && second);
    Result<PersonRecord> person = PersonRecords::load(db(), WeaverId);
    QVERIFY(person);

    // When the first photo is removed, a new one is added and made primary, and the Lambert credit
    // is dropped while a credit without a character is added
    person->firstName = u"Susan"_s;
    person->photos.removeFirst();
    person->photos.first().isPrimary = false;
    Result<StoredImage> third = media().store(makeImage(10, 10, "png", 0xff000003));
    QVERIFY(third);
    person->photos.append({0, 0, third->key, u"c.png"_s, {}, third->mimeType, true});
    person->credits.removeAt(2);
    PersonCredit extra;
    extra.movieId = AliensId;
    person->credits.append(extra);
    Result<QList<qint64>> updated = PersonRecords::update(db(), *person);

    // Then the stored person is the record
    QVERIFY2(updated, qPrintable(updated.error()));
    QVERIFY(updated->isEmpty());
    Result<PersonRecord> loaded = PersonRecords::load(db(), WeaverId);
    QVERIFY(loaded);
    QCOMPARE(loaded->firstName, u"Susan"_s);
    QCOMPARE(loaded->photos.size(), 2);
    QCOMPARE(loaded->photos.at(0).id, *second);
    QVERIFY(loaded->photos.at(1).isPrimary);
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {WeaverId}).toLongLong(),
             loaded->photos.at(1).id);
    QCOMPARE(loaded->credits.size(), 3);
    QCOMPARE(loaded->credits.at(2).characterId, 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE character_id = ?"_s, {LambertId}).toInt(), 0);
    // The character stays, listed without an actor
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE id = ?"_s, {LambertId}).toInt(), 1);
    // The removed photo's file stays for undo
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 3);
}

void TestPersonRecord::shouldValidatePartialDatesAndNames_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("field"); // empty: no problem

    QTest::newRow("a year") << u"A"_s << QString() << u"1972"_s << QString();
    QTest::newRow("a month") << QString() << u"B"_s << u"1972-03"_s << QString();
    QTest::newRow("a day") << u"A"_s << u"B"_s << u"1972-03-24"_s << QString();
    QTest::newRow("no name") << u" "_s << QString() << QString() << u"name"_s;
    QTest::newRow("a month 13") << u"A"_s << QString() << u"1972-13"_s << u"date_of_birth"_s;
    QTest::newRow("February 30") << u"A"_s << QString() << u"1972-02-30"_s << u"date_of_birth"_s;
    QTest::newRow("words") << u"A"_s << QString() << u"March 1972"_s << u"date_of_birth"_s;
    QTest::newRow("year zero") << u"A"_s << QString() << u"0000"_s << u"date_of_birth"_s;
}

void TestPersonRecord::shouldValidatePartialDatesAndNames()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, date);
    QFETCH(QString, field);
    PersonRecord person;
    person.firstName = first;
    person.lastName = last;
    person.dateOfBirth = date;
    const QList<FieldProblem> problems = PersonRecords::validate(person);
    if (field.isEmpty()) {
        QVERIFY(problems.isEmpty());
        Result<qint64> id = PersonRecords::insert(db(), person);
        QVERIFY2(id, qPrintable(id.error()));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!PersonRecords::insert(db(), person));
    }
}

void TestPersonRecord::shouldDescribeTheDeletionImpact()
{
    // Given Weaver: directs Aliens, plays Ripley and Lambert in Alien and Newt in Aliens, two photos
    QVERIFY(PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png", 0xff000001), {}));
    QVERIFY(PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png", 0xff000002), {}));

    // When the impact of deleting her is asked
    Result<PersonDeletionImpact> impact = PersonRecords::deletionImpact(db(), {WeaverId});

    // Then it counts each kind
    QVERIFY(impact);
    QCOMPARE(impact->people, 1);
    QCOMPARE(impact->directedMovies, 1);
    QCOMPARE(impact->characters, 3);
    QCOMPARE(impact->castMovies, 2);
    QCOMPARE(impact->castLinks, 3);
    QCOMPARE(impact->photos, 2);
    QCOMPARE(impact->describe(), u"directs 1 movie(s), plays 3 character(s) in 2 movie(s), 2 photo(s)"_s);
    // And someone with nothing attached changes nothing else
    QCOMPARE(exec(db(), u"INSERT INTO people (id, last_name) VALUES (9, 'Nobody')"_s), QString());
    Result<PersonDeletionImpact> none = PersonRecords::deletionImpact(db(), {9});
    QVERIFY(none && none->isEmpty());
}

void TestPersonRecord::shouldRemoveAndRestoreAPersonWithDirectorAndCastLinks()
{
    // Given Weaver with a photo, directing Aliens, in three cast links
    QVERIFY(PersonRecords::addPhoto(db(), media(), WeaverId, makeImage(10, 10, "png"), {}));
    Result<PersonSnapshot> before = PersonRecords::snapshot(db(), WeaverId);
    QVERIFY(before);
    const QVariant aliensUpdated = scalar(db(), u"SELECT updated_at FROM movies WHERE id = ?"_s, {AliensId});

    // When she is removed
    QVERIFY(PersonRecords::remove(db(), {WeaverId}));

    // Then her links are gone and Aliens has no director, and no search finds her
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE person_id = ?"_s, {WeaverId}).toInt(), 0);
    QVERIFY(scalar(db(), u"SELECT director_id FROM movies WHERE id = ?"_s, {AliensId}).isNull());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_search WHERE movie_search MATCH '\"Weaver\"'"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM person_name_search WHERE person_name_search MATCH '\"Weaver\"'"_s)
                 .toInt(),
             0);

    // When she is put back
    Result<void> restored = PersonRecords::restore(db(), {*before});

    // Then everything is as it was: ids, photo, primary photo, cast, director link, search
    QVERIFY2(restored, qPrintable(restored.error()));
    Result<PersonSnapshot> after = PersonRecords::snapshot(db(), WeaverId);
    QVERIFY(after);
    QCOMPARE(*after, *before);
    QCOMPARE(scalar(db(), u"SELECT director_id FROM movies WHERE id = ?"_s, {AliensId}).toLongLong(), WeaverId);
    QCOMPARE(scalar(db(), u"SELECT updated_at FROM movies WHERE id = ?"_s, {AliensId}), aliensUpdated);
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = ?"_s, {WeaverId}).toLongLong(),
             before->person.photos.first().id);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_search WHERE movie_search MATCH '\"Weaver\"'"_s).toInt(), 2);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM person_name_search WHERE person_name_search MATCH '\"Weaver\"'"_s)
                 .toInt(),
             1);
}

void TestPersonRecord::shouldRefuseACreditWithACharacterOfAnotherMovie()
{
    // Given Newt, a character of Aliens
    PersonCredit credit;
    credit.movieId = AlienId;
    credit.characterId = NewtId;

    // When Scott is credited as Newt in Alien, from the record or by direct SQL
    Result<qint64> added = PersonRecords::addCredit(db(), ScottId, credit);
    const QString sqlError = exec(db(), u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?, ?, ?)"_s,
                                  {AlienId, ScottId, NewtId});

    // Then both are refused
    QVERIFY(!added);
    QVERIFY2(sqlError.contains(u"another movie"_s), qPrintable(sqlError));
}

void TestPersonRecord::shouldAddAndRemoveCreditsFromThePersonSide()
{
    // Given Scott in no cast
    // When he is credited as Ripley (existing), as a new character and as nobody in particular
    PersonCredit asRipley;
    asRipley.movieId = AlienId;
    asRipley.characterId = RipleyId;
    PersonCredit asNew;
    asNew.movieId = AliensId;
    asNew.characterName = u"Marine"_s;
    asNew.characterDescription = u"Background"_s;
    asNew.characterRole = u"cameo"_s;
    PersonCredit plain;
    plain.movieId = AliensId;
    Result<qint64> a = PersonRecords::addCredit(db(), ScottId, asRipley);
    Result<qint64> b = PersonRecords::addCredit(db(), ScottId, asNew);
    Result<qint64> c = PersonRecords::addCredit(db(), ScottId, plain);
    QVERIFY2(a && b && c, qPrintable(a.error() + b.error() + c.error()));

    // Then one person plays several characters, and a new character exists in Aliens
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE person_id = ?"_s, {ScottId}).toInt(), 3);
    QCOMPARE(scalar(db(), u"SELECT role FROM characters WHERE name = 'Marine' AND movie_id = ?"_s, {AliensId}).toString(),
             u"cameo"_s);

    // When one is removed
    QVERIFY(PersonRecords::removeCredit(db(), *a));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE person_id = ?"_s, {ScottId}).toInt(), 2);
    QVERIFY(!PersonRecords::removeCredit(db(), *a));
}

QTEST_GUILESS_MAIN(TestPersonRecord)
#include "tst_personrecord.moc"
