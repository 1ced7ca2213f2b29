#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Reelkeeper {

// One row of favorite_movies, as much as undo needs to put it back exactly. The user it belongs
// to is not part of it: every function below is given the user explicitly.
struct FavoriteRow
{
    qint64 id = 0;
    qint64 movieId = 0;
    QString createdAt;

    bool operator==(const FavoriteRow &) const = default;
};

// Per-user favorites (favorite_movies). Every function that reads or writes favorites names the
// user whose favorites they are, so that the window can only ever pass the signed-in user; the
// only answer about other users is count(), a number without names.
// Thread rule: call on the thread that owns the connection.
namespace Favorites {

// Marks (favorite true) or unmarks the movies as favorites of the user, in one transaction, all or
// nothing (an unknown movie or user fails the whole change). Returns the rows that actually
// changed: those inserted, or those deleted as they were. Movies already in the wanted state are
// left alone and not returned, so calling it twice changes nothing the second time.
Result<QList<FavoriteRow>> setFavorite(QSqlDatabase db, qint64 userId, const QList<qint64> &movieIds, bool favorite);

// Puts rows back exactly (same ids and created_at) as favorites of the user, in one transaction;
// how undo reverses an unmark. A row whose id has been given to another row meanwhile gets a new
// id; a movie that is a favorite of the user already is left alone.
Result<void> restore(QSqlDatabase db, qint64 userId, const QList<FavoriteRow> &rows);
// Deletes these rows of the user (by id), in one transaction; how undo reverses a mark.
Result<void> remove(QSqlDatabase db, qint64 userId, const QList<FavoriteRow> &rows);

Result<bool> isFavorite(QSqlDatabase db, qint64 userId, qint64 movieId);
// How many users love the movie.
Result<qint64> count(QSqlDatabase db, qint64 movieId);
// The user's favorite movies, oldest favorite first.
Result<QList<qint64>> favoriteIds(QSqlDatabase db, qint64 userId);

} // namespace Favorites

} // namespace Reelkeeper
