#include "taxonomy.h"

#include "boundquery.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Taxonomy)
};

// Neither the movie search index nor the people name index (002_search.sql) holds country or
// genre text, so nothing here needs re-indexing.

constexpr auto ListCountriesSql = R"(
    SELECT id, name,
           (SELECT count(*) FROM movies WHERE movies.country_id = countries.id),
           (SELECT count(*) FROM people WHERE people.country_id = countries.id)
    FROM countries %1 ORDER BY name, id)";
constexpr auto ListGenresSql = R"(
    SELECT id, name,
           (SELECT count(*) FROM movie_genres WHERE movie_genres.genre_id = genres.id),
           0
    FROM genres %1 ORDER BY name, id)";

// A value no row ever has as its updated_at. Writing an old timestamp back that equals the one
// stored would look to the *_touch_updated_at triggers like an update that left it alone, and
// they would stamp "now"; going through this value first makes the write always a change.
constexpr auto NeverUpdatedAt = "0001-01-01T00:00:00Z";

// The movies or people of a merge, as a JSON array of [id, updated_at] for json_each(): one
// statement puts back any number of rows (CreatedRows does the same; a PostgreSQL catalog would use
// json_array_elements here).
QString touchedJson(const QList<TouchedRow> &rows)
{
    QJsonArray array;
    for (const TouchedRow &row : rows)
        array.append(QJsonArray{row.id, row.updatedAt});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString table(TaxonomyKind kind)
{
    return kind == TaxonomyKind::Countries ? QStringLiteral("countries") : QStringLiteral("genres");
}

QString databaseText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("Could not read the catalog: %1").arg(databaseText(query.lastError()))};
}

Error writeError(const QSqlQuery &query)
{
    return Error{Tr::tr("Could not change the catalog: %1").arg(databaseText(query.lastError()))};
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(databaseText(db.lastError()))};
}

Error commitError(QSqlDatabase db)
{
    return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(databaseText(db.lastError()))};
}

Error notFound(TaxonomyKind kind, qint64 id)
{
    return Error{kind == TaxonomyKind::Countries ? Tr::tr("Country %1 is no longer in the catalog.").arg(id)
                                                 : Tr::tr("Genre %1 is no longer in the catalog.").arg(id)};
}

Error blankName(TaxonomyKind kind)
{
    return Error{kind == TaxonomyKind::Countries ? Tr::tr("A country needs a name.") : Tr::tr("A genre needs a name.")};
}

Error nameTaken(TaxonomyKind kind, const QString &existing)
{
    return Error{kind == TaxonomyKind::Countries
                     ? Tr::tr("There is already a country named “%1”.").arg(existing)
                     : Tr::tr("There is already a genre named “%1”.").arg(existing)};
}

Error renameTaken(TaxonomyKind kind, const QString &name, const QString &existing)
{
    return Error{kind == TaxonomyKind::Countries
                     ? Tr::tr("There is already a country named “%1”. To make “%2” and “%1” one country, "
                              "merge “%2” into “%1” instead.").arg(existing, name)
                     : Tr::tr("There is already a genre named “%1”. To make “%2” and “%1” one genre, "
                              "merge “%2” into “%1” instead.").arg(existing, name)};
}

Error stillUsed(TaxonomyKind kind, const TaxonomyUsage &usage)
{
    if (kind == TaxonomyKind::Genres)
        return Error{Tr::tr("“%1” is the genre of %n movie(s), so it cannot be deleted. Merge it into another genre "
                            "instead.", nullptr, int(usage.movies)).arg(usage.name)};
    const QString movies = Tr::tr("%n movie(s)", nullptr, int(usage.movies));
    const QString people = Tr::tr("%n person(s)", nullptr, int(usage.people));
    const QString users = usage.movies > 0 && usage.people > 0 ? Tr::tr("%1 and %2").arg(movies, people)
                          : usage.movies > 0                  ? movies
                                                              : people;
    return Error{Tr::tr("“%1” is the country of %2, so it cannot be deleted. Merge it into another country instead.")
                     .arg(usage.name, users)};
}

