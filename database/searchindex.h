#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace Reelkeeper {

// For changes of thousands of movies at once (imports, and undoing or redoing them): the triggers
// that keep the search indexes up to date (schema 2: movie_search, person_name_search) would
// rebuild a movie's document once per cast entry and character. pause() drops those triggers, the
// caller writes its rows and then has the documents built once each, and resume() makes the
// triggers again. All of it inside the caller's transaction, so nobody else ever sees the triggers
// gone, and a rollback brings them back with everything else. Triggers that only delete documents
// stay: deleted movies and people leave the indexes as before.
//
// Thread rule: use on the thread that owns the connection, inside a transaction.
class SearchIndexPause final
{
public:
    explicit SearchIndexPause(QSqlDatabase db);

    Result<void> pause();
    // Builds the documents of the movies with ids first…last, which have none yet.
    Result<void> indexMovies(qint64 first, qint64 last);
    // Builds the documents of these movies again (or for the first time).
    Result<void> reindexMovies(const QList<qint64> &ids);
    // Indexes the names of the people with ids first…last, or with these ids; they have none yet.
    Result<void> indexPeople(qint64 first, qint64 last);
    Result<void> indexPeople(const QList<qint64> &ids);
    // Makes the triggers again.
    Result<void> resume();

private:
    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_triggers; // name, SQL
};

} // namespace Reelkeeper
