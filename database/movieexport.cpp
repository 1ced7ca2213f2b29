#include "movieexport.h"

#include "csvreader.h"
#include "importformats.h"
#include "mediastore.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieExport)
};

constexpr qint64 ProgressIntervalMs = 100;

// The movie list's columns, in the order they are written.
const QStringList &columns()
{
    static const QStringList names = [] {
        QStringList list;
        for (ImportFormats::Field field : ImportFormats::allFields())
            list.append(ImportFormats::fieldName(field));
        return list;
    }();
    return names;
}

} // namespace

Result<qint64> MovieExport::exportMovies(QSqlDatabase db, const QString &path, const Options &options,
                                         const std::function<bool(qint64, qint64)> &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    const SqlCondition where = MovieSearch::condition(options.filter);
    // The movies, their genres, their cast and their characters without actor are read by four
    // cursors in movie id order and merged here: four passes over the tables instead of queries per
    // movie. They read in one transaction, so they agree even if the window saves an edit meanwhile.
    const Sqlite::ReadTransaction snapshot(db);
    if (!snapshot.error().isEmpty())
        return Error{Tr::tr("Could not read the movies to export: %1").arg(snapshot.error())};
    // Every movie, or those the filter chooses (bound values only; the SQL is ours).
    const bool everything = options.filter.isEmpty();
    const QString chosen = QStringLiteral("SELECT id FROM movies WHERE ") + where.sql;
    const auto restricted = [&](const QString &column) {
        return everything ? QStringLiteral("1") : QStringLiteral("%1 IN (%2)").arg(column, chosen);
    };
    Sqlite::Statement movies(db, QStringLiteral(R"(
        SELECT movies.id, movies.title, movies.release_date, movies.duration, movies.budget, movies.description,
               person_names.full_name, countries.name, files.key
        FROM movies
        LEFT JOIN person_names ON person_names.id = movies.director_id
        LEFT JOIN countries ON countries.id = movies.country_id
        LEFT JOIN files ON files.id = movies.poster_file_id
        WHERE %1
        ORDER BY movies.id)")
                                     .arg(restricted(QStringLiteral("movies.id"))));
    Sqlite::Statement genres(db, QStringLiteral(R"(
        SELECT movie_genres.movie_id, genres.name FROM movie_genres JOIN genres ON genres.id = movie_genres.genre_id
        WHERE %1
        ORDER BY movie_genres.movie_id, genres.name COLLATE NOCASE)")
                                     .arg(restricted(QStringLiteral("movie_genres.movie_id"))));
    // The cast in billing order (the order entries were added), read in movie order through the
    // movie_id index; then the characters nobody plays.
    Sqlite::Statement actors(db, QStringLiteral(R"(
        SELECT movie_actors.movie_id, person_names.full_name, characters.name, characters.role
        FROM movie_actors
        JOIN person_names ON person_names.id = movie_actors.person_id
        LEFT JOIN characters ON characters.id = movie_actors.character_id
        WHERE %1
        ORDER BY movie_actors.movie_id, movie_actors.id)")
                                     .arg(restricted(QStringLiteral("movie_actors.movie_id"))));
    Sqlite::Statement unplayed(db, QStringLiteral(R"(
        SELECT characters.movie_id, NULL, characters.name, characters.role
        FROM characters
        WHERE %1 AND NOT EXISTS (SELECT 1 FROM movie_actors WHERE movie_actors.character_id = characters.id)
        ORDER BY characters.movie_id, characters.id)")
                                       .arg(restricted(QStringLiteral("characters.movie_id"))));
    for (const Sqlite::Statement *statement : {&movies, &genres, &actors, &unplayed}) {
        if (!statement->isValid())
            return Error{Tr::tr("Could not read the movies to export: %1").arg(statement->error())};
    }
    for (Sqlite::Statement *statement : {&movies, &genres, &actors, &unplayed})
        statement->bindAll(where.values);
    qint64 total = -1;
    if (progress) {
        Result<qint64> counted = MovieSearch::count(db, options.filter);
        total = counted ? counted.value() : -1;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("%1 cannot be written: %2").arg(shown, file.errorString())};
    CsvWriter writer(&file);
    if (options.bom)
        writer.writeBom();
    writer.writeRecord(columns());

    const MediaStore media(options.mediaFolder);
    bool moreGenres = genres.step();
    bool moreActors = actors.step();
    bool moreUnplayed = unplayed.step();
    qint64 written = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    QStringList fields(columns().size());
    QStringList genreNames;
    QList<ImportCast> castEntries;
    // Appends the rows of cursor that belong to movie id, as cast entries.
    const auto takeCast = [&castEntries](Sqlite::Statement &cursor, bool &more, qint64 id) {
        while (more && cursor.columnInt64(0) < id)
            more = cursor.step();
        while (more && cursor.columnInt64(0) == id) {
            castEntries.append({cursor.columnText(1), cursor.columnText(2), cursor.columnText(3)});
            more = cursor.step();
        }
    };
    while (movies.step()) {
        const qint64 id = movies.columnInt64(0);
        genreNames.clear();
        while (moreGenres && genres.columnInt64(0) < id)
            moreGenres = genres.step();
        while (moreGenres && genres.columnInt64(0) == id) {
            genreNames.append(genres.columnText(1));
            moreGenres = genres.step();
        }
        castEntries.clear();
        takeCast(actors, moreActors, id);
        takeCast(unplayed, moreUnplayed, id);
        fields[0] = movies.columnText(1);
        fields[1] = movies.columnText(2);
        fields[2] = movies.columnIsNull(3) ? QString() : QString::number(movies.columnInt64(3));
        fields[3] = movies.columnText(4);
        fields[4] = movies.columnText(5);
        fields[5] = movies.columnText(6);
        fields[6] = movies.columnText(7);
        fields[7] = ImportFormats::joinList(genreNames, QLatin1Char(';'));
        fields[8] = ImportFormats::castCell(castEntries);
        const QString key = movies.columnText(8);
        fields[9] = key.isEmpty() || options.mediaFolder.isEmpty() ? QString() : media.absolutePath(key);
        writer.writeRecord(fields);
        ++written;
        if (progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            sinceReport.restart();
            if (!progress(written, total)) {
                file.cancelWriting();
                return Error{Tr::tr("The export was cancelled; %1 was not written.").arg(shown)};
            }
        }
    }
    for (const Sqlite::Statement *statement : {&movies, &genres, &actors, &unplayed}) {
        if (statement->failed())
            return Error{Tr::tr("Could not read the movies to export: %1").arg(statement->error())};
    }
    if (!writer.flush() || !file.commit())
        return Error{Tr::tr("%1 could not be written: %2").arg(shown, file.errorString())};
    if (progress)
        progress(written, written);
    return written;
}

} // namespace Reelkeeper
