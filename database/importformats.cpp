#include "importformats.h"

#include "movierecord.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace Reelkeeper {

namespace ImportFormats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::ImportFormats)
};

constexpr QChar Escape = u'\\';
constexpr QChar ListSeparator = u';';
constexpr QChar PartSeparator = u'|';
constexpr int FieldCount = int(Field::Poster) + 1;

// Header names as compared: any case, surrounding spaces ignored, and a byte order mark that a
// reader left on the first name dropped (a spreadsheet's BOM must not hide the title column).
QString columnKey(const QString &name)
{
    QString key = name.trimmed();
    if (key.startsWith(QChar(0xFEFF)))
        key = key.mid(1).trimmed();
    return key.toLower();
}

// Where each name first appears; a repeated name is refused by repeatedColumn() where it matters.
QHash<QString, int> columnsByName(const QStringList &header)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header.at(i));
        if (!columns.contains(key))
            columns.insert(key, i);
    }
    return columns;
}

// A column the converter reads, named twice: which of the two is meant cannot be guessed.
std::optional<Error> repeatedColumn(const QStringList &header, const QStringList &known)
{
    QHash<QString, int> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header.at(i));
        if (!known.contains(key))
            continue;
        if (seen.contains(key))
            return Error{Tr::tr("The column “%1” appears twice in the header (columns %2 and %3).")
                             .arg(header.at(i).trimmed())
                             .arg(seen.value(key) + 1)
                             .arg(i + 1)};
        seen.insert(key, i);
    }
    return std::nullopt;
}

Error missingColumn(const QString &column, const QString &layout)
{
    return Error{Tr::tr("The file has no “%1” column, which %2 needs.").arg(column, layout)};
}

// The columns each converter reads (lower case). IMDb: current, older and legacy names together.
const QStringList &imdbColumns()
{
    static const QStringList columns{
        QStringLiteral("const"), QStringLiteral("title"), QStringLiteral("title type"), QStringLiteral("year"),
        QStringLiteral("genres"), QStringLiteral("directors"), QStringLiteral("release date"),
        QStringLiteral("release date (month/day/year)"), QStringLiteral("runtime (mins)")};
    return columns;
}

const QStringList &letterboxdColumns()
{
    static const QStringList columns{QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("letterboxd uri")};
    return columns;
}

// Tellico writes each field's title (src/collections/videocollection.cpp), in English here; "year"
// is taken too when there is no "production year", for a hand-edited export.
const QStringList &tellicoColumns()
{
    static const QStringList columns{
        QStringLiteral("title"), QStringLiteral("production year"), QStringLiteral("year"),
        QStringLiteral("genre"), QStringLiteral("nationality"), QStringLiteral("director"),
        QStringLiteral("cast"), QStringLiteral("running time"), QStringLiteral("plot summary"),
        QStringLiteral("cover"), QStringLiteral("imdb link")};
    return columns;
}

// Columns of a Tellico video collection that neither the movie list nor a spreadsheet of films is
// likely to have; one of them next to "Title" marks a Tellico export. Even "export visible fields
// only" keeps one: the default view shows Title, Genre, Medium, Director and Studio.
const QStringList &tellicoSignature()
{
    static const QStringList columns{
        QStringLiteral("production year"), QStringLiteral("plot summary"), QStringLiteral("running time"),
        QStringLiteral("nationality"), QStringLiteral("medium"), QStringLiteral("certification"),
        QStringLiteral("language tracks"), QStringLiteral("subtitle languages"), QStringLiteral("audio tracks"),
        QStringLiteral("aspect ratio"), QStringLiteral("color mode"), QStringLiteral("director's cut"),
        QStringLiteral("personal rating"), QStringLiteral("purchase date"), QStringLiteral("purchase price"),
        QStringLiteral("date created"), QStringLiteral("date modified"), QStringLiteral("imdb link")};
    return columns;
}

// Movie list columns that no Tellico export has: with one of them the file is a movie list.
const QStringList &movieListSignature()
{
    static const QStringList columns{
        QStringLiteral("release_date"), QStringLiteral("duration"), QStringLiteral("budget"),
        QStringLiteral("description"), QStringLiteral("country"), QStringLiteral("genres"), QStringLiteral("poster")};
    return columns;
}

bool containsAny(const QHash<QString, int> &columns, const QStringList &names)
{
    return std::any_of(names.begin(), names.end(), [&](const QString &name) { return columns.contains(name); });
}

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString normalisedLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

