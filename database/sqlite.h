#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

// The one seam for what only SQLite has (scripts of several statements, file headers, pragmas).
// Everything else in database/ speaks portable SQL through QtSql, so that a QPSQL catalog stays
// possible.
namespace Reelkeeper::Sqlite {

// True when the file starts with the SQLite 3 header, or is empty (SQLite treats it as new).
bool looksLikeDatabaseFile(const QString &path);

// Runs every statement of an SQL script (triggers included) on the connection, stopping at the
// first error.
Result<void> executeScript(QSqlDatabase db, const QString &script);

// Applies the connection rules every catalog connection follows: foreign keys enforced, a busy
// timeout instead of immediate "database is locked" errors, and FULL sync so that a committed
// transaction survives a power loss.
Result<void> applyConnectionRules(QSqlDatabase db);

// Runs a query whose first column is an integer id and returns all ids in order. Goes straight
// to SQLite, without a QVariant per row: a million ids take a fraction of a second.
// values are bound in order to the query's ? placeholders (integers, doubles, text or null).
Result<QList<qint64>> selectIds(QSqlDatabase db, const QString &sql, const QVariantList &values);

// The same, one id at a time: visit returns false to stop reading early.
Result<void> forEachId(QSqlDatabase db, const QString &sql, const QVariantList &values,
                       const std::function<bool(qint64)> &visit);

// While it lives, statements running on the connection stop with an "interrupted" error as soon
// as stop() returns true (it is asked every few thousand SQLite instructions). For work that a
// newer request makes useless, such as the results of a search the user has typed past.
// Create and destroy it on the thread that owns the connection.
class StopWhen final
{
public:
    StopWhen(QSqlDatabase db, std::function<bool()> stop);
    ~StopWhen();
    StopWhen(const StopWhen &) = delete;
    StopWhen &operator=(const StopWhen &) = delete;

private:
    QSqlDatabase m_db;
    std::function<bool()> m_stop;
};

// Reads a single-valued pragma such as user_version; an invalid QVariant when it fails.
QVariant pragma(QSqlDatabase db, const QString &name);

} // namespace Reelkeeper::Sqlite
