#include "taxonomycommands.h"

#include <QCoreApplication>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::TaxonomyCommands)
};

QList<qint64> idsOf(const QList<TaxonomyRow> &rows)
{
    QList<qint64> ids;
    for (const TaxonomyRow &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

Result<std::unique_ptr<AddTaxonomyCommand>> AddTaxonomyCommand::perform(QSqlDatabase db, TaxonomyKind kind,
                                                                        const QString &name, CatalogChanged changed)
{
    Result<TaxonomyRow> added = Taxonomy::add(db, kind, name);
    if (!added)
        return Error{added.error()};
    std::unique_ptr<AddTaxonomyCommand> command(
        new AddTaxonomyCommand(std::move(db), kind, added.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

AddTaxonomyCommand::AddTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, TaxonomyRow row, CatalogChanged changed)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_row(std::move(row))
    , m_changed(std::move(changed))
{
    setText(kind == TaxonomyKind::Countries ? Tr::tr("Add Country “%1”").arg(m_row.name)
                                            : Tr::tr("Add Genre “%1”").arg(m_row.name));
}

void AddTaxonomyCommand::undo()
{
    Result<QList<TaxonomyRow>> removed = Taxonomy::remove(m_db, m_kind, {m_row.id});
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

void AddTaxonomyCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> restored = Taxonomy::restore(m_db, m_kind, {m_row});
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

Result<std::unique_ptr<RenameTaxonomyCommand>> RenameTaxonomyCommand::perform(QSqlDatabase db, TaxonomyKind kind,
                                                                              qint64 id, const QString &name,
                                                                              CatalogChanged changed)
{
    Result<TaxonomyRename> renamed = Taxonomy::rename(db, kind, id, name);
    if (!renamed)
        return Error{renamed.error()};
    if (renamed->before == renamed->after)
        return std::unique_ptr<RenameTaxonomyCommand>();
    std::unique_ptr<RenameTaxonomyCommand> command(
        new RenameTaxonomyCommand(std::move(db), renamed.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

RenameTaxonomyCommand::RenameTaxonomyCommand(QSqlDatabase db, TaxonomyRename rename, CatalogChanged changed)
    : m_db(std::move(db))
    , m_rename(std::move(rename))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Rename “%1” to “%2”").arg(m_rename.before.name, m_rename.after.name));
}

void RenameTaxonomyCommand::undo()
{
    Result<void> written = Taxonomy::write(m_db, m_rename.kind, m_rename.before);
    if (!written)
        setObsolete(true);
    m_changed(written ? QString() : written.error());
}

void RenameTaxonomyCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> written = Taxonomy::write(m_db, m_rename.kind, m_rename.after);
    if (!written)
        setObsolete(true);
    m_changed(written ? QString() : written.error());
}

Result<std::unique_ptr<MergeTaxonomyCommand>> MergeTaxonomyCommand::perform(QSqlDatabase db, TaxonomyKind kind,
                                                                            const QList<qint64> &fromIds,
                                                                            qint64 intoId, CatalogChanged changed)
{
    if (fromIds.isEmpty())
        return Error{Tr::tr("Choose what to merge first.")};
    Result<TaxonomyRow> into = Taxonomy::row(db, kind, intoId);
    if (!into)
        return Error{into.error()};
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(db, kind, fromIds, intoId);
    if (!merged)
        return Error{merged.error()};
    std::unique_ptr<MergeTaxonomyCommand> command(
        new MergeTaxonomyCommand(std::move(db), kind, merged.value(), into->name, std::move(changed)));
    command->m_changed(QString());
    return command;
}

MergeTaxonomyCommand::MergeTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, QList<TaxonomyMerge> merges,
                                           const QString &intoName, CatalogChanged changed)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_merges(std::move(merges))
    , m_changed(std::move(changed))
{
    setText(m_merges.size() == 1 ? Tr::tr("Merge “%1” into “%2”").arg(m_merges.constFirst().merged.name, intoName)
                                 : Tr::tr("Merge %n entries into “%1”", nullptr, int(m_merges.size())).arg(intoName));
}

void MergeTaxonomyCommand::undo()
{
    Result<void> restored = Taxonomy::restore(m_db, m_merges);
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

void MergeTaxonomyCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    QList<qint64> fromIds;
    for (const TaxonomyMerge &merge : std::as_const(m_merges))
        fromIds.append(merge.merged.id);
    const qint64 intoId = m_merges.isEmpty() ? 0 : m_merges.constFirst().intoId;
    Result<QList<TaxonomyMerge>> merged = Taxonomy::merge(m_db, m_kind, fromIds, intoId);
    if (merged)
        m_merges = merged.value(); // the movies' timestamps of this merge, for the next undo
    else
        setObsolete(true);
    m_changed(merged ? QString() : merged.error());
}

Result<std::unique_ptr<DeleteTaxonomyCommand>> DeleteTaxonomyCommand::perform(QSqlDatabase db, TaxonomyKind kind,
                                                                              const QList<qint64> &ids,
                                                                              CatalogChanged changed)
{
    Result<QList<TaxonomyRow>> removed = Taxonomy::remove(db, kind, ids);
    if (!removed)
        return Error{removed.error()};
    std::unique_ptr<DeleteTaxonomyCommand> command(
        new DeleteTaxonomyCommand(std::move(db), kind, removed.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

DeleteTaxonomyCommand::DeleteTaxonomyCommand(QSqlDatabase db, TaxonomyKind kind, QList<TaxonomyRow> rows,
                                             CatalogChanged changed)
    : m_db(std::move(db))
    , m_kind(kind)
    , m_rows(std::move(rows))
    , m_changed(std::move(changed))
{
    if (m_rows.size() == 1)
        setText(kind == TaxonomyKind::Countries ? Tr::tr("Delete Country “%1”").arg(m_rows.constFirst().name)
                                                : Tr::tr("Delete Genre “%1”").arg(m_rows.constFirst().name));
    else
        setText(kind == TaxonomyKind::Countries ? Tr::tr("Delete %n countries", nullptr, int(m_rows.size()))
                                                : Tr::tr("Delete %n genres", nullptr, int(m_rows.size())));
}

void DeleteTaxonomyCommand::undo()
{
    Result<void> restored = Taxonomy::restore(m_db, m_kind, m_rows);
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

void DeleteTaxonomyCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<QList<TaxonomyRow>> removed = Taxonomy::remove(m_db, m_kind, idsOf(m_rows));
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

} // namespace Reelkeeper
