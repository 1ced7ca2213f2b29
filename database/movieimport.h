#pragma once

#include "createdrows.h"
#include "importformats.h"
#include "importrecord.h"
#include "movierecord.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Reelkeeper {

// What to do with a row that describes a movie the catalog has already: matched by its source id
// (an IMDb id, a Letterboxd URI), else by title + release year + director (case-insensitive; a
// row without a year or director matches on what it has).
enum class OnDuplicate {
    Skip,   // leave the catalog's movie alone (the default)
    Update, // overwrite the catalog's movie with what the row gives (empty cells keep what is there)
    Add,    // add the row as another movie
};

struct ImportOptions
{
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    bool dryRun = false; // do everything, then roll back: the report says what would happen
    bool strict = false; // any bad row fails the whole import
    // Where relative poster paths start (the folder of the CSV file).
    QString baseFolder;
    // The catalog's media folder; empty to leave posters out (with a warning per poster).
    QString mediaFolder;
    // Whether http(s) posters are downloaded (each is a warning when it cannot be).
    bool downloadPosters = true;
    // Keep what undo needs (ImportReport::updatedBefore): the window's imports do, the command
    // line's do not.
    bool keepUndo = false;
};

// A row the import did not take as it was: an error (left out), a skip (left out on purpose, with
// the reason) or a warning (imported, but a part was left out: a poster that could not be read).
struct ImportNote
{
    enum class Kind { Error, Skip, Warning };
    Kind kind = Kind::Error;
    qint64 line = 0; // 0 when the note is about the whole file
    QString message;
};

struct ImportReport
{
    QString fileName; // as given, for FILE:LINE messages
    QString formatDescription; // "IMDb ratings export (current layout)", for the wizard
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    // Every error, skip and warning, in file order (at most MaximumNotes; the counts above are
    // complete).
    QList<ImportNote> notes;
    static constexpr qsizetype MaximumNotes = 100000;
    bool dryRun = false;
    bool committed = false; // false after a dry run, a cancel or a failure

    // What the import changed, so that the window can undo it as one step.
    QList<qint64> addedMovieIds;
    QList<qint64> updatedMovieIds;
    QList<CreatedRow> createdRows; // people, countries and genres the import added (ids only)
    QList<qint64> addedFileIds;    // posters stored for the import
    QList<MovieSnapshot> updatedBefore; // with keepUndo: each updated movie as it was before

    // "FILE:LINE: message" (or "FILE: message" for the whole file).
    QString format(const ImportNote &note) const;
    // "imported: A added, U updated, S skipped, E errors" (or "would import: …" after a dry run).
    QString summary() const;
};

// Reports progress: done and total in bytes of the file read so far; returns false to cancel.
// Called about ten times a second, from the thread the import runs on.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

namespace MovieImport {

// What a file looks like before it is imported: for the wizard's preview and --format auto.
struct FileInfo
{
    QString encoding;  // "UTF-8" or "Windows-1252"
    QChar delimiter;
    bool bom = false;
    QStringList header;
    QList<QStringList> firstRows; // up to 20 rows after the header
    std::optional<ImportFormats::Format> format; // nullopt: unknown layout, needs a column mapping
    QString formatDescription;
};
Result<FileInfo> inspect(const QString &path);

// Imports a CSV file into the catalog in one transaction: all of it, or (on a whole-file failure,
// a cancel, a dry run, or any bad row with strict) nothing. format nullopt detects the layout from
// the header; mapping, when given, is used for a CSV in no known layout (the wizard's column
// mapping). Row problems are notes in the report; a whole-file failure is the error, as
// "FILE:LINE: message".
Result<ImportReport> importFile(QSqlDatabase db, const QString &path, std::optional<ImportFormats::Format> format,
                                const ImportOptions &options, const ImportProgress &progress = {},
                                const std::optional<ImportFormats::ColumnMapping> &mapping = std::nullopt);

// Imports rows from any source (the file import above uses it). next() gives the next row and
// returns false at the end; failure(), asked then, is the whole-file error, if any.
Result<ImportReport> importRows(QSqlDatabase db, const std::function<bool(ImportRow &)> &next,
                                const std::function<QString()> &failure, const QString &fileName,
                                const ImportOptions &options, const std::function<qint64()> &bytesDone,
                                qint64 totalBytes, const ImportProgress &progress = {});

} // namespace MovieImport

} // namespace Reelkeeper
