#include "moviesearch.h"

#include "boundquery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieSearch)
};

constexpr qsizetype TrigramLength = 3;

// A movie's search document holds its title, its director's and actors' names and its characters'
// names (schema 2), so one full-text lookup finds a movie by any of them.
constexpr auto TextCondition = "movies.id IN (SELECT rowid FROM movie_search WHERE movie_search MATCH ?)";

// Above this many text matches, the first page is found fastest by walking the title index and
// keeping the matches; below it, by sorting the matches. Both give the same rows.
constexpr qint64 DenseMatches = 5000;

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

bool MovieFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && genreIds.isEmpty() && !countryId && !yearFrom && !yearTo && !incompleteOnly
           && !favoritesOf;
}

QString MovieSearch::fullTextQuery(const QString &text)
{
    return fullTextPhrases(text).join(QLatin1Char(' '));
}

QStringList MovieSearch::fullTextPhrases(const QString &text)
{
    QStringList phrases;
    for (const QString &word : words(text)) {
        if (word.size() < TrigramLength)
            continue;
        QString phrase = word;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + phrase + QLatin1Char('"'));
    }
    return phrases;
}

QString MovieSearch::prefixPattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return pattern + QLatin1Char('%');
}

SqlCondition MovieSearch::condition(const MovieFilter &filter)
{
    QStringList parts;
    SqlCondition condition;

    if (!filter.text.trimmed().isEmpty()) {
        const QString query = fullTextQuery(filter.text);
        if (!query.isEmpty()) {
            parts.append(QLatin1String(TextCondition));
            condition.values.append(query);
        } else {
            parts.append(QStringLiteral("movies.title LIKE ? ESCAPE '\\'"));
            condition.values.append(prefixPattern(filter.text));
        }
    }
    if (!filter.genreIds.isEmpty()) {
        QStringList placeholders;
        for (qint64 id : filter.genreIds) {
            placeholders.append(QStringLiteral("?"));
            condition.values.append(id);
        }
        parts.append(QStringLiteral("movies.id IN (SELECT movie_id FROM movie_genres WHERE genre_id IN (%1))")
                         .arg(placeholders.join(QStringLiteral(", "))));
    }
    if (filter.countryId) {
        parts.append(QStringLiteral("movies.country_id = ?"));
        condition.values.append(*filter.countryId);
    }
    // Release dates are ISO text of reduced precision, so whole years compare as text:
    // everything from "1970" up to but not including "1980" is the 1970s.
    if (filter.yearFrom) {
        parts.append(QStringLiteral("movies.release_date >= ?"));
        condition.values.append(QStringLiteral("%1").arg(*filter.yearFrom, 4, 10, QLatin1Char('0')));
    }
    if (filter.yearTo) {
        parts.append(QStringLiteral("movies.release_date < ?"));
        condition.values.append(QStringLiteral("%1").arg(*filter.yearTo + 1, 4, 10, QLatin1Char('0')));
    }
    if (filter.incompleteOnly) {
        parts.append(QStringLiteral("(movies.director_id IS NULL OR movies.country_id IS NULL OR NOT EXISTS "
                                    "(SELECT 1 FROM movie_genres WHERE movie_genres.movie_id = movies.id))"));
    }
    if (filter.favoritesOf) {
        // A user's favorites come straight from UNIQUE (user_id, movie_id): a range of that index,
        // then a lookup by id per favorite, whatever the size of the catalog.
        parts.append(QStringLiteral("movies.id IN (SELECT movie_id FROM favorite_movies WHERE user_id = ?)"));
        condition.values.append(*filter.favoritesOf);
    }
    if (!parts.isEmpty())
        condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

Result<qint64> MovieSearch::count(QSqlDatabase db, const MovieFilter &filter)
{
    QSqlQuery query(db);
    // Text alone is counted by the full-text index itself, without touching the movies.
    MovieFilter others = filter;
    others.text.clear();
    const QString fullText = fullTextQuery(filter.text);
    bool ran = false;
    if (others.isEmpty() && !fullText.isEmpty()) {
        ran = execBound(query, QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH ?"), {fullText});
    } else {
        const SqlCondition where = condition(filter);
        ran = execBound(query, QStringLiteral("SELECT count(*) FROM movies WHERE ") + where.sql, where.values);
    }
    if (!ran || !query.next())
        return Error{Tr::tr("Could not count the movies: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Result<QList<qint64>> MovieSearch::ids(QSqlDatabase db, const MovieFilter &filter, int limit, int offset,
                                       std::optional<qint64> knownCount)
{
    const SqlCondition where = condition(filter);
    // No text: the title index is the way, unless the favorites filter keeps only a few movies.
    bool dense = fullTextQuery(filter.text).isEmpty() && !filter.favoritesOf;
    if (!dense) {
        if (!knownCount) {
            Result<qint64> counted = count(db, filter);
            if (!counted)
                return Error{counted.error()};
            knownCount = counted.value();
        }
        dense = *knownCount > DenseMatches;
    }
    QVariantList values = where.values;
    values << limit << offset;
    QSqlQuery query(db);
    const QString sql = QStringLiteral("SELECT id FROM movies%1 WHERE %2 ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?")
                            .arg(dense ? QStringLiteral(" INDEXED BY movies_title") : QString(), where.sql);
    if (!execBound(query, sql, values))
        return Error{Tr::tr("Could not search the movies: %1").arg(query.lastError().text())};
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace Reelkeeper