// Genre names once each, in file order; the catalog knows genres case-insensitively. The lists are
// short, so comparing each with those before it is cheaper than hashing.
QStringList withoutRepeats(QStringList names)
{
    for (qsizetype i = names.size() - 1; i > 0; --i) {
        const auto same = [&](const QString &earlier) { return earlier.compare(names.at(i), Qt::CaseInsensitive) == 0; };
        if (std::any_of(names.cbegin(), names.cbegin() + i, same))
            names.removeAt(i);
    }
    return names;
}

// Splits at a plain separator (no escapes: the other tools have none), trimming, dropping empties.
QStringList splitPlain(const QString &cell, QChar separator)
{
    QStringList values;
    for (QStringView value : QStringView(cell).split(separator)) {
        value = value.trimmed();
        if (!value.isEmpty())
            values.append(value.toString());
    }
    return values;
}

QString firstPlain(const QString &cell, QChar separator)
{
    const QStringList values = splitPlain(cell, separator);
    return values.isEmpty() ? QString() : values.first();
}

bool isEscapable(QChar c)
{
    return c == Escape || c == ListSeparator || c == PartSeparator;
}

QString escaped(const QString &value, QStringView specials)
{
    QString text;
    text.reserve(value.size() + 2);
    for (QChar c : value) {
        if (c == Escape || specials.contains(c))
            text += Escape;
        text += c;
    }
    return text;
}

// Walks a movie list cell once: literal text goes to text() in runs (an escape ends a run, and the
// escaped character starts the next one), each unescaped separator to separator(). One pass over the
// whole cell, so that an escaped ; or | never separates anything, at any level.
template <typename Text, typename Separator>
void scanCell(QStringView cell, Text text, Separator separator)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (!isEscapable(c))
            continue;
        text(cell.sliced(start, i - start));
        if (c == Escape) {
            start = i + 1;
            if (i + 1 < cell.size() && isEscapable(cell.at(i + 1)))
                ++i; // the escaped character is text
            else
                start = i; // a backslash before anything else is itself
        } else {
            separator(c);
            start = i + 1;
        }
    }
    text(cell.sliced(start));
}

// A movie list cast cell: its entries, each cut into its parts, unescaped and trimmed. Empty parts
// are kept (they put a role after an empty character); entries with nothing in them are dropped.
QList<QStringList> castParts(const QString &cell)
{
    QList<QStringList> entries;
    QStringList parts;
    // Most parts are one run of text: that run is kept as a view and copied once, when the part ends.
    QStringView run;
    QString joined;
    int runs = 0;
    const auto addRun = [&](QStringView text) {
        if (runs == 1)
            joined = run.toString();
        if (runs >= 1)
            joined += text;
        else
            run = text;
        ++runs;
    };
    const auto endPart = [&] {
        parts.append(runs <= 1 ? run.trimmed().toString() : joined.trimmed());
        run = QStringView();
        joined.clear();
        runs = 0;
    };
    scanCell(
        cell, addRun,
        [&](QChar separator) {
            endPart();
            if (separator == ListSeparator) {
                if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return !p.isEmpty(); }))
                    entries.append(parts);
                parts.clear();
            }
        });
    endPart();
    if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return !p.isEmpty(); }))
        entries.append(parts);
    return entries;
}

// The row being read: its fields by column name, trimmed; empty for a column the file lacks.
class Cells
{
public:
    Cells(const QStringList &fields, const QHash<QString, int> &columns) : m_fields(fields), m_columns(columns) {}

    QString text(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_fields.size() ? m_fields.at(index).trimmed() : QString();
    }
    bool has(const QString &column) const { return m_columns.contains(column); }

private:
    const QStringList &m_fields;
    const QHash<QString, int> &m_columns;
};

// A record filled from text, with a sentence for each value that could not be taken. A row with any
// problem becomes one Problem naming all of them, so that the user fixes the line in one go.
// Whether a date or a duration is real is the catalog's own rule (MovieRecords::validate), so that an
// import never makes a record that the editor or the schema would refuse; it is asked once a row.
class Builder
{
public:
    ImportRecord record;

    void problem(const QString &sentence) { m_problems.append(sentence); }

    void title(const QString &text)
    {
        if (text.isEmpty())
            problem(Tr::tr("The title is missing; every movie needs one."));
        record.title = text;
    }

    // shown: the text as the file has it, when text is a conversion of it.
    void releaseDate(const QString &text, const QString &shown = QString())
    {
        if (text.isEmpty())
            return;
        if (!hasDateForm(text)) {
            problem(Tr::tr("The release date “%1” is not in the form YYYY, YYYY-MM or YYYY-MM-DD.")
                        .arg(shown.isEmpty() ? text : shown));
            return;
        }
        m_date = Pending{text, shown.isEmpty() ? text : shown, m_problems.size(), false};
    }

