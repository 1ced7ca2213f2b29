#include "movieimport.h"

#include "csvreader.h"
#include "imagedownload.h"
#include "mediastore.h"
#include "searchindex.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

#include <algorithm>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MovieImport)
};

constexpr qint64 ProgressIntervalMs = 100; // ten reports a second: the bar moves smoothly
constexpr int MaximumFailedDownloads = 3;  // then the network is taken as unavailable

QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// "Jean-Luc Godard" → first "Jean-Luc", last "Godard"; one word is a last name (DESIGN.md).
std::pair<QString, QString> splitName(const QString &fullName)
{
    const QString name = fullName.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {QString(), name};
    return {name.left(space), name.mid(space + 1)};
}

// The same full name is the same person, whatever the case.
QString personKey(const QString &fullName)
{
    return fullName.simplified().toCaseFolded();
}

// Everything one import needs on its connection: prepared statements, and the people, countries
// and genres it has looked up or created so far.
class Importer
{
public:
    Importer(QSqlDatabase db, const ImportOptions &options, ImportReport &report)
        : m_db(db)
        , m_options(options)
        , m_report(report)
        , m_media(options.mediaFolder)
        , m_search(db)
    {
    }

    Result<void> prepare();
    // One record; a problem with it becomes an error note (or, with strict, the import's error).
    Result<void> add(const ImportRecord &record, qint64 line);
    // Deletes the media files this import stored (after a rollback: no row names them).
    void discardNewMedia()
    {
        for (const QString &key : std::as_const(m_newMedia))
            QFile::remove(m_media.absolutePath(key));
        m_newMedia.clear();
    }
    // Rebuilds the search documents of every movie and person the import wrote, asking
    // keepGoing() between batches (false cancels), and makes the search triggers again.
    Result<void> finish(const std::function<bool()> &keepGoing);

private:
    struct Statements;

    Result<std::optional<qint64>> findDuplicate(const ImportRecord &record);
    // Everyone the catalog had is read by prepare(), and everyone added is noted: no query.
    std::optional<qint64> findPerson(const QString &fullName) const;
    Result<qint64> person(const QString &fullName);
    // A country or genre by name (case-insensitive), added when the catalog has none of that name.
    Result<qint64> named(const QString &name, QHash<QString, qint64> &known, Sqlite::Statement &insert,
                         CreatedRow::Table table);
    Result<qint64> country(const QString &name);
    Result<qint64> genre(const QString &name);
    Result<void> writeMovie(const ImportRecord &record, qint64 line, std::optional<qint64> existing);
    Result<void> writeGenresAndCast(qint64 movieId, const ImportRecord &record, bool replace);
    // Removes what a row created before the schema refused its movie (see writeMovie()).
    Result<void> forgetRowSince(qsizetype createdRows, qsizetype addedFiles, qsizetype newMedia);
    std::optional<qint64> poster(const QString &poster, qint64 line);
    void note(ImportNote::Kind kind, qint64 line, const QString &message);

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    MediaStore m_media;
    std::unique_ptr<Statements> m_statements;
    qint64 m_moviesBefore = 0; // the highest movie id before the import
    qint64 m_peopleBefore = 0; // the highest person id before the import
    QHash<QString, qint64> m_people;   // personKey → id
    QHash<QString, qint64> m_countries; // case-folded name → id
    QHash<QString, qint64> m_genres;    // case-folded name → id
    QHash<QString, qint64> m_posters;   // poster as written → files id
    SearchIndexPause m_search;
    QSet<qint64> m_snapshotted; // updated movies whose state before is in the report
    QStringList m_newMedia;     // keys of the poster files this import stored (none were there)
    int m_failedDownloads = 0;
};

