#pragma once

#include "moviesearch.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Reelkeeper {

namespace MovieExport {

struct Options
{
    MovieFilter filter; // empty: every movie
    bool bom = false;   // start with a UTF-8 BOM, for spreadsheet programs
    // The catalog's media folder: posters are written as the absolute paths of their files there.
    QString mediaFolder;
};

// Writes the movies as a movie list (DESIGN.md "CSV interchange"), in id order (the order they
// were added), to path, atomically (QSaveFile: an interrupted export leaves no half file).
// progress(done, total) is called about ten times a second with movies written so far; it
// returns false to cancel (then nothing is written). Returns the number of movies written.
Result<qint64> exportMovies(QSqlDatabase db, const QString &path, const Options &options,
                            const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace MovieExport

} // namespace Reelkeeper