    // The other tools give a film's year alone.
    void year(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (text.size() != 4 || !hasDateForm(text)) {
            problem(yearProblem(text));
            return;
        }
        m_date = Pending{text, text, m_problems.size(), true};
    }

    void duration(const QString &text)
    {
        if (text.isEmpty())
            return;
        bool ok = isAsciiDigits(text);
        const int minutes = ok ? text.toInt(&ok) : 0;
        if (!ok || minutes <= 0) {
            problem(durationProblem(text));
            return;
        }
        m_duration = Pending{text, text, m_problems.size(), false};
        record.duration = minutes;
    }

    void budget(const QString &text)
    {
        const std::optional<QString> canonical = MovieRecords::canonicalBudget(text);
        if (!canonical) {
            problem(Tr::tr("The budget “%1” is not a plain number: write digits with a point before any "
                           "decimals, without grouping, sign or currency (such as 1500000.50).").arg(text));
            return;
        }
        record.budget = *canonical;
    }

    ImportRow row(qint64 line)
    {
        checkWithCatalog();
        ImportRow row;
        row.line = line;
        if (m_problems.isEmpty()) {
            row.kind = ImportRow::Kind::Record;
            row.record = std::move(record);
        } else {
            row.kind = ImportRow::Kind::Problem;
            row.message = m_problems.join(u' ');
        }
        return row;
    }

private:
    // A value in the right form, waiting for the catalog's verdict; its problem, if any, goes where
    // it would have gone had it been checked at once.
    struct Pending
    {
        QString text;
        QString shown;
        qsizetype at = 0;
        bool isYear = false;
    };

    static bool hasDateForm(QStringView text)
    {
        const auto digits = [&](qsizetype from, qsizetype count) { return isAsciiDigits(text.sliced(from, count)); };
        switch (text.size()) {
        case 4:
            return digits(0, 4);
        case 7:
            return digits(0, 4) && text.at(4) == u'-' && digits(5, 2);
        case 10:
            return digits(0, 4) && text.at(4) == u'-' && digits(5, 2) && text.at(7) == u'-' && digits(8, 2);
        default:
            return false;
        }
    }

    static QString yearProblem(const QString &text)
    {
        return Tr::tr("The year “%1” is not a year of four digits.").arg(text);
    }

    static QString durationProblem(const QString &text)
    {
        return Tr::tr("The duration “%1” is not a whole, positive number of minutes.").arg(text);
    }

    void checkWithCatalog()
    {
        if (!m_date && !m_duration)
            return;
        MovieRecord movie;
        movie.title = QStringLiteral("-");
        movie.releaseDate = m_date ? m_date->text : QString();
        movie.duration = record.duration;
        bool dateAccepted = true;
        bool durationAccepted = true;
        for (const FieldProblem &problem : MovieRecords::validate(movie)) {
            if (problem.field == QLatin1String("release_date"))
                dateAccepted = false;
            else if (problem.field == QLatin1String("duration"))
                durationAccepted = false;
        }
        // The later one first, so that the earlier position still holds.
        if (m_duration && !durationAccepted) {
            m_problems.insert(m_duration->at, durationProblem(m_duration->shown));
            record.duration.reset();
        }
        if (m_date && dateAccepted) {
            record.releaseDate = m_date->text;
        } else if (m_date) {
            m_problems.insert(m_date->at, m_date->isYear ? yearProblem(m_date->shown)
                                                         : Tr::tr("The release date “%1” is not a real date.")
                                                               .arg(m_date->shown));
        }
    }

    QStringList m_problems;
    std::optional<Pending> m_date;
    std::optional<Pending> m_duration;
};

ImportRow problemRow(qint64 line, const QString &message)
{
    ImportRow row;
    row.kind = ImportRow::Kind::Problem;
    row.line = line;
    row.message = message;
    return row;
}

ImportRow skipRow(qint64 line, const QString &message)
{
    ImportRow row;
    row.kind = ImportRow::Kind::Skip;
    row.line = line;
    row.message = message;
    return row;
}

// --- Movie list ---------------------------------------------------------------------------------

