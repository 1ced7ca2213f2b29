#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

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

// A prepared statement straight on SQLite, for bulk work (imports, exports) where a QSqlQuery and
// a QVariant per value would cost more than the write itself. Values are bound by position
// (1-based), run with step(), and the statement is reset for the next row by bind… after a step.
// Use it on the thread that owns the connection, and destroy it before the connection closes.
class Statement final
{
public:
    Statement(QSqlDatabase db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Empty when the statement was prepared; otherwise SQLite's message.
    QString error() const { return m_error; }
    bool isValid() const { return m_statement != nullptr; }

    void bind(int position, qint64 value);
    void bind(int position, const QString &value); // a null QString binds NULL
    void bind(int position, std::nullptr_t);
    // Binds integers, text and nulls from QVariants; the SQL given more than once in a statement
    // binds values cyclically (position p takes values[(p - 1) % values.size()]).
    void bindAll(const QVariantList &values);
    int parameterCount() const;
    // Runs the statement: true when it produced a row (read it with column…) and false when it is
    // done or failed (then error() says why). The next bind() resets it.
    bool step();
    bool failed() const { return !m_error.isEmpty(); }
    qint64 columnInt64(int column) const;
    QString columnText(int column) const; // null for NULL
    bool columnIsNull(int column) const;
    // The rowid of the last INSERT on the connection.
    qint64 lastInsertId() const;

private:
    void resetIfStepped();
    ::sqlite3 *m_db = nullptr;
    ::sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    bool m_stepped = false;
};

// Whether a transaction is open on the connection.
bool inTransaction(QSqlDatabase db);

// A read transaction for the life of the object, so that several cursors see the catalog at one
// moment while other connections write. Nothing is written, so it ends with a rollback. Inside a
// transaction the caller already has, it does nothing.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    // SQLite's message when the transaction could not begin, else empty.
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_own = false;
    QString m_error;
};

// Runs one statement without values; SQLite's message when it fails.
Result<void> execute(QSqlDatabase db, const QString &sql);

// Reads a single-valued pragma such as user_version; an invalid QVariant when it fails.
QVariant pragma(QSqlDatabase db, const QString &name);

} // namespace Reelkeeper::Sqlite
