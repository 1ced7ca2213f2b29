#include "searchindex.h"

#include "sqlite.h"

#include <QCoreApplication>
#include <QStringList>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::SearchIndex)
};

Error failed(const QString &error)
{
    return Error{Tr::tr("Could not update the search index: %1").arg(error)};
}

QString jsonIds(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text.append(QString::number(id));
    return QLatin1Char('[') + text.join(QLatin1Char(',')) + QLatin1Char(']');
}

Result<void> run(QSqlDatabase db, const QString &sql, const std::function<void(Sqlite::Statement &)> &bind)
{
    Sqlite::Statement statement(db, sql);
    if (!statement.isValid())
        return failed(statement.error());
    bind(statement);
    statement.step();
    if (statement.failed())
        return failed(statement.error());
    return {};
}

constexpr auto MovieDocuments = "INSERT INTO movie_search (rowid, title, people, characters) "
                                "SELECT id, title, people, characters FROM movie_search_documents WHERE ";
constexpr auto PersonNames = "INSERT INTO person_name_search (rowid, full_name) SELECT id, full_name FROM person_names WHERE ";

} // namespace

SearchIndexPause::SearchIndexPause(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<void> SearchIndexPause::pause()
{
    Sqlite::Statement triggers(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                    "AND (sql LIKE '%INSERT INTO movie_search%' "
                                                    "OR sql LIKE '%INSERT INTO person_name_search%')"));
    while (triggers.step())
        m_triggers.append({triggers.columnText(0), triggers.columnText(1)});
    if (!triggers.isValid() || triggers.failed())
        return failed(triggers.error());
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        const QString quoted = QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (Result<void> dropped = Sqlite::execute(m_db, QStringLiteral("DROP TRIGGER %1").arg(quoted)); !dropped)
            return failed(dropped.error());
    }
    return {};
}

Result<void> SearchIndexPause::indexMovies(qint64 first, qint64 last)
{
    return run(m_db, QLatin1String(MovieDocuments) + QStringLiteral("id BETWEEN ?1 AND ?2"), [&](Sqlite::Statement &s) {
        s.bind(1, first);
        s.bind(2, last);
    });
}

Result<void> SearchIndexPause::reindexMovies(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QString json = jsonIds(ids);
    if (Result<void> removed = run(m_db, QStringLiteral("DELETE FROM movie_search WHERE rowid IN (SELECT value FROM json_each(?1))"),
                                   [&](Sqlite::Statement &s) { s.bind(1, json); });
        !removed)
        return removed;
    return run(m_db, QLatin1String(MovieDocuments) + QStringLiteral("id IN (SELECT value FROM json_each(?1))"),
               [&](Sqlite::Statement &s) { s.bind(1, json); });
}

Result<void> SearchIndexPause::indexPeople(qint64 first, qint64 last)
{
    return run(m_db, QLatin1String(PersonNames) + QStringLiteral("id BETWEEN ?1 AND ?2"), [&](Sqlite::Statement &s) {
        s.bind(1, first);
        s.bind(2, last);
    });
}

Result<void> SearchIndexPause::indexPeople(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QString json = jsonIds(ids);
    return run(m_db, QLatin1String(PersonNames) + QStringLiteral("id IN (SELECT value FROM json_each(?1))"),
               [&](Sqlite::Statement &s) { s.bind(1, json); });
}

Result<void> SearchIndexPause::resume()
{
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        if (Result<void> made = Sqlite::execute(m_db, sql); !made)
            return failed(made.error());
    }
    m_triggers.clear();
    return {};
}

} // namespace Reelkeeper
