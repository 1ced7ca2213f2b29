#pragma once

#include "moviesearch.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Reelkeeper {

// What the people browser shows: the search box and the filters beside it.
struct PersonFilter
{
    // Search as you type over full names ("First Last"). Words of three letters or more are
    // looked up in the full-text index (any part of the name); shorter words must begin the first
    // or the family name. A person must match every word.
    QString text;
    bool actsOnly = false;           // listed in the cast of at least one movie
    bool directsOnly = false;        // directs at least one movie
    std::optional<qint64> countryId; // from this country
    // A gender as stored ("female", "male", "non_binary", "other"), or an empty string for people
    // whose gender is unknown; no value for everyone.
    std::optional<QString> gender;
    bool missingPhoto = false;     // no primary photo
    bool missingBirthDate = false; // no date of birth

    bool isEmpty() const;
};

// One row of the people list.
struct PersonRow
{
    qint64 id = 0;
    QString name;        // "First Last", or whichever part is known
    QString photoKey;    // media key of the primary photo, or empty
    QString dateOfBirth; // as stored: "1972", "1972-03" or "1972-03-24", or empty
};

// Everything the people browser shows of one person.
struct PersonDetails
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString name; // "First Last", or whichever part is known
    QString biography;
    QString dateOfBirth; // as stored, reduced precision allowed; empty when unknown
    QString gender;      // as stored; empty when unknown
    std::optional<qint64> countryId;
    QString countryName;
    std::optional<qint64> primaryPhotoId; // a person_photos id
    QString primaryPhotoKey;              // media key of that photo's file, or empty
    int photoCount = 0;
    int directedCount = 0; // movies directed
    int actedCount = 0;    // movies acted in (a movie with two of their characters counts once)
};

// One line of a person's filmography: a movie they directed, or one credit in a cast.
struct FilmographyEntry
{
    enum class Kind { Directed, Acted };
    Kind kind = Kind::Acted;
    qint64 movieId = 0;
    QString title;
    QString year;                       // the release year, or empty when unknown
    std::optional<qint64> castId;       // the movie_actors row (Acted only)
    std::optional<qint64> characterId;  // empty when the credit names no character
    QString characterName;
    QString role; // "lead", "supporting", "minor", "cameo", or empty
};

// Read-only queries of the people browser. Each runs on the connection it is given, so call them
// on the thread that owns it: the browser's list runs them on worker threads with their own
// connections, the detail pane on the GUI thread (one person is a few indexed lookups).
namespace PeopleSearch {

// The condition on the table `people` for a filter, its values bound in order (user text only ever
// travels in values).
SqlCondition condition(const PersonFilter &filter);

// How many people the filter matches.
Result<qint64> count(QSqlDatabase db, const PersonFilter &filter);

// Ids of everyone the filter matches, by family name, then first name (case-insensitive), then
// id. Ids only, so that 200,000 people cost 1.6 MB; read the rows a block at a time with rows().
Result<QList<qint64>> ids(QSqlDatabase db, const PersonFilter &filter);

// The list rows of these people in the order given. People the catalog no longer holds are left
// out.
Result<QList<PersonRow>> rows(QSqlDatabase db, const QList<qint64> &ids);

// One person in full; an empty optional when the catalog does not hold them.
Result<std::optional<PersonDetails>> details(QSqlDatabase db, qint64 personId);

// What the person directed and acted in, by release year (unknown years last), then title; within
// one movie the directing credit comes first, then the roles in the order they were added.
Result<QList<FilmographyEntry>> filmography(QSqlDatabase db, qint64 personId);

} // namespace PeopleSearch

} // namespace Reelkeeper

Q_DECLARE_METATYPE(Reelkeeper::PersonFilter)
