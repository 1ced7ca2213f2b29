#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Reelkeeper {

// The two lists of names that movies (and, for countries, people) refer to by id.
enum class TaxonomyKind { Countries, Genres };

// One country or genre with how many records use it.
struct TaxonomyUsage
{
    qint64 id = 0;
    QString name;
    qint64 movies = 0; // countries: movies made there; genres: movies of that genre
    qint64 people = 0; // countries: people from there; always 0 for genres

    bool isUsed() const { return movies > 0 || people > 0; }
    bool operator==(const TaxonomyUsage &) const = default;
};

// A countries or genres row exactly as stored.
struct TaxonomyRow
{
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString updatedAt;

    bool operator==(const TaxonomyRow &) const = default;
};

// A movie or person a merge changed, with its updated_at from before the merge.
struct TouchedRow
{
    qint64 id = 0;
    QString updatedAt;

    bool operator==(const TouchedRow &) const = default;
};

// A rename: the row before and after, so that undo and redo can swap them exactly.
struct TaxonomyRename
{
    TaxonomyKind kind = TaxonomyKind::Countries;
    TaxonomyRow before;
    TaxonomyRow after;

    bool operator==(const TaxonomyRename &) const = default;
};

// What merging one country or genre into another changed, so that undo can put it back exactly.
struct TaxonomyMerge
{
    TaxonomyKind kind = TaxonomyKind::Countries;
    TaxonomyRow merged; // the row that was removed, as it was
    qint64 intoId = 0;
    // Countries: the movies and people whose country_id moved. Genres: the movies that had the
    // merged genre (people stays empty).
    QList<TouchedRow> movies;
    QList<TouchedRow> people;
    // Genres: the movies among `movies` that had both genres already; their row for the merged
    // genre was dropped instead of moved.
    QList<qint64> moviesWithBoth;

    bool operator==(const TaxonomyMerge &) const = default;
};

// Managing countries and genres. Every write is one transaction (a savepoint inside an open one);
// on failure nothing changed and the error is a sentence for the user. Names are unique without
// regard to (ASCII) case, as the schema's COLLATE NOCASE has it; surrounding white space is dropped.
// Changing which country or genre a movie or person has touches its updated_at, as any edit does.
// Thread rule: call on the thread that owns the connection.
namespace Taxonomy {

// Every country or genre, by name, with its counts.
Result<QList<TaxonomyUsage>> list(QSqlDatabase db, TaxonomyKind kind);
// The same as an executed, scrollable query for a QSqlQueryModel: columns id, name, movies, people.
Result<QSqlQuery> listQuery(QSqlDatabase db, TaxonomyKind kind);
Result<TaxonomyUsage> usage(QSqlDatabase db, TaxonomyKind kind, qint64 id);
Result<TaxonomyRow> row(QSqlDatabase db, TaxonomyKind kind, qint64 id);

// Adds a new one; refuses a blank name or one that exists already.
Result<TaxonomyRow> add(QSqlDatabase db, TaxonomyKind kind, const QString &name);

// Renames one. A name another row has already is refused with a message that suggests merging;
// a change of case only is a rename like any other. The same name again writes nothing.
Result<TaxonomyRename> rename(QSqlDatabase db, TaxonomyKind kind, qint64 id, const QString &name);
// Makes the stored row exactly this one again (name and timestamps): undo writes rename.before,
// redo rename.after.
Result<void> write(QSqlDatabase db, TaxonomyKind kind, const TaxonomyRow &row);

// Merges each of fromIds into intoId: every movie and person that used one of them uses intoId
// instead (a movie that had both genres keeps one), then they are deleted. All or nothing.
Result<QList<TaxonomyMerge>> merge(QSqlDatabase db, TaxonomyKind kind, const QList<qint64> &fromIds, qint64 intoId);
// Undoes merges exactly: the merged rows come back with their ids, names and timestamps, and
// every reference they had (with the updated_at of each movie and person) is put back.
Result<void> restore(QSqlDatabase db, const QList<TaxonomyMerge> &merges);

// Deletes unused ones and returns them as they were. A used one is refused with its counts
// (nothing is deleted): deleting would silently take it from movies and people.
Result<QList<TaxonomyRow>> remove(QSqlDatabase db, TaxonomyKind kind, const QList<qint64> &ids);
// Inserts rows again with their ids, names and timestamps: undo of a delete, redo of an add.
Result<void> restore(QSqlDatabase db, TaxonomyKind kind, const QList<TaxonomyRow> &rows);

} // namespace Taxonomy

} // namespace Reelkeeper
