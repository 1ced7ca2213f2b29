#include "scopedtransaction.h"

#include <QSqlQuery>

namespace Reelkeeper {

namespace {

bool begin(QSqlDatabase &db)
{
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
    , m_active(begin(m_db))
{
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = !m_db.commit();
    return !m_active;
}

} // namespace Reelkeeper
