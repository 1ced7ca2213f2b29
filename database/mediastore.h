#pragma once

#include "result.h"

#include <QByteArray>
#include <QSize>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Reelkeeper {

// An image accepted into the media folder.
struct StoredImage
{
    QString key;      // path relative to the media folder: "ab/abcdef…(64 hex).jpg"
    QString mimeType; // sniffed from the content: image/jpeg, image/png, image/webp, image/gif
    QSize size;       // pixels
    bool alreadyStored = false; // the same bytes were in the media folder before
};

// The images of one catalog, stored content-addressed in its media folder (DESIGN.md, "Catalogs,
// media and the data folder"). Images are accepted by content, never by file name: JPEG, PNG,
// WebP and GIF (first frame); decompression bombs, truncated and broken files are refused.
// Files are written atomically and never outside the media folder.
//
// Thread rule: the file-system methods may be called from any thread; the methods that take a
// QSqlDatabase must be called on the thread that owns that connection.
class MediaStore final
{
public:
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxPixels = 100'000'000; // 10,000 x 10,000
    // QImageReader's allocation limit, a second guard behind MaxPixels: room for MaxPixels at
    // 4 bytes a pixel. The limit is process-wide; applyAllocationLimit() sets it, once, and
    // MediaStore and ThumbnailCache call it before they read an image.
    static constexpr int AllocationLimitMegabytes = 512;
    static void applyAllocationLimit();

    explicit MediaStore(QString mediaFolder);

    QString folder() const { return m_folder; }

    // Checks that bytes are an acceptable image (type sniffed from content, fully decodable,
    // within the limits) and returns its type and size, without storing anything.
    static Result<StoredImage> inspect(const QByteArray &bytes);

    // Validates and writes the image into the media folder (or finds it there already, in which
    // case it is not written again). The write is atomic: a crash leaves the old state or the new.
    Result<StoredImage> store(const QByteArray &bytes) const;
    // Reads a local file (at most MaxFileBytes) and stores it; errors name the file.
    Result<StoredImage> storeFile(const QString &path) const;

    // The absolute path of a key, or an empty string when the key is not a well-formed media key
    // (which is how traversal such as "../x" or "/etc/passwd" is refused).
    QString absolutePath(const QString &key) const;
    static bool isValidKey(const QString &key);

    // Stores the image and returns the id of its `files` row, inserting the row unless a row for
    // the same content exists already. fileName is the original name shown to the user; url is
    // where the image came from (http or https), or empty.
    Result<qint64> addFile(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                           const QString &url = QString()) const;

    // Deletes the `files` row and its file when no row (poster, person photo, avatar) uses it any
    // more. Returns true when it was deleted, false when it is still in use.
    Result<bool> releaseFile(QSqlDatabase db, qint64 fileId) const;

    // Removes unreferenced `files` rows with their files, and files in the media folder that no
    // `files` row names (only media-shaped names in the two-digit folders: anything else is left
    // for a person to look at). Returns the keys of the files deleted.
    Result<QStringList> removeUnused(QSqlDatabase db) const;

    // Files in the media folder that no `files` row names, as paths relative to the folder (for
    // `reelkeeper check`). Every file counts, media-shaped or not; no folder means none.
    Result<QStringList> unlistedFiles(QSqlDatabase db) const;

private:
    QString m_folder;
};

} // namespace Reelkeeper
