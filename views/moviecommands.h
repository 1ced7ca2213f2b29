#pragma once

#include "bundle.h"
#include "createdrows.h"
#include "movieimport.h"
#include "movierecord.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Reelkeeper {

// Called after a command changed the catalog (done, undone or redone), with an error message when
// the change could not be made; the window then refreshes what it shows.
using CatalogChanged = std::function<void(const QString &error)>;

// Deletes movies; undo puts them back exactly (same ids, cast, genres, favorites).
// perform() deletes before the command goes onto the undo stack, so a failure is reported
// instead of leaving a command on the stack that did nothing.
class DeleteMoviesCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<DeleteMoviesCommand>> perform(QSqlDatabase db, const QList<qint64> &movieIds,
                                                                CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    DeleteMoviesCommand(QSqlDatabase db, QList<MovieSnapshot> snapshots, CatalogChanged changed);

    QSqlDatabase m_db;
    QList<MovieSnapshot> m_snapshots;
    CatalogChanged m_changed;
    bool m_performed = true; // the first redo() comes from QUndoStack::push, after perform()
};

// Adds a movie; undo deletes it, redo puts it back under the same id.
class AddMovieCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<AddMovieCommand>> perform(QSqlDatabase db, const MovieRecord &movie,
                                                            CatalogChanged changed);
    qint64 movieId() const { return m_snapshot.movie.id; }
    void undo() override;
    void redo() override;

private:
    AddMovieCommand(QSqlDatabase db, MovieSnapshot snapshot, CatalogChanged changed);

    QSqlDatabase m_db;
    MovieSnapshot m_snapshot;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// Saves an edited movie; undo and redo swap the whole stored movie between before and after.
class EditMovieCommand final : public QUndoCommand
{
public:
    static Result<std::unique_ptr<EditMovieCommand>> perform(QSqlDatabase db, const MovieRecord &edited,
                                                             CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    EditMovieCommand(QSqlDatabase db, MovieSnapshot before, MovieSnapshot after, CatalogChanged changed);

    QSqlDatabase m_db;
    MovieSnapshot m_before;
    MovieSnapshot m_after;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// An added or edited movie together with the people, countries and genres its editor created on
// the way: one undo step. Undo undoes the movie, then removes the new rows; redo puts the rows
// back under their ids, then redoes the movie. Like the others, it is pushed after the work is done.
class MovieWithNewRowsCommand final : public QUndoCommand
{
public:
    MovieWithNewRowsCommand(QSqlDatabase db, QList<CreatedRow> rows, std::unique_ptr<QUndoCommand> movie,
                            CatalogChanged changed);
    void undo() override;
    void redo() override;

private:
    QSqlDatabase m_db;
    QList<CreatedRow> m_rows;
    std::unique_ptr<QUndoCommand> m_movie;
    CatalogChanged m_changed;
    bool m_performed = true;
};

// A whole import, one undo step, pushed after the import committed. Undo removes the movies it
// added, puts the movies it updated back as they were, and removes the people, countries and
// genres it created; all in one transaction. Redo puts everything back as the import left it
// (same ids). The state needed for redo is read at the first undo.
class ImportCommand final : public QUndoCommand
{
public:
    ImportCommand(QSqlDatabase db, const ImportReport &report, CatalogChanged changed);
    // Called with movies done and the total while a large import is undone or redone, so that the
    // window can show progress and keep painting.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    void undo() override;
    void redo() override;

private:
    Result<void> undoImport();
    Result<void> redoImport();
    void report(qint64 done, qint64 total) const;

    QSqlDatabase m_db;
    QList<qint64> m_addedIds;
    QList<MovieSnapshot> m_added; // as the import left them, read at the first undo
    QList<MovieSnapshot> m_updatedBefore;
    QList<MovieSnapshot> m_updatedAfter; // read at the first undo
    QList<CreatedRow> m_created;         // values read at the first undo
    bool m_taken = false;
    CatalogChanged m_changed;
    std::function<void(qint64, qint64)> m_progress;
    bool m_performed = true;
};

// A whole bundle import, one undo step, pushed after the import committed. Undo removes every
// row the import added (Bundle::undoImport), redo puts them back with their ids; the rows are read
// at the first undo. Images stay in the media folder meanwhile.
class BundleImportCommand final : public QUndoCommand
{
public:
    BundleImportCommand(QSqlDatabase db, Bundle::Report report, CatalogChanged changed);
    // As ImportCommand::setProgress().
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    void undo() override;
    void redo() override;

private:
    Bundle::Progress progress() const;

    QSqlDatabase m_db;
    Bundle::Report m_report;
    QList<Bundle::TableRows> m_rows;
    bool m_taken = false;
    CatalogChanged m_changed;
    std::function<void(qint64, qint64)> m_progress;
    bool m_performed = true;
};

} // namespace Reelkeeper
