#include "scopedtransaction.h"

#include "sqlite.h"

#include <QHash>
#include <QSqlQuery>

namespace Reelkeeper {

namespace {

constexpr auto Savepoint = "reelkeeper_nested";

// How many ScopedTransactions are open on each connection of this thread (connections are per
// thread). Only a transaction one of them opened is nested into: a transaction begun some other
// way, or one SQLite rolled back by itself (disk full), is not taken for an open outer one.
thread_local QHash<QString, int> openDepth;

bool begin(QSqlDatabase &db, bool nested)
{
    if (nested) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SAVEPOINT %1").arg(QLatin1String(Savepoint)));
    }
    // SQLite: take the write lock up front, so the busy timeout applies now instead of the
    // transaction failing half-way when it first writes while another connection is writing.
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    return db.transaction();
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_nested(m_db.driverName() == QLatin1String("QSQLITE") && openDepth.value(m_db.connectionName()) > 0
               && Sqlite::inTransaction(m_db))
    , m_active(begin(m_db, m_nested))
{
    if (m_active)
        ++openDepth[m_db.connectionName()];
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_active)
        return;
    if (--openDepth[m_db.connectionName()] <= 0)
        openDepth.remove(m_db.connectionName());
    if (m_nested) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO %1").arg(QLatin1String(Savepoint)));
        query.exec(QStringLiteral("RELEASE %1").arg(QLatin1String(Savepoint)));
    } else {
        m_db.rollback();
    }
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_nested) {
        QSqlQuery query(m_db);
        m_active = !query.exec(QStringLiteral("RELEASE %1").arg(QLatin1String(Savepoint)));
    } else {
        m_active = !m_db.commit();
    }
    if (!m_active && --openDepth[m_db.connectionName()] <= 0)
        openDepth.remove(m_db.connectionName());
    return !m_active;
}

} // namespace Reelkeeper
