#include "moviecommands.h"

#include "scopedtransaction.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieCommands)
};

QList<qint64> idsOf(const QList<MovieSnapshot> &snapshots)
{
    QList<qint64> ids;
    for (const MovieSnapshot &snapshot : snapshots)
        ids.append(snapshot.movie.id);
    return ids;
}

} // namespace

Result<std::unique_ptr<DeleteMoviesCommand>> DeleteMoviesCommand::perform(QSqlDatabase db,
                                                                          const QList<qint64> &movieIds,
                                                                          CatalogChanged changed)
{
    QList<MovieSnapshot> snapshots;
    for (qint64 id : movieIds) {
        Result<MovieSnapshot> snapshot = MovieRecords::snapshot(db, id);
        if (!snapshot)
            return Error{snapshot.error()};
        snapshots.append(snapshot.value());
    }
    if (Result<void> removed = MovieRecords::remove(db, movieIds); !removed)
        return Error{removed.error()};
    std::unique_ptr<DeleteMoviesCommand> command(new DeleteMoviesCommand(db, std::move(snapshots), std::move(changed)));
    command->m_changed(QString());
    return command;
}

DeleteMoviesCommand::DeleteMoviesCommand(QSqlDatabase db, QList<MovieSnapshot> snapshots, CatalogChanged changed)
    : m_db(std::move(db))
    , m_snapshots(std::move(snapshots))
    , m_changed(std::move(changed))
{
    setText(m_snapshots.size() == 1 ? Tr::tr("Delete “%1”").arg(m_snapshots.constFirst().movie.title)
                                     : Tr::tr("Delete %n movie(s)", nullptr, int(m_snapshots.size())));
}

void DeleteMoviesCommand::undo()
{
    Result<void> restored = MovieRecords::restore(m_db, m_snapshots);
    if (!restored)
        setObsolete(true); // it cannot be undone; the stack drops it
    m_changed(restored ? QString() : restored.error());
}

void DeleteMoviesCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> removed = MovieRecords::remove(m_db, idsOf(m_snapshots));
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

Result<std::unique_ptr<AddMovieCommand>> AddMovieCommand::perform(QSqlDatabase db, const MovieRecord &movie,
                                                                  CatalogChanged changed)
{
    Result<qint64> id = MovieRecords::insert(db, movie);
    if (!id)
        return Error{id.error()};
    Result<MovieSnapshot> snapshot = MovieRecords::snapshot(db, id.value());
    if (!snapshot)
        return Error{snapshot.error()};
    std::unique_ptr<AddMovieCommand> command(new AddMovieCommand(db, snapshot.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

AddMovieCommand::AddMovieCommand(QSqlDatabase db, MovieSnapshot snapshot, CatalogChanged changed)
    : m_db(std::move(db))
    , m_snapshot(std::move(snapshot))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Add “%1”").arg(m_snapshot.movie.title));
}

void AddMovieCommand::undo()
{
    Result<void> removed = MovieRecords::remove(m_db, {m_snapshot.movie.id});
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

void AddMovieCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> restored = MovieRecords::restore(m_db, {m_snapshot});
    if (!restored)
        setObsolete(true);
    m_changed(restored ? QString() : restored.error());
}

Result<std::unique_ptr<EditMovieCommand>> EditMovieCommand::perform(QSqlDatabase db, const MovieRecord &edited,
                                                                    CatalogChanged changed)
{
    Result<MovieSnapshot> before = MovieRecords::snapshot(db, edited.id);
    if (!before)
        return Error{before.error()};
    if (Result<void> updated = MovieRecords::update(db, edited); !updated)
        return Error{updated.error()};
    Result<MovieSnapshot> after = MovieRecords::snapshot(db, edited.id);
    if (!after)
        return Error{after.error()};
    std::unique_ptr<EditMovieCommand> command(
        new EditMovieCommand(db, before.value(), after.value(), std::move(changed)));
    command->m_changed(QString());
    return command;
}

EditMovieCommand::EditMovieCommand(QSqlDatabase db, MovieSnapshot before, MovieSnapshot after, CatalogChanged changed)
    : m_db(std::move(db))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Edit “%1”").arg(m_after.movie.title));
}

void EditMovieCommand::undo()
{
    Result<void> replaced = MovieRecords::replace(m_db, m_before);
    if (!replaced)
        setObsolete(true);
    m_changed(replaced ? QString() : replaced.error());
}

void EditMovieCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> replaced = MovieRecords::replace(m_db, m_after);
    if (!replaced)
        setObsolete(true);
    m_changed(replaced ? QString() : replaced.error());
}

