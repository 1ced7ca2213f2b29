#include "personcommands.h"

#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::PersonCommands)
};

QList<qint64> idsOf(const QList<PersonSnapshot> &snapshots)
{
    QList<qint64> ids;
    for (const PersonSnapshot &snapshot : snapshots)
        ids.append(snapshot.person.id);
    return ids;
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(db.lastError().text())};
}

// Removes the person and the characters its credits created, in one transaction.
Result<void> removeWithCharacters(QSqlDatabase db, qint64 personId, const QList<CharacterRow> &characters)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> removed = PersonRecords::remove(db, {personId}); !removed)
        return removed;
    if (Result<void> removed = PersonRecords::removeCharacters(db, characters); !removed)
        return removed;
    if (!transaction.commit())
        return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(db.lastError().text())};
    return {};
}

} // namespace

// AddPersonCommand --------------------------------------------------------------------------------

Result<std::unique_ptr<AddPersonCommand>> AddPersonCommand::perform(QSqlDatabase db, const PersonRecord &person,
                                                                    CatalogChanged changed)
{
    // The save and the reads undo needs are one transaction: a failed read leaves nothing saved.
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QList<qint64> created;
    Result<qint64> id = PersonRecords::insert(db, person, &created);
    if (!id)
        return Error{id.error()};
    Result<QList<CharacterRow>> characters = PersonRecords::takeCharacters(db, created);
    if (!characters)
        return Error{characters.error()};
    Result<PersonSnapshot> snapshot = PersonRecords::snapshot(db, id.value());
    if (!snapshot)
        return Error{snapshot.error()};
    if (!transaction.commit())
        return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(db.lastError().text())};
    std::unique_ptr<AddPersonCommand> command(
        new AddPersonCommand(db, snapshot.value(), characters.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

AddPersonCommand::AddPersonCommand(QSqlDatabase db, PersonSnapshot snapshot, QList<CharacterRow> characters,
                                   CatalogChanged changed)
    : m_db(std::move(db))
    , m_snapshot(std::move(snapshot))
    , m_createdCharacters(std::move(characters))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Add “%1”").arg(m_snapshot.person.fullName()));
}

void AddPersonCommand::undo()
{
    Result<void> removed = removeWithCharacters(m_db, m_snapshot.person.id, m_createdCharacters);
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

void AddPersonCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    ScopedTransaction transaction(m_db);
    Result<void> restored =
        transaction.isActive() ? PersonRecords::restoreCharacters(m_db, m_createdCharacters) : transactionError(m_db);
    if (restored)
        restored = PersonRecords::restore(m_db, {m_snapshot});
    if (restored && !transaction.commit())
        restored = Error{Tr::tr("The changes could not be written to the catalog: %1").arg(m_db.lastError().text())};
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

// EditPersonCommand -------------------------------------------------------------------------------

Result<std::unique_ptr<EditPersonCommand>> EditPersonCommand::perform(QSqlDatabase db, const PersonRecord &edited,
                                                                      CatalogChanged changed)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<PersonSnapshot> before = PersonRecords::snapshot(db, edited.id);
    if (!before)
        return Error{before.error()};
    Result<QList<qint64>> created = PersonRecords::update(db, edited);
    if (!created)
        return Error{created.error()};
    Result<QList<CharacterRow>> characters = PersonRecords::takeCharacters(db, created.value());
    if (!characters)
        return Error{characters.error()};
    Result<PersonSnapshot> after = PersonRecords::snapshot(db, edited.id);
    if (!after)
        return Error{after.error()};
    // OK without a change is no edit: nothing is written (the rollback undoes the touched
    // updated_at) and nothing goes on the undo stack.
    PersonSnapshot unchanged = after.value();
    unchanged.person.updatedAt = before->person.updatedAt;
    if (unchanged == before.value() && characters->isEmpty())
        return std::unique_ptr<EditPersonCommand>();
    if (!transaction.commit())
        return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(db.lastError().text())};
    std::unique_ptr<EditPersonCommand> command(new EditPersonCommand(db, before.value(), after.value(),
                                                                     characters.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

EditPersonCommand::EditPersonCommand(QSqlDatabase db, PersonSnapshot before, PersonSnapshot after,
                                     QList<CharacterRow> characters, CatalogChanged changed)
    : m_db(std::move(db))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_createdCharacters(std::move(characters))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Edit “%1”").arg(m_after.person.fullName()));
}

void EditPersonCommand::undo()
{
    ScopedTransaction transaction(m_db);
    Result<void> done = transaction.isActive() ? PersonRecords::replace(m_db, m_before) : transactionError(m_db);
    if (done)
        done = PersonRecords::removeCharacters(m_db, m_createdCharacters);
    if (done && !transaction.commit())
        done = Error{Tr::tr("The changes could not be written to the catalog: %1").arg(m_db.lastError().text())};
    if (!done)
        setObsolete(true);
    m_changed(done ? QString() : done.error());
}

void EditPersonCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    ScopedTransaction transaction(m_db);
    Result<void> done =
        transaction.isActive() ? PersonRecords::restoreCharacters(m_db, m_createdCharacters) : transactionError(m_db);
    if (done)
        done = PersonRecords::replace(m_db, m_after);
    if (done && !transaction.commit())
        done = Error{Tr::tr("The changes could not be written to the catalog: %1").arg(m_db.lastError().text())};
    if (!done)
        setObsolete(true);
    m_changed(done ? QString() : done.error());
}

// RemovePeopleCommand -----------------------------------------------------------------------------

Result<std::unique_ptr<RemovePeopleCommand>> RemovePeopleCommand::perform(QSqlDatabase db,
                                                                          const QList<qint64> &personIds,
                                                                          CatalogChanged changed)
{
    // One transaction: the snapshots are what is deleted, and many people are read in one go.
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QList<PersonSnapshot> snapshots;
    for (const qint64 id : personIds) {
        Result<PersonSnapshot> snapshot = PersonRecords::snapshot(db, id);
        if (!snapshot)
            return Error{snapshot.error()};
        snapshots.append(snapshot.value());
    }
    if (Result<void> removed = PersonRecords::remove(db, personIds); !removed)
        return Error{removed.error()};
    if (!transaction.commit())
        return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(db.lastError().text())};
    std::unique_ptr<RemovePeopleCommand> command(new RemovePeopleCommand(db, std::move(snapshots), std::move(changed)));
    command->m_changed(QString());
    return command;
}

