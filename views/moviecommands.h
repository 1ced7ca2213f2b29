#pragma once

#include "movierecord.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Reelkeeper {

// Called after a command changed the catalog (done, undone or redone), with an error message when
// the change could not be made; the window then refreshes what it shows.
using CatalogChanged = std::function<void(const QString &error)>;

// Deletes movies; undo puts them back exactly (same ids, cast, genres, favorites).
// perform() deletes before the command goes onto the undo stack, so a failure is reported
// instead of leaving a command on the stack that did nothing.
class DeleteMoviesCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<DeleteMoviesCommand>> perform(QSqlDatabase db, const QList<qint64> &movieIds,
                                                                CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    DeleteMoviesCommand(QSqlDatabase db, QList<MovieSnapshot> snapshots, CatalogChanged changed);

    QSqlDatabase m_db;
    QList<MovieSnapshot> m_snapshots;
    CatalogChanged m_changed;
    bool m_performed = true; // the first redo() comes from QUndoStack::push, after perform()
};

} // namespace Reelkeeper