MovieWithNewRowsCommand::MovieWithNewRowsCommand(QSqlDatabase db, QList<CreatedRow> rows,
                                                 std::unique_ptr<QUndoCommand> movie, CatalogChanged changed)
    : m_db(std::move(db))
    , m_rows(std::move(rows))
    , m_movie(std::move(movie))
    , m_changed(std::move(changed))
{
    setText(m_movie->text());
}

void MovieWithNewRowsCommand::undo()
{
    m_movie->undo();
    if (m_movie->isObsolete()) {
        setObsolete(true);
        return;
    }
    Result<void> removed = CreatedRows::remove(m_db, m_rows);
    if (!removed)
        setObsolete(true);
    m_changed(removed ? QString() : removed.error());
}

void MovieWithNewRowsCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        m_movie->redo(); // its own first redo, which only notes that the work is done
        return;
    }
    Result<void> restored = CreatedRows::restore(m_db, m_rows);
    if (!restored) {
        setObsolete(true);
        m_changed(restored.error());
        return;
    }
    m_movie->redo();
    if (m_movie->isObsolete())
        setObsolete(true);
}

ImportCommand::ImportCommand(QSqlDatabase db, const ImportReport &report, CatalogChanged changed)
    : m_db(std::move(db))
    , m_addedIds(report.addedMovieIds)
    , m_updatedBefore(report.updatedBefore)
    , m_created(report.createdRows)
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Import “%1”").arg(QFileInfo(report.fileName).fileName()));
}

void ImportCommand::report(qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(done, total);
}

// Movies are read and written a batch at a time, with progress in between.
constexpr qsizetype ImportUndoBatch = 250;

Result<void> ImportCommand::undoImport()
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(m_db.lastError().text())};
    const qint64 total = (m_taken ? 1 : 2) * (m_addedIds.size() + m_updatedBefore.size());
    qint64 done = 0;
    if (!m_taken) {
        for (qint64 id : std::as_const(m_addedIds)) {
            Result<MovieSnapshot> snapshot = MovieRecords::snapshot(m_db, id);
            if (!snapshot)
                return Error{snapshot.error()};
            m_added.append(snapshot.value());
            if (++done % ImportUndoBatch == 0)
                report(done, total);
        }
        for (const MovieSnapshot &before : std::as_const(m_updatedBefore)) {
            Result<MovieSnapshot> after = MovieRecords::snapshot(m_db, before.movie.id);
            if (!after)
                return Error{after.error()};
            m_updatedAfter.append(after.value());
            if (++done % ImportUndoBatch == 0)
                report(done, total);
        }
        Result<QList<CreatedRow>> created = CreatedRows::take(m_db, m_created);
        if (!created)
            return Error{created.error()};
        m_created = created.value();
        m_taken = true;
    }
    // Search documents once per movie, not once per cast entry (see SearchIndexPause).
    SearchIndexPause search(m_db);
    if (Result<void> paused = search.pause(); !paused)
        return paused;
    for (qsizetype first = 0; first < m_addedIds.size(); first += ImportUndoBatch) {
        const QList<qint64> batch = m_addedIds.mid(first, ImportUndoBatch);
        if (Result<void> removed = MovieRecords::remove(m_db, batch); !removed)
            return removed;
        done += batch.size();
        report(done, total);
    }
    for (const MovieSnapshot &before : std::as_const(m_updatedBefore)) {
        if (Result<void> replaced = MovieRecords::replace(m_db, before); !replaced)
            return replaced;
        if (++done % ImportUndoBatch == 0)
            report(done, total);
    }
    if (Result<void> removed = CreatedRows::remove(m_db, m_created); !removed)
        return removed;
    if (Result<void> reindexed = search.reindexMovies(idsOf(m_updatedBefore)); !reindexed)
        return reindexed;
    if (Result<void> resumed = search.resume(); !resumed)
        return resumed;
    if (!transaction.commit())
        return Error{Tr::tr("Could not undo the import: %1").arg(m_db.lastError().text())};
    report(total, total);
    return {};
}

