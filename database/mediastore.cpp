#include "mediastore.h"

#include "scopedtransaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::MediaStore)
};

// The image types Reelkeeper accepts, recognised by their first bytes.
struct ImageType
{
    const char *format; // QImageReader's name for it
    const char *name;   // shown to the user
    QLatin1String mimeType;
    QLatin1String extension;
};

const ImageType Jpeg{"jpeg", "JPEG", QLatin1String("image/jpeg"), QLatin1String("jpg")};
const ImageType Png{"png", "PNG", QLatin1String("image/png"), QLatin1String("png")};
const ImageType Gif{"gif", "GIF", QLatin1String("image/gif"), QLatin1String("gif")};
const ImageType Webp{"webp", "WebP", QLatin1String("image/webp"), QLatin1String("webp")};

const std::array<QLatin1String, 4> KeyExtensions{QLatin1String(".jpg"), QLatin1String(".png"),
                                                QLatin1String(".webp"), QLatin1String(".gif")};

// Each file of a catalog is referenced by one of these; a file nobody references may go.
constexpr auto UnreferencedCondition = R"(
    NOT EXISTS (SELECT 1 FROM movies WHERE poster_file_id = files.id)
    AND NOT EXISTS (SELECT 1 FROM person_photos WHERE file_id = files.id)
    AND NOT EXISTS (SELECT 1 FROM user_avatars WHERE file_id = files.id))";

const ImageType *sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return &Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return &Png;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return &Gif;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return &Webp;
    return nullptr;
}

// Some writers pad files with a few zero or blank bytes after the image ends; that is harmless.
QByteArrayView withoutPadding(QByteArrayView bytes)
{
    constexpr qsizetype MaxPadding = 16;
    qsizetype end = bytes.size();
    while (end > 0 && bytes.size() - end < MaxPadding) {
        const char c = bytes[end - 1];
        if (c != '\0' && c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
        --end;
    }
    return bytes.first(end);
}

// A JPEG is complete when its end-of-image marker follows the first scan. Markers are walked up to
// that scan so that an embedded EXIF thumbnail's marker does not count; data that some cameras
// append after the end of the image (motion photos, maker notes) is allowed.
bool jpegIsComplete(QByteArrayView data)
{
    const auto byte = [&](qsizetype i) { return uchar(data[i]); };
    qsizetype pos = 2; // after SOI
    while (pos + 4 <= data.size()) {
        if (byte(pos) != 0xFF)
            return false;
        const uchar marker = byte(pos + 1);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
            pos += 2;
            continue;
        }
        if (marker == 0xD9) // the image ends before any scan
            return false;
        const qsizetype length = qsizetype(byte(pos + 2)) << 8 | byte(pos + 3);
        if (marker == 0xDA) // start of the first scan: entropy-coded data never holds FF D9
            return data.indexOf(QByteArrayView("\xFF\xD9", 2), pos + 2 + length) >= 0;
        pos += 2 + length;
    }
    return false;
}

// Qt's JPEG and PNG readers decode what they can of a truncated file and report success, so the
// end of each file is checked against its format: a complete file ends with its end marker.
bool isComplete(const ImageType &type, const QByteArray &bytes)
{
    const QByteArrayView data = withoutPadding(bytes);
    if (&type == &Jpeg)
        return jpegIsComplete(bytes);
    if (&type == &Png) // the IEND chunk: zero length, type and its fixed CRC
        return data.endsWith(QByteArrayView("\0\0\0\0IEND\xAE\x42\x60\x82", 12));
    if (&type == &Gif)
        return data.endsWith("\x3B");
    // WebP: the RIFF header states the length of what follows it.
    const auto *size = reinterpret_cast<const uchar *>(bytes.constData() + 4);
    const qint64 riffSize = qint64(size[0]) | qint64(size[1]) << 8 | qint64(size[2]) << 16 | qint64(size[3]) << 24;
    return riffSize + 8 == bytes.size() || riffSize + 9 == bytes.size();
}

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

