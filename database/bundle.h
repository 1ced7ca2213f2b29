#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

// The bundle: Reelkeeper's lossless folder format (DESIGN.md, "CSV interchange"). A bundle is
//
//   DIR/manifest.json       what the bundle holds, with checksums (below)
//   DIR/<table>.csv         one file per catalog table, named after it; header = column names
//   DIR/media/<key>         the image of each files row, at its key ("ab/abcdef….jpg")
//
// The CSV files are UTF-8, comma-separated, RFC 4180 quoting (CsvWriter), rows in primary key order,
// ids as the catalog has them. A CSV field cannot tell an empty string from no value, so:
//   \N            is NULL;
//   \\…           is text that starts with a backslash (the first backslash is dropped);
//   \x<hex>       is text given as the hex digits of its UTF-8 bytes (used for text holding a NUL
//                 character, which no CSV reader accepts);
//   anything else is the text itself, verbatim (an empty field is the empty string).
// Integers are written as SQLite gives them and read back through the columns' type affinity.
//
// manifest.json (written with sorted keys and fixed indentation, so that the same catalog always
// gives the same bytes):
//   { "format": "reelkeeper-bundle", "version": 1, "schema": <catalog schema version>,
//     "tables": { "<table>": { "rows": N, "sha256": "<hex of the CSV file>" }, … },
//     "media": { "<key>": "<hex SHA-256 of the image>", … } }
//
// users, user_avatars and favorite_movies (a user's own data, which cannot be imported without the
// users) are written only when asked for; without them, images that only avatars use stay out too.
// The search index (movie_search, person_name_search) is derived data: an import rebuilds it.
//
// Thread rule: call on the thread that owns db; the progress callback is called on that thread.
namespace Reelkeeper::Bundle {

constexpr int FormatVersion = 1;

// The tables a bundle may carry, in the order an import writes them.
QStringList tableNames(bool includeUsers = true);

// True when folder holds a manifest.json (how `import DIR` recognises a bundle).
bool looksLikeBundle(const QString &folder);

struct TableCount
{
    QString table;
    qint64 rows = 0;   // rows written (export) or added to the catalog (import)
    qint64 merged = 0; // import: rows that matched a catalog row (country/genre name, image key)
    // import: the rows the import added are those whose keyColumn lies in (idsAbove, lastId]: new
    // ids are above every id the table had, and later rows get higher ids still (AUTOINCREMENT).
    // keyColumn is "id", or "movie_id" for movie_genres; empty when nothing was added.
    QString keyColumn;
    qint64 idsAbove = 0;
    qint64 lastId = 0;
};

struct Report
{
    QString folder;
    QList<TableCount> tables; // in import order
    qint64 mediaFiles = 0;    // images written into the bundle, or new in the catalog's media folder
    bool idsKept = false;     // import: the bundle's ids were kept (the tables it fills were empty)
    bool dryRun = false;
    bool committed = false;   // import: false after a dry run

    qint64 rows(const QString &table) const;
    qint64 merged(const QString &table) const;
    // "imported: A added, 0 updated, 0 skipped, 0 errors", A being the movies added, like a movie
    // list import ("would import: …" after a dry run).
    QString importSummary() const;
    // "exported: 3 movies, 5 people, 2 images to DIR".
    QString exportSummary() const;
};

// done and total in units of work (bytes read and written); returns false to cancel. Called about
// ten times a second, and once more with done == total just before an import commits.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Writes the catalog at db (with its media folder) as a bundle into folder, which must not exist or
// be empty. Everything is written into a hidden folder beside it that is renamed to folder at the
// end, so an interrupted or failed export leaves no half bundle. The tables are read in one
// transaction (a consistent snapshot). Fails when an image is missing or damaged in the media
// folder (`reelkeeper check` finds those), since the bundle would not be whole.
Result<Report> exportBundle(QSqlDatabase db, const QString &mediaFolder, const QString &folder, bool includeUsers,
                            const Progress &progress = {});

// Imports the bundle in folder in one transaction: all of it or nothing. Before anything is written
// the manifest is checked (format, version, schema), every file it lists must be inside folder
// (no absolute paths, no "..", no symbolic links leading out) with the checksum it states, every
// image must be one MediaStore accepts under the name it has. Into a catalog whose tables (those
// the bundle fills) are empty the ids are kept, so that exporting again gives the same files;
// otherwise every row gets a new id and every reference is rewritten, countries and genres with
// the name of an existing one (case-insensitive) become that one, and images the catalog has
// already (same key) reuse its files row. Any row the catalog refuses (CHECK, UNIQUE, foreign key,
// trigger) refuses the whole bundle with "FILE:LINE: message". Images copied into mediaFolder
// before a failure are removed again when no row uses them. With dryRun everything is checked and
// written, then rolled back; no image is copied.
Result<Report> importBundle(QSqlDatabase db, const QString &mediaFolder, const QString &folder, bool dryRun,
                            const Progress &progress = {});

// Undo and redo of a committed import, from its report. The rows of one table, as stored.
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// Reads every row the import added (taken before undoImport(), so that redoImport() can put them
// back); in import order. progress as above, in rows (returning false is ignored).
Result<QList<TableRows>> takeImported(QSqlDatabase db, const Report &report, const Progress &progress = {});
// Deletes every row the import added, in one transaction. Images stay in the media folder (redo
// needs them; `reelkeeper check` lists images no row uses).
Result<void> undoImport(QSqlDatabase db, const Report &report, const Progress &progress = {});
// Puts the rows taken earlier back with their ids and values, in one transaction, and their search
// documents with them.
Result<void> redoImport(QSqlDatabase db, const Report &report, const QList<TableRows> &rows,
                        const Progress &progress = {});

} // namespace Reelkeeper::Bundle
