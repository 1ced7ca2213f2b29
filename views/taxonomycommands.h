#pragma once

#include "moviecommands.h"
#include "taxonomy.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <memory>

namespace Reelkeeper {

// Undoable changes to the countries and genres lists. Like the movie commands, each is made by
// perform(), which does the work before the command goes onto the undo stack, so that a failure
// is reported instead of leaving a command that did nothing; changed is called after every do,
// undo and redo. A command that cannot be undone or redone any more (the catalog changed under
// it) marks itself obsolete, and the stack drops it.

// Adds a country or genre; undo deletes it, redo puts it back under the same id.
class AddTaxonomyCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<AddTaxonomyCommand>> perform(QSqlDatabase db, TaxonomyKind kind,
                                                               const QString &name, CatalogChanged changed);
    const TaxonomyRow &row() const { return m_row; }
    void undo() override;
    void redo() override;

private:
    AddTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, TaxonomyRow row, CatalogChanged changed);

    QSqlDatabase m_db;
    TaxonomyKind m_kind;
    TaxonomyRow m_row;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Renames a country or genre; undo and redo swap the stored row between before and after, timestamps
// included. perform() gives a null command when the name is the same as before (nothing to undo).
class RenameTaxonomyCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<RenameTaxonomyCommand>> perform(QSqlDatabase db, TaxonomyKind kind, qint64 id,
                                                                  const QString &name, CatalogChanged changed);
    const TaxonomyRename &rename() const { return m_rename; }
    void undo() override;
    void redo() override;

private:
    RenameTaxonomyCommand(QSqlDatabase db, TaxonomyRename rename, CatalogChanged changed);

    QSqlDatabase m_db;
    TaxonomyRename m_rename;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Merges one or more countries or genres into another; undo puts the merged rows back with their
// ids and every movie and person that used them; redo merges again.
class MergeTaxonomyCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<MergeTaxonomyCommand>> perform(QSqlDatabase db, TaxonomyKind kind,
                                                                 const QList<qint64> &fromIds, qint64 intoId,
                                                                 CatalogChanged changed);
    const QList<TaxonomyMerge> &merges() const { return m_merges; }
    void undo() override;
    void redo() override;

private:
    MergeTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, QList<TaxonomyMerge> merges, const QString &intoName,
                         CatalogChanged changed);

    QSqlDatabase m_db;
    TaxonomyKind m_kind;
    QList<TaxonomyMerge> m_merges;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Deletes unused countries or genres (used ones are refused by perform()); undo puts them back
// under their ids.
class DeleteTaxonomyCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<DeleteTaxonomyCommand>> perform(QSqlDatabase db, TaxonomyKind kind,
                                                                  const QList<qint64> &ids, CatalogChanged changed);
    const QList<TaxonomyRow> &rows() const { return m_rows; }
    void undo() override;
    void redo() override;

private:
    DeleteTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, QList<TaxonomyRow> rows, CatalogChanged changed);

    QSqlDatabase m_db;
    TaxonomyKind m_kind;
    QList<TaxonomyRow> m_rows;
    CatalogChanged m_changed;
    bool m_performed = true;
};

} // namespace Reelkeeper