Error putBackError(TaxonomyKind kind, const TaxonomyRow &row, const QSqlQuery &query)
{
    if (query.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        return Error{kind == TaxonomyKind::Countries
                         ? Tr::tr("The country “%1” could not be put back: another country has its name now.")
                               .arg(row.name)
                         : Tr::tr("The genre “%1” could not be put back: another genre has its name now.").arg(row.name)};
    return Error{Tr::tr("“%1” could not be put back: %2").arg(row.name, databaseText(query.lastError()))};
}

// The name as it is stored: without surrounding white space (the schema refuses a blank one).
QString cleanName(const QString &name)
{
    return name.trimmed();
}

Result<TaxonomyRow> readRow(QSqlDatabase db, TaxonomyKind kind, qint64 id)
{
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("SELECT id, name, created_at, updated_at FROM %1 WHERE id = ?").arg(table(kind)),
                   {id}))
        return readError(query);
    if (!query.next())
        return notFound(kind, id);
    return TaxonomyRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()};
}

// The name another row has (compared as the schema's unique index does), or an empty string.
Result<QString> otherWithName(QSqlDatabase db, TaxonomyKind kind, const QString &name, qint64 exceptId)
{
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("SELECT name FROM %1 WHERE name = ? AND id <> ? LIMIT 1").arg(table(kind)),
                   {name, exceptId}))
        return readError(query);
    return query.next() ? query.value(0).toString() : QString();
}

Result<QList<TaxonomyUsage>> selectUsage(QSqlDatabase db, TaxonomyKind kind, std::optional<qint64> id)
{
    const char *sql = kind == TaxonomyKind::Countries ? ListCountriesSql : ListGenresSql;
    QSqlQuery query(db);
    if (!execBound(query, QString::fromLatin1(sql).arg(id ? QStringLiteral("WHERE id = ?") : QString()),
                   id ? QVariantList{*id} : QVariantList{}))
        return readError(query);
    QList<TaxonomyUsage> usages;
    while (query.next())
        usages.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toLongLong()});
    return usages;
}

// Writes updated_at (and optionally one more column) of the rows given as [id, updated_at] pairs,
// exactly, whatever the touch trigger would do. table and extra are names from this file.
Result<void> putBackTouched(QSqlDatabase db, const QString &tableName, const QList<TouchedRow> &rows,
                            const QString &extraColumn = QString(), const QVariant &extraValue = QVariant())
{
    if (rows.isEmpty())
        return {};
    const QString json = touchedJson(rows);
    const QString pairs = QStringLiteral(
        "(SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS updated_at FROM json_each(?))");
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("UPDATE %1 SET updated_at = '%2' FROM %3 AS old "
                                  "WHERE %1.id = old.id AND %1.updated_at = old.updated_at")
                       .arg(tableName, QLatin1String(NeverUpdatedAt), pairs),
                   {json}))
        return writeError(query);
    const QString extra = extraColumn.isEmpty() ? QString() : extraColumn + QStringLiteral(" = ?, ");
    QVariantList values;
    if (!extraColumn.isEmpty())
        values.append(extraValue);
    values.append(json);
    if (!execBound(query,
                   QStringLiteral("UPDATE %1 SET %2updated_at = old.updated_at FROM %3 AS old WHERE %1.id = old.id")
                       .arg(tableName, extra, pairs),
                   values))
        return writeError(query);
    return {};
}

Result<QList<TouchedRow>> readTouched(QSqlDatabase db, const QString &sql, const QVariantList &values,
                                      QList<qint64> *both = nullptr)
{
    QSqlQuery query(db);
    if (!execBound(query, sql, values))
        return readError(query);
    QList<TouchedRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString()});
        if (both && query.value(2).toBool())
            both->append(rows.constLast().id);
    }
    return rows;
}

