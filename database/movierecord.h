#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Reelkeeper {

struct CharacterRecord
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    QString description;
    QString role; // lead, supporting, minor, cameo, or empty (unknown)

    bool operator==(const CharacterRecord &) const = default;
};

struct CastRecord
{
    qint64 id = 0; // 0: not stored yet
    qint64 personId = 0;
    // The character this actor plays: an index into MovieRecord::characters, or -1 for none.
    // An index rather than an id, so that a new movie's cast can name its new characters.
    int characterIndex = -1;

    bool operator==(const CastRecord &) const = default;
};

// One movie with everything the editor shows: the movies row, its genres, characters and cast.
// Text columns that are NULL read as empty strings, and empty strings are written as NULL.
struct MovieRecord
{
    qint64 id = 0; // 0: not stored yet
    QString title;
    QString description;
    QString budget;      // canonical decimal text ("12345678901.23"), empty when unknown
    QString releaseDate; // "YYYY", "YYYY-MM" or "YYYY-MM-DD", empty when unknown
    std::optional<int> duration; // minutes
    std::optional<qint64> directorId;
    std::optional<qint64> countryId;
    std::optional<qint64> posterFileId;
    QList<qint64> genreIds;            // a set: loaded in ascending order, duplicates ignored
    QList<CharacterRecord> characters; // loaded in id order (the order they were added in)
    QList<CastRecord> cast;            // in billing order (movie_actors.id order)
    QString createdAt;                 // read only; kept by snapshots
    QString updatedAt;                 // read only; kept by snapshots

    bool operator==(const MovieRecord &) const = default;
};

// A problem with one field, for the editor to show next to it.
struct FieldProblem
{
    QString field; // "title", "release_date", "budget", "duration", "characters", "cast"
    QString message;

    bool operator==(const FieldProblem &) const = default;
};

// When a row was created and last updated (ISO 8601 UTC text).
struct RowTimestamps
{
    QString createdAt;
    QString updatedAt;

    bool operator==(const RowTimestamps &) const = default;
};

// Everything a deleted movie takes with it, so that undo can put it back exactly, with the same
// ids (rows elsewhere and the user's selection refer to them) and the same timestamps.
struct MovieSnapshot
{
    MovieRecord movie;
    // Users who had it among their favorites, and when each of them marked it: parallel lists.
    QList<qint64> favoriteUserIds;
    QStringList favoriteCreatedAt;
    // Parallel to movie.characters and movie.cast. An empty timestamp is written as "now".
    QList<RowTimestamps> characterTimestamps;
    QList<RowTimestamps> castTimestamps;
    // Where the movie is known outside the catalog (schema 3, movie_sources): source, source id.
    QList<std::pair<QString, QString>> sources;

    bool operator==(const MovieSnapshot &) const = default;
};

// What a stored partial date ("1972", "1972-03", "1972-03-24": release dates, birth dates) is:
// not of that form, of that form but no real date ("1972-02-30", year 0000), or right. The schema's
// CHECKs say the same; this lets an editor say which.
enum class PartialDateForm { Wrong, Impossible, Right };
PartialDateForm partialDateForm(const QString &text);

// The values of characters.role (its CHECK in schema 1), in the order editors offer them.
const QStringList &characterRoles();

// Reading and writing whole movies. Every write is one transaction; on failure nothing changed,
// and the error is a sentence for the user.
// Thread rule: call on the thread that owns the connection.
namespace MovieRecords {

// Checks a record before it is written: title present; date, budget and duration well formed;
// every character named; every cast entry names a person and a character of this record (or none).
// The database enforces the same rules; this says which field is wrong, in words. Empty when fine.
QList<FieldProblem> validate(const MovieRecord &movie);

// The canonical text of a budget typed by a user: surrounding white space and leading zeros go
// ("007" → "7", ".5" → "0.5"), the digits are kept exactly as typed ("1500000.50" stays).
// Blank text gives an empty string (unknown budget). Anything that is not a plain decimal with '.'
// (signs, grouping "1,500,000", currency, exponents, inner spaces, a trailing '.', more than 40
// characters) gives an empty optional.
std::optional<QString> canonicalBudget(const QString &typed);

Result<MovieRecord> load(QSqlDatabase db, qint64 movieId);

// Inserts a new movie with its genres, characters and cast; returns its id. The ids in the record
// (movie, characters, cast) and its timestamps are ignored: the catalog gives new ones.
Result<qint64> insert(QSqlDatabase db, const MovieRecord &movie);

// Replaces the stored movie movie.id with this record: the row, its genres, characters and cast.
// Characters and cast entries with an id are updated in place (when they changed) and keep it, those
// with id 0 are added, stored ones missing from the record are deleted. Stored rows come back in id
// order, so once a new entry or an entry moved up appears in the list, the stored entries after it
// are written as new rows (new ids): load() then returns the record's order. A record equal to the
// stored movie writes nothing; otherwise updated_at is set by the catalog, never from the record.
Result<void> update(QSqlDatabase db, const MovieRecord &movie);

// A copy of a stored movie as a new record ("Duplicate"): ids and timestamps cleared, title marked as
// a copy. The poster is shared, not copied (a file is removed only when no row uses it).
Result<MovieRecord> duplicate(QSqlDatabase db, qint64 movieId);

Result<MovieSnapshot> snapshot(QSqlDatabase db, qint64 movieId);
// Deletes the movies with their genres, characters, cast links and favorites. An unknown id fails
// the whole removal. Poster files stay (restore needs them); MediaStore::removeUnused() tidies later.
Result<void> remove(QSqlDatabase db, const QList<qint64> &movieIds);
// Puts deleted movies back exactly as they were snapshotted (same ids and timestamps, genres,
// favorites), all or nothing. Fails when an id has been taken meanwhile, or when a person, genre,
// country, file or user the movie refers to is gone.
Result<void> restore(QSqlDatabase db, const QList<MovieSnapshot> &snapshots);
// Makes the stored movie exactly the snapshot again (same ids, timestamps, cast, genres and
// favorites), in one transaction: how undo and redo of an edit swap a movie's states.
Result<void> replace(QSqlDatabase db, const MovieSnapshot &snapshot);

} // namespace MovieRecords

} // namespace Reelkeeper
