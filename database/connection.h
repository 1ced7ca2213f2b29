#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Reelkeeper {

// Catalog connections are named per catalog and per thread: a QSqlDatabase may only be used by the
// thread that opened it (Qt 6.4 cannot move one), so each thread opens its own.
namespace Connection {

QString nameForCurrentThread(const QString &databasePath);

// Opens the calling thread's connection to an existing catalog file (or returns it if it is open
// already) with the connection rules applied. It never creates a database file.
Result<QSqlDatabase> openForCurrentThread(const QString &databasePath);

} // namespace Connection

// Gives a worker thread its own connection to a catalog for as long as it lives:
//
//     QtConcurrent::run([path] {
//         ThreadConnection connection(path);
//         if (!connection.isOpen()) return Result<X>(Error{connection.error()});
//         QSqlQuery query(connection.database());
//         ...
//     });
//
// Construct and destroy it on the worker thread; the connection is closed and removed on
// destruction unless it was already open on this thread before.
class ThreadConnection final
{
public:
    explicit ThreadConnection(const QString &databasePath);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    const QString &error() const { return m_error; }
    QSqlDatabase database() const { return m_database; }

private:
    QString m_name;
    QSqlDatabase m_database;
    QString m_error;
    bool m_owned = false;
};

} // namespace Reelkeeper
