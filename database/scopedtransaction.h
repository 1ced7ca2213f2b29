#pragma once

#include <QSqlDatabase>

namespace Reelkeeper {

// Begins a transaction on construction and rolls it back on destruction unless commit() succeeded.
// Inside a transaction that is already open (an undo step made of several changes), it is a
// savepoint of that transaction instead: commit() keeps its work for the outer commit, and a
// rollback undoes only its own work. Use it on the thread that owns the connection.
class ScopedTransaction final
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_nested = false;
    bool m_active = false;
};

} // namespace Reelkeeper
