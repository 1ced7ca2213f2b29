#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Reelkeeper {

// One actor entry of an imported movie: `Actor Name`, `Actor Name|Character` or
// `Actor Name|Character|role` in a movie list. Either part may be empty, not both.
struct ImportCast
{
    QString actor;     // a person's full name; empty for a character listed without an actor
    QString character; // empty when the entry names only the actor
    QString role;      // lead, supporting, minor or cameo; empty when not given
};

// A movie as a source file describes it, before it is matched against the catalog. Text is as
// found in the file (trimmed), values are already checked for form: a source reports a row whose
// date, number or role is malformed as a problem instead of making a record of it.
struct ImportRecord
{
    QString title;
    QString releaseDate;         // YYYY, YYYY-MM or YYYY-MM-DD, or empty
    std::optional<int> duration; // minutes
    QString budget;              // canonical decimal text (MovieRecords::canonicalBudget), or empty
    QString description;
    QString director;            // a person's full name, or empty
    QString country;             // a country name, or empty
    QStringList genres;
    QList<ImportCast> cast;
    QString poster;              // a path (absolute, or relative to the file) or an http(s) URL, or empty

    // Where the movie is known outside the catalog, so that a second import matches on it:
    // source "imdb" with "tt0111161", source "letterboxd" with "https://boxd.it/2aHi".
    QString source;
    QString sourceId;
};

// What a source made of one line of its file: a movie, a row that cannot be imported (a problem,
// counted as an error), or a row left out on purpose (a skip, with its reason: a TV series in an
// IMDb export).
struct ImportRow
{
    enum class Kind { Record, Problem, Skip };
    Kind kind = Kind::Record;
    qint64 line = 0;  // where the row starts in its file (1-based)
    QString message;  // for problems and skips: a sentence without the FILE:LINE prefix
    ImportRecord record;
};

} // namespace Reelkeeper
