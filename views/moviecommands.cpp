#include "moviecommands.h"

#include <QCoreApplication>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieCommands)
};

QList<qint64> idsOf(const QList<MovieSnapshot> &snapshots)
{
    QList<qint64> ids;
    for (const MovieSnapshot &snapshot : snapshots)
        ids.append(snapshot.movie.id);
    return ids;
}

} // namespace

Result<std::unique_ptr<DeleteMoviesCommand>> DeleteMoviesCommand::perform(QSqlDatabase db,
                                                                          const QList<qint64> &movieIds,
                                                                          CatalogChanged changed)
{
    QList<MovieSnapshot> snapshots;
    for (qint64 id : movieIds) {
        Result<MovieSnapshot> snapshot = MovieRecords::snapshot(db, id);
        if (!snapshot)
            return Error{snapshot.error()};
        snapshots.append(snapshot.value());
    }
    if (Result<void> removed = MovieRecords::remove(db, movieIds); !removed)
        return Error{removed.error()};
    std::unique_ptr<DeleteMoviesCommand> command(new DeleteMoviesCommand(db, std::move(snapshots), std::move(changed)));
    command->m_changed(QString());
    return command;
}

DeleteMoviesCommand::DeleteMoviesCommand(QSqlDatabase db, QList<MovieSnapshot> snapshots, CatalogChanged changed)
    : m_db(std::move(db))
    , m_snapshots(std::move(snapshots))
    , m_changed(std::move(changed))
{
    setText(m_snapshots.size() == 1 ? Tr::tr("Delete “%1”").arg(m_snapshots.constFirst().movie.title)
                                     : Tr::tr("Delete %n movie(s)", nullptr, int(m_snapshots.size())));
}

void DeleteMoviesCommand::undo()
{
    Result<void> restored = MovieRecords::restore(m_db, m_snapshots);
    if (!restored)
        setObsolete(true); // it cannot be undone; the stack drops it
    m_changed(restored ? QString() : restored.error());
}

void DeleteMoviesCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> removed = MovieRecords::remove(m_db, idsOf(m_snapshots));
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

} // namespace Reelkeeper
