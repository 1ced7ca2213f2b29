#pragma once

#include "result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Reelkeeper {

// What the browser shows: the search box and the filters beside it.
struct MovieFilter
{
    // Search as you type over titles, people's names and character names. Words of three letters
    // or more are looked up in the full-text index and must all occur in the movie's title, its
    // director's or actors' names or its characters' names; shorter input matches the beginning
    // of titles.
    QString text;
    QList<qint64> genreIds;          // movies in any of these genres
    std::optional<qint64> countryId; // produced in this country
    std::optional<int> yearFrom;     // released in or after this year
    std::optional<int> yearTo;       // released in or before this year
    bool incompleteOnly = false;     // director, country or genre missing
    // Only the favorites of this user ("My favorites"). Whoever builds the filter passes the
    // signed-in user; a guest has no favorites, so leaves it empty.
    std::optional<qint64> favoritesOf;

    bool isEmpty() const;
};

// A condition on the table `movies` with the values to bind to its placeholders, in order.
// User text only ever travels in `values`, never in `sql`.
struct SqlCondition
{
    QString sql = QStringLiteral("1");
    QVariantList values;
};

namespace MovieSearch {

SqlCondition condition(const MovieFilter &filter);

// The FTS5 query for the searchable words of text (each a quoted phrase), or empty when text has
// no word long enough for the trigram index.
QString fullTextQuery(const QString &text);
// The same, a phrase at a time: a movie matches the query when it matches every phrase.
QStringList fullTextPhrases(const QString &text);

// The LIKE pattern that matches titles starting with text, with % _ and \ escaped.
QString prefixPattern(const QString &text);

Result<qint64> count(QSqlDatabase db, const MovieFilter &filter);

// Ids of matching movies in title order, a page at a time. knownCount, when given, is what count()
// answered for the same filter; it saves counting again to choose the fastest plan.
Result<QList<qint64>> ids(QSqlDatabase db, const MovieFilter &filter, int limit, int offset = 0,
                          std::optional<qint64> knownCount = std::nullopt);

} // namespace MovieSearch

} // namespace Reelkeeper

Q_DECLARE_METATYPE(Reelkeeper::MovieFilter)
