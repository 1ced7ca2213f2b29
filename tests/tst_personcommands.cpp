// The person undo commands on a QUndoStack: add, edit (fields, gallery, credits) and delete, each
// undone and redone, against the stored rows.
#include "mediastore.h"
#include "personcommands.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::makeImage;
using Reelkeeper::Test::scalar;

class TestPersonCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldUndoAndRedoAddingAPersonWithANewCharacter();
    void shouldUndoAndRedoAnEditOfFieldsGalleryAndCredits();
    void shouldUndoADeletionWithDirectorAndCastLinks();
    void shouldNotPushAFailedEdit();
    void shouldMakeNoStepForAnEditThatChangesNothing();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    CatalogChanged changed()
    {
        return [this](const QString &error) {
            ++m_changes;
            m_lastError = error;
        };
    }
    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
    int m_changes = 0;
    QString m_lastError;
};

void TestPersonCommands::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_changes = 0;
    m_lastError.clear();
    for (const QString &sql : {
             u"INSERT INTO people (id, first_name, last_name) VALUES (1, 'Sigourney', 'Weaver')"_s,
             u"INSERT INTO movies (id, title, director_id) VALUES (1, 'Alien', NULL)"_s,
             u"INSERT INTO movies (id, title, director_id) VALUES (2, 'Aliens', 1)"_s,
             u"INSERT INTO characters (id, movie_id, name) VALUES (1, 1, 'Ripley')"_s,
             u"INSERT INTO movie_actors (id, movie_id, person_id, character_id) VALUES (1, 1, 1, 1)"_s,
         })
        QCOMPARE(exec(db(), sql), QString());
}

void TestPersonCommands::cleanup()
{
    if (m_catalog && m_catalog->isValid()) {
        QSqlQuery check(db());
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!check.next(), "a row points nowhere");
    }
    m_catalog.reset();
}

void TestPersonCommands::shouldUndoAndRedoAddingAPersonWithANewCharacter()
{
    // Given a new person credited as a new character of Alien
    PersonRecord person;
    person.firstName = u"Ian"_s;
    person.lastName = u"Holm"_s;
    PersonCredit credit;
    credit.movieId = 1;
    credit.characterName = u"Ash"_s;
    person.credits.append(credit);
    QUndoStack stack;

    // When the add is performed and pushed
    auto command = AddPersonCommand::perform(db(), person, changed());
    QVERIFY2(command, qPrintable(command.error()));
    const qint64 id = command.value()->personId();
    stack.push(command.value().release());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people WHERE id = ?"_s, {id}).toInt(), 1);
    const qint64 ash = scalar(db(), u"SELECT id FROM characters WHERE name = 'Ash'"_s).toLongLong();
    QVERIFY(ash > 0);

    // Then undo removes the person and the new character
    stack.undo();
    QCOMPARE(m_lastError, QString());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people WHERE id = ?"_s, {id}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE name = 'Ash'"_s).toInt(), 0);

    // And redo puts both back under their ids
    stack.redo();
    QCOMPARE(m_lastError, QString());
    QCOMPARE(scalar(db(), u"SELECT last_name FROM people WHERE id = ?"_s, {id}).toString(), u"Holm"_s);
    QCOMPARE(scalar(db(), u"SELECT character_id FROM movie_actors WHERE person_id = ?"_s, {id}).toLongLong(), ash);
}

