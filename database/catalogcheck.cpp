#include "catalogcheck.h"

#include "boundquery.h"
#include "mediastore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::CatalogCheck)
};

void checkIntegrity(QSqlDatabase db, CheckReport &report)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.errors.append(Tr::tr("integrity check could not run: %1").arg(query.lastError().text()));
        return;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.errors.append(Tr::tr("integrity: %1").arg(line));
    }
}

void checkForeignKeys(QSqlDatabase db, CheckReport &report)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.errors.append(Tr::tr("foreign key check could not run: %1").arg(query.lastError().text()));
        return;
    }
    // Columns: table, rowid, referenced table, index of the foreign key.
    while (query.next()) {
        report.errors.append(Tr::tr("foreign key: %1 row %2 points at a missing row of %3")
                                 .arg(query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toString()));
    }
}

// Every row that points at a files row, described for the user: "movie 12 “Title” poster",
// "person 7 “Name” photo", "user 3 “name” avatar".
QStringList usersOfFile(QSqlDatabase db, qint64 fileId)
{
    static constexpr auto UsersSql = R"(
        SELECT 'movie', id, title FROM movies WHERE poster_file_id = ?
        UNION ALL
        SELECT 'person', people.id, trim(ifnull(people.first_name, '') || ' ' || ifnull(people.last_name, ''))
            FROM person_photos JOIN people ON people.id = person_photos.person_id WHERE person_photos.file_id = ?
        UNION ALL
        SELECT 'user', users.id, users.username
            FROM user_avatars JOIN users ON users.id = user_avatars.user_id WHERE user_avatars.file_id = ?
        ORDER BY 1, 2)";
    QStringList users;
    QSqlQuery query(db);
    if (!execBound(query, UsersSql, {fileId, fileId, fileId})) {
        users.append(Tr::tr("file %1 (its users could not be listed: %2)").arg(fileId).arg(query.lastError().text()));
        return users;
    }
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString id = query.value(1).toString();
        const QString name = query.value(2).toString();
        if (kind == QLatin1String("movie"))
            users.append(Tr::tr("movie %1 “%2” poster").arg(id, name));
        else if (kind == QLatin1String("person"))
            users.append(Tr::tr("person %1 “%2” photo").arg(id, name));
        else
            users.append(Tr::tr("user %1 “%2” avatar").arg(id, name));
    }
    return users;
}

void checkMediaFiles(QSqlDatabase db, const MediaStore &media, CheckReport &report)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, key FROM files ORDER BY id"))) {
        report.errors.append(Tr::tr("media files could not be listed: %1").arg(query.lastError().text()));
        return;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString key = query.value(1).toString();
        const QString path = media.absolutePath(key);
        if (path.isEmpty()) {
            report.errors.append(Tr::tr("media: file %1 has an invalid key \"%2\"").arg(id, key));
            continue;
        }
        QFile file(path);
        if (!file.exists()) {
            const QStringList users = usersOfFile(db, query.value(0).toLongLong());
            if (users.isEmpty())
                report.errors.append(Tr::tr("media: file %1 is missing: %2").arg(id, path));
            // One line per row that points at the file, so that the user knows what lost its image.
            for (const QString &user : users)
                report.errors.append(Tr::tr("media: %1 → %2 is missing (file %3)").arg(user, path, id));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report.errors.append(Tr::tr("media: file %1 cannot be read: %2").arg(id, file.errorString()));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        const QString expected = QFileInfo(key).completeBaseName();
        if (QString::fromLatin1(hash.result().toHex()) != expected)
            report.errors.append(Tr::tr("media: file %1 is damaged (its content does not match its checksum): %2")
                                     .arg(id, path));
    }
    Result<QStringList> unlisted = media.unlistedFiles(db);
    if (!unlisted) {
        report.errors.append(unlisted.error());
        return;
    }
    for (const QString &key : unlisted.value())
        report.warnings.append(Tr::tr("media: %1 is not used by the catalog").arg(media.folder() + QLatin1Char('/') + key));
}

} // namespace

CheckReport checkCatalog(QSqlDatabase db, const MediaStore &media)
{
    CheckReport report;
    checkIntegrity(db, report);
    checkForeignKeys(db, report);
    checkMediaFiles(db, media, report);
    return report;
}

} // namespace Reelkeeper
