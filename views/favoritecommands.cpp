#include "favoritecommands.h"

#include <QCoreApplication>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::FavoriteCommands)
};

} // namespace

Result<std::unique_ptr<ToggleFavoritesCommand>> ToggleFavoritesCommand::perform(QSqlDatabase db,
                                                                                std::optional<qint64> userId,
                                                                                const QList<qint64> &movieIds,
                                                                                bool favorite, CatalogChanged changed)
{
    if (!userId)
        return Error{Tr::tr("Sign in to keep favorites.")};
    Result<QList<FavoriteRow>> rows = Favorites::setFavorite(db, *userId, movieIds, favorite);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return std::unique_ptr<ToggleFavoritesCommand>();
    std::unique_ptr<ToggleFavoritesCommand> command(
        new ToggleFavoritesCommand(db, *userId, favorite, rows.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

ToggleFavoritesCommand::ToggleFavoritesCommand(QSqlDatabase db, qint64 userId, bool favorite,
                                               QList<FavoriteRow> rows, CatalogChanged changed)
    : m_db(std::move(db))
    , m_userId(userId)
    , m_favorite(favorite)
    , m_rows(std::move(rows))
    , m_changed(std::move(changed))
{
    const int count = int(m_rows.size());
    setText(favorite ? Tr::tr("Add %n movie(s) to My Favorites", nullptr, count)
                     : Tr::tr("Remove %n movie(s) from My Favorites", nullptr, count));
}

void ToggleFavoritesCommand::undo()
{
    Result<void> done = m_favorite ? Favorites::remove(m_db, m_userId, m_rows)
                                   : Favorites::restore(m_db, m_userId, m_rows);
    if (!done)
        setObsolete(true); // it cannot be undone; the stack drops it
    m_changed(done ? QString() : done.error());
}

void ToggleFavoritesCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> done = m_favorite ? Favorites::restore(m_db, m_userId, m_rows)
                                   : Favorites::remove(m_db, m_userId, m_rows);
    if (!done)
        setObsolete(true);
    m_changed(done ? QString() : done.error());
}

} // namespace Reelkeeper
