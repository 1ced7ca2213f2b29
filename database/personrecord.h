#pragma once

#include "movierecord.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Reelkeeper {

class MediaStore;

// One photo of a person's gallery. A photo added in an editor but not saved yet has id 0 and
// fileId 0: its image is already in the media folder (MediaStore::store), named by key, and the
// `files` row is found by that key or inserted when the record is written, so that the same image
// in two galleries is one row and one file.
struct PersonPhoto
{
    qint64 id = 0;     // person_photos.id; 0: not stored yet
    qint64 fileId = 0; // files.id; 0: not in the files table yet (key names the image)
    QString key;       // media key ("ab/abcdef….jpg")
    QString fileName;  // the name shown to the user
    QString url;       // where the image came from, or empty
    QString mimeType;
    bool isPrimary = false;

    bool operator==(const PersonPhoto &) const = default;
};

// One cast link of the person: a movie and the character played there (or none). A new link
// (id 0) with characterId 0 and a character name creates that character in the movie.
struct PersonCredit
{
    qint64 id = 0; // movie_actors.id; 0: not stored yet
    qint64 movieId = 0;
    qint64 characterId = 0; // 0: none, or a new character named below
    QString characterName;
    QString characterDescription;
    QString characterRole; // lead, supporting, minor, cameo, or empty
    QString movieTitle;    // read only, for display
    QString releaseDate;   // read only, for display

    bool operator==(const PersonCredit &) const = default;
};

// A movie the person directs: shown, never written through a PersonRecord (the movie editor
// sets a director).
struct DirectedMovie
{
    qint64 movieId = 0;
    QString title;
    QString releaseDate;

    bool operator==(const DirectedMovie &) const = default;
};

// A person with everything the person editor shows. Text columns that are NULL read as empty
// strings, and empty strings are written as NULL.
struct PersonRecord
{
    qint64 id = 0; // 0: not stored yet
    QString firstName;
    QString lastName;
    QString biography;
    QString dateOfBirth; // "YYYY", "YYYY-MM" or "YYYY-MM-DD", empty when unknown
    QString gender;      // female, male, non_binary, other, or empty (unknown)
    std::optional<qint64> countryId;
    QList<PersonPhoto> photos;   // in id order; at most one isPrimary
    QList<PersonCredit> credits; // in movie_actors.id order
    QList<DirectedMovie> directed; // read only, by release date
    QString createdAt; // read only; kept by snapshots
    QString updatedAt; // read only; kept by snapshots

    QString fullName() const;
    bool operator==(const PersonRecord &) const = default;
};

// Everything a deleted person takes with it, so that undo puts it back exactly: the person row,
// the photos and cast links under their ids and timestamps, and the director links that
// ON DELETE SET NULL cleared (with each movie's updated_at).
struct PersonSnapshot
{
    PersonRecord person;
    QList<RowTimestamps> creditTimestamps; // parallel to person.credits
    QList<qint64> directedMovieIds;
    QStringList directedUpdatedAt; // parallel to directedMovieIds

    bool operator==(const PersonSnapshot &) const = default;
};

// What deleting people would change, for the confirmation.
struct PersonDeletionImpact
{
    int people = 0;
    int directedMovies = 0; // movies that lose their director
    int characters = 0;     // characters that lose their actor
    int castMovies = 0;     // distinct movies those cast links are in
    int castLinks = 0;
    int photos = 0;

    bool isEmpty() const { return directedMovies == 0 && castLinks == 0 && photos == 0; }
    // "directs 3 movies, plays 5 characters in 4 movies, 2 photos"; empty when nothing else changes.
    QString describe() const;
};

// A character row kept whole, so that undo can remove a character an edit created and redo can put
// it back under the same id.
struct CharacterRow
{
    qint64 id = 0;
    qint64 movieId = 0;
    QString name;
    QString description;
    QString role;
    QString createdAt;
    QString updatedAt;

    bool operator==(const CharacterRow &) const = default;
};