void readCast(const QString &cell, Builder &builder)
{
    for (const QStringList &parts : castParts(cell)) {
        if (parts.size() > 3) {
            builder.problem(Tr::tr("The cast entry “%1” has more than three parts (Actor|Character|role); "
                                   "write a | that belongs to a name as \\|.")
                                .arg(parts.join(PartSeparator)));
            continue;
        }
        ImportCast cast;
        cast.actor = parts.value(0);
        cast.character = parts.value(1);
        const QString role = parts.value(2);
        if (cast.actor.isEmpty() && cast.character.isEmpty()) {
            builder.problem(Tr::tr("A cast entry with the role “%1” names neither an actor nor a character.").arg(role));
            continue;
        }
        if (!role.isEmpty()) {
            // Any case is accepted; the record has the schema's spelling.
            const auto known = std::find_if(characterRoles().cbegin(), characterRoles().cend(), [&](const QString &name) {
                return name.compare(role, Qt::CaseInsensitive) == 0;
            });
            if (known == characterRoles().cend()) {
                builder.problem(Tr::tr("The cast role “%1” of %2 is not one of lead, supporting, minor or cameo.")
                                    .arg(role, cast.actor.isEmpty() ? cast.character : cast.actor));
                continue;
            }
            cast.role = *known;
        }
        builder.record.cast.append(cast);
    }
}

ImportRow convertMovieList(const QStringList &fields, const ColumnMapping &mapping, qint64 line)
{
    std::array<QString, FieldCount> values;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        values[std::size_t(it.value())] = fields.value(it.key()).trimmed();
    const auto value = [&](Field field) -> const QString & { return values[std::size_t(field)]; };

    Builder builder;
    builder.title(value(Field::Title));
    builder.releaseDate(value(Field::ReleaseDate));
    builder.duration(value(Field::Duration));
    builder.budget(value(Field::Budget));
    builder.record.description = normalisedLineEnds(value(Field::Description));
    builder.record.director = value(Field::Director);
    builder.record.country = value(Field::Country);
    builder.record.genres = withoutRepeats(splitList(value(Field::Genres), ListSeparator));
    readCast(value(Field::Cast), builder);
    builder.record.poster = value(Field::Poster);
    return builder.row(line);
}

// --- IMDb -----------------------------------------------------------------------------------------

enum class ImdbKind { Film, Series, MiniSeries, Episode, VideoGame, Podcast };

// Title types across the layouts: "TV Series" (current), "tvSeries" (older), "Mini-Series"
// (legacy), compared by their letters only. Anything not known to be something else is kept as a
// film: features, shorts, TV movies, videos, specials, documentaries, music videos.
ImdbKind imdbKind(const QString &titleType)
{
    QString key;
    for (QChar c : titleType) {
        if (c.isLetter())
            key += c.toLower();
    }
    if (key == QLatin1String("tvseries") || key == QLatin1String("series"))
        return ImdbKind::Series;
    if (key == QLatin1String("tvminiseries") || key == QLatin1String("miniseries"))
        return ImdbKind::MiniSeries;
    if (key == QLatin1String("tvepisode") || key == QLatin1String("episode"))
        return ImdbKind::Episode;
    if (key == QLatin1String("videogame"))
        return ImdbKind::VideoGame;
    if (key == QLatin1String("podcastseries") || key == QLatin1String("podcastepisode"))
        return ImdbKind::Podcast;
    return ImdbKind::Film;
}

QString skipReason(ImdbKind kind, const QString &title)
{
    switch (kind) {
    case ImdbKind::Series:
        return Tr::tr("“%1” is a TV series, not a film; skipped.").arg(title);
    case ImdbKind::MiniSeries:
        return Tr::tr("“%1” is a TV mini series, not a film; skipped.").arg(title);
    case ImdbKind::Episode:
        return Tr::tr("“%1” is a TV episode, not a film; skipped.").arg(title);
    case ImdbKind::VideoGame:
        return Tr::tr("“%1” is a video game, not a film; skipped.").arg(title);
    case ImdbKind::Podcast:
        return Tr::tr("“%1” is a podcast, not a film; skipped.").arg(title);
    case ImdbKind::Film:
        break;
    }
    return QString();
}

bool isImdbId(const QString &text)
{
    return text.size() > 2 && text.startsWith(QLatin1String("tt")) && isAsciiDigits(QStringView(text).sliced(2));
}

