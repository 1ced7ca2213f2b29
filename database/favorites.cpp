#include "favorites.h"

#include "boundquery.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Favorites)
};

// RETURNING tells, row by row, whether anything changed and what undo needs; the conflict target
// is UNIQUE (user_id, movie_id), so a movie already marked is skipped. PostgreSQL speaks the same.
constexpr auto InsertSql = R"(
    INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, ?)
    ON CONFLICT (user_id, movie_id) DO NOTHING
    RETURNING id, created_at)";
constexpr auto DeleteSql = R"(
    DELETE FROM favorite_movies WHERE user_id = ? AND movie_id = ?
    RETURNING id, created_at)";
// The old id when it is free (a NULL id makes SQLite choose a new one).
constexpr auto RestoreSql = R"(
    INSERT INTO favorite_movies (id, user_id, movie_id, created_at)
    VALUES (CASE WHEN EXISTS (SELECT 1 FROM favorite_movies WHERE id = ?) THEN NULL ELSE ? END, ?, ?, ?)
    ON CONFLICT (user_id, movie_id) DO NOTHING)";
constexpr auto RemoveSql = R"(
    DELETE FROM favorite_movies WHERE id = ? AND user_id = ?)";
constexpr auto IsFavoriteSql = R"(
    SELECT EXISTS (SELECT 1 FROM favorite_movies WHERE user_id = ? AND movie_id = ?))";
constexpr auto CountSql = R"(
    SELECT count(*) FROM favorite_movies WHERE movie_id = ?)";
constexpr auto FavoriteIdsSql = R"(
    SELECT movie_id FROM favorite_movies WHERE user_id = ? ORDER BY created_at, id)";

Error writeError(const QSqlQuery &query)
{
    return Error{Tr::tr("The favorites could not be saved: %1").arg(query.lastError().text())};
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The favorites could not be read from the catalog: %1").arg(query.lastError().text())};
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("The favorites could not be saved: %1").arg(db.lastError().text())};
}

} // namespace

Result<QList<FavoriteRow>> Favorites::setFavorite(QSqlDatabase db, qint64 userId, const QList<qint64> &movieIds,
                                                  bool favorite)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QList<FavoriteRow> changed;
    QSet<qint64> seen;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String(favorite ? InsertSql : DeleteSql)))
        return writeError(query);
    for (qint64 movieId : movieIds) {
        if (seen.contains(movieId))
            continue;
        seen.insert(movieId);
        query.addBindValue(userId);
        query.addBindValue(movieId);
        if (!query.exec())
            return writeError(query);
        if (query.next())
            changed.append({query.value(0).toLongLong(), movieId, query.value(1).toString()});
        else if (query.lastError().isValid())
            return writeError(query);
        query.finish();
    }
    if (!transaction.commit())
        return transactionError(db);
    return changed;
}

Result<void> Favorites::restore(QSqlDatabase db, qint64 userId, const QList<FavoriteRow> &rows)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String(RestoreSql)))
        return writeError(query);
    for (const FavoriteRow &row : rows) {
        query.addBindValue(row.id);
        query.addBindValue(row.id);
        query.addBindValue(userId);
        query.addBindValue(row.movieId);
        query.addBindValue(row.createdAt);
        if (!query.exec())
            return writeError(query);
    }
    if (!transaction.commit())
        return transactionError(db);
    return {};
}

Result<void> Favorites::remove(QSqlDatabase db, qint64 userId, const QList<FavoriteRow> &rows)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String(RemoveSql)))
        return writeError(query);
    for (const FavoriteRow &row : rows) {
        query.addBindValue(row.id);
        query.addBindValue(userId);
        if (!query.exec())
            return writeError(query);
    }
    if (!transaction.commit())
        return transactionError(db);
    return {};
}

Result<bool> Favorites::isFavorite(QSqlDatabase db, qint64 userId, qint64 movieId)
{
    QSqlQuery query(db);
    if (!execBound(query, IsFavoriteSql, {userId, movieId}) || !query.next())
        return readError(query);
    return query.value(0).toBool();
}

Result<qint64> Favorites::count(QSqlDatabase db, qint64 movieId)
{
    QSqlQuery query(db);
    if (!execBound(query, CountSql, {movieId}) || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Result<QList<qint64>> Favorites::favoriteIds(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query(db);
    if (!execBound(query, FavoriteIdsSql, {userId}))
        return readError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return readError(query);
    return ids;
}

} // namespace Reelkeeper