RemovePeopleCommand::RemovePeopleCommand(QSqlDatabase db, QList<PersonSnapshot> snapshots, CatalogChanged changed)
    : m_db(std::move(db))
    , m_snapshots(std::move(snapshots))
    , m_changed(std::move(changed))
{
    setText(m_snapshots.size() == 1 ? Tr::tr("Delete “%1”").arg(m_snapshots.constFirst().person.fullName())
                                     : Tr::tr("Delete %n people", nullptr, int(m_snapshots.size())));
}

void RemovePeopleCommand::undo()
{
    Result<void> restored = PersonRecords::restore(m_db, m_snapshots);
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

void RemovePeopleCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> removed = PersonRecords::remove(m_db, idsOf(m_snapshots));
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

std::unique_ptr<QUndoCommand> withCreatedRows(QSqlDatabase db, QList<CreatedRow> rows,
                                              std::unique_ptr<QUndoCommand> command, CatalogChanged changed)
{
    if (rows.isEmpty())
        return command;
    return std::make_unique<MovieWithNewRowsCommand>(std::move(db), std::move(rows), std::move(command),
                                                     std::move(changed));
}

Result<SavedPerson> savePerson(QSqlDatabase db, const PersonRecord &person, const QList<CreatedRow> &createdRows,
                               CatalogChanged changed)
{
    // The created rows are read before the save, which may refer to them (a new country).
    Result<QList<CreatedRow>> rows = CreatedRows::take(db, createdRows);
    if (!rows)
        return Error{rows.error()};
    std::unique_ptr<QUndoCommand> command;
    qint64 personId = person.id;
    if (person.id == 0) {
        auto added = AddPersonCommand::perform(db, person, changed);
        if (!added)
            return Error{added.error()};
        personId = added.value()->personId();
        command = std::move(added.value());
    } else {
        auto edited = EditPersonCommand::perform(db, person, changed);
        if (!edited)
            return Error{edited.error()};
        command = std::move(edited.value());
    }
    if (!command) {
        // Nothing changed: a country created in the picker and not kept goes again.
        if (Result<void> removed = CreatedRows::remove(db, rows.value()); !removed)
            return Error{removed.error()};
        return SavedPerson{nullptr, personId};
    }
    SavedPerson saved;
    saved.command = withCreatedRows(std::move(db), rows.value(), std::move(command), std::move(changed));
    saved.personId = personId;
    return saved;
}

} // namespace Reelkeeper