Result<TaxonomyMerge> mergeOne(QSqlDatabase db, TaxonomyKind kind, qint64 fromId, qint64 intoId)
{
    Result<TaxonomyRow> merged = readRow(db, kind, fromId);
    if (!merged)
        return Error{merged.error()};
    TaxonomyMerge merge{kind, merged.value(), intoId, {}, {}, {}};
    QSqlQuery query(db);
    if (kind == TaxonomyKind::Countries) {
        Result<QList<TouchedRow>> movies = readTouched(
            db, QStringLiteral("SELECT id, updated_at FROM movies WHERE country_id = ? ORDER BY id"), {fromId});
        if (!movies)
            return Error{movies.error()};
        Result<QList<TouchedRow>> people = readTouched(
            db, QStringLiteral("SELECT id, updated_at FROM people WHERE country_id = ? ORDER BY id"), {fromId});
        if (!people)
            return Error{people.error()};
        merge.movies = movies.value();
        merge.people = people.value();
        if (!execBound(query, "UPDATE movies SET country_id = ? WHERE country_id = ?", {intoId, fromId})
            || !execBound(query, "UPDATE people SET country_id = ? WHERE country_id = ?", {intoId, fromId}))
            return writeError(query);
    } else {
        Result<QList<TouchedRow>> movies = readTouched(db, QStringLiteral(R"(
            SELECT movies.id, movies.updated_at,
                   EXISTS (SELECT 1 FROM movie_genres AS other WHERE other.movie_id = movies.id AND other.genre_id = ?)
            FROM movie_genres JOIN movies ON movies.id = movie_genres.movie_id
            WHERE movie_genres.genre_id = ? ORDER BY movies.id)"),
                                                       {intoId, fromId}, &merge.moviesWithBoth);
        if (!movies)
            return Error{movies.error()};
        merge.movies = movies.value();
        // The movie row itself does not change, but its list of genres does: stamp it as an edit would.
        if (!execBound(query, R"(
                UPDATE movies SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                WHERE id IN (SELECT movie_id FROM movie_genres WHERE genre_id = ?))",
                       {fromId})
            || !execBound(query, R"(
                DELETE FROM movie_genres WHERE genre_id = ?
                    AND movie_id IN (SELECT movie_id FROM movie_genres WHERE genre_id = ?))",
                          {fromId, intoId})
            || !execBound(query, "UPDATE movie_genres SET genre_id = ? WHERE genre_id = ?", {intoId, fromId}))
            return writeError(query);
    }
    if (!execBound(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(kind)), {fromId}))
        return writeError(query);
    return merge;
}

Result<void> unmergeOne(QSqlDatabase db, const TaxonomyMerge &merge)
{
    const TaxonomyKind kind = merge.kind;
    const TaxonomyRow &row = merge.merged;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral("INSERT INTO %1 (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)").arg(table(kind)),
                   {row.id, row.name, row.createdAt, row.updatedAt}))
        return putBackError(kind, row, query);
    if (kind == TaxonomyKind::Countries) {
        if (Result<void> done = putBackTouched(db, QStringLiteral("movies"), merge.movies, QStringLiteral("country_id"),
                                               row.id);
            !done)
            return done;
        return putBackTouched(db, QStringLiteral("people"), merge.people, QStringLiteral("country_id"), row.id);
    }
    const QSet<qint64> both(merge.moviesWithBoth.cbegin(), merge.moviesWithBoth.cend());
    QList<qint64> moved, all;
    for (const TouchedRow &movie : merge.movies) {
        all.append(movie.id);
        if (!both.contains(movie.id))
            moved.append(movie.id);
    }
    if (!execBound(query, R"(
            DELETE FROM movie_genres WHERE genre_id = ? AND movie_id IN (SELECT value FROM json_each(?)))",
                   {merge.intoId, idsJson(moved)})
        || !execBound(query, R"(
            INSERT INTO movie_genres (movie_id, genre_id) SELECT value, ? FROM json_each(?))",
                      {row.id, idsJson(all)}))
        return writeError(query);
    return putBackTouched(db, QStringLiteral("movies"), merge.movies);
}

} // namespace

Result<QList<TaxonomyUsage>> Taxonomy::list(QSqlDatabase db, TaxonomyKind kind)
{
    return selectUsage(db, kind, std::nullopt);
}

Result<QSqlQuery> Taxonomy::listQuery(QSqlDatabase db, TaxonomyKind kind)
{
    QSqlQuery query(db);
    // A model scrolls back and forth over it.
    query.setForwardOnly(false);
    if (!query.prepare(QString::fromLatin1(kind == TaxonomyKind::Countries ? ListCountriesSql : ListGenresSql)
                           .arg(QString()))
        || !query.exec())
        return readError(query);
    return query;
}

Result<TaxonomyUsage> Taxonomy::usage(QSqlDatabase db, TaxonomyKind kind, qint64 id)
{
    Result<QList<TaxonomyUsage>> found = selectUsage(db, kind, id);
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return notFound(kind, id);
    return found->constFirst();
}

Result<TaxonomyRow> Taxonomy::row(QSqlDatabase db, TaxonomyKind kind, qint64 id)
{
    return readRow(db, kind, id);
}

Result<TaxonomyRow> Taxonomy::add(QSqlDatabase db, TaxonomyKind kind, const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return blankName(kind);
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<QString> existing = otherWithName(db, kind, clean, 0);
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty())
        return nameTaken(kind, existing.value());
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(table(kind)), {clean}))
        return writeError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    Result<TaxonomyRow> added = readRow(db, kind, id);
    if (!added)
        return added;
    if (!transaction.commit())
        return commitError(db);
    return added;
}

