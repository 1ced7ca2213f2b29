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

} // namespace Reelkeeper::Sqlite
