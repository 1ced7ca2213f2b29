#include "peoplesearch.h"

#include "boundquery.h"
#include "sqlite.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::PeopleSearch)
};

constexpr qsizetype TrigramLength = 3;

// Every word of three letters or more in one lookup of the trigram index of full names (schema 2).
constexpr auto TextCondition =
    "people.id IN (SELECT rowid FROM person_name_search WHERE person_name_search MATCH ?)";
// A word too short for trigrams begins the first or the family name: two ranges of the name
// indexes (people_first_name, people_name), whose NOCASE order folds ASCII letters like LIKE does.
constexpr auto ShortWordCondition =
    "((people.first_name >= ? COLLATE NOCASE AND people.first_name < ? COLLATE NOCASE)"
    " OR (people.last_name >= ? COLLATE NOCASE AND people.last_name < ? COLLATE NOCASE))";

// Family name first, as in a library catalog; the people_name index holds this order (its entries
// end with the rowid), so walking it costs no sort.
constexpr auto NameOrder =
    " ORDER BY people.last_name COLLATE NOCASE, people.first_name COLLATE NOCASE, people.id";
constexpr auto EveryoneInNameOrder = "SELECT people.id FROM people INDEXED BY people_name"
                                     " ORDER BY people.last_name COLLATE NOCASE, people.first_name COLLATE NOCASE, people.id";

// Up to this many matches are sorted by SQLite; more are put in name order by walking the
// people_name index and keeping the matches, which costs the same whatever the count (about
// 10 ms at 200,000 people) where a sort of 60,000 rows, each looked up in the table, takes
// several hundred.
constexpr qsizetype SortedMatches = 10000;

constexpr auto RowsSql = R"(
    SELECT people.id, person_names.full_name, files.key, people.date_of_birth
    FROM people
    JOIN person_names ON person_names.id = people.id
    LEFT JOIN person_photos ON person_photos.id = people.primary_photo_id
    LEFT JOIN files ON files.id = person_photos.file_id
    WHERE people.id IN (SELECT value FROM json_each(?)))";

constexpr auto DetailsSql = R"(
    SELECT people.id, people.first_name, people.last_name, person_names.full_name, people.biography,
           people.date_of_birth, people.gender, people.country_id, countries.name,
           people.primary_photo_id, files.key,
           (SELECT count(*) FROM person_photos AS photos WHERE photos.person_id = people.id),
           (SELECT count(*) FROM movies WHERE movies.director_id = people.id),
           (SELECT count(DISTINCT movie_actors.movie_id) FROM movie_actors WHERE movie_actors.person_id = people.id)
    FROM people
    JOIN person_names ON person_names.id = people.id
    LEFT JOIN countries ON countries.id = people.country_id
    LEFT JOIN person_photos ON person_photos.id = people.primary_photo_id
    LEFT JOIN files ON files.id = person_photos.file_id
    WHERE people.id = ?)";

// Directing credits (kind 0) and cast credits (kind 1) in one list, so that SQLite orders them
// together. A compound SELECT can only be ordered by its columns, hence the outer SELECT.
constexpr auto FilmographySql = R"(
    SELECT movie_id, title, year, kind, cast_id, character_id, character_name, role FROM (
        SELECT movies.id AS movie_id, movies.title AS title, substr(movies.release_date, 1, 4) AS year,
               0 AS kind, NULL AS cast_id, NULL AS character_id, NULL AS character_name, NULL AS role
        FROM movies WHERE movies.director_id = ?
        UNION ALL
        SELECT movies.id, movies.title, substr(movies.release_date, 1, 4), 1, movie_actors.id,
               characters.id, characters.name, characters.role
        FROM movie_actors
        JOIN movies ON movies.id = movie_actors.movie_id
        LEFT JOIN characters ON characters.id = movie_actors.character_id
        WHERE movie_actors.person_id = ?)
    ORDER BY year IS NULL, year, title COLLATE NOCASE, movie_id, kind, cast_id)";

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

