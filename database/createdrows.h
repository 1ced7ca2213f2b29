#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>

namespace Reelkeeper {

// A person, country or genre an editor created on the way (from a picker, or "Add Genre"), kept
// whole so that it can belong to the edit's undo step: undo removes it with the edit, redo puts
// it back under the same id, and a cancelled editor leaves nothing behind.
struct CreatedRow
{
    enum class Table { People, Countries, Genres };
    Table table = Table::People;
    qint64 id = 0;
    QSqlRecord values; // every column as stored, filled by CreatedRows::take()
};

namespace CreatedRows {

// Reads the rows as they are stored now.
Result<QList<CreatedRow>> take(QSqlDatabase db, const QList<CreatedRow> &rows);
// Deletes the rows in one transaction; rows already gone are ignored. A row something refers to
// is refused (nothing is deleted), so that undo never takes data from under another record.
Result<void> remove(QSqlDatabase db, const QList<CreatedRow> &rows);
// Inserts the rows taken earlier again, with their ids and values, in one transaction.
Result<void> restore(QSqlDatabase db, const QList<CreatedRow> &rows);

} // namespace CreatedRows

} // namespace Reelkeeper