struct Importer::Statements
{
    explicit Statements(QSqlDatabase db)
        : duplicateBySource(db, QStringLiteral("SELECT movie_id FROM movie_sources WHERE source = ?1 AND source_id = ?2"))
        , duplicateByKey(db, QStringLiteral("SELECT id FROM movies WHERE title = ?1 COLLATE NOCASE "
                                            "AND (?2 IS NULL OR substr(release_date, 1, 4) = ?2) "
                                            "AND (?3 IS NULL OR director_id = ?3) ORDER BY id LIMIT 1"))
        , insertPerson(db, QStringLiteral("INSERT INTO people (first_name, last_name) VALUES (?1, ?2)"))
        , insertCountry(db, QStringLiteral("INSERT INTO countries (name) VALUES (?1)"))
        , insertGenre(db, QStringLiteral("INSERT INTO genres (name) VALUES (?1)"))
        , insertMovie(db, QStringLiteral("INSERT INTO movies (title, release_date, duration, budget, description, "
                                         "director_id, country_id, poster_file_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        , updateMovie(db, QStringLiteral("UPDATE movies SET title = ?1, release_date = CASE WHEN ?2 IS NULL OR substr(release_date, 1, length(?2)) = ?2 "
                                         "THEN release_date ELSE ?2 END, "
                                         "duration = ifnull(?3, duration), budget = ifnull(?4, budget), "
                                         "description = ifnull(?5, description), director_id = ifnull(?6, director_id), "
                                         "country_id = ifnull(?7, country_id), poster_file_id = ifnull(?8, poster_file_id), "
                                         "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?9"))
        , insertMovieGenre(db, QStringLiteral("INSERT OR IGNORE INTO movie_genres (movie_id, genre_id) VALUES (?1, ?2)"))
        , deleteMovieGenres(db, QStringLiteral("DELETE FROM movie_genres WHERE movie_id = ?1"))
        , insertCharacter(db, QStringLiteral("INSERT INTO characters (movie_id, name, role) VALUES (?1, ?2, ?3)"))
        , insertActor(db, QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?1, ?2, ?3)"))
        , deleteActors(db, QStringLiteral("DELETE FROM movie_actors WHERE movie_id = ?1"))
        , deleteCharacters(db, QStringLiteral("DELETE FROM characters WHERE movie_id = ?1"))
        , insertSource(db, QStringLiteral("INSERT OR IGNORE INTO movie_sources (movie_id, source, source_id) VALUES (?1, ?2, ?3)"))
        , findFile(db, QStringLiteral("SELECT id FROM files WHERE key = ?1"))
        , insertFile(db, QStringLiteral("INSERT INTO files (file_name, mime_type, key, url) VALUES (?1, ?2, ?3, ?4)"))
    {
    }

    QString error() const
    {
        for (const Sqlite::Statement *statement :
             {&duplicateBySource, &duplicateByKey, &insertPerson, &insertCountry, &insertGenre, &insertMovie,
              &updateMovie, &insertMovieGenre, &deleteMovieGenres, &insertCharacter, &insertActor, &deleteActors,
              &deleteCharacters, &insertSource, &findFile, &insertFile}) {
            if (!statement->isValid())
                return statement->error();
        }
        return {};
    }

    Sqlite::Statement duplicateBySource, duplicateByKey, insertPerson, insertCountry, insertGenre,
        insertMovie, updateMovie, insertMovieGenre, deleteMovieGenres, insertCharacter, insertActor, deleteActors,
        deleteCharacters, insertSource, findFile, insertFile;
};

void Importer::note(ImportNote::Kind kind, qint64 line, const QString &message)
{
    switch (kind) {
    case ImportNote::Kind::Error:
        ++m_report.errors;
        break;
    case ImportNote::Kind::Skip:
        ++m_report.skipped;
        break;
    case ImportNote::Kind::Warning:
        ++m_report.warnings;
        break;
    }
    if (m_report.notes.size() < ImportReport::MaximumNotes)
        m_report.notes.append({kind, line, message});
}

Result<void> Importer::prepare()
{
    Sqlite::Statement highest(m_db, QStringLiteral("SELECT (SELECT ifnull(max(id), 0) FROM movies), "
                                                   "(SELECT ifnull(max(id), 0) FROM people)"));
    if (!highest.step())
        return Error{Tr::tr("Could not prepare the import: %1").arg(highest.error())};
    m_moviesBefore = highest.columnInt64(0);
    m_peopleBefore = highest.columnInt64(1);

    // The same full name is the same person (DESIGN.md), however the catalog split it into first
    // and last name ("Gus" "Van Sant"): people are matched by their full name, all of them read
    // once here (a few megabytes for 200,000 people) rather than looked up row by row.
    Sqlite::Statement people(m_db, QStringLiteral("SELECT id, full_name FROM person_names ORDER BY id"));
    while (people.step()) {
        const QString key = personKey(people.columnText(1));
        if (!m_people.contains(key)) // the oldest of namesakes, as the pickers would offer first
            m_people.insert(key, people.columnInt64(0));
    }
    if (!people.isValid() || people.failed())
        return Error{Tr::tr("Could not prepare the import: %1").arg(people.error())};

    // Countries and genres are few: all of them are looked up in memory.
    for (auto [table, map] : {std::pair{QStringLiteral("countries"), &m_countries}, std::pair{QStringLiteral("genres"), &m_genres}}) {
        Sqlite::Statement all(m_db, QStringLiteral("SELECT id, name FROM %1").arg(table));
        while (all.step())
            map->insert(all.columnText(1).toCaseFolded(), all.columnInt64(0));
        if (all.failed())
            return Error{Tr::tr("Could not prepare the import: %1").arg(all.error())};
    }
    // The search documents are built once per movie at the end instead of once per cast entry and
    // character (SearchIndexPause); without those triggers most inserts also need no statement
    // journal.
    if (Result<void> paused = m_search.pause(); !paused)
        return paused;
    m_statements = std::make_unique<Statements>(m_db);
    if (const QString error = m_statements->error(); !error.isEmpty())
        return Error{Tr::tr("Could not prepare the import: %1").arg(error)};
    return {};
}