// The legacy layout's header promises month/day/year, yet its rows hold ISO dates ("2014-09-05");
// both are read. Text in neither form is returned as it is, for releaseDate() to report.
QString legacyImdbDate(const QString &text)
{
    static const QRegularExpression american(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")));
    const QRegularExpressionMatch match = american.match(text);
    if (!match.hasMatch())
        return text;
    return match.captured(3) + u'-' + match.captured(1).rightJustified(2, u'0') + u'-'
        + match.captured(2).rightJustified(2, u'0');
}

// The legacy layout wrote genre ids ("crime", "sci_fi"); the later ones write names ("Crime",
// "Sci-Fi"). Ids become the names, so that two exports of different ages share their genres.
QString imdbGenre(const QString &genre)
{
    if (genre != genre.toLower())
        return genre; // already a name
    static const QHash<QString, QString> special{
        {QStringLiteral("sci_fi"), QStringLiteral("Sci-Fi")},
        {QStringLiteral("film_noir"), QStringLiteral("Film-Noir")},
        {QStringLiteral("reality_tv"), QStringLiteral("Reality-TV")},
        {QStringLiteral("talk_show"), QStringLiteral("Talk-Show")},
        {QStringLiteral("game_show"), QStringLiteral("Game-Show")},
    };
    if (const auto it = special.constFind(genre); it != special.cend())
        return it.value();
    QStringList words = genre.split(u'_', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(u'-');
}

ImportRow convertImdb(const Cells &cells, qint64 line)
{
    const QString title = cells.text(QStringLiteral("title"));
    const QString id = cells.text(QStringLiteral("const"));
    const ImdbKind kind = imdbKind(cells.text(QStringLiteral("title type")));
    if (kind != ImdbKind::Film)
        return skipRow(line, skipReason(kind, title.isEmpty() ? id : title));

    Builder builder;
    builder.title(title);
    if (isImdbId(id)) {
        builder.record.source = QStringLiteral("imdb");
        builder.record.sourceId = id;
    } else {
        builder.problem(Tr::tr("“%1” is not an IMDb title id (tt followed by digits).").arg(id));
    }
    const QString date = cells.text(QStringLiteral("release date"));
    const QString legacyDate = cells.text(QStringLiteral("release date (month/day/year)"));
    if (!date.isEmpty())
        builder.releaseDate(date);
    else if (!legacyDate.isEmpty())
        builder.releaseDate(legacyImdbDate(legacyDate), legacyDate);
    else
        builder.year(cells.text(QStringLiteral("year")));
    builder.duration(cells.text(QStringLiteral("runtime (mins)")));
    QStringList genres = splitPlain(cells.text(QStringLiteral("genres")), u',');
    for (QString &genre : genres)
        genre = imdbGenre(genre);
    builder.record.genres = withoutRepeats(genres);
    // The catalog has one director a movie; co-directors after the first are not kept.
    builder.record.director = firstPlain(cells.text(QStringLiteral("directors")), u',');
    return builder.row(line);
}

// --- Letterboxd -----------------------------------------------------------------------------------

// Letterboxd exports write short links (https://boxd.it/2aHi); film pages are accepted too.
bool isLetterboxdUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || url.path().size() < 2)
        return false;
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && (host == QLatin1String("boxd.it") || host == QLatin1String("letterboxd.com")
            || host == QLatin1String("www.letterboxd.com"));
}

// The URI is the source id as written. In watched.csv, ratings.csv and watchlist.csv it names the
// film; in diary.csv and reviews.csv it names the diary entry, so a film logged twice has two ids
// there, and neither matches its watched.csv id. Telling them apart would need Letterboxd itself.
ImportRow convertLetterboxd(const Cells &cells, qint64 line)
{
    Builder builder;
    builder.title(cells.text(QStringLiteral("name")));
    builder.year(cells.text(QStringLiteral("year")));
    const QString uri = cells.text(QStringLiteral("letterboxd uri"));
    if (isLetterboxdUri(uri)) {
        builder.record.source = QStringLiteral("letterboxd");
        builder.record.sourceId = uri;
    } else if (uri.isEmpty()) {
        builder.problem(Tr::tr("The Letterboxd URI is missing."));
    } else {
        builder.problem(
            Tr::tr("“%1” is not a Letterboxd address (https://boxd.it/… or https://letterboxd.com/…).").arg(uri));
    }
    return builder.row(line);
}

