#include "personrecord.h"

#include "boundquery.h"
#include "mediastore.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::PersonRecords)
};

constexpr auto SelectPersonSql = R"(
    SELECT first_name, last_name, biography, date_of_birth, gender, country_id, created_at, updated_at
    FROM people WHERE id = ?)";
constexpr auto SelectPhotosSql = R"(
    SELECT person_photos.id, person_photos.file_id, person_photos.is_primary, files.key, files.file_name,
           files.url, files.mime_type
    FROM person_photos JOIN files ON files.id = person_photos.file_id
    WHERE person_photos.person_id = ? ORDER BY person_photos.id)";
constexpr auto SelectCreditsSql = R"(
    SELECT movie_actors.id, movie_actors.movie_id, movie_actors.character_id, movies.title, movies.release_date,
           characters.name, characters.description, characters.role, movie_actors.created_at, movie_actors.updated_at
    FROM movie_actors JOIN movies ON movies.id = movie_actors.movie_id
    LEFT JOIN characters ON characters.id = movie_actors.character_id
    WHERE movie_actors.person_id = ? ORDER BY movie_actors.id)";
constexpr auto SelectDirectedSql = R"(
    SELECT id, title, release_date, updated_at FROM movies WHERE director_id = ?
    ORDER BY release_date IS NULL, release_date, id)";

constexpr auto InsertPersonSql = R"(
    INSERT INTO people (id, first_name, last_name, biography, date_of_birth, gender, country_id,
                        created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto UpdatePersonSql = R"(
    UPDATE people SET first_name = ?, last_name = ?, biography = ?, date_of_birth = ?, gender = ?, country_id = ?
    WHERE id = ?)";
constexpr auto DeletePersonSql = R"(
    DELETE FROM people WHERE id = ?)";
constexpr auto PersonExistsSql = R"(
    SELECT 1 FROM people WHERE id = ?)";

constexpr auto FileByKeySql = R"(
    SELECT id FROM files WHERE key = ?)";
constexpr auto InsertFileSql = R"(
    INSERT INTO files (file_name, mime_type, key, url) VALUES (?, ?, ?, ?))";
constexpr auto InsertPhotoSql = R"(
    INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (?, ?, ?, ?))";
constexpr auto DeletePhotoSql = R"(
    DELETE FROM person_photos WHERE id = ?)";
constexpr auto SetPrimarySql = R"(
    UPDATE people SET primary_photo_id = ? WHERE id = ?)";

constexpr auto InsertCharacterSql = R"(
    INSERT INTO characters (id, movie_id, name, description, role, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?))";
constexpr auto SelectCharacterSql = R"(
    SELECT movie_id, name, description, role, created_at, updated_at FROM characters WHERE id = ?)";
constexpr auto DeleteCharacterSql = R"(
    DELETE FROM characters WHERE id = ?)";
constexpr auto InsertCastSql = R"(
    INSERT INTO movie_actors (id, movie_id, person_id, character_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto UpdateCastSql = R"(
    UPDATE movie_actors SET movie_id = ?, character_id = ? WHERE id = ?)";
constexpr auto DeleteCastSql = R"(
    DELETE FROM movie_actors WHERE id = ?)";
constexpr auto RestoreDirectorSql = R"(
    UPDATE movies SET director_id = ?, updated_at = ? WHERE id = ? AND director_id IS NULL)";


bool isBlank(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : nullId();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString timestampOr(const QString &timestamp, const QString &fallback)
{
    return timestamp.isEmpty() ? fallback : timestamp;
}

QString databaseText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The person could not be read from the catalog: %1").arg(databaseText(query.lastError()))};
}

Error noSuchPerson(qint64 personId)
{
    return Error{Tr::tr("There is no person %1 in the catalog.").arg(personId)};
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(databaseText(db.lastError()))};
}

Error commitError(QSqlDatabase db)
{
    return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(databaseText(db.lastError()))};
}

