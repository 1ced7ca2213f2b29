#pragma once

#include "createdrows.h"
#include "moviecommands.h"
#include "personrecord.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <memory>

namespace Reelkeeper {

// Adds a person (with photos and credits); undo deletes the person and the characters its credits
// created, redo puts them back under the same ids. Like the movie commands, perform() does the work
// before the command goes onto the undo stack, so a failure is reported instead of pushed.
class AddPersonCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<AddPersonCommand>> perform(QSqlDatabase db, const PersonRecord &person,
                                                             CatalogChanged changed);
    qint64 personId() const { return m_snapshot.person.id; }
    void undo() override;
    void redo() override;

private:
    AddPersonCommand(QSqlDatabase db, PersonSnapshot snapshot, QList<CharacterRow> characters, CatalogChanged changed);

    QSqlDatabase m_db;
    PersonSnapshot m_snapshot;
    QList<CharacterRow> m_createdCharacters;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Saves an edited person: fields, gallery and credits, one step. Undo and redo swap the whole stored
// person between before and after; characters created by new credits go with undo and come back
// with redo.
class EditPersonCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<EditPersonCommand>> perform(QSqlDatabase db, const PersonRecord &edited,
                                                              CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    EditPersonCommand(QSqlDatabase db, PersonSnapshot before, PersonSnapshot after, QList<CharacterRow> characters,
                      CatalogChanged changed);

    QSqlDatabase m_db;
    PersonSnapshot m_before;
    PersonSnapshot m_after;
    QList<CharacterRow> m_createdCharacters;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Deletes people; undo puts them back exactly, with their photos, cast links and the movies they
// direct. Ask first: PersonRecords::deletionImpact() says what will change.
class RemovePeopleCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<RemovePeopleCommand>> perform(QSqlDatabase db, const QList<qint64> &personIds,
                                                                CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    RemovePeopleCommand(QSqlDatabase db, QList<PersonSnapshot> snapshots, CatalogChanged changed);

    QSqlDatabase m_db;
    QList<PersonSnapshot> m_snapshots;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// A person added or edited in the person editor, with the countries its picker created on the way:
// one undo step. (MovieWithNewRowsCommand does the same for any inner command.)
std::unique_ptr<QUndoCommand> withCreatedRows(QSqlDatabase db, QList<CreatedRow> rows,
                                              std::unique_ptr<QUndoCommand> command, CatalogChanged changed);

// Saves what the person editor produced: adds (id 0) or edits the person, and makes the rows its
// pickers created (createdRows, ids only) part of the same undo step. The command is performed; push
// it onto the window's stack.
struct SavedPerson
{
    std::unique_ptr<QUndoCommand> command;
    qint64 personId = 0;
};
Result<SavedPerson> savePerson(QSqlDatabase db, const PersonRecord &person, const QList<CreatedRow> &createdRows,
                               CatalogChanged changed);

} // namespace Reelkeeper
