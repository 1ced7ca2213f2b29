#include "moviesearch.h"

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

// Every place a movie can be found by text: its title, its director, its actors and the names of
// its characters. Each subquery takes the same FTS5 query.
constexpr auto TextCondition = R"(movies.id IN (
    SELECT rowid FROM movie_title_search WHERE movie_title_search MATCH ?
    UNION SELECT id FROM movies AS directed WHERE directed.director_id IN
        (SELECT rowid FROM person_name_search WHERE person_name_search MATCH ?)
    UNION SELECT movie_id FROM movie_actors WHERE person_id IN
        (SELECT rowid FROM person_name_search WHERE person_name_search MATCH ?)
    UNION SELECT movie_id FROM characters WHERE id IN
        (SELECT rowid FROM character_name_search WHERE character_name_search MATCH ?)))";

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

bool prepareAndBind(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return true;
}

} // namespace

bool MovieFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && genreIds.isEmpty() && !countryId && !yearFrom && !yearTo && !incompleteOnly;
}

QString MovieSearch::fullTextQuery(const QString &text)
{
    QStringList phrases;
    for (const QString &word : words(text)) {
        if (word.size() < TrigramLength)
            continue;
        QString phrase = word;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + phrase + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
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
            for (int i = 0; i < 4; ++i)
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
    if (!parts.isEmpty())
        condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

Result<qint64> MovieSearch::count(QSqlDatabase db, const MovieFilter &filter)
{
    const SqlCondition where = condition(filter);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndBind(query, QStringLiteral("SELECT count(*) FROM movies WHERE ") + where.sql, where.values)
        || !query.exec() || !query.next())
        return Error{Tr::tr("Could not count the movies: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Result<QList<qint64>> MovieSearch::ids(QSqlDatabase db, const MovieFilter &filter, int limit, int offset)
{
    const SqlCondition where = condition(filter);
    QVariantList values = where.values;
    values << limit << offset;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndBind(query,
                        QStringLiteral("SELECT id FROM movies WHERE ") + where.sql
                            + QStringLiteral(" ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                        values)
        || !query.exec())
        return Error{Tr::tr("Could not search the movies: %1").arg(query.lastError().text())};
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace Reelkeeper