Error writeError(const QSqlQuery &query, const QString &name)
{
    const QSqlError error = query.lastError();
    if (error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error{Tr::tr("“%1” could not be saved because a country, movie, character or image it refers to "
                            "is no longer in the catalog.").arg(name)};
    if (error.databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        return Error{Tr::tr("“%1” could not be saved because the catalog has changed meanwhile: one of its "
                            "records has been taken by another entry.").arg(name)};
    return Error{Tr::tr("“%1” could not be saved: %2").arg(name, databaseText(error))};
}

// Runs one statement with bound values; the query keeps the error.
bool run(QSqlQuery &query, const char *sql, const QVariantList &values)
{
    return execBound(query, sql, values);
}

// Reads the person with photos, credits and directed movies, and the timestamps undo needs.
Result<PersonSnapshot> readPerson(QSqlDatabase db, qint64 personId)
{
    PersonSnapshot snapshot;
    PersonRecord &person = snapshot.person;
    QSqlQuery query(db);
    if (!run(query, SelectPersonSql, {personId}))
        return readError(query);
    if (!query.next())
        return query.lastError().isValid() ? readError(query) : noSuchPerson(personId);
    person.id = personId;
    person.firstName = query.value(0).toString();
    person.lastName = query.value(1).toString();
    person.biography = query.value(2).toString();
    person.dateOfBirth = query.value(3).toString();
    person.gender = query.value(4).toString();
    if (!query.value(5).isNull())
        person.countryId = query.value(5).toLongLong();
    person.createdAt = query.value(6).toString();
    person.updatedAt = query.value(7).toString();
    query.finish();

    if (!run(query, SelectPhotosSql, {personId}))
        return readError(query);
    while (query.next()) {
        PersonPhoto photo;
        photo.id = query.value(0).toLongLong();
        photo.fileId = query.value(1).toLongLong();
        photo.isPrimary = query.value(2).toInt() == 1;
        photo.key = query.value(3).toString();
        photo.fileName = query.value(4).toString();
        photo.url = query.value(5).toString();
        photo.mimeType = query.value(6).toString();
        person.photos.append(photo);
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (!run(query, SelectCreditsSql, {personId}))
        return readError(query);
    while (query.next()) {
        PersonCredit credit;
        credit.id = query.value(0).toLongLong();
        credit.movieId = query.value(1).toLongLong();
        credit.characterId = query.value(2).toLongLong();
        credit.movieTitle = query.value(3).toString();
        credit.releaseDate = query.value(4).toString();
        credit.characterName = query.value(5).toString();
        credit.characterDescription = query.value(6).toString();
        credit.characterRole = query.value(7).toString();
        person.credits.append(credit);
        snapshot.creditTimestamps.append({query.value(8).toString(), query.value(9).toString()});
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (!run(query, SelectDirectedSql, {personId}))
        return readError(query);
    while (query.next()) {
        person.directed.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
        snapshot.directedMovieIds.append(query.value(0).toLongLong());
        snapshot.directedUpdatedAt.append(query.value(3).toString());
    }
    if (query.lastError().isValid())
        return readError(query);
    return snapshot;
}

// The files row of a photo: its own id, the row that already has the same image, or a new row.
Result<qint64> fileIdFor(QSqlDatabase db, const PersonPhoto &photo, const QString &name)
{
    if (photo.fileId > 0)
        return photo.fileId;
    if (!MediaStore::isValidKey(photo.key))
        return Error{Tr::tr("The photo “%1” is not an image of the catalog's media folder.").arg(photo.fileName)};
    QSqlQuery query(db);
    if (!run(query, FileByKeySql, {photo.key}))
        return writeError(query, name);
    if (query.next())
        return query.value(0).toLongLong();
    query.finish();
    const QString fileName = photo.fileName.trimmed().isEmpty() ? QFileInfo(photo.key).fileName() : photo.fileName;
    if (!run(query, InsertFileSql, {fileName, photo.mimeType, photo.key, textOrNull(photo.url)}))
        return writeError(query, name);
    return query.lastInsertId().toLongLong();
}

// Creates the character a new credit names, if any; the id of the character the link points at.
Result<qint64> characterFor(QSqlDatabase db, const PersonCredit &credit, const QString &name,
                            QList<qint64> *created)
{
    if (credit.characterId > 0 || isBlank(credit.characterName))
        return credit.characterId;
    QSqlQuery query(db);
    const QString stamp = now();
    if (!run(query, InsertCharacterSql,
             {nullId(), credit.movieId, credit.characterName.trimmed(), textOrNull(credit.characterDescription),
              textOrNull(credit.characterRole), stamp, stamp}))
        return writeError(query, name);
    const qint64 id = query.lastInsertId().toLongLong();
    if (created)
        created->append(id);
    return id;
}

// Writes photos not stored yet and the primary photo of a stored person.
Result<void> writePhotos(QSqlDatabase db, qint64 personId, const QList<PersonPhoto> &photos, const QString &name)
{
    QSqlQuery query(db);
    qint64 primary = 0;
    QSet<qint64> fileIds;
    for (const PersonPhoto &photo : photos) {
        qint64 photoId = photo.id;
        if (photoId == 0) {
            Result<qint64> fileId = fileIdFor(db, photo, name);
            if (!fileId)
                return Error{fileId.error()};
            if (fileIds.contains(*fileId))
                continue; // the same image twice in one gallery is one photo
            fileIds.insert(*fileId);
            if (!run(query, InsertPhotoSql, {nullId(), personId, *fileId, 0}))
                return writeError(query, name);
            photoId = query.lastInsertId().toLongLong();
        } else {
            fileIds.insert(photo.fileId);
        }
        if (photo.isPrimary)
            primary = photoId;
    }
    // Only when it changes: naming the same photo again would still touch the person's updated_at.
    if (!run(query, "SELECT primary_photo_id FROM people WHERE id = ?", {personId}) || !query.next())
        return writeError(query, name);
    const qint64 current = query.value(0).toLongLong();
    query.finish();
    if (current != primary && !run(query, SetPrimarySql, {idOrNull(primary), personId}))
        return writeError(query, name);
    return {};
}

enum class Ids { New, Keep };

// Inserts the person row with photos and credits. Ids::Keep writes the snapshot's ids and
// timestamps (restore) and puts back the director links.
Result<qint64> insertPerson(QSqlDatabase db, const PersonSnapshot &snapshot, Ids ids, QList<qint64> *createdCharacters)
{
    const PersonRecord &person = snapshot.person;
    const bool keep = ids == Ids::Keep;
    const QString name = person.fullName();
    const QString stamp = now();
    QSqlQuery query(db);
    if (!run(query, InsertPersonSql,
             {keep ? idOrNull(person.id) : nullId(), textOrNull(person.firstName.trimmed()),
              textOrNull(person.lastName.trimmed()), textOrNull(person.biography), textOrNull(person.dateOfBirth),
              textOrNull(person.gender), idOrNull(person.countryId),
              keep ? timestampOr(person.createdAt, stamp) : stamp, keep ? timestampOr(person.updatedAt, stamp) : stamp}))
        return writeError(query, name);
    const qint64 personId = query.lastInsertId().toLongLong();

    if (keep) {
        // The photos under their ids; the primary flag last, through the person (triggers).
        qint64 primary = 0;
        for (const PersonPhoto &photo : person.photos) {
            if (!run(query, InsertPhotoSql, {idOrNull(photo.id), personId, photo.fileId, 0}))
                return writeError(query, name);
            if (photo.isPrimary)
                primary = photo.id;
        }
        if (primary > 0 && !run(query, SetPrimarySql, {primary, personId}))
            return writeError(query, name);
        // Naming the primary photo touched updated_at; the snapshot's value goes back.
        if (primary > 0 && !run(query, "UPDATE people SET updated_at = ? WHERE id = ?",
                                {timestampOr(person.updatedAt, stamp), personId}))
            return writeError(query, name);
    } else if (Result<void> written = writePhotos(db, personId, person.photos, name); !written) {
        return Error{written.error()};
    }

    for (qsizetype i = 0; i < person.credits.size(); ++i) {
        const PersonCredit &credit = person.credits.at(i);
        qint64 characterId = credit.characterId;
        if (!keep) {
            Result<qint64> character = characterFor(db, credit, name, createdCharacters);
            if (!character)
                return Error{character.error()};
            characterId = *character;
        }
        const RowTimestamps times = keep ? snapshot.creditTimestamps.value(i) : RowTimestamps();
        if (!run(query, InsertCastSql,
                 {keep ? idOrNull(credit.id) : nullId(), credit.movieId, personId, idOrNull(characterId),
                  timestampOr(times.createdAt, stamp), timestampOr(times.updatedAt, stamp)}))
            return writeError(query, name);
    }

    if (keep) {
        for (qsizetype i = 0; i < snapshot.directedMovieIds.size(); ++i) {
            if (!run(query, RestoreDirectorSql,
                     {personId, timestampOr(snapshot.directedUpdatedAt.value(i), stamp),
                      snapshot.directedMovieIds.at(i)}))
                return writeError(query, name);
        }
    }
    return personId;
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<void> deletePeople(QSqlDatabase db, const QList<qint64> &personIds)
{
    QSqlQuery query(db);
    for (const qint64 personId : sortedUnique(personIds)) {
        if (!run(query, DeletePersonSql, {personId}))
            return Error{Tr::tr("The people could not be deleted: %1").arg(databaseText(query.lastError()))};
        if (query.numRowsAffected() == 0)
            return noSuchPerson(personId);
    }
    return {};
}

Result<void> putBack(QSqlDatabase db, const QList<PersonSnapshot> &snapshots)
{
    for (const PersonSnapshot &snapshot : snapshots) {
        QSqlQuery query(db);
        if (!run(query, PersonExistsSql, {snapshot.person.id}))
            return readError(query);
        if (query.next())
            return Error{Tr::tr("“%1” could not be put back because another person has taken its place in the "
                                "catalog.").arg(snapshot.person.fullName())};
        query.finish();
        Result<qint64> restored = insertPerson(db, snapshot, Ids::Keep, nullptr);
        if (!restored)
            return Error{restored.error()};
    }
    return {};
}

} // namespace

QString PersonRecord::fullName() const
{
    return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

QString PersonDeletionImpact::describe() const
{
    QStringList parts;
    if (directedMovies > 0)
        parts.append(Tr::tr("directs %n movie(s)", nullptr, directedMovies));
    if (castLinks > 0) {
        const QString movies = Tr::tr("%n movie(s)", nullptr, castMovies);
        parts.append(characters > 0 ? Tr::tr("plays %n character(s) in %1", nullptr, characters).arg(movies)
                                    : Tr::tr("acts in %1").arg(movies));
    }
    if (photos > 0)
        parts.append(Tr::tr("%n photo(s)", nullptr, photos));
    return parts.join(QStringLiteral(", "));
}

namespace PersonRecords {

const QStringList &genders()
{
    static const QStringList known{QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("non_binary"),
                                   QStringLiteral("other")};
    return known;
}

QList<FieldProblem> validate(const PersonRecord &person)
{
    QList<FieldProblem> problems;
    const auto problem = [&](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (isBlank(person.firstName) && isBlank(person.lastName))
        problem("name", Tr::tr("Enter a first or a last name: every person needs one."));

    const QString dateHint = Tr::tr("Use a year (1972), a month (1972-03) or a day (1972-03-24).");
    if (!person.dateOfBirth.isEmpty()) {
        switch (partialDateForm(person.dateOfBirth)) {
        case PartialDateForm::Wrong:
            problem("date_of_birth", dateHint);
            break;
        case PartialDateForm::Impossible:
            problem("date_of_birth", Tr::tr("“%1” is not a real date. %2").arg(person.dateOfBirth, dateHint));
            break;
        case PartialDateForm::Right:
            break;
        }
    }
    if (!person.gender.isEmpty() && !genders().contains(person.gender))
        problem("gender", Tr::tr("The gender must be female, male, non-binary, other or unknown."));

    const auto primaries = std::count_if(person.photos.begin(), person.photos.end(),
                                         [](const PersonPhoto &photo) { return photo.isPrimary; });
    if (primaries > 1)
        problem("photos", Tr::tr("Only one photo can be the primary photo."));
    for (const PersonPhoto &photo : person.photos) {
        if (photo.fileId <= 0 && !MediaStore::isValidKey(photo.key))
            problem("photos", Tr::tr("The photo “%1” is not an image of the catalog.").arg(photo.fileName));
    }

    for (qsizetype i = 0; i < person.credits.size(); ++i) {
        const PersonCredit &credit = person.credits.at(i);
        if (credit.movieId <= 0)
            problem("credits", Tr::tr("Credit %1 needs a movie.").arg(i + 1));
        if (!credit.characterRole.isEmpty() && !characterRoles().contains(credit.characterRole))
            problem("credits", Tr::tr("The role in credit %1 must be lead, supporting, minor or cameo, or left "
                                      "empty.").arg(i + 1));
    }
    return problems;
}

Result<PersonRecord> load(QSqlDatabase db, qint64 personId)
{
    Result<PersonSnapshot> read = readPerson(db, personId);
    if (!read)
        return Error{read.error()};
    return std::move(read->person);
}

Result<qint64> insert(QSqlDatabase db, const PersonRecord &person, QList<qint64> *createdCharacters)
{
    if (const QList<FieldProblem> problems = validate(person); !problems.isEmpty())
        return Error{problems.first().message};
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    PersonSnapshot snapshot;
    snapshot.person = person;
    QList<qint64> created;
    Result<qint64> inserted = insertPerson(db, snapshot, Ids::New, &created);
    if (!inserted)
        return inserted;
    if (!transaction.commit())
        return commitError(db);
    if (createdCharacters)
        *createdCharacters = created;
    return inserted;
}

Result<QList<qint64>> update(QSqlDatabase db, const PersonRecord &person)
{
    if (const QList<FieldProblem> problems = validate(person); !problems.isEmpty())
        return Error{problems.first().message};
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<PersonSnapshot> read = readPerson(db, person.id);
    if (!read)
        return Error{read.error()};
    const PersonRecord &stored = read->person;
    const QString name = person.fullName();

    QSet<qint64> storedPhotoIds;
    for (const PersonPhoto &photo : stored.photos)
        storedPhotoIds.insert(photo.id);
    QSet<qint64> storedCreditIds;
    for (const PersonCredit &credit : stored.credits)
        storedCreditIds.insert(credit.id);
    QSet<qint64> keptPhotos;
    for (const PersonPhoto &photo : person.photos) {
        if (photo.id != 0 && !storedPhotoIds.contains(photo.id))
            return Error{Tr::tr("“%1” has changed in the catalog since it was opened. Open it again and repeat the "
                                "edit.").arg(stored.fullName())};
        keptPhotos.insert(photo.id);
    }
    QHash<qint64, PersonCredit> keptCredits;
    for (const PersonCredit &credit : person.credits) {
        if (credit.id != 0 && !storedCreditIds.contains(credit.id))
            return Error{Tr::tr("“%1” has changed in the catalog since it was opened. Open it again and repeat the "
                                "edit.").arg(stored.fullName())};
        keptCredits.insert(credit.id, credit);
    }

    QSqlQuery query(db);
    if (!run(query, UpdatePersonSql,
             {textOrNull(person.firstName.trimmed()), textOrNull(person.lastName.trimmed()),
              textOrNull(person.biography), textOrNull(person.dateOfBirth), textOrNull(person.gender),
              idOrNull(person.countryId), person.id}))
        return writeError(query, name);

    // Removed photos first, so that writePhotos() settles the primary photo last.
    for (const PersonPhoto &photo : stored.photos) {
        if (!keptPhotos.contains(photo.id) && !run(query, DeletePhotoSql, {photo.id}))
            return writeError(query, name);
    }
    if (Result<void> written = writePhotos(db, person.id, person.photos, name); !written)
        return Error{written.error()};

    QList<qint64> created;
    for (const PersonCredit &credit : stored.credits) {
        if (!keptCredits.contains(credit.id) && !run(query, DeleteCastSql, {credit.id}))
            return writeError(query, name);
    }
    const QString stamp = now();
    for (const PersonCredit &credit : person.credits) {
        Result<qint64> character = characterFor(db, credit, name, &created);
        if (!character)
            return Error{character.error()};
        if (credit.id == 0) {
            if (!run(query, InsertCastSql,
                     {nullId(), credit.movieId, person.id, idOrNull(*character), stamp, stamp}))
                return writeError(query, name);
            continue;
        }
        const auto before = std::find_if(stored.credits.begin(), stored.credits.end(),
                                          [&credit](const PersonCredit &c) { return c.id == credit.id; });
        if ((before->movieId != credit.movieId || before->characterId != *character)
            && !run(query, UpdateCastSql, {credit.movieId, idOrNull(*character), credit.id}))
            return writeError(query, name);
    }
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return created;
}

Result<qint64> addPhoto(QSqlDatabase db, const MediaStore &media, qint64 personId, const QByteArray &bytes,
                        const QString &fileName, const QString &url)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<qint64> fileId = media.addFile(db, bytes, fileName, url);
    if (!fileId)
        return fileId;
    QSqlQuery query(db);
    if (!run(query, "SELECT id FROM person_photos WHERE person_id = ? AND file_id = ?", {personId, *fileId}))
        return readError(query);
    if (query.next())
        return query.value(0).toLongLong(); // already in this gallery
    query.finish();
    if (!run(query, PersonExistsSql, {personId}))
        return readError(query);
    if (!query.next())
        return noSuchPerson(personId);
    query.finish();
    // The first photo of a person becomes the primary one.
    if (!run(query, R"(
            INSERT INTO person_photos (person_id, file_id, is_primary)
            VALUES (?, ?, NOT EXISTS (SELECT 1 FROM person_photos WHERE person_id = ? AND is_primary = 1)))",
             {personId, *fileId, personId}))
        return writeError(query, fileName);
    const qint64 photoId = query.lastInsertId().toLongLong();
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return photoId;
}

Result<qint64> addPhotoFile(QSqlDatabase db, const MediaStore &media, qint64 personId, const QString &path)
{
    QFile file(path);
    if (file.size() > MediaStore::MaxFileBytes)
        return Error{Tr::tr("“%1” is too large; Reelkeeper accepts images of at most %2 MB.")
                         .arg(path).arg(MediaStore::MaxFileBytes / (1024 * 1024))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("“%1” cannot be read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    Result<qint64> added = addPhoto(db, media, personId, bytes, QFileInfo(path).fileName());
    if (!added)
        return Error{Tr::tr("“%1” was not added. %2").arg(QFileInfo(path).fileName(), added.error())};
    return added;
}

Result<void> setPrimaryPhoto(QSqlDatabase db, qint64 photoId)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    if (!run(query, "UPDATE person_photos SET is_primary = 1 WHERE id = ?", {photoId}))
        return writeError(query, QString::number(photoId));
    if (query.numRowsAffected() == 0)
        return Error{Tr::tr("There is no photo %1 in the catalog.").arg(photoId)};
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> removePhoto(QSqlDatabase db, const MediaStore &media, qint64 photoId)
{
    qint64 fileId = 0;
    {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return transactionError(db);
        QSqlQuery query(db);
        if (!run(query, "SELECT file_id FROM person_photos WHERE id = ?", {photoId}))
            return readError(query);
        if (!query.next())
            return Error{Tr::tr("There is no photo %1 in the catalog.").arg(photoId)};
        fileId = query.value(0).toLongLong();
        query.finish();
        if (!run(query, DeletePhotoSql, {photoId}))
            return writeError(query, QString::number(photoId));
        query.finish();
        if (!transaction.commit())
            return commitError(db);
    }
    Result<bool> released = media.releaseFile(db, fileId);
    if (!released)
        return Error{released.error()};
    return {};
}

Result<qint64> addCredit(QSqlDatabase db, qint64 personId, const PersonCredit &credit)
{
    if (credit.movieId <= 0)
        return Error{Tr::tr("Choose a movie for the credit.")};
    if (!credit.characterRole.isEmpty() && !characterRoles().contains(credit.characterRole))
        return Error{Tr::tr("The role must be lead, supporting, minor or cameo, or left empty.")};
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    const QString name = QString::number(personId);
    Result<qint64> character = characterFor(db, credit, name, nullptr);
    if (!character)
        return character;
    const QString stamp = now();
    QSqlQuery query(db);
    if (!run(query, InsertCastSql, {nullId(), credit.movieId, personId, idOrNull(*character), stamp, stamp}))
        return Error{Tr::tr("The credit could not be added: %1").arg(databaseText(query.lastError()))};
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return id;
}

Result<void> removeCredit(QSqlDatabase db, qint64 creditId)
{
    QSqlQuery query(db);
    if (!run(query, DeleteCastSql, {creditId}))
        return Error{Tr::tr("The credit could not be removed: %1").arg(databaseText(query.lastError()))};
    if (query.numRowsAffected() == 0)
        return Error{Tr::tr("There is no credit %1 in the catalog.").arg(creditId)};
    return {};
}

Result<PersonDeletionImpact> deletionImpact(QSqlDatabase db, const QList<qint64> &personIds)
{
    PersonDeletionImpact impact;
    const QList<qint64> ids = sortedUnique(personIds);
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    const QString json = QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
    QSqlQuery query(db);
    if (!run(query, R"(
            SELECT (SELECT count(*) FROM people WHERE id IN (SELECT value FROM json_each(?))),
                   (SELECT count(*) FROM movies WHERE director_id IN (SELECT value FROM json_each(?))),
                   (SELECT count(DISTINCT character_id) FROM movie_actors
                        WHERE person_id IN (SELECT value FROM json_each(?))),
                   (SELECT count(DISTINCT movie_id) FROM movie_actors
                        WHERE person_id IN (SELECT value FROM json_each(?))),
                   (SELECT count(*) FROM movie_actors WHERE person_id IN (SELECT value FROM json_each(?))),
                   (SELECT count(*) FROM person_photos WHERE person_id IN (SELECT value FROM json_each(?))))",
             {json, json, json, json, json, json})
        || !query.next())
        return readError(query);
    impact.people = query.value(0).toInt();
    impact.directedMovies = query.value(1).toInt();
    impact.characters = query.value(2).toInt();
    impact.castMovies = query.value(3).toInt();
    impact.castLinks = query.value(4).toInt();
    impact.photos = query.value(5).toInt();
    return impact;
}

Result<PersonSnapshot> snapshot(QSqlDatabase db, qint64 personId)
{
    return readPerson(db, personId);
}

Result<void> remove(QSqlDatabase db, const QList<qint64> &personIds)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> removed = deletePeople(db, personIds); !removed)
        return removed;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> restore(QSqlDatabase db, const QList<PersonSnapshot> &snapshots)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> done = putBack(db, snapshots); !done)
        return done;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> replace(QSqlDatabase db, const PersonSnapshot &snapshot)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> removed = deletePeople(db, {snapshot.person.id}); !removed)
        return removed;
    if (Result<void> done = putBack(db, {snapshot}); !done)
        return done;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<QList<MovieChoice>> findMovies(QSqlDatabase db, const QString &text, int limit)
{
    const QString typed = text.simplified();
    QList<MovieChoice> movies;
    if (typed.isEmpty())
        return movies;
    QSqlQuery query(db);
    bool ok = false;
    if (typed.size() >= 3) {
        // One FTS phrase on the title column; double quotes inside are doubled, as FTS5 wants.
        const QString phrase = QStringLiteral("title : \"") + QString(typed).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
        // At most the first 2,000 matches are sorted: a common word ("the") matches a third of a
        // million-movie catalog, and sorting all of them took over half a second a keystroke.
        ok = run(query, R"(
            SELECT movies.id, movies.title, movies.release_date FROM movies
            WHERE movies.id IN (SELECT rowid FROM movie_search WHERE movie_search MATCH ? LIMIT 2000)
            ORDER BY movies.title COLLATE NOCASE, movies.id LIMIT ?)",
                 {phrase, limit});
    } else {
        QString pattern = typed;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        ok = run(query, R"(
            SELECT id, title, release_date FROM movies WHERE title LIKE ? ESCAPE '\'
            ORDER BY title COLLATE NOCASE, id LIMIT ?)",
                 {QString(pattern + QLatin1Char('%')), limit});
    }
    if (!ok)
        return Error{Tr::tr("The movies could not be searched: %1").arg(databaseText(query.lastError()))};
    while (query.next())
        movies.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return movies;
}

Result<QList<CharacterRecord>> charactersOf(QSqlDatabase db, qint64 movieId)
{
    QList<CharacterRecord> characters;
    QSqlQuery query(db);
    if (!run(query, "SELECT id, name, description, role FROM characters WHERE movie_id = ? ORDER BY id", {movieId}))
        return readError(query);
    while (query.next())
        characters.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString()});
    return characters;
}