// --- Tellico --------------------------------------------------------------------------------------
//
// What Tellico writes, from its source (KDE/tellico):
// - src/translators/csvexporter.cpp: a header of field titles (the translated titles, English here),
//   then one line per entry; a value is quoted only when it holds a quote, the delimiter or a line
//   break (quotes doubled); lines end with LF. By default values are written as stored ("Format all
//   fields" off), so names stay "First Last" and titles keep a leading article.
// - src/fieldformat.cpp: values of a multi-value field are joined with "; ". A table field stores
//   its columns joined with "::" and its rows with U+2028; the exporter turns them into its
//   "table column delimiter" (":" by default) and "table row delimiter" ("|" by default). So the
//   cast reads "Actor:Role|Actor:Role".
// - src/collections/videocollection.cpp: the video collection's titles: Title, Production Year
//   (a number), Genre, Nationality and Director (multi-value), Cast (a table of Actor/Actress and
//   Role, the role being the character), Running Time (minutes), Plot Summary, Cover (an image),
//   and many more that the catalog has no place for.
// - src/gui/parafieldwidget.cpp: paragraph fields such as Plot Summary store line breaks as <br/>.
// - The Cover field holds an image id, a file name such as "0a1b….jpeg" in Tellico's image folder
//   (or a URL when images are linked only): taken as a poster path, relative to the CSV file.
// - An "IMDb Link" field (added by Tellico's IMDb and TMDb fetchers) gives the IMDb id.

QList<ImportCast> tellicoCast(const QString &cell)
{
    static const QRegularExpression rows(QStringLiteral("[|\\x{2028}]"));
    // "::" is Tellico's own column delimiter, left as it is when the user chose it for the export.
    const QString columnDelimiter = cell.contains(QLatin1String("::")) ? QStringLiteral("::") : QStringLiteral(":");
    QList<ImportCast> cast;
    for (const QString &row : cell.split(rows, Qt::SkipEmptyParts)) {
        ImportCast entry;
        // At the first delimiter: a role may hold a colon ("Dr. Strangelove: …"), a name rarely does.
        const qsizetype at = row.indexOf(columnDelimiter);
        entry.actor = (at < 0 ? row : row.left(at)).trimmed();
        entry.character = at < 0 ? QString() : row.mid(at + columnDelimiter.size()).trimmed();
        if (!entry.actor.isEmpty() || !entry.character.isEmpty())
            cast.append(entry);
    }
    return cast;
}

QString imdbIdOfLink(const QString &link)
{
    static const QRegularExpression title(QStringLiteral("imdb\\.com/title/(tt[0-9]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(link);
    return match.hasMatch() ? match.captured(1) : QString();
}

ImportRow convertTellico(const Cells &cells, qint64 line)
{
    Builder builder;
    builder.title(cells.text(QStringLiteral("title")));
    const QString year = cells.has(QStringLiteral("production year")) ? cells.text(QStringLiteral("production year"))
                                                                      : cells.text(QStringLiteral("year"));
    builder.year(firstPlain(year, ListSeparator));
    builder.record.genres = withoutRepeats(splitPlain(cells.text(QStringLiteral("genre")), ListSeparator));
    builder.record.country = firstPlain(cells.text(QStringLiteral("nationality")), ListSeparator);
    builder.record.director = firstPlain(cells.text(QStringLiteral("director")), ListSeparator);
    builder.record.cast = tellicoCast(cells.text(QStringLiteral("cast")));
    builder.duration(cells.text(QStringLiteral("running time")));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    builder.record.description =
        normalisedLineEnds(cells.text(QStringLiteral("plot summary"))).replace(lineBreak, QStringLiteral("\n")).trimmed();
    builder.record.poster = cells.text(QStringLiteral("cover"));
    if (const QString id = imdbIdOfLink(cells.text(QStringLiteral("imdb link"))); !id.isEmpty()) {
        builder.record.source = QStringLiteral("imdb");
        builder.record.sourceId = id;
    }
    return builder.row(line);
}

QString describeImdb(const QHash<QString, int> &columns)
{
    if (columns.contains(QStringLiteral("you rated")) || columns.contains(QStringLiteral("release date (month/day/year)")))
        return Tr::tr("IMDb export (legacy layout, before 2017)");
    const bool current = columns.contains(QStringLiteral("original title"));
    if (columns.contains(QStringLiteral("position")))
        return current ? Tr::tr("IMDb list export (current layout)")
                       : Tr::tr("IMDb list export (older layout, without Original Title)");
    if (columns.contains(QStringLiteral("your rating")))
        return current ? Tr::tr("IMDb ratings export (current layout)")
                       : Tr::tr("IMDb ratings export (older layout, without Original Title)");
    return Tr::tr("IMDb export");
}

QString describeLetterboxd(const QHash<QString, int> &columns, const QString &fileName)
{
    if (columns.contains(QStringLiteral("review")))
        return Tr::tr("Letterboxd reviews (reviews.csv)");
    if (columns.contains(QStringLiteral("watched date")) || columns.contains(QStringLiteral("rewatch")))
        return Tr::tr("Letterboxd diary (diary.csv)");
    if (columns.contains(QStringLiteral("rating")))
        return Tr::tr("Letterboxd ratings (ratings.csv)");
    // watched.csv and watchlist.csv have the same columns: only the file's name tells them apart.
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name == QLatin1String("watchlist.csv"))
        return Tr::tr("Letterboxd watchlist (watchlist.csv)");
    if (name == QLatin1String("watched.csv"))
        return Tr::tr("Letterboxd watched films (watched.csv)");
    return Tr::tr("Letterboxd watched films or watchlist (watched.csv or watchlist.csv)");
}

} // namespace

