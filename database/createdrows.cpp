#include "createdrows.h"

#include "boundquery.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>

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

// Whether anything refers to the row. Foreign keys would set some references to NULL on delete
// (a movie's director), so they are checked here rather than left to the constraint.
constexpr auto PersonUsed = R"(
    SELECT EXISTS (SELECT 1 FROM movies WHERE director_id = ?)
        OR EXISTS (SELECT 1 FROM movie_actors WHERE person_id = ?)
        OR EXISTS (SELECT 1 FROM person_photos WHERE person_id = ?))";
constexpr auto CountryUsed = R"(
    SELECT EXISTS (SELECT 1 FROM movies WHERE country_id = ?)
        OR EXISTS (SELECT 1 FROM people WHERE country_id = ?))";
constexpr auto GenreUsed = R"(
    SELECT EXISTS (SELECT 1 FROM movie_genres WHERE genre_id = ?))";

const char *usedSql(CreatedRow::Table table)
{
    switch (table) {
    case CreatedRow::Table::People:
        return PersonUsed;
    case CreatedRow::Table::Countries:
        return CountryUsed;
    case CreatedRow::Table::Genres:
        return GenreUsed;
    }
    return GenreUsed;
}

// The row's name as the user typed it, for messages.
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

Result<QList<CreatedRow>> CreatedRows::take(QSqlDatabase db, const QList<CreatedRow> &rows)
{
    QList<CreatedRow> taken;
    for (const CreatedRow &row : rows) {
        QSqlQuery query(db);
        if (!execBound(query, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(tableName(row.table)), {row.id}))
            return Error{Tr::tr("Could not read the new entries: %1").arg(query.lastError().text())};
        if (!query.next())
            continue; // removed meanwhile: nothing to undo
        CreatedRow copy = row;
        copy.values = query.record();
        for (int i = 0; i < copy.values.count(); ++i)
            copy.values.setValue(i, query.value(i));
        taken.append(copy);
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
    // Newest first, in case a later row refers to an earlier one.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        QSqlQuery used(db);
        const QString sql = QLatin1String(usedSql(it->table));
        const QVariantList ids(sql.count(QLatin1Char('?')), it->id);
        if (!execBound(used, sql, ids) || !used.next())
            return Error{Tr::tr("Could not check whether “%1” is in use: %2").arg(label(*it), used.lastError().text())};
        if (used.value(0).toBool())
            return Error{Tr::tr("“%1” is in use by other records, so it was kept.").arg(label(*it))};
        QSqlQuery remove(db);
        if (!execBound(remove, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(it->table)), {it->id}))
            return Error{Tr::tr("Could not remove “%1”: %2").arg(label(*it), remove.lastError().text())};
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
    for (const CreatedRow &row : rows) {
        QStringList columns, placeholders;
        QVariantList values;
        for (int i = 0; i < row.values.count(); ++i) {
            columns.append(quoted(row.values.fieldName(i)));
            placeholders.append(QStringLiteral("?"));
            values.append(row.values.value(i));
        }
        QSqlQuery insert(db);
        if (!execBound(insert,
                       QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(tableName(row.table), columns.join(QStringLiteral(", ")),
                                placeholders.join(QStringLiteral(", "))),
                       values))
            return Error{Tr::tr("Could not put back “%1”: %2").arg(label(row), insert.lastError().text())};
    }
    if (!transaction.commit())
        return Error{Tr::tr("Could not save the change: %1").arg(db.lastError().text())};
    return {};
}

} // namespace Reelkeeper