Result<TaxonomyRename> Taxonomy::rename(QSqlDatabase db, TaxonomyKind kind, qint64 id, const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return blankName(kind);
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<TaxonomyRow> before = readRow(db, kind, id);
    if (!before)
        return Error{before.error()};
    if (before->name == clean)
        return TaxonomyRename{kind, before.value(), before.value()};
    Result<QString> existing = otherWithName(db, kind, clean, id);
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty())
        return renameTaken(kind, before->name, existing.value());
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table(kind)), {clean, id}))
        return writeError(query);
    Result<TaxonomyRow> after = readRow(db, kind, id);
    if (!after)
        return Error{after.error()};
    if (!transaction.commit())
        return commitError(db);
    return TaxonomyRename{kind, before.value(), after.value()};
}

Result<void> Taxonomy::write(QSqlDatabase db, TaxonomyKind kind, const TaxonomyRow &row)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<TaxonomyRow> stored = readRow(db, kind, row.id);
    if (!stored)
        return Error{stored.error()};
    if (stored->name != row.name) {
        Result<QString> existing = otherWithName(db, kind, row.name, row.id);
        if (!existing)
            return Error{existing.error()};
        if (!existing->isEmpty())
            return renameTaken(kind, stored->name, existing.value());
    }
    QSqlQuery query(db);
    if (!execBound(query, QStringLiteral("UPDATE %1 SET updated_at = '%2' WHERE id = ? AND updated_at = ?")
                              .arg(table(kind), QLatin1String(NeverUpdatedAt)),
                   {row.id, row.updatedAt})
        || !execBound(query,
                      QStringLiteral("UPDATE %1 SET name = ?, created_at = ?, updated_at = ? WHERE id = ?").arg(table(kind)),
                      {row.name, row.createdAt, row.updatedAt, row.id}))
        return writeError(query);
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<QList<TaxonomyMerge>> Taxonomy::merge(QSqlDatabase db, TaxonomyKind kind, const QList<qint64> &fromIds,
                                             qint64 intoId)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<TaxonomyRow> into = readRow(db, kind, intoId);
    if (!into)
        return Error{into.error()};
    QList<TaxonomyMerge> merges;
    QSet<qint64> seen;
    for (qint64 fromId : fromIds) {
        if (fromId == intoId)
            return Error{Tr::tr("“%1” cannot be merged into itself.").arg(into->name)};
        if (seen.contains(fromId))
            continue;
        seen.insert(fromId);
        Result<TaxonomyMerge> merged = mergeOne(db, kind, fromId, intoId);
        if (!merged)
            return Error{merged.error()};
        merges.append(merged.value());
    }
    if (!transaction.commit())
        return commitError(db);
    return merges;
}

Result<void> Taxonomy::restore(QSqlDatabase db, const QList<TaxonomyMerge> &merges)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    for (auto it = merges.crbegin(); it != merges.crend(); ++it) {
        if (Result<void> done = unmergeOne(db, *it); !done)
            return done;
    }
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<QList<TaxonomyRow>> Taxonomy::remove(QSqlDatabase db, TaxonomyKind kind, const QList<qint64> &ids)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QList<TaxonomyRow> removed;
    QSet<qint64> seen;
    QSqlQuery query(db);
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        Result<TaxonomyRow> row = readRow(db, kind, id);
        if (!row)
            return Error{row.error()};
        Result<TaxonomyUsage> used = usage(db, kind, id);
        if (!used)
            return Error{used.error()};
        if (used->isUsed())
            return stillUsed(kind, used.value());
        if (!execBound(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table(kind)), {id}))
            return writeError(query);
        removed.append(row.value());
    }
    if (!transaction.commit())
        return commitError(db);
    return removed;
}

Result<void> Taxonomy::restore(QSqlDatabase db, TaxonomyKind kind, const QList<TaxonomyRow> &rows)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    for (const TaxonomyRow &row : rows) {
        if (!execBound(query,
                       QStringLiteral("INSERT INTO %1 (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")
                           .arg(table(kind)),
                       {row.id, row.name, row.createdAt, row.updatedAt}))
            return putBackError(kind, row, query);
    }
    if (!transaction.commit())
        return commitError(db);
    return {};
}

} // namespace Reelkeeper
