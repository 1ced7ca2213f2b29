#pragma once

#include "favorites.h"
#include "moviecommands.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <memory>
#include <optional>

namespace Reelkeeper {

// Marks or unmarks movies as favorites of one user (the signed-in one), one undo step. Like the
// movie commands, perform() does the work before the command goes onto the undo stack, and changed
// is called after every do, undo and redo. Undo puts back exactly what was there (the same
// favorite_movies rows, ids and created_at included); redo writes exactly what perform() wrote.
// perform() refuses a guest (no user), and gives a null command when nothing changed (every movie
// was in the wanted state already): there is nothing to undo.
class ToggleFavoritesCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<ToggleFavoritesCommand>> perform(QSqlDatabase db, std::optional<qint64> userId,
                                                                   const QList<qint64> &movieIds, bool favorite,
                                                                   CatalogChanged changed);
    qint64 userId() const { return m_userId; }
    bool favorite() const { return m_favorite; }
    // The rows the command inserted (favorite) or deleted (not favorite).
    const QList<FavoriteRow> &rows() const { return m_rows; }
    void undo() override;
    void redo() override;

private:
    ToggleFavoritesCommand(QSqlDatabase db, qint64 userId, bool favorite, QList<FavoriteRow> rows,
                           CatalogChanged changed);

    QSqlDatabase m_db;
    qint64 m_userId = 0;
    bool m_favorite = true;
    QList<FavoriteRow> m_rows;
    CatalogChanged m_changed;
    bool m_performed = true; // the first redo() comes from QUndoStack::push, after perform()
};

} // namespace Reelkeeper