QString name(Format format)
{
    switch (format) {
    case Format::Movies:
        return QStringLiteral("movies");
    case Format::Imdb:
        return QStringLiteral("imdb");
    case Format::Letterboxd:
        return QStringLiteral("letterboxd");
    case Format::Tellico:
        return QStringLiteral("tellico");
    }
    return QString();
}

std::optional<Format> fromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (Format format : {Format::Movies, Format::Imdb, Format::Letterboxd, Format::Tellico}) {
        if (ImportFormats::name(format) == key)
            return format;
    }
    return std::nullopt;
}

QString describe(Format format, const QStringList &header)
{
    return describe(format, header, QString());
}

QString describe(Format format, const QStringList &header, const QString &fileName)
{
    const QHash<QString, int> columns = columnsByName(header);
    switch (format) {
    case Format::Movies:
        return columns.contains(QStringLiteral("title")) ? Tr::tr("Reelkeeper movie list")
                                                         : Tr::tr("CSV file with a column mapping");
    case Format::Imdb:
        return describeImdb(columns);
    case Format::Letterboxd:
        return describeLetterboxd(columns, fileName);
    case Format::Tellico:
        return Tr::tr("Tellico CSV export");
    }
    return QString();
}

std::optional<Format> detect(const QStringList &header)
{
    const QHash<QString, int> columns = columnsByName(header);
    if (columns.contains(QStringLiteral("letterboxd uri")))
        return Format::Letterboxd;
    // "Const" alone could be anything; with one of these it is IMDb's in every layout.
    if (columns.contains(QStringLiteral("const"))
        && containsAny(columns, {QStringLiteral("title type"), QStringLiteral("your rating"),
                                 QStringLiteral("you rated"), QStringLiteral("imdb rating")}))
        return Format::Imdb;
    if (!columns.contains(QStringLiteral("title")))
        return std::nullopt;
    if (containsAny(columns, tellicoSignature()) && !containsAny(columns, movieListSignature()))
        return Format::Tellico;
    return Format::Movies;
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::ReleaseDate:
        return QStringLiteral("release_date");
    case Field::Duration:
        return QStringLiteral("duration");
    case Field::Budget:
        return QStringLiteral("budget");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Director:
        return QStringLiteral("director");
    case Field::Country:
        return QStringLiteral("country");
    case Field::Genres:
        return QStringLiteral("genres");
    case Field::Cast:
        return QStringLiteral("cast");
    case Field::Poster:
        return QStringLiteral("poster");
    }
    return QString();
}

QList<Field> allFields()
{
    return {Field::Title,    Field::ReleaseDate, Field::Duration, Field::Budget, Field::Description,
            Field::Director, Field::Country,     Field::Genres,   Field::Cast,   Field::Poster};
}

ColumnMapping movieListMapping(const QStringList &header)
{
    QHash<QString, Field> fieldsByName;
    for (Field field : allFields())
        fieldsByName.insert(fieldName(field), field);
    ColumnMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = fieldsByName.constFind(columnKey(header.at(i)));
        if (it != fieldsByName.cend())
            mapping.insert(i, it.value()); // a name given twice maps twice; create() refuses that
    }
    return mapping;
}

QStringList splitList(const QString &cell, QChar separator)
{
    QStringList values;
    QString value;
    const auto endValue = [&] {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            values.append(trimmed);
        value.clear();
    };
    scanCell(
        cell, [&](QStringView run) { value += run; },
        [&](QChar found) {
            if (found == separator)
                endValue();
            else
                value += found; // the other separator is text here
        });
    endValue();
    return values;
}

QString joinList(const QStringList &values, QChar separator)
{
    QStringList escapedValues;
    escapedValues.reserve(values.size());
    for (const QString &value : values)
        escapedValues.append(escaped(value, QStringView(&separator, 1)));
    // "; " reads better in a spreadsheet; the space is ignored when read back.
    return separator == ListSeparator ? escapedValues.join(QLatin1String("; ")) : escapedValues.join(separator);
}

