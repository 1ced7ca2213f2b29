#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Reelkeeper::Sqlite {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Sqlite)
};

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

bool looksLikeDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

Result<void> executeScript(QSqlDatabase db, const QString &script)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Error{Tr::tr("The connection is not an open SQLite database.")};
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

Result<void> applyConnectionRules(QSqlDatabase db)
{
    static const char *const statements[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA synchronous = FULL",
    };
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return Error{query.lastError().text()};
    }
    if (pragma(db, QStringLiteral("foreign_keys")).toInt() != 1)
        return Error{Tr::tr("SQLite refused to enforce foreign keys on this connection.")};
    return {};
}

Result<void> forEachId(QSqlDatabase db, const QString &sql, const QVariantList &values,
                       const std::function<bool(qint64)> &visit)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Error{Tr::tr("The connection is not an open SQLite database.")};
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(h))};
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
        if (rc != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(h))};
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!visit(sqlite3_column_int64(statement, 0)))
            return {};
    }
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errmsg(h))};
    return {};
}

Result<QList<qint64>> selectIds(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QList<qint64> ids;
    Result<void> read = forEachId(db, sql, values, [&ids](qint64 id) {
        ids.append(id);
        return true;
    });
    if (!read)
        return Error{read.error()};
    return ids;
}

StopWhen::StopWhen(QSqlDatabase db, std::function<bool()> stop)
    : m_db(std::move(db))
    , m_stop(std::move(stop))
{
    if (sqlite3 *h = handle(m_db)) {
        sqlite3_progress_handler(
            h, 4000, [](void *stop) { return (*static_cast<std::function<bool()> *>(stop))() ? 1 : 0; }, &m_stop);
    }
}

StopWhen::~StopWhen()
{
    if (sqlite3 *h = handle(m_db))
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
}

QVariant pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

Statement::Statement(QSqlDatabase db, const QString &sql)
    : m_db(handle(db))
{
    if (!m_db) {
        m_error = Tr::tr("The catalog connection is not an SQLite connection.");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::resetIfStepped()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = false;
        m_error.clear();
    }
}

void Statement::bind(int position, qint64 value)
{
    resetIfStepped();
    sqlite3_bind_int64(m_statement, position, value);
}

void Statement::bind(int position, const QString &value)
{
    resetIfStepped();
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    // UTF-16 in host order is what QString holds: no conversion on the way in.
    sqlite3_bind_text16(m_statement, position, value.utf16(), int(value.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void Statement::bind(int position, std::nullptr_t)
{
    resetIfStepped();
    sqlite3_bind_null(m_statement, position);
}

int Statement::parameterCount() const
{
    return m_statement ? sqlite3_bind_parameter_count(m_statement) : 0;
}

void Statement::bindAll(const QVariantList &values)
{
    if (values.isEmpty())
        return;
    for (int position = 1; position <= parameterCount(); ++position) {
        const QVariant &value = values.at((position - 1) % values.size());
        if (value.isNull())
            bind(position, nullptr);
        else if (value.typeId() == QMetaType::QString)
            bind(position, value.toString());
        else
            bind(position, value.toLongLong());
    }
}

bool Statement::step()
{
    if (!m_statement)
        return false;
    if (m_stepped && sqlite3_stmt_busy(m_statement) == 0) {
        sqlite3_reset(m_statement); // run again with the same values
        m_error.clear();
    }
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::columnText(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return text ? QString(reinterpret_cast<const QChar *>(text), bytes / int(sizeof(char16_t))) : QString(u""_qs);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool inTransaction(QSqlDatabase db)
{
    sqlite3 *h = handle(db);
    return h && sqlite3_get_autocommit(h) == 0;
}

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (inTransaction(m_db))
        return;
    if (Result<void> begun = execute(m_db, QStringLiteral("BEGIN")); !begun)
        m_error = begun.error();
    else
        m_own = true;
}

ReadTransaction::~ReadTransaction()
{
    if (m_own)
        (void)execute(m_db, QStringLiteral("ROLLBACK"));
}

Result<void> execute(QSqlDatabase db, const QString &sql)
{
    Statement statement(db, sql);
    if (!statement.isValid())
        return Error{statement.error()};
    while (statement.step()) {
    }
    if (statement.failed())
        return Error{statement.error()};
    return {};
}

} // namespace Reelkeeper::Sqlite
