#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Reelkeeper {

// Prepares sql as a forward-only query, binds values to its ? placeholders in order and runs it.
// False on any failure; query.lastError() says why. User text only ever travels in values.
inline bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

inline bool execBound(QSqlQuery &query, const char *sql, const QVariantList &values = {})
{
    return execBound(query, QString::fromLatin1(sql), values);
}

} // namespace Reelkeeper