void TestPersonCommands::shouldUndoAndRedoAnEditOfFieldsGalleryAndCredits()
{
    // Given Weaver with a photo, edited: renamed, a second photo made primary, a new credit
    const MediaStore media(m_catalog->catalog().mediaPath());
    QVERIFY(PersonRecords::addPhoto(db(), media, 1, makeImage(10, 10, "png", 0xff000001), {}));
    Result<PersonSnapshot> before = PersonRecords::snapshot(db(), 1);
    QVERIFY(before);
    PersonRecord edited = before->person;
    edited.firstName = u"Susan"_s;
    Result<StoredImage> image = media.store(makeImage(10, 10, "png", 0xff000002));
    QVERIFY(image);
    edited.photos.first().isPrimary = false;
    edited.photos.append({0, 0, image->key, u"new.png"_s, {}, image->mimeType, true});
    PersonCredit credit;
    credit.movieId = 2;
    credit.characterName = u"Ripley (clone)"_s;
    credit.characterRole = u"lead"_s;
    edited.credits.append(credit);
    QUndoStack stack;

    // When the edit is performed
    auto command = EditPersonCommand::perform(db(), edited, changed());
    QVERIFY2(command, qPrintable(command.error()));
    stack.push(command.value().release());
    Result<PersonSnapshot> after = PersonRecords::snapshot(db(), 1);
    QVERIFY(after);
    QCOMPARE(after->person.photos.size(), 2);
    QVERIFY(after->person.photos.at(1).isPrimary);

    // Then undo gives back exactly the person before, without the new character
    stack.undo();
    QCOMPARE(m_lastError, QString());
    Result<PersonSnapshot> undone = PersonRecords::snapshot(db(), 1);
    QVERIFY(undone);
    QCOMPARE(*undone, *before);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE movie_id = 2"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT director_id FROM movies WHERE id = 2"_s).toLongLong(), 1);

    // And redo gives back exactly the person after
    stack.redo();
    QCOMPARE(m_lastError, QString());
    Result<PersonSnapshot> redone = PersonRecords::snapshot(db(), 1);
    QVERIFY(redone);
    QCOMPARE(*redone, *after);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE movie_id = 2"_s).toInt(), 1);
}

void TestPersonCommands::shouldUndoADeletionWithDirectorAndCastLinks()
{
    // Given Weaver, who directs Aliens and plays Ripley
    Result<PersonSnapshot> before = PersonRecords::snapshot(db(), 1);
    QVERIFY(before);
    QUndoStack stack;

    // When she is deleted
    auto command = RemovePeopleCommand::perform(db(), {1}, changed());
    QVERIFY2(command, qPrintable(command.error()));
    stack.push(command.value().release());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people"_s).toInt(), 0);
    QVERIFY(scalar(db(), u"SELECT director_id FROM movies WHERE id = 2"_s).isNull());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters"_s).toInt(), 1); // listed without an actor

    // Then undo puts her back with her links
    stack.undo();
    Result<PersonSnapshot> undone = PersonRecords::snapshot(db(), 1);
    QVERIFY(undone);
    QCOMPARE(*undone, *before);
    QCOMPARE(scalar(db(), u"SELECT director_id FROM movies WHERE id = 2"_s).toLongLong(), 1);
    QCOMPARE(scalar(db(), u"SELECT character_id FROM movie_actors WHERE id = 1"_s).toLongLong(), 1);

    // And redo deletes her again
    stack.redo();
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people"_s).toInt(), 0);
    QCOMPARE(m_lastError, QString());
}

void TestPersonCommands::shouldNotPushAFailedEdit()
{
    // Given an edit with an impossible date
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    person->dateOfBirth = u"1949-02-30"_s;

    // When it is performed
    auto command = EditPersonCommand::perform(db(), *person, changed());

    // Then it fails with the reason, and nothing changed
    QVERIFY(!command);
    QVERIFY(command.error().contains(u"not a real date"_s));
    QCOMPARE(m_changes, 0);
    QVERIFY(scalar(db(), u"SELECT date_of_birth FROM people WHERE id = 1"_s).isNull());
}

void TestPersonCommands::shouldMakeNoStepForAnEditThatChangesNothing()
{
    // Given a person saved long ago, loaded as the editor would
    QCOMPARE(exec(db(), u"UPDATE people SET updated_at = '2020-01-01T00:00:00.000Z' WHERE id = 1"_s), QString());
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);

    // When it is saved unchanged
    Result<SavedPerson> saved = savePerson(db(), *person, {}, changed());

    // Then there is no undo step and nothing was written, not even the time of the change
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
    QVERIFY(!saved->command);
    QCOMPARE(saved->personId, 1);
    QCOMPARE(m_changes, 0);
    QCOMPARE(scalar(db(), u"SELECT updated_at FROM people WHERE id = 1"_s).toString(), u"2020-01-01T00:00:00.000Z"_s);
}

QTEST_GUILESS_MAIN(TestPersonCommands)
#include "tst_personcommands.moc"