QString castEntry(const ImportCast &cast)
{
    static constexpr QChar specials[] = {ListSeparator, PartSeparator};
    const QStringView special(specials, 2);
    QStringList parts{escaped(cast.actor, special), escaped(cast.character, special), escaped(cast.role, special)};
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts.join(PartSeparator);
}

QString castCell(const QList<ImportCast> &cast)
{
    QStringList entries;
    entries.reserve(cast.size());
    for (const ImportCast &entry : cast)
        entries.append(castEntry(entry));
    return entries.join(QLatin1String("; "));
}

Result<RowConverter> RowConverter::create(Format format, const QStringList &header)
{
    if (format == Format::Movies) {
        const ColumnMapping mapping = movieListMapping(header);
        if (std::find(mapping.cbegin(), mapping.cend(), Field::Title) == mapping.cend())
            return missingColumn(QStringLiteral("title"), Tr::tr("a movie list"));
        return create(header, mapping);
    }

    RowConverter converter;
    converter.m_format = format;
    converter.m_header = header;
    converter.m_columnByName = columnsByName(header);
    const auto has = [&](const char *column) { return converter.m_columnByName.contains(QLatin1String(column)); };
    const QStringList *known = nullptr;
    switch (format) {
    case Format::Imdb:
        if (!has("const"))
            return missingColumn(QStringLiteral("Const"), Tr::tr("an IMDb export"));
        if (!has("title"))
            return missingColumn(QStringLiteral("Title"), Tr::tr("an IMDb export"));
        known = &imdbColumns();
        break;
    case Format::Letterboxd:
        if (!has("name"))
            return missingColumn(QStringLiteral("Name"), Tr::tr("a Letterboxd export"));
        if (!has("letterboxd uri"))
            return missingColumn(QStringLiteral("Letterboxd URI"), Tr::tr("a Letterboxd export"));
        known = &letterboxdColumns();
        break;
    case Format::Tellico:
        if (!has("title"))
            return missingColumn(QStringLiteral("Title"), Tr::tr("a Tellico export"));
        known = &tellicoColumns();
        break;
    case Format::Movies:
        break;
    }
    if (known) {
        if (std::optional<Error> repeated = repeatedColumn(header, *known))
            return *repeated;
    }
    return converter;
}

Result<RowConverter> RowConverter::create(const QStringList &header, const ColumnMapping &mapping)
{
    std::array<int, FieldCount> columnOf;
    columnOf.fill(-1);
    // In column order, so that the message names the earlier column first.
    QList<int> columns = mapping.keys();
    std::sort(columns.begin(), columns.end());
    for (int column : columns) {
        if (column < 0 || column >= header.size())
            return Error{Tr::tr("The column mapping names column %1, but the header has %2 columns.")
                             .arg(column + 1)
                             .arg(header.size())};
        const Field field = mapping.value(column);
        int &first = columnOf[std::size_t(field)];
        if (first >= 0) {
            const QString name = fieldName(field);
            if (columnKey(header.at(first)) == name && columnKey(header.at(column)) == name)
                return Error{Tr::tr("The column “%1” appears twice in the header (columns %2 and %3).")
                                 .arg(header.at(column).trimmed())
                                 .arg(first + 1)
                                 .arg(column + 1)};
            return Error{Tr::tr("The columns “%1” and “%2” are both mapped to “%3”; map each field from one "
                                "column only.")
                             .arg(header.at(first).trimmed(), header.at(column).trimmed(), name)};
        }
        first = column;
    }
    if (columnOf[std::size_t(Field::Title)] < 0)
        return Error{Tr::tr("No column is mapped to “title”; every movie needs a title.")};

    RowConverter converter;
    converter.m_format = Format::Movies;
    converter.m_header = header;
    converter.m_mapping = mapping;
    return converter;
}

ImportRow RowConverter::convert(const QStringList &fields, qint64 line) const
{
    if (fields.size() != m_header.size())
        return problemRow(line, Tr::tr("This row has %1 fields, but the header has %2 columns.")
                                    .arg(fields.size())
                                    .arg(m_header.size()));
    switch (m_format) {
    case Format::Movies:
        return convertMovieList(fields, m_mapping, line);
    case Format::Imdb:
        return convertImdb(Cells(fields, m_columnByName), line);
    case Format::Letterboxd:
        return convertLetterboxd(Cells(fields, m_columnByName), line);
    case Format::Tellico:
        return convertTellico(Cells(fields, m_columnByName), line);
    }
    return problemRow(line, QString());
}

} // namespace ImportFormats

} // namespace Reelkeeper