Result<void> ImportCommand::redoImport()
{
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return Error{Tr::tr("Could not start a transaction: %1").arg(m_db.lastError().text())};
    const qint64 total = m_added.size() + m_updatedAfter.size();
    qint64 done = 0;
    SearchIndexPause search(m_db);
    if (Result<void> paused = search.pause(); !paused)
        return paused;
    if (Result<void> restored = CreatedRows::restore(m_db, m_created); !restored)
        return restored;
    QList<qint64> people;
    for (const CreatedRow &row : std::as_const(m_created)) {
        if (row.table == CreatedRow::Table::People)
            people.append(row.id);
    }
    if (Result<void> indexed = search.indexPeople(people); !indexed)
        return indexed;
    for (qsizetype first = 0; first < m_added.size(); first += ImportUndoBatch) {
        const QList<MovieSnapshot> batch = m_added.mid(first, ImportUndoBatch);
        if (Result<void> restored = MovieRecords::restore(m_db, batch); !restored)
            return restored;
        done += batch.size();
        report(done, total);
    }
    for (const MovieSnapshot &after : std::as_const(m_updatedAfter)) {
        if (Result<void> replaced = MovieRecords::replace(m_db, after); !replaced)
            return replaced;
        if (++done % ImportUndoBatch == 0)
            report(done, total);
    }
    if (Result<void> reindexed = search.reindexMovies(idsOf(m_added) + idsOf(m_updatedAfter)); !reindexed)
        return reindexed;
    if (Result<void> resumed = search.resume(); !resumed)
        return resumed;
    if (!transaction.commit())
        return Error{Tr::tr("Could not redo the import: %1").arg(m_db.lastError().text())};
    report(total, total);
    return {};
}

void ImportCommand::undo()
{
    Result<void> undone = undoImport();
    if (!undone)
        setObsolete(true);
    m_changed(undone ? QString() : undone.error());
}

void ImportCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> redone = redoImport();
    if (!redone)
        setObsolete(true);
    m_changed(redone ? QString() : redone.error());
}

BundleImportCommand::BundleImportCommand(QSqlDatabase db, Bundle::Report report, CatalogChanged changed)
    : m_db(std::move(db))
    , m_report(std::move(report))
    , m_changed(std::move(changed))
{
    setText(Tr::tr("Import bundle “%1”").arg(QFileInfo(m_report.folder).fileName()));
}

Bundle::Progress BundleImportCommand::progress() const
{
    return [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress(done, total);
        return true;
    };
}

void BundleImportCommand::undo()
{
    Result<void> undone;
    if (!m_taken) {
        Result<QList<Bundle::TableRows>> taken = Bundle::takeImported(m_db, m_report, progress());
        if (taken) {
            m_rows = taken.value();
            m_taken = true;
        } else {
            undone = Error{taken.error()};
        }
    }
    if (undone)
        undone = Bundle::undoImport(m_db, m_report, progress());
    if (m_progress)
        m_progress(1, 1);
    if (!undone)
        setObsolete(true);
    m_changed(undone ? QString() : undone.error());
}

void BundleImportCommand::redo()
{
    if (m_performed) {
        m_performed = false;
        return;
    }
    Result<void> redone = Bundle::redoImport(m_db, m_report, m_rows, progress());
    if (m_progress)
        m_progress(1, 1);
    if (!redone)
        setObsolete(true);
    m_changed(redone ? QString() : redone.error());
}

} // namespace Reelkeeper
