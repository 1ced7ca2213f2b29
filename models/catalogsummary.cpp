#include "catalogsummary.h"

#include "connection.h"

#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

namespace Reelkeeper {

CatalogSummary::CatalogSummary(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

CatalogSummary::Counts CatalogSummary::count(const QString &databasePath, QString *error)
{
    Counts counts;
    ThreadConnection connection(databasePath);
    if (!connection.isOpen()) {
        *error = connection.error();
        return counts;
    }
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM movies")) || !query.next())
        *error = query.lastError().text();
    else
        counts.movies = query.value(0).toLongLong();
    return counts;
}

void CatalogSummary::refresh()
{
    const quint64 generation = ++m_generation;
    struct Outcome
    {
        Counts counts;
        QString error;
    };
    QtConcurrent::run([path = m_databasePath] {
        Outcome outcome;
        outcome.counts = count(path, &outcome.error);
        return outcome;
    }).then(this, [this, generation](const Outcome &outcome) {
        if (generation != m_generation)
            return; // a newer refresh is on its way
        if (!outcome.error.isEmpty()) {
            Q_EMIT failed(outcome.error);
            return;
        }
        m_counts = outcome.counts;
        m_loaded = true;
        Q_EMIT loaded();
    });
}

} // namespace Reelkeeper