// Reading and writing whole people and their galleries. Every write is one transaction; on failure
// nothing changed, and the error is a sentence for the user. The primary photo is kept in step by
// the schema's triggers (001_initial.sql): people.primary_photo_id and person_photos.is_primary.
// Thread rule: call on the thread that owns the connection.
namespace PersonRecords {

const QStringList &genders();

// Field problems ("name", "date_of_birth", "gender", "photos", "credits"); empty when fine.
QList<FieldProblem> validate(const PersonRecord &person);

Result<PersonRecord> load(QSqlDatabase db, qint64 personId);

// Inserts a new person with photos and credits; returns the id. Ids and timestamps in the record
// are ignored (credits' characterId is kept: it names an existing character of that movie).
// createdCharacters, when given, receives the ids of characters created for new credits.
Result<qint64> insert(QSqlDatabase db, const PersonRecord &person, QList<qint64> *createdCharacters = nullptr);

// Replaces the stored person person.id with this record: fields, photos (added ones get a files
// row unless the same image has one; removed ones lose their person_photos row, while the files
// row and file stay for undo: MediaStore::removeUnused() tidies later), the primary photo, and the
// credits. Returns the ids of characters it created for new credits.
Result<QList<qint64>> update(QSqlDatabase db, const PersonRecord &person);

// Gallery operations on a stored person, each a transaction of its own.
// Adds an image (stored once in the media folder and once in `files`); returns the photo id.
// The person's first photo becomes primary. Adding an image already in the gallery returns its id.
Result<qint64> addPhoto(QSqlDatabase db, const MediaStore &media, qint64 personId, const QByteArray &bytes,
                        const QString &fileName, const QString &url = QString());
Result<qint64> addPhotoFile(QSqlDatabase db, const MediaStore &media, qint64 personId, const QString &path);
// Makes the photo its person's primary one (the triggers clear the previous one).
Result<void> setPrimaryPhoto(QSqlDatabase db, qint64 photoId);
// Removes the photo; the next photo becomes primary if it was (trigger). The files row and the file
// go when nothing else uses them.
Result<void> removePhoto(QSqlDatabase db, const MediaStore &media, qint64 photoId);

// Credits from the person's side, each a transaction: links the person to the movie, playing an
// existing character (characterId > 0), a new one (characterId 0 and a name), or none.
Result<qint64> addCredit(QSqlDatabase db, qint64 personId, const PersonCredit &credit);
Result<void> removeCredit(QSqlDatabase db, qint64 creditId);

// What deleting these people changes.
Result<PersonDeletionImpact> deletionImpact(QSqlDatabase db, const QList<qint64> &personIds);

Result<PersonSnapshot> snapshot(QSqlDatabase db, qint64 personId);
// Deletes the people with their photos and cast links; the movies they direct lose their director.
// Files stay (restore needs them). An unknown id fails the whole removal.
Result<void> remove(QSqlDatabase db, const QList<qint64> &personIds);
// Puts deleted people back exactly (ids, timestamps, photos, primary photo, cast links, director
// links), all or nothing.
Result<void> restore(QSqlDatabase db, const QList<PersonSnapshot> &snapshots);
// Makes the stored person exactly the snapshot again, in one transaction (undo/redo of an edit).
Result<void> replace(QSqlDatabase db, const PersonSnapshot &snapshot);

// A movie a credit can be added to, as the credit picker lists it.
struct MovieChoice
{
    qint64 id = 0;
    QString title;
    QString releaseDate;
};
// Movies whose title contains text (three letters or more: the full-text index; fewer: titles that
// start with it), at most limit, by title. One small query, instant on a large catalog.
Result<QList<MovieChoice>> findMovies(QSqlDatabase db, const QString &text, int limit = 50);
// The characters of a movie, in id order.
Result<QList<CharacterRecord>> charactersOf(QSqlDatabase db, qint64 movieId);

// Characters created by an edit: read them whole, delete them, put them back.
Result<QList<CharacterRow>> takeCharacters(QSqlDatabase db, const QList<qint64> &characterIds);
Result<void> removeCharacters(QSqlDatabase db, const QList<CharacterRow> &characters);
Result<void> restoreCharacters(QSqlDatabase db, const QList<CharacterRow> &characters);

} // namespace PersonRecords

} // namespace Reelkeeper
