#include "createdrows.h"

#include "boundquery.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::CreatedRows)
};

QString tableName(CreatedRow::Table table)
{
    switch (table) {
    case CreatedRow::Table::People:
        return QStringLiteral("people");
    case CreatedRow::Table::Countries:
        return QStringLiteral("countries");
    case CreatedRow::Table::Genres:
        return QStringLiteral("genres");
    }
    return {};
}

// The rows among ?1 (a JSON array of ids) that something refers to. Foreign keys would set some
// references to NULL on delete (a movie's director), so they are checked here rather than left to
// the constraint.
constexpr auto PeopleUsed = R"(
    SELECT value FROM json_each(?1) WHERE
        EXISTS (SELECT 1 FROM movies WHERE director_id = value)
        OR EXISTS (SELECT 1 FROM movie_actors WHERE person_id = value)
        OR EXISTS (SELECT 1 FROM person_photos WHERE person_id = value) LIMIT 1)";
constexpr auto CountriesUsed = R"(
    SELECT value FROM json_each(?1) WHERE
        EXISTS (SELECT 1 FROM movies WHERE country_id = value)
        OR EXISTS (SELECT 1 FROM people WHERE country_id = value) LIMIT 1)";
constexpr auto GenresUsed = R"(
    SELECT value FROM json_each(?1) WHERE EXISTS (SELECT 1 FROM movie_genres WHERE genre_id = value) LIMIT 1)";

const char *usedSql(CreatedRow::Table table)
{
    switch (table) {
    case CreatedRow::Table::People:
        return PeopleUsed;
    case CreatedRow::Table::Countries:
        return CountriesUsed;
    case CreatedRow::Table::Genres:
        return GenresUsed;
    }
    return GenresUsed;
}

constexpr CreatedRow::Table AllTables[] = {CreatedRow::Table::People, CreatedRow::Table::Countries,
                                           CreatedRow::Table::Genres};

// The ids of the rows of one table, as a JSON array for json_each().
QString idsOf(const QList<CreatedRow> &rows, CreatedRow::Table table)
{
    QStringList ids;
    for (const CreatedRow &row : rows) {
        if (row.table == table)
            ids.append(QString::number(row.id));
    }
    return ids.isEmpty() ? QString() : QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString label(const CreatedRow &row)
{
    if (row.table == CreatedRow::Table::People) {
        const QString name = QStringList{row.values.value(QStringLiteral("first_name")).toString(),
                                         row.values.value(QStringLiteral("last_name")).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        if (!name.isEmpty())
            return name;
    } else if (const QString name = row.values.value(QStringLiteral("name")).toString(); !name.isEmpty()) {
        return name;
    }
    return QStringLiteral("#%1").arg(row.id);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

// Each operation is a few statements per table (whatever the number of rows): an import can create
// tens of thousands of people, and its undo must not take a statement per person.

Result<QList<CreatedRow>> CreatedRows::take(QSqlDatabase db, const QList<CreatedRow> &rows)
{
    QHash<std::pair<int, qint64>, CreatedRow> found;
    for (CreatedRow::Table table : AllTables) {
        const QString ids = idsOf(rows, table);
        if (ids.isEmpty())
            continue;
        QSqlQuery query(db);
        if (!execBound(query, QStringLiteral("SELECT * FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(tableName(table)),
                       {ids}))
            return Error{Tr::tr("Could not read the new entries: %1").arg(query.lastError().text())};
        while (query.next()) {
            CreatedRow row{table, query.value(0).toLongLong(), query.record()};
            for (int i = 0; i < row.values.count(); ++i)
                row.values.setValue(i, query.value(i));
            row.id = row.values.value(QStringLiteral("id")).toLongLong();
            found.insert({int(table), row.id}, row);
        }
    }
    QList<CreatedRow> taken;
    for (const CreatedRow &row : rows) {
        // A row removed meanwhile has nothing to undo.
        if (auto it = found.constFind({int(row.table), row.id}); it != found.constEnd())
            taken.append(*it);
    }
    return taken;
}

Result<void> CreatedRows::remove(QSqlDatabase db, const QList<CreatedRow> &rows)
{
    if (rows.isEmpty())
        return {};
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(db.lastError().text())};
    // People before countries: a new person may come from a new country.
    for (CreatedRow::Table table : AllTables) {
        const QString ids = idsOf(rows, table);
        if (ids.isEmpty())
            continue;
        QSqlQuery used(db);
        if (!execBound(used, QLatin1String(usedSql(table)), {ids}))
            return Error{Tr::tr("Could not check whether the new entries are in use: %1").arg(used.lastError().text())};
        if (used.next()) {
            const qint64 id = used.value(0).toLongLong();
            const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                         [&](const CreatedRow &row) { return row.table == table && row.id == id; });
            return Error{Tr::tr("“%1” is in use by other records, so it was kept.")
                             .arg(it != rows.cend() ? label(*it) : QStringLiteral("#%1").arg(id))};
        }
        QSqlQuery remove(db);
        if (!execBound(remove, QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(tableName(table)),
                       {ids}))
            return Error{Tr::tr("Could not remove the new entries: %1").arg(remove.lastError().text())};
    }
    if (!transaction.commit())
        return Error{Tr::tr("Could not save the change: %1").arg(db.lastError().text())};
    return {};
}

Result<void> CreatedRows::restore(QSqlDatabase db, const QList<CreatedRow> &rows)
{
    if (rows.isEmpty())
        return {};
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(db.lastError().text())};
    // Countries before people (a person's country), then genres; one prepared insert per table.
    for (CreatedRow::Table table : {CreatedRow::Table::Countries, CreatedRow::Table::People, CreatedRow::Table::Genres}) {
        QSqlQuery insert(db);
        QStringList preparedColumns;
        for (const CreatedRow &row : rows) {
            if (row.table != table)
                continue;
            QStringList columns;
            for (int i = 0; i < row.values.count(); ++i)
                columns.append(row.values.fieldName(i));
            if (columns != preparedColumns) {
                QStringList quotedColumns, placeholders;
                for (const QString &column : std::as_const(columns)) {
                    quotedColumns.append(quoted(column));
                    placeholders.append(QStringLiteral("?"));
                }
                insert.setForwardOnly(true);
                if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(tableName(table), quotedColumns.join(QStringLiteral(", ")),
                                             placeholders.join(QStringLiteral(", ")))))
                    return Error{Tr::tr("Could not put back “%1”: %2").arg(label(row), insert.lastError().text())};
                preparedColumns = columns;
            }
            for (int i = 0; i < row.values.count(); ++i)
                insert.bindValue(i, row.values.value(i));
            if (!insert.exec())
                return Error{Tr::tr("Could not put back “%1”: %2").arg(label(row), insert.lastError().text())};
        }
    }
    if (!transaction.commit())
        return Error{Tr::tr("Could not save the change: %1").arg(db.lastError().text())};
    return {};
}

} // namespace Reelkeeper