Result<QList<CharacterRow>> takeCharacters(QSqlDatabase db, const QList<qint64> &characterIds)
{
    QList<CharacterRow> rows;
    QSqlQuery query(db);
    for (const qint64 id : characterIds) {
        if (!run(query, SelectCharacterSql, {id}))
            return readError(query);
        if (!query.next())
            continue; // gone already
        rows.append({id, query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
        query.finish();
    }
    return rows;
}

Result<void> removeCharacters(QSqlDatabase db, const QList<CharacterRow> &characters)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    for (const CharacterRow &character : characters) {
        if (!run(query, DeleteCharacterSql, {character.id}))
            return writeError(query, character.name);
    }
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> restoreCharacters(QSqlDatabase db, const QList<CharacterRow> &characters)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    QSqlQuery query(db);
    const QString stamp = now();
    for (const CharacterRow &character : characters) {
        if (!run(query, InsertCharacterSql,
                 {character.id, character.movieId, character.name, textOrNull(character.description),
                  textOrNull(character.role), timestampOr(character.createdAt, stamp),
                  timestampOr(character.updatedAt, stamp)}))
            return writeError(query, character.name);
    }
    query.finish();
    if (!transaction.commit())
        return commitError(db);
    return {};
}

} // namespace PersonRecords

} // namespace Reelkeeper
