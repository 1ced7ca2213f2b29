#pragma once

#include "importrecord.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Reelkeeper {

// The CSV layouts Reelkeeper imports, and how a row of each becomes an ImportRow. Pure text work:
// no database, no files; the reader (CsvReader) gives the fields, the importer writes the records.
namespace ImportFormats {

enum class Format {
    Movies,     // Reelkeeper's movie list (DESIGN.md "CSV interchange"), or any CSV with a column mapping
    Imdb,       // IMDb ratings and list exports: current, older (no "Original Title"), legacy pre-2017
    Letterboxd, // watched.csv, ratings.csv, diary.csv, watchlist.csv
    Tellico,    // Tellico's CSV export of a video collection
};

// The name used by --format and in messages: "movies", "imdb", "letterboxd", "tellico".
QString name(Format format);
std::optional<Format> fromName(const QString &name);
// A sentence naming the layout for the import wizard, such as "IMDb ratings export (current layout)".
QString describe(Format format, const QStringList &header);
// The same, told apart by the file's name where the header cannot: Letterboxd writes watched.csv and
// watchlist.csv with the same columns.
QString describe(Format format, const QStringList &header, const QString &fileName);

// Recognises a header row (as read, any case, surrounding spaces ignored). A header with a
// `title` column that no other tool writes is the movie list; nullopt when nothing fits, and then
// the import wizard asks for a column mapping.
std::optional<Format> detect(const QStringList &header);

// The fields of Reelkeeper's movie list, which a column of any CSV can be mapped to.
enum class Field { Title, ReleaseDate, Duration, Budget, Description, Director, Country, Genres, Cast, Poster };
QString fieldName(Field field); // the movie list's column name: "title", "release_date", …
QList<Field> allFields();
// File column index → field. Columns not in the map are ignored.
using ColumnMapping = QHash<int, Field>;
// The mapping of a movie list header: columns matched case-insensitively by name, any order.
ColumnMapping movieListMapping(const QStringList &header);

// The movie list's multi-value cells, both ways: values separated by `;` (genres, cast entries) or
// `|` (the parts of a cast entry), where `\;`, `\|` and `\\` stand for a literal `;`, `|` and `\`
// (a backslash before anything else is itself), white space around separators is ignored and empty
// values are dropped. joinList escapes what splitList unescapes, so that
// splitList(joinList(values, c), c) == values for trimmed, non-empty values.
QStringList splitList(const QString &cell, QChar separator);
QString joinList(const QStringList &values, QChar separator);
// A cast entry as the movie list writes it: `Actor`, `Actor|Character` or `Actor|Character|role`
// (`|Character` for a character without an actor, `Actor||role` for a role without a character).
// Escapes are read in one pass over the whole cell, so each part escapes `\`, `;` and `|` here and the
// entries of a cell are joined with "; " as they are: castCell() does that. Joining them with joinList
// would escape them a second time.
QString castEntry(const ImportCast &cast);
QString castCell(const QList<ImportCast> &cast);

// Turns the rows of one file into ImportRows. Made from the header row; refuses a header that
// cannot work as a whole-file failure (no title column, a column named twice).
class RowConverter
{
public:
    static Result<RowConverter> create(Format format, const QStringList &header);
    // For a CSV in no known layout: the user's mapping of its columns (must map a title column).
    static Result<RowConverter> create(const QStringList &header, const ColumnMapping &mapping);

    Format format() const { return m_format; }
    // One row. A row with the wrong number of fields, a missing title, a bad date, number or role
    // is a Problem; a row left out on purpose (an IMDb TV episode) is a Skip with its reason.
    ImportRow convert(const QStringList &fields, qint64 line) const;

private:
    RowConverter() = default;
    Format m_format = Format::Movies;
    QStringList m_header;
    ColumnMapping m_mapping;             // for Movies
    QHash<QString, int> m_columnByName;  // lower-case header name → index, for the other formats
};

} // namespace ImportFormats

} // namespace Reelkeeper