QString databaseError(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(db.lastError().text())};
}

// A url worth keeping as the image's origin: the files table accepts http and https only.
QVariant originUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if ((trimmed.startsWith(QLatin1String("http://")) && trimmed.size() > 7)
        || (trimmed.startsWith(QLatin1String("https://")) && trimmed.size() > 8))
        return trimmed;
    return QVariant(QMetaType::fromType<QString>());
}

Result<QSet<QString>> listedKeys(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key FROM files")))
        return Error{Tr::tr("Could not list the catalog's media files: %1").arg(databaseError(query))};
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

// Whether a files row names the key now. Asked again just before a file is deleted, so that an
// image that another connection added again in the meantime is kept.
bool isListed(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM files WHERE key = ?"));
    query.addBindValue(key);
    // When in doubt, keep the file: a stray file costs space, a missing one loses an image.
    return !query.exec() || query.next();
}

} // namespace

MediaStore::MediaStore(QString mediaFolder)
    : m_folder(std::move(mediaFolder))
{
}

void MediaStore::applyAllocationLimit()
{
    static const bool applied = [] {
        QImageReader::setAllocationLimit(AllocationLimitMegabytes);
        return true;
    }();
    Q_UNUSED(applied);
}

Result<StoredImage> MediaStore::inspect(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        return Error{Tr::tr("The image is too large (%1 MB); Reelkeeper accepts images of at most %2 MB.")
                         .arg(megabytes(bytes.size()), megabytes(MaxFileBytes))};
    if (bytes.isEmpty())
        return Error{Tr::tr("The file is empty; it is not an image.")};
    const ImageType *type = sniff(bytes);
    if (!type)
        return Error{Tr::tr("This is not an image Reelkeeper accepts (JPEG, PNG, WebP or GIF).")};
    const QString typeName = QLatin1String(type->name);
    if (!QImageReader::supportedImageFormats().contains(type->format))
        return Error{Tr::tr("%1 images cannot be read on this computer: Qt's image plugin for %1 is not installed.")
                         .arg(typeName)};
    if (!isComplete(*type, bytes))
        return Error{Tr::tr("The %1 image is incomplete: the file was cut short or is damaged.").arg(typeName)};

    applyAllocationLimit();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, type->format);
    reader.setDecideFormatFromContent(false);

    // The header states the size; a decompression bomb is refused before anything is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        const QString why = reader.error() == QImageReader::UnknownError ? Tr::tr("its header is damaged.")
                                                                         : reader.errorString();
        return Error{Tr::tr("The %1 image cannot be read: %2").arg(typeName, why)};
    }
    if (qint64(size.width()) * size.height() > MaxPixels)
        return Error{Tr::tr("The image is %1 x %2 pixels, more than Reelkeeper accepts (%3 million pixels at "
                            "most). It was refused, as it could exhaust the computer's memory.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(MaxPixels / 1'000'000)};

    const QImage image = reader.read(); // a GIF's first frame
    if (image.isNull())
        return Error{Tr::tr("The %1 image is damaged and cannot be decoded: %2").arg(typeName, reader.errorString())};

    StoredImage stored;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    stored.key = hash.left(2) + QLatin1Char('/') + hash + QLatin1Char('.') + type->extension;
    stored.mimeType = type->mimeType;
    stored.size = image.size();
    return stored;
}

Result<StoredImage> MediaStore::store(const QByteArray &bytes) const
{
    Result<StoredImage> inspected = inspect(bytes);
    if (!inspected)
        return inspected;
    StoredImage image = inspected.value();
    const QString path = absolutePath(image.key);
    if (path.isEmpty()) // inspect() makes well-formed keys; this guards the folder all the same
        return Error{Tr::tr("Could not store the image: its name \"%1\" is not a media name.").arg(image.key)};

    const QString shard = QFileInfo(path).absolutePath();
    if (QFileInfo(shard).isSymLink())
        return Error{Tr::tr("Could not store the image: %1 is a symbolic link; the media folder must hold its "
                            "files itself.")
                         .arg(QDir::toNativeSeparators(shard))};
    if (!QDir().mkpath(shard))
        return Error{Tr::tr("Could not create the media folder %1.").arg(QDir::toNativeSeparators(shard))};

    const QFileInfo existing(path);
    if (existing.isSymLink()) {
        // QSaveFile writes through a link; the link goes, so that nothing is written elsewhere.
        QFile::remove(path);
    } else if (existing.isFile() && existing.size() == bytes.size()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll() == bytes) {
            image.alreadyStored = true;
            return image;
        }
        // A damaged copy is replaced below.
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("Could not write the image %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return image;
}

Result<StoredImage> MediaStore::storeFile(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("The file %1 does not exist.").arg(shown)};
    if (!info.isFile())
        return Error{Tr::tr("%1 is not a file.").arg(shown)};
    if (info.size() > MaxFileBytes)
        return Error{Tr::tr("The file %1 is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.")
                         .arg(shown, megabytes(info.size()), megabytes(MaxFileBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The file %1 cannot be read: %2").arg(shown, file.errorString())};
    // One byte more than the limit, in case the file grew since its size was asked.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Tr::tr("The file %1 cannot be read: %2").arg(shown, file.errorString())};
    Result<StoredImage> stored = store(bytes);
    if (!stored)
        return Error{Tr::tr("The file %1 was not added: %2").arg(shown, stored.error())};
    return stored;
}

QString MediaStore::absolutePath(const QString &key) const
{
    if (m_folder.isEmpty() || !isValidKey(key))
        return QString();
    return m_folder + QLatin1Char('/') + key;
}

bool MediaStore::isValidKey(const QString &key)
{
    // "ab/" + 64 lowercase hex digits starting with "ab" + an accepted extension, nothing else;
    // the same shape the files.key CHECK accepts.
    constexpr qsizetype HashStart = 3;
    constexpr qsizetype HashLength = 64;
    if (key.size() < HashStart + HashLength + 4 || key.at(2) != QLatin1Char('/'))
        return false;
    const QStringView view(key);
    const QStringView hash = view.mid(HashStart, HashLength);
    if (!isHex(hash) || view.first(2) != hash.first(2))
        return false;
    const QStringView extension = view.mid(HashStart + HashLength);
    return std::any_of(KeyExtensions.begin(), KeyExtensions.end(),
                       [extension](QLatin1String accepted) { return extension == accepted; });
}

Result<qint64> MediaStore::addFile(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                                   const QString &url) const
{
    Result<StoredImage> stored = store(bytes);
    if (!stored)
        return Error{stored.error()};
    const StoredImage &image = stored.value();

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM files WHERE key = ?"));
    find.addBindValue(image.key);
    if (!find.exec())
        return Error{Tr::tr("Could not look up the image in the catalog: %1").arg(databaseError(find))};
    if (find.next())
        return find.value(0).toLongLong(); // the same content has a row already; nothing to commit

    static constexpr auto insertFile = R"(
        INSERT INTO files (file_name, mime_type, key, url) VALUES (?, ?, ?, ?))";
    const QString name = fileName.trimmed().isEmpty() ? QFileInfo(image.key).fileName() : fileName.trimmed();
    QSqlQuery insert(db);
    insert.prepare(QLatin1String(insertFile));
    insert.addBindValue(name);
    insert.addBindValue(image.mimeType);
    insert.addBindValue(image.key);
    insert.addBindValue(originUrl(url));
    if (!insert.exec())
        return Error{Tr::tr("Could not record the image in the catalog: %1").arg(databaseError(insert))};
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Error{Tr::tr("Could not record the image in the catalog: %1").arg(db.lastError().text())};
    return id;
}

Result<bool> MediaStore::releaseFile(QSqlDatabase db, qint64 fileId) const
{
    QString key;
    {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return transactionError(db);

        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT key FROM files WHERE id = ?"));
        find.addBindValue(fileId);
        if (!find.exec())
            return Error{Tr::tr("Could not look up media file %1: %2").arg(fileId).arg(databaseError(find))};
        if (!find.next())
            return Error{Tr::tr("The catalog has no media file %1.").arg(fileId)};
        key = find.value(0).toString();
        find.finish();

        // Person photos and avatars cascade when their file is deleted, so the references are
        // checked first rather than left to the foreign keys.
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM files WHERE id = ? AND") + QLatin1String(UnreferencedCondition));
        remove.addBindValue(fileId);
        if (!remove.exec())
            return Error{Tr::tr("Could not remove media file %1: %2").arg(fileId).arg(databaseError(remove))};
        if (remove.numRowsAffected() == 0)
            return false; // still in use; the transaction rolls back having changed nothing
        if (!transaction.commit())
            return Error{Tr::tr("Could not remove media file %1: %2").arg(fileId).arg(db.lastError().text())};
    }
    // Only once the row is gone for good: a failed commit must not lose the image.
    const QString path = absolutePath(key);
    if (!path.isEmpty() && !isListed(db, key))
        QFile::remove(path); // if it fails, removeUnused() finds the file later
    return true;
}

Result<QStringList> MediaStore::removeUnused(QSqlDatabase db) const
{
    QStringList unusedRows;
    QSet<QString> keep;
    {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return transactionError(db);

        QSqlQuery find(db);
        if (!find.exec(QStringLiteral("SELECT key FROM files WHERE") + QLatin1String(UnreferencedCondition)))
            return Error{Tr::tr("Could not list unused media files: %1").arg(databaseError(find))};
        while (find.next())
            unusedRows.append(find.value(0).toString());
        find.finish();

        QSqlQuery remove(db);
        if (!remove.exec(QStringLiteral("DELETE FROM files WHERE") + QLatin1String(UnreferencedCondition)))
            return Error{Tr::tr("Could not remove unused media files: %1").arg(databaseError(remove))};

        Result<QSet<QString>> listed = listedKeys(db);
        if (!listed)
            return Error{listed.error()};
        keep = listed.value();
        if (!transaction.commit())
            return Error{Tr::tr("Could not remove unused media files: %1").arg(db.lastError().text())};
    }

    QStringList removed;
    for (const QString &key : std::as_const(unusedRows)) {
        const QString path = absolutePath(key);
        if (path.isEmpty() || isListed(db, key))
            continue;
        QFile::remove(path);
        removed.append(key);
    }

    // Files no row names: only media-shaped names, in the two-digit folders, are ours to delete.
    QDirIterator shards(m_folder, QDir::Dirs | QDir::NoDotAndDotDot);
    while (shards.hasNext()) {
        const QFileInfo shard = shards.nextFileInfo();
        if (shard.isSymLink() || shard.fileName().size() != 2)
            continue;
        QDirIterator files(shard.filePath(), QDir::Files | QDir::System);
        while (files.hasNext()) {
            const QFileInfo file = files.nextFileInfo();
            const QString key = shard.fileName() + QLatin1Char('/') + file.fileName();
            if (!isValidKey(key) || keep.contains(key) || removed.contains(key) || isListed(db, key))
                continue;
            if (QFile::remove(file.filePath()))
                removed.append(key);
        }
    }
    removed.sort();
    return removed;
}

Result<QStringList> MediaStore::unlistedFiles(QSqlDatabase db) const
{
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return QStringList();
    Result<QSet<QString>> listed = listedKeys(db);
    if (!listed)
        return Error{listed.error()};

    // Every file counts, not only media-shaped names: anything else in the folder is a leftover.
    const QDir folder(m_folder);
    QStringList unlisted;
    QDirIterator files(m_folder, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString relative = folder.relativeFilePath(files.next());
        if (!listed->contains(relative))
            unlisted.append(relative);
    }
    unlisted.sort();
    return unlisted;
}

} // namespace Reelkeeper