// Whether only text that the full-text index answers by itself is asked for.
bool isFullTextOnly(const PersonFilter &filter)
{
    PersonFilter others = filter;
    others.text.clear();
    if (!others.isEmpty())
        return false;
    const QStringList all = words(filter.text);
    return !all.isEmpty()
           && std::all_of(all.cbegin(), all.cend(), [](const QString &word) { return word.size() >= TrigramLength; });
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

bool PersonFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !actsOnly && !directsOnly && !countryId && !gender && !missingPhoto
           && !missingBirthDate;
}

SqlCondition PeopleSearch::condition(const PersonFilter &filter)
{
    QStringList parts;
    SqlCondition condition;

    const QString fullText = MovieSearch::fullTextQuery(filter.text);
    if (!fullText.isEmpty()) {
        parts.append(QLatin1String(TextCondition));
        condition.values.append(fullText);
    }
    for (const QString &word : words(filter.text)) {
        if (word.size() >= TrigramLength)
            continue;
        // Everything that starts with the word sorts from the word itself up to, not including,
        // the word with its last character one higher.
        QString upper = word;
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        parts.append(QLatin1String(ShortWordCondition));
        condition.values << word << upper << word << upper;
    }
    // The people of a list of ids, each looked up by its rowid: cheaper than asking every person
    // whether they are in a cast.
    if (filter.actsOnly)
        parts.append(QStringLiteral("people.id IN (SELECT movie_actors.person_id FROM movie_actors)"));
    if (filter.directsOnly)
        parts.append(QStringLiteral("people.id IN (SELECT movies.director_id FROM movies)"));
    if (filter.countryId) {
        parts.append(QStringLiteral("people.country_id = ?"));
        condition.values.append(*filter.countryId);
    }
    if (filter.gender) {
        if (filter.gender->isEmpty()) {
            parts.append(QStringLiteral("people.gender IS NULL"));
        } else {
            parts.append(QStringLiteral("people.gender = ?"));
            condition.values.append(*filter.gender);
        }
    }
    if (filter.missingPhoto)
        parts.append(QStringLiteral("people.primary_photo_id IS NULL"));
    if (filter.missingBirthDate)
        parts.append(QStringLiteral("people.date_of_birth IS NULL"));
    if (!parts.isEmpty())
        condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

Result<qint64> PeopleSearch::count(QSqlDatabase db, const PersonFilter &filter)
{
    QSqlQuery query(db);
    bool ran = false;
    // Text alone is counted by the full-text index itself, without touching the people.
    if (isFullTextOnly(filter)) {
        ran = execBound(query, "SELECT count(*) FROM person_name_search WHERE person_name_search MATCH ?",
                        {MovieSearch::fullTextQuery(filter.text)});
    } else {
        const SqlCondition where = condition(filter);
        ran = execBound(query, QStringLiteral("SELECT count(*) FROM people WHERE ") + where.sql, where.values);
    }
    if (!ran || !query.next())
        return Error{Tr::tr("Could not count the people: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Result<QList<qint64>> PeopleSearch::ids(QSqlDatabase db, const PersonFilter &filter)
{
    const auto failed = [](const QString &error) {
        return Error{Tr::tr("Could not search for people: %1").arg(error)};
    };
    if (filter.isEmpty()) {
        Result<QList<qint64>> everyone = Sqlite::selectIds(db, QLatin1String(EveryoneInNameOrder), {});
        return everyone ? everyone : failed(everyone.error());
    }
    // The matches in no particular order first: one pass, whichever index suits the condition.
    const SqlCondition where = condition(filter);
    Result<QList<qint64>> matches =
        Sqlite::selectIds(db, QStringLiteral("SELECT people.id FROM people WHERE ") + where.sql, where.values);
    if (!matches)
        return failed(matches.error());
    if (matches->size() <= SortedMatches) {
        QStringList numbers;
        numbers.reserve(matches->size());
        for (qint64 id : matches.value())
            numbers.append(QString::number(id));
        Result<QList<qint64>> sorted = Sqlite::selectIds(
            db, QStringLiteral("SELECT people.id FROM people WHERE people.id IN (SELECT value FROM json_each(?))") + QLatin1String(NameOrder),
            {QString(QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']'))});
        return sorted ? sorted : failed(sorted.error());
    }
    const qint64 highest = *std::max_element(matches->cbegin(), matches->cend());
    QBitArray marks(highest + 1);
    for (qint64 id : matches.value())
        marks.setBit(id);
    QList<qint64> ordered;
    ordered.reserve(matches->size());
    Result<void> walked = Sqlite::forEachId(db, QLatin1String(EveryoneInNameOrder), {}, [&](qint64 id) {
        if (id < marks.size() && marks.testBit(id))
            ordered.append(id);
        return ordered.size() < matches->size();
    });
    if (!walked)
        return failed(walked.error());
    return ordered;
}

Result<QList<PersonRow>> PeopleSearch::rows(QSqlDatabase db, const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(db);
    if (!execBound(query, RowsSql, {QString(QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']'))}))
        return Error{Tr::tr("Could not read people from the catalog: %1").arg(query.lastError().text())};
    QHash<qint64, PersonRow> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        PersonRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.photoKey = text(query.value(2));
        row.dateOfBirth = text(query.value(3));
        byId.insert(row.id, row);
    }
    if (query.lastError().isValid())
        return Error{Tr::tr("Could not read people from the catalog: %1").arg(query.lastError().text())};
    QList<PersonRow> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

Result<std::optional<PersonDetails>> PeopleSearch::details(QSqlDatabase db, qint64 personId)
{
    QSqlQuery query(db);
    if (!execBound(query, DetailsSql, {personId}))
        return Error{Tr::tr("The person could not be read from the catalog: %1").arg(query.lastError().text())};
    if (!query.next()) {
        if (query.lastError().isValid())
            return Error{Tr::tr("The person could not be read from the catalog: %1").arg(query.lastError().text())};
        return std::optional<PersonDetails>();
    }
    PersonDetails person;
    person.id = query.value(0).toLongLong();
    person.firstName = text(query.value(1));
    person.lastName = text(query.value(2));
    person.name = text(query.value(3));
    person.biography = text(query.value(4));
    person.dateOfBirth = text(query.value(5));
    person.gender = text(query.value(6));
    if (!query.value(7).isNull())
        person.countryId = query.value(7).toLongLong();
    person.countryName = text(query.value(8));
    if (!query.value(9).isNull())
        person.primaryPhotoId = query.value(9).toLongLong();
    person.primaryPhotoKey = text(query.value(10));
    person.photoCount = query.value(11).toInt();
    person.directedCount = query.value(12).toInt();
    person.actedCount = query.value(13).toInt();
    return std::optional<PersonDetails>(std::move(person));
}

Result<QList<FilmographyEntry>> PeopleSearch::filmography(QSqlDatabase db, qint64 personId)
{
    QSqlQuery query(db);
    if (!execBound(query, FilmographySql, {personId, personId}))
        return Error{Tr::tr("The filmography could not be read from the catalog: %1").arg(query.lastError().text())};
    QList<FilmographyEntry> entries;
    while (query.next()) {
        FilmographyEntry entry;
        entry.movieId = query.value(0).toLongLong();
        entry.title = query.value(1).toString();
        entry.year = text(query.value(2));
        entry.kind = query.value(3).toInt() == 0 ? FilmographyEntry::Kind::Directed : FilmographyEntry::Kind::Acted;
        if (!query.value(4).isNull())
            entry.castId = query.value(4).toLongLong();
        if (!query.value(5).isNull())
            entry.characterId = query.value(5).toLongLong();
        entry.characterName = text(query.value(6));
        entry.role = text(query.value(7));
        entries.append(entry);
    }
    if (query.lastError().isValid())
        return Error{Tr::tr("The filmography could not be read from the catalog: %1").arg(query.lastError().text())};
    return entries;
}

} // namespace Reelkeeper