std::optional<qint64> Importer::findPerson(const QString &fullName) const
{
    const auto it = m_people.constFind(personKey(fullName));
    return it == m_people.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

Result<qint64> Importer::person(const QString &fullName)
{
    if (const std::optional<qint64> found = findPerson(fullName))
        return *found;
    const auto [first, last] = splitName(fullName);
    Sqlite::Statement &insert = m_statements->insertPerson;
    insert.bind(1, nullIfEmpty(first));
    insert.bind(2, last);
    insert.step();
    if (insert.failed())
        return Error{Tr::tr("Could not add the person %1: %2").arg(fullName, insert.error())};
    const qint64 id = insert.lastInsertId();
    m_people.insert(personKey(fullName), id);
    m_report.createdRows.append({CreatedRow::Table::People, id, {}});
    return id;
}

Result<qint64> Importer::named(const QString &name, QHash<QString, qint64> &known, Sqlite::Statement &insert,
                               CreatedRow::Table table)
{
    const QString key = name.toCaseFolded();
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    insert.bind(1, name);
    insert.step();
    if (insert.failed())
        return Error{Tr::tr("Could not add “%1”: %2").arg(name, insert.error())};
    const qint64 id = insert.lastInsertId();
    known.insert(key, id);
    m_report.createdRows.append({table, id, {}});
    return id;
}

Result<qint64> Importer::country(const QString &name)
{
    return named(name, m_countries, m_statements->insertCountry, CreatedRow::Table::Countries);
}

Result<qint64> Importer::genre(const QString &name)
{
    return named(name, m_genres, m_statements->insertGenre, CreatedRow::Table::Genres);
}

Result<std::optional<qint64>> Importer::findDuplicate(const ImportRecord &record)
{
    if (!record.source.isEmpty() && !record.sourceId.isEmpty()) {
        Sqlite::Statement &bySource = m_statements->duplicateBySource;
        bySource.bind(1, record.source);
        bySource.bind(2, record.sourceId);
        if (bySource.step())
            return std::optional<qint64>(bySource.columnInt64(0));
        if (bySource.failed())
            return Error{Tr::tr("Could not look for duplicates: %1").arg(bySource.error())};
    }
    std::optional<qint64> directorId;
    if (!record.director.isEmpty()) {
        directorId = findPerson(record.director);
        if (!directorId)
            return std::optional<qint64>(); // a director the catalog does not know: a new movie
    }
    Sqlite::Statement &byKey = m_statements->duplicateByKey;
    byKey.bind(1, record.title);
    byKey.bind(2, record.releaseDate.isEmpty() ? QString() : record.releaseDate.left(4));
    if (directorId)
        byKey.bind(3, *directorId);
    else
        byKey.bind(3, nullptr);
    if (byKey.step())
        return std::optional<qint64>(byKey.columnInt64(0));
    if (byKey.failed())
        return Error{Tr::tr("Could not look for duplicates: %1").arg(byKey.error())};
    return std::optional<qint64>();
}

std::optional<qint64> Importer::poster(const QString &poster, qint64 line)
{
    if (const auto it = m_posters.constFind(poster); it != m_posters.constEnd())
        return *it;
    if (m_options.mediaFolder.isEmpty()) {
        note(ImportNote::Kind::Warning, line, Tr::tr("The poster %1 was left out: no media folder.").arg(poster));
        return std::nullopt;
    }
    QByteArray bytes;
    QString fileName;
    QString url;
    const QUrl asUrl(poster);
    if (asUrl.scheme() == QLatin1String("http") || asUrl.scheme() == QLatin1String("https")) {
        if (m_options.dryRun)
            return std::nullopt; // nothing is downloaded for a preview
        if (!m_options.downloadPosters || m_failedDownloads >= MaximumFailedDownloads) {
            note(ImportNote::Kind::Warning, line,
                 Tr::tr("The poster %1 was not downloaded; the movie was imported without it.").arg(poster));
            return std::nullopt;
        }
        ImageDownload download;
        QEventLoop loop;
        QString problem;
        QObject::connect(&download, &ImageDownload::finished, &loop, [&](const QByteArray &data, const QString &) {
            bytes = data;
            loop.quit();
        });
        QObject::connect(&download, &ImageDownload::failed, &loop, [&](const QString &message) {
            problem = message;
            loop.quit();
        });
        QObject::connect(&download, &ImageDownload::cancelled, &loop, &QEventLoop::quit);
        download.start(asUrl);
        if (download.isRunning())
            loop.exec();
        if (bytes.isEmpty()) {
            ++m_failedDownloads;
            note(ImportNote::Kind::Warning, line,
                 Tr::tr("The poster was left out: %1").arg(problem.isEmpty() ? poster : problem));
            return std::nullopt;
        }
        m_failedDownloads = 0;
        fileName = QFileInfo(asUrl.path()).fileName();
        url = poster;
    } else {
        const QString path = QDir(m_options.baseFolder).absoluteFilePath(poster);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            note(ImportNote::Kind::Warning, line,
                 (m_options.dryRun ? Tr::tr("The poster %1 could not be read (%2); the movie would be imported without it.")
                                   : Tr::tr("The poster %1 could not be read (%2); the movie was imported without it."))
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        if (file.size() > MediaStore::MaxFileBytes) {
            note(ImportNote::Kind::Warning, line,
                 (m_options.dryRun ? Tr::tr("The poster %1 is too large; the movie would be imported without it.")
                                   : Tr::tr("The poster %1 is too large; the movie was imported without it."))
                     .arg(QDir::toNativeSeparators(path)));
            return std::nullopt;
        }
        bytes = file.readAll();
        fileName = QFileInfo(path).fileName();
    }
    if (m_options.dryRun) {
        if (Result<StoredImage> image = MediaStore::inspect(bytes); !image) {
            note(ImportNote::Kind::Warning, line, Tr::tr("The poster %1 would be left out: %2").arg(poster, image.error()));
        }
        return std::nullopt;
    }
    Result<StoredImage> stored = m_media.store(bytes);
    if (!stored) {
        note(ImportNote::Kind::Warning, line, Tr::tr("The poster %1 was left out: %2").arg(poster, stored.error()));
        return std::nullopt;
    }
    if (!stored->alreadyStored)
        m_newMedia.append(stored->key);
    Sqlite::Statement &find = m_statements->findFile;
    find.bind(1, stored->key);
    if (find.step()) {
        const qint64 id = find.columnInt64(0);
        m_posters.insert(poster, id);
        return id;
    }
    Sqlite::Statement &insert = m_statements->insertFile;
    insert.bind(1, fileName.isEmpty() ? QFileInfo(stored->key).fileName() : fileName);
    insert.bind(2, stored->mimeType);
    insert.bind(3, stored->key);
    insert.bind(4, nullIfEmpty(url));
    insert.step();
    if (insert.failed()) {
        note(ImportNote::Kind::Warning, line, Tr::tr("The poster %1 was left out: %2").arg(poster, insert.error()));
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId();
    m_posters.insert(poster, id);
    m_report.addedFileIds.append(id);
    return id;
}

Result<void> Importer::writeGenresAndCast(qint64 movieId, const ImportRecord &record, bool replace)
{
    Statements &s = *m_statements;
    if (replace && !record.genres.isEmpty()) {
        s.deleteMovieGenres.bind(1, movieId);
        s.deleteMovieGenres.step();
        if (s.deleteMovieGenres.failed())
            return Error{Tr::tr("Could not replace the genres: %1").arg(s.deleteMovieGenres.error())};
    }
    for (const QString &name : record.genres) {
        Result<qint64> id = genre(name);
        if (!id)
            return Error{id.error()};
        s.insertMovieGenre.bind(1, movieId);
        s.insertMovieGenre.bind(2, id.value());
        s.insertMovieGenre.step();
        if (s.insertMovieGenre.failed())
            return Error{Tr::tr("Could not add the genre %1: %2").arg(name, s.insertMovieGenre.error())};
    }
    if (replace && !record.cast.isEmpty()) {
        for (Sqlite::Statement *remove : {&s.deleteActors, &s.deleteCharacters}) {
            remove->bind(1, movieId);
            remove->step();
            if (remove->failed())
                return Error{Tr::tr("Could not replace the cast: %1").arg(remove->error())};
        }
    }
    for (const ImportCast &entry : record.cast) {
        std::optional<qint64> characterId;
        if (!entry.character.isEmpty()) {
            s.insertCharacter.bind(1, movieId);
            s.insertCharacter.bind(2, entry.character);
            s.insertCharacter.bind(3, nullIfEmpty(entry.role));
            s.insertCharacter.step();
            if (s.insertCharacter.failed())
                return Error{Tr::tr("Could not add the character %1: %2").arg(entry.character, s.insertCharacter.error())};
            characterId = s.insertCharacter.lastInsertId();
        }
        if (entry.actor.isEmpty())
            continue;
        Result<qint64> actor = person(entry.actor);
        if (!actor)
            return Error{actor.error()};
        s.insertActor.bind(1, movieId);
        s.insertActor.bind(2, actor.value());
        if (characterId)
            s.insertActor.bind(3, *characterId);
        else
            s.insertActor.bind(3, nullptr);
        s.insertActor.step();
        if (s.insertActor.failed())
            return Error{Tr::tr("Could not add the actor %1: %2").arg(entry.actor, s.insertActor.error())};
    }
    if (!record.source.isEmpty() && !record.sourceId.isEmpty()) {
        s.insertSource.bind(1, movieId);
        s.insertSource.bind(2, record.source);
        s.insertSource.bind(3, record.sourceId);
        s.insertSource.step();
        if (s.insertSource.failed())
            return Error{Tr::tr("Could not record where the movie comes from: %1").arg(s.insertSource.error())};
    }
    return {};
}

Result<void> Importer::writeMovie(const ImportRecord &record, qint64 line, std::optional<qint64> existing)
{
    Statements &s = *m_statements;
    const qsizetype createdBefore = m_report.createdRows.size();
    const qsizetype filesBefore = m_report.addedFileIds.size();
    const qsizetype mediaBefore = m_newMedia.size();
    std::optional<qint64> directorId, countryId;
    if (!record.director.isEmpty()) {
        Result<qint64> id = person(record.director);
        if (!id)
            return Error{id.error()};
        directorId = id.value();
    }
    if (!record.country.isEmpty()) {
        Result<qint64> id = country(record.country);
        if (!id)
            return Error{id.error()};
        countryId = id.value();
    }
    const std::optional<qint64> posterId = record.poster.isEmpty() ? std::nullopt : poster(record.poster, line);

    // A movie this import added and a later row updates stays an added movie: undo removes it, and
    // its search document is built with the added ones.
    const bool addedHere = existing && *existing > m_moviesBefore;
    if (existing && !addedHere && m_options.keepUndo && !m_snapshotted.contains(*existing)) {
        Result<MovieSnapshot> before = MovieRecords::snapshot(m_db, *existing);
        if (!before)
            return Error{before.error()};
        m_report.updatedBefore.append(before.value());
        m_snapshotted.insert(*existing);
    }
    Sqlite::Statement &write = existing ? s.updateMovie : s.insertMovie;
    write.bind(1, record.title);
    write.bind(2, nullIfEmpty(record.releaseDate));
    if (record.duration)
        write.bind(3, qint64(*record.duration));
    else
        write.bind(3, nullptr);
    write.bind(4, nullIfEmpty(record.budget));
    write.bind(5, nullIfEmpty(record.description));
    for (auto [position, value] : {std::pair{6, directorId}, std::pair{7, countryId}, std::pair{8, posterId}}) {
        if (value)
            write.bind(position, *value);
        else
            write.bind(position, nullptr);
    }
    if (existing)
        write.bind(9, *existing);
    write.step();
    if (write.failed()) {
        // A value the schema refuses (the sources check the form, the schema has the last word):
        // the row is an error, the import goes on.
        note(ImportNote::Kind::Error, line, Tr::tr("“%1” was not imported: %2").arg(record.title, write.error()));
        return forgetRowSince(createdBefore, filesBefore, mediaBefore);
    }
    const qint64 movieId = existing ? *existing : write.lastInsertId();
    if (Result<void> rest = writeGenresAndCast(movieId, record, existing.has_value()); !rest)
        return rest;
    if (existing) {
        ++m_report.updated;
        if (!addedHere)
            m_report.updatedMovieIds.append(movieId);
    } else {
        ++m_report.added;
        m_report.addedMovieIds.append(movieId);
    }
    return {};
}

// Rare (the formats check values before the schema does), so plain statements and a walk over the
// name caches are good enough.
Result<void> Importer::forgetRowSince(qsizetype createdRows, qsizetype addedFiles, qsizetype newMedia)
{
    const auto forget = [](QHash<QString, qint64> &known, qint64 id) { known.removeIf([id](auto it) { return it.value() == id; }); };
    while (m_report.createdRows.size() > createdRows) {
        const CreatedRow row = m_report.createdRows.takeLast();
        const bool isPerson = row.table == CreatedRow::Table::People;
        Sqlite::Statement remove(m_db, isPerson ? QStringLiteral("DELETE FROM people WHERE id = ?1")
                                                : QStringLiteral("DELETE FROM countries WHERE id = ?1"));
        remove.bind(1, row.id);
        remove.step();
        if (remove.failed() || !remove.isValid())
            return Error{Tr::tr("Could not remove what a refused row added: %1").arg(remove.error())};
        forget(isPerson ? m_people : m_countries, row.id);
    }
    while (m_report.addedFileIds.size() > addedFiles) {
        const qint64 id = m_report.addedFileIds.takeLast();
        Sqlite::Statement remove(m_db, QStringLiteral("DELETE FROM files WHERE id = ?1"));
        remove.bind(1, id);
        remove.step();
        if (remove.failed() || !remove.isValid())
            return Error{Tr::tr("Could not remove what a refused row added: %1").arg(remove.error())};
        forget(m_posters, id);
    }
    while (m_newMedia.size() > newMedia)
        QFile::remove(m_media.absolutePath(m_newMedia.takeLast()));
    return {};
}

Result<void> Importer::add(const ImportRecord &record, qint64 line)
{
    Result<std::optional<qint64>> duplicate = findDuplicate(record);
    if (!duplicate)
        return Error{duplicate.error()};
    if (duplicate.value()) {
        switch (m_options.onDuplicate) {
        case OnDuplicate::Skip:
            note(ImportNote::Kind::Skip, line,
                 record.releaseDate.isEmpty()
                     ? Tr::tr("“%1” is in the catalog already (movie %2); skipped.").arg(record.title).arg(**duplicate)
                     : Tr::tr("“%1” (%2) is in the catalog already (movie %3); skipped.")
                           .arg(record.title, record.releaseDate.left(4))
                           .arg(**duplicate));
            return {};
        case OnDuplicate::Update:
            // Updating the same movie twice in one import is allowed: the later row wins.
            return writeMovie(record, line, duplicate.value());
        case OnDuplicate::Add:
            break;
        }
    }
    return writeMovie(record, line, std::nullopt);
}

Result<void> Importer::finish(const std::function<bool()> &keepGoing)
{
    // Every movie the import added or changed gets its search document built once, a batch at a
    // time so that progress keeps being reported; likewise the people it added get their names
    // indexed. Then the triggers are made again.
    QList<qint64> updated = m_report.updatedMovieIds;
    std::sort(updated.begin(), updated.end());
    updated.erase(std::unique(updated.begin(), updated.end()), updated.end());
    if (Result<void> reindexed = m_search.reindexMovies(updated); !reindexed)
        return reindexed;
    // Added movies and people have ids above those the catalog had (ids are never reused).
    constexpr qint64 Batch = 2000;
    for (auto [table, from] : {std::pair{QStringLiteral("movies"), m_moviesBefore}, std::pair{QStringLiteral("people"), m_peopleBefore}}) {
        Sqlite::Statement highest(m_db, QStringLiteral("SELECT ifnull(max(id), 0) FROM %1").arg(table));
        if (!highest.step())
            return Error{Tr::tr("Could not index the imported movies for search: %1").arg(highest.error())};
        const qint64 last = highest.columnInt64(0);
        for (qint64 first = from + 1; first <= last; first += Batch) {
            const qint64 end = std::min(last, first + Batch - 1);
            Result<void> indexed = table == QLatin1String("movies") ? m_search.indexMovies(first, end)
                                                                    : m_search.indexPeople(first, end);
            if (!indexed)
                return indexed;
            if (!keepGoing())
                return Error{Tr::tr("The import was cancelled; nothing was imported.")};
        }
    }
    return m_search.resume();
}

// A failure of the reader as "FILE:LINE: message" (or "FILE: message" before any record).
QString readerFailure(const QString &shown, const CsvReader &reader)
{
    return reader.line() > 0 ? QStringLiteral("%1:%2: %3").arg(shown, QString::number(reader.line()), reader.error())
                             : QStringLiteral("%1: %2").arg(shown, reader.error());
}

// Opens path for reader, detects how it is written and reads its header row.
Result<void> readHeader(QFile &file, CsvReader &reader, QStringList &header)
{
    const QString shown = QDir::toNativeSeparators(file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot be read: %2").arg(shown, file.errorString())};
    if (Result<CsvFormat> detected = reader.detect(); !detected)
        return Error{QStringLiteral("%1: %2").arg(shown, detected.error())};
    if (!reader.next(header)) {
        return Error{reader.error().isEmpty() ? QStringLiteral("%1: %2").arg(shown, Tr::tr("The file has no header row."))
                                              : readerFailure(shown, reader)};
    }
    return {};
}

QString encodingName(CsvFormat::Encoding encoding)
{
    return encoding == CsvFormat::Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
}

} // namespace

QString ImportReport::format(const ImportNote &note) const
{
    const QString file = QDir::toNativeSeparators(fileName);
    return note.line > 0 ? QStringLiteral("%1:%2: %3").arg(file, QString::number(note.line), note.message)
                         : QStringLiteral("%1: %2").arg(file, note.message);
}

QString ImportReport::summary() const
{
    return (dryRun ? Tr::tr("would import: %1 added, %2 updated, %3 skipped, %4 errors")
                   : Tr::tr("imported: %1 added, %2 updated, %3 skipped, %4 errors"))
        .arg(added)
        .arg(updated)
        .arg(skipped)
        .arg(errors);
}

Result<MovieImport::FileInfo> MovieImport::inspect(const QString &path)
{
    QFile file(path);
    CsvReader reader(&file);
    FileInfo info;
    if (Result<void> read = readHeader(file, reader, info.header); !read)
        return Error{read.error()};
    info.delimiter = reader.format().delimiter;
    info.bom = reader.format().bom;
    QStringList fields;
    while (info.firstRows.size() < 20 && reader.next(fields))
        info.firstRows.append(fields);
    // The encoding may have been decided on the rows read after detect().
    info.encoding = encodingName(reader.format().encoding);
    info.format = ImportFormats::detect(info.header);
    if (info.format)
        info.formatDescription = ImportFormats::describe(*info.format, info.header, QFileInfo(path).fileName());
    return info;
}

Result<ImportReport> MovieImport::importRows(QSqlDatabase db, const std::function<bool(ImportRow &)> &next,
                                             const std::function<QString()> &failure, const QString &fileName,
                                             const ImportOptions &options, const std::function<qint64()> &bytesDone,
                                             qint64 totalBytes, const ImportProgress &progress)
{
    ImportReport report;
    report.fileName = fileName;
    report.dryRun = options.dryRun;
    const QString file = QDir::toNativeSeparators(fileName);
    const auto fileError = [&file](qint64 line, const QString &message) {
        return Error{line > 0 ? QStringLiteral("%1:%2: %3").arg(file, QString::number(line), message)
                              : QStringLiteral("%1: %2").arg(file, message)};
    };

    // A big import writes far more pages than SQLite's default cache holds; spilling them to the
    // journal mid-transaction would cost more than the import itself.
    const QVariant cacheSize = Sqlite::pragma(db, QStringLiteral("cache_size"));
    (void)Sqlite::execute(db, QStringLiteral("PRAGMA cache_size = -262144")); // 256 MB, at most
    // Statement journals (each insert that fires triggers keeps one) stay in memory too.
    const QVariant tempStore = Sqlite::pragma(db, QStringLiteral("temp_store"));
    (void)Sqlite::execute(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto restoreCache = qScopeGuard([&] {
        (void)Sqlite::execute(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
        (void)Sqlite::execute(db, QStringLiteral("PRAGMA temp_store = %1").arg(tempStore.toLongLong()));
    });
    if (Result<void> begun = Sqlite::execute(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return fileError(0, Tr::tr("Could not start the import: %1").arg(begun.error()));
    // Foreign keys are checked once, at the commit, instead of row by row (which also spares
    // SQLite a statement journal per insert). The setting ends with the transaction.
    (void)Sqlite::execute(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // Whatever happens below, nothing is kept unless the end is reached and committed.
    bool open = true;
    Importer importer(db, options, report);
    const auto rollback = [&] {
        if (open) {
            (void)Sqlite::execute(db, QStringLiteral("ROLLBACK"));
            importer.discardNewMedia(); // the poster files this import stored belong to no row now
        }
        open = false;
    };
    const auto failWith = [&](const Error &error) -> Result<ImportReport> {
        rollback();
        return error;
    };

    if (Result<void> prepared = importer.prepare(); !prepared)
        return failWith(fileError(0, prepared.error()));

    QElapsedTimer sinceReport;
    sinceReport.start();
    ImportRow row;
    while (next(row)) {
        switch (row.kind) {
        case ImportRow::Kind::Problem:
            if (options.strict)
                return failWith(fileError(row.line, row.message + QLatin1Char(' ')
                                                        + Tr::tr("Nothing was imported (--strict).")));
            ++report.errors;
            if (report.notes.size() < ImportReport::MaximumNotes)
                report.notes.append({ImportNote::Kind::Error, row.line, row.message});
            break;
        case ImportRow::Kind::Skip:
            ++report.skipped;
            if (report.notes.size() < ImportReport::MaximumNotes)
                report.notes.append({ImportNote::Kind::Skip, row.line, row.message});
            break;
        case ImportRow::Kind::Record: {
            const qint64 errorsBefore = report.errors;
            if (Result<void> added = importer.add(row.record, row.line); !added)
                return failWith(fileError(row.line, added.error()));
            if (options.strict && report.errors > errorsBefore)
                return failWith(fileError(row.line, report.notes.constLast().message + QLatin1Char(' ')
                                                        + Tr::tr("Nothing was imported (--strict).")));
            break;
        }
        }
        if (progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            sinceReport.restart();
            if (!progress(bytesDone ? bytesDone() : 0, totalBytes)) {
                rollback();
                return fileError(0, Tr::tr("The import was cancelled; nothing was imported."));
            }
        }
    }
    if (const QString error = failure ? failure() : QString(); !error.isEmpty())
        return failWith(Error{error});
    bool cancelled = false;
    const auto keepGoing = [&] {
        if (progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            sinceReport.restart();
            cancelled = !progress(totalBytes, totalBytes);
        }
        return !cancelled;
    };
    if (Result<void> finished = importer.finish(keepGoing); !finished)
        return failWith(fileError(0, finished.error()));
    if (progress)
        progress(totalBytes, totalBytes);
    if (options.dryRun) {
        rollback();
        report.addedMovieIds.clear();
        report.updatedMovieIds.clear();
        report.createdRows.clear();
        report.addedFileIds.clear();
        report.updatedBefore.clear();
        return report;
    }
    if (Result<void> committed = Sqlite::execute(db, QStringLiteral("COMMIT")); !committed)
        return failWith(fileError(0, Tr::tr("Could not save the import: %1").arg(committed.error())));
    open = false;
    report.committed = true;
    return report;
}

Result<ImportReport> MovieImport::importFile(QSqlDatabase db, const QString &path,
                                             std::optional<ImportFormats::Format> format, const ImportOptions &options,
                                             const ImportProgress &progress,
                                             const std::optional<ImportFormats::ColumnMapping> &mapping)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    CsvReader reader(&file);
    QStringList header;
    if (Result<void> read = readHeader(file, reader, header); !read)
        return Error{read.error()};
    const qint64 headerLine = reader.line();
    if (!format && !mapping) {
        format = ImportFormats::detect(header);
        if (!format) {
            return Error{QStringLiteral("%1:%2: %3").arg(shown, QString::number(headerLine),
                Tr::tr("The header row is not one Reelkeeper knows (no title column). Import it in the window to map "
                       "its columns, or name one column \"title\"."))};
        }
    }
    Result<ImportFormats::RowConverter> converter = mapping ? ImportFormats::RowConverter::create(header, *mapping)
                                                            : ImportFormats::RowConverter::create(*format, header);
    if (!converter)
        return Error{QStringLiteral("%1:%2: %3").arg(shown, QString::number(headerLine), converter.error())};

    ImportOptions effective = options;
    if (effective.baseFolder.isEmpty())
        effective.baseFolder = QFileInfo(path).absolutePath();
    QStringList fields;
    const auto next = [&](ImportRow &row) {
        if (!reader.next(fields))
            return false;
        row = converter->convert(fields, reader.line());
        return true;
    };
    const auto failure = [&]() -> QString { return reader.error().isEmpty() ? QString() : readerFailure(shown, reader); };
    Result<ImportReport> report = importRows(db, next, failure, path, effective, [&reader] { return reader.bytesRead(); },
                                             file.size(), progress);
    if (report)
        report->formatDescription = mapping ? Tr::tr("CSV file with a column mapping")
                                            : ImportFormats::describe(converter->format(), header,
                                                                      QFileInfo(path).fileName());
    return report;
}

} // namespace Reelkeeper

