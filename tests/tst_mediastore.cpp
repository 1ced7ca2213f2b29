// MediaStore: content-addressed, validated, atomically written images and their `files` rows.
#include "mediastore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

// Every file under folder, hidden ones included, as paths relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian(QByteArray &bytes, qsizetype offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char(value >> (24 - 8 * i));
}

// A real small PNG whose header claims width x height: a decoder that believed it would allocate
// width x height x 4 bytes.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray bytes = makeImage(16, 16, "png");
    // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width, height, ..., CRC of type and data.
    Q_ASSERT(bytes.mid(12, 4) == "IHDR");
    putBigEndian(bytes, 16, width);
    putBigEndian(bytes, 20, height);
    putBigEndian(bytes, 29, crc32(QByteArrayView(bytes).sliced(12, 17)));
    return bytes;
}

void putLittleEndian16(QByteArray &bytes, qsizetype offset, quint16 value)
{
    bytes[offset] = char(value & 0xff);
    bytes[offset + 1] = char(value >> 8);
}

// Qt reads GIF but cannot write it, so test GIFs are made here: a 256-colour image whose LZW data
// is never compressed (a clear code every 128 pixels keeps every code 9 bits wide).
QByteArray makeGif(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    gif.resize(13);
    putLittleEndian16(gif, 6, width);
    putLittleEndian16(gif, 8, height);
    gif[10] = char(0xF7); // a global colour table of 256 entries
    gif[11] = 0;
    gif[12] = 0;
    for (int i = 0; i < 256; ++i)
        gif.append(char(i)).append(char(255 - i)).append(char(i * 7));
    // Image descriptor: at 0,0, full size, no local colour table; then the minimum code size.
    gif.append(',').append(4, '\0');
    gif.append(4, '\0');
    putLittleEndian16(gif, gif.size() - 4, width);
    putLittleEndian16(gif, gif.size() - 2, height);
    gif.append('\0').append(char(8));

    QByteArray data;
    quint32 bits = 0;
    int bitCount = 0;
    const auto emitCode = [&](quint32 code) {
        bits |= code << bitCount;
        bitCount += 9;
        while (bitCount >= 8) {
            data.append(char(bits & 0xff));
            bits >>= 8;
            bitCount -= 8;
        }
    };
    constexpr quint32 Clear = 256;
    constexpr quint32 End = 257;
    const int pixels = int(width) * height;
    for (int i = 0; i < pixels; ++i) {
        if (i % 128 == 0)
            emitCode(Clear);
        emitCode(quint32((i * 31 + i / width * 7) % 256));
    }
    emitCode(End);
    if (bitCount > 0)
        data.append(char(bits & 0xff));
    for (qsizetype at = 0; at < data.size(); at += 255) {
        const QByteArray block = data.mid(at, 255);
        gif.append(char(block.size())).append(block);
    }
    gif.append('\0').append(';');
    return gif;
}

// A small GIF whose logical screen and image claim width x height.
QByteArray gifClaiming(quint16 width, quint16 height)
{
    QByteArray bytes = makeGif(16, 16);
    putLittleEndian16(bytes, 6, width);
    putLittleEndian16(bytes, 8, height);
    const qsizetype descriptor = 13 + 3 * 256;
    Q_ASSERT(bytes.at(descriptor) == ',');
    putLittleEndian16(bytes, descriptor + 5, width);
    putLittleEndian16(bytes, descriptor + 7, height);
    return bytes;
}

// An encoded image of that format: Qt writes all of them but GIF.
QByteArray makeEncoded(int width, int height, const QByteArray &format)
{
    return format == "gif" ? makeGif(quint16(width), quint16(height)) : makeImage(width, height, format.constData());
}

// The first column of the first row, as text.
QString text(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    return scalar(db, sql, values).toString();
}

bool canRead(const char *format)
{
    return QImageReader::supportedImageFormats().contains(format);
}

} // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreTheSameImageOnce();
    void shouldWriteAtomicallyUnderItsContentHash();
    void shouldAcceptEachFormat_data();
    void shouldAcceptEachFormat();
    void shouldTakeTheTypeFromTheContentNotTheName();
    void shouldRefuseWhatIsNotAnAcceptedImage_data();
    void shouldRefuseWhatIsNotAnAcceptedImage();
    void shouldRefuseDecompressionBomb_data();
    void shouldRefuseDecompressionBomb();
    void shouldRefuseTruncatedImage_data();
    void shouldRefuseTruncatedImage();
    void shouldAcceptHarmlessPaddingAfterJpeg();
    void shouldAcceptDataCamerasAppendAfterJpeg();
    void shouldRefuseBytesOverTheFileLimit();
    void shouldAcceptWellFormedKeys();
    void shouldRefuseHostileKeys_data();
    void shouldRefuseHostileKeys();
    void shouldStoreFileFromDisk();
    void shouldRefuseMissingFileNamingIt();
    void shouldRefuseOversizedFileNamingIt();
    void shouldRefuseFileThatLiesAboutItsType();
    void shouldRecordOnlyWebOrigins_data();
    void shouldRecordOnlyWebOrigins();
    void shouldNameFileAfterItsKeyWhenNoNameIsGiven();
    void shouldKeepFileInUseWhenReleased_data();
    void shouldKeepFileInUseWhenReleased();
    void shouldDeletePosterOnceNoMovieUsesIt();
    void shouldRefuseToReleaseUnknownFile();
    void shouldRemoveUnusedRowsAndStrayFiles();
    void shouldReportUnlistedFiles();
    void shouldReportNothingUnlistedWithoutMediaFolder();
};

void TestMediaStore::shouldStoreTheSameImageOnce()
{
    // Given a catalog and one image
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());
    const QByteArray bytes = makeImage(40, 60, "png");

    // When it is added twice, under two names
    Result<qint64> first = media.addFile(catalog.db(), bytes, QStringLiteral("poster.png"));
    QVERIFY2(first, qPrintable(first.error()));
    Result<qint64> second = media.addFile(catalog.db(), bytes, QStringLiteral("copy of poster.png"));
    QVERIFY2(second, qPrintable(second.error()));

    // Then there is one row and one file, and storing once more finds it already there
    QCOMPARE(second.value(), first.value());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 1);
    QCOMPARE(text(catalog.db(), QStringLiteral("SELECT file_name FROM files")), QStringLiteral("poster.png"));
    QCOMPARE(filesUnder(media.folder()).size(), 1);
    Result<StoredImage> again = media.store(bytes);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->alreadyStored);
    QCOMPARE(filesUnder(media.folder()).size(), 1);
}

void TestMediaStore::shouldWriteAtomicallyUnderItsContentHash()
{
    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("films.media")));
    const QByteArray bytes = makeImage(30, 20, "jpeg");

    Result<StoredImage> stored = media.store(bytes);
    QVERIFY2(stored, qPrintable(stored.error()));

    // The key is the hash of the bytes, the file holds exactly those bytes, and no temporary
    // file is left beside it.
    const QString hash = sha256(bytes);
    QCOMPARE(stored->key, QString(hash.left(2) + QLatin1Char('/') + hash + QStringLiteral(".jpg")));
    QVERIFY(!stored->alreadyStored);
    QCOMPARE(filesUnder(media.folder()), QStringList{stored->key});
    QCOMPARE(QString::fromLatin1(fileHash(media.absolutePath(stored->key))), hash);
    QCOMPARE(media.absolutePath(stored->key), QString(media.folder() + QLatin1Char('/') + stored->key));
}

void TestMediaStore::shouldAcceptEachFormat_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("extension");

    QTest::newRow("jpeg") << QByteArray("jpeg") << QStringLiteral("image/jpeg") << QStringLiteral(".jpg");
    QTest::newRow("png") << QByteArray("png") << QStringLiteral("image/png") << QStringLiteral(".png");
    QTest::newRow("webp") << QByteArray("webp") << QStringLiteral("image/webp") << QStringLiteral(".webp");
    QTest::newRow("gif") << QByteArray("gif") << QStringLiteral("image/gif") << QStringLiteral(".gif");
}

void TestMediaStore::shouldAcceptEachFormat()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, mimeType);
    QFETCH(QString, extension);
    if (!canRead(format.constData()))
        QSKIP(qPrintable(QStringLiteral("Qt's %1 image plugin is not installed").arg(QString::fromLatin1(format))));

    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());
    const QByteArray bytes = makeEncoded(48, 32, format);
    QVERIFY(!bytes.isEmpty());

    Result<StoredImage> inspected = MediaStore::inspect(bytes);
    QVERIFY2(inspected, qPrintable(inspected.error()));
    QCOMPARE(inspected->mimeType, mimeType);
    QCOMPARE(inspected->size, QSize(48, 32));
    QVERIFY(inspected->key.endsWith(extension));
    QVERIFY(MediaStore::isValidKey(inspected->key));

    Result<qint64> id = media.addFile(catalog.db(), bytes, QStringLiteral("image"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(text(catalog.db(), QStringLiteral("SELECT mime_type FROM files WHERE id = ?"), {id.value()}),
             mimeType);
    const QString key = text(catalog.db(), QStringLiteral("SELECT key FROM files WHERE id = ?"), {id.value()});
    QCOMPARE(key, inspected->key);
    const QImage roundTrip(media.absolutePath(key));
    QCOMPARE(roundTrip.size(), QSize(48, 32));
}

void TestMediaStore::shouldTakeTheTypeFromTheContentNotTheName()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    // Given JPEG bytes that claim to be a PNG by their name
    Result<qint64> id = media.addFile(catalog.db(), makeImage(20, 20, "jpeg"), QStringLiteral("poster.png"));
    QVERIFY2(id, qPrintable(id.error()));

    // Then they are stored as what they are
    const QString key = text(catalog.db(), QStringLiteral("SELECT key FROM files"));
    QVERIFY2(key.endsWith(QLatin1String(".jpg")), qPrintable(key));
    QCOMPARE(text(catalog.db(), QStringLiteral("SELECT mime_type FROM files")), QStringLiteral("image/jpeg"));
    QCOMPARE(text(catalog.db(), QStringLiteral("SELECT file_name FROM files")), QStringLiteral("poster.png"));
}

void TestMediaStore::shouldRefuseWhatIsNotAnAcceptedImage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString notAccepted = QStringLiteral("not an image Reelkeeper accepts (JPEG, PNG, WebP or GIF)");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("hello") << notAccepted;
    QTest::newRow("bmp") << makeImage(8, 8, "bmp") << notAccepted;
    QTest::newRow("svg") << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>)")
                         << notAccepted;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><img src=x>") << notAccepted;
    QTest::newRow("riff but not webp") << QByteArray("RIFF\x04\0\0\0WAVE", 12) << notAccepted;
    QTest::newRow("jpeg magic only") << QByteArray("\xFF\xD8\xFF") << QStringLiteral("incomplete");
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1A\n") << QStringLiteral("incomplete");
    QByteArray garbageJpeg = QByteArray("\xFF\xD8\xFF") + QByteArray(200, 'x') + QByteArray("\xFF\xD9");
    QTest::newRow("jpeg magic, garbage inside") << garbageJpeg << QStringLiteral("JPEG image");
}

void TestMediaStore::shouldRefuseWhatIsNotAnAcceptedImage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("media")));
    Result<StoredImage> stored = media.store(bytes);

    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(message), qPrintable(stored.error()));
    QVERIFY(filesUnder(dir.path()).isEmpty());
}

void TestMediaStore::shouldRefuseDecompressionBomb_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("size");

    QTest::newRow("png 40000 x 40000") << pngClaiming(40000, 40000) << QStringLiteral("40000 x 40000");
    QTest::newRow("png 1000000 x 200") << pngClaiming(1000000, 200) << QStringLiteral("1000000 x 200");
    QTest::newRow("gif 65535 x 65535") << gifClaiming(65535, 65535) << QStringLiteral("65535 x 65535");
}

void TestMediaStore::shouldRefuseDecompressionBomb()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, size);

    // Given a small file whose header claims billions of pixels
    QVERIFY(bytes.size() < 4096);
    QElapsedTimer timer;
    timer.start();

    // When it is inspected, it is refused by its header, before anything is decoded
    Result<StoredImage> inspected = MediaStore::inspect(bytes);
    QVERIFY(!inspected);
    QVERIFY2(inspected.error().contains(size), qPrintable(inspected.error()));
    QVERIFY2(timer.elapsed() < 2000, "the refusal should not have decoded anything");
}

void TestMediaStore::shouldRefuseTruncatedImage_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray jpeg = makeImage(64, 64, "jpeg");
    const QByteArray png = makeImage(64, 64, "png");
    const QByteArray gif = makeGif(64, 64);
    QTest::newRow("jpeg without its last 2 bytes") << jpeg.chopped(2);
    QTest::newRow("jpeg without its last 40 bytes") << jpeg.chopped(40);
    QTest::newRow("jpeg cut in half") << jpeg.left(jpeg.size() / 2);
    QTest::newRow("png without its last byte") << png.chopped(1);
    QTest::newRow("png without its IEND chunk") << png.chopped(12);
    QTest::newRow("png cut in half") << png.left(png.size() / 2);
    QTest::newRow("gif without its trailer") << gif.chopped(1);
    if (canRead("webp")) {
        const QByteArray webp = makeImage(64, 64, "webp");
        QTest::newRow("webp without its last 10 bytes") << webp.chopped(10);
    }
}

void TestMediaStore::shouldRefuseTruncatedImage()
{
    QFETCH(QByteArray, bytes);

    Result<StoredImage> inspected = MediaStore::inspect(bytes);

    QVERIFY(!inspected);
    QVERIFY2(inspected.error().contains(QLatin1String("incomplete")), qPrintable(inspected.error()));
}

void TestMediaStore::shouldAcceptHarmlessPaddingAfterJpeg()
{
    const QByteArray padded = makeImage(16, 16, "jpeg") + QByteArray(4, '\0');

    Result<StoredImage> inspected = MediaStore::inspect(padded);

    QVERIFY2(inspected, qPrintable(inspected.error()));
    QCOMPARE(inspected->mimeType, QStringLiteral("image/jpeg"));
}

void TestMediaStore::shouldAcceptDataCamerasAppendAfterJpeg()
{
    // Given a JPEG followed by what phones append to "motion photos" (a video after the image)
    const QByteArray withTrailer = makeImage(16, 16, "jpeg") + QByteArray("\0\0\0\x18" "ftypmp42") + QByteArray(3000, 'v');

    Result<StoredImage> inspected = MediaStore::inspect(withTrailer);

    QVERIFY2(inspected, qPrintable(inspected.error()));
    QCOMPARE(inspected->size, QSize(16, 16));
}

void TestMediaStore::shouldRefuseBytesOverTheFileLimit()
{
    // A valid image followed by enough padding to pass the limit: refused on size alone.
    QByteArray bytes = makeImage(16, 16, "png");
    bytes.append(QByteArray(MediaStore::MaxFileBytes + 1 - bytes.size(), '\0'));

    Result<StoredImage> inspected = MediaStore::inspect(bytes);

    QVERIFY(!inspected);
    QVERIFY2(inspected.error().contains(QLatin1String("too large")), qPrintable(inspected.error()));
}

void TestMediaStore::shouldAcceptWellFormedKeys()
{
    const MediaStore media(QStringLiteral("/tmp/catalog.media"));
    const QString hash = sha256("x");
    for (const char *extension : {".jpg", ".png", ".webp", ".gif"}) {
        const QString key = hash.left(2) + QLatin1Char('/') + hash + QLatin1String(extension);
        QVERIFY2(MediaStore::isValidKey(key), qPrintable(key));
        QCOMPARE(media.absolutePath(key), QString(QStringLiteral("/tmp/catalog.media/") + key));
    }
}

void TestMediaStore::shouldRefuseHostileKeys_data()
{
    QTest::addColumn<QString>("key");

    const QString hash = sha256("x");
    const QString shard = hash.left(2);
    const QString good = shard + QLatin1Char('/') + hash + QStringLiteral(".jpg");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent") << QStringLiteral("../x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("shard then parents") << QStringLiteral("ab/../../x");
    QTest::newRow("parents, key length") << QString(QStringLiteral("../") + hash + QStringLiteral(".jpg"));
    QTest::newRow("absolute, key shape") << QString(QLatin1Char('/') + good);
    QTest::newRow("dot slash") << QString(QStringLiteral("./") + good);
    QTest::newRow("backslash") << QString(shard + QLatin1Char('\\') + hash + QStringLiteral(".jpg"));
    QTest::newRow("uppercase hex")
        << QString(shard.toUpper() + QLatin1Char('/') + hash.toUpper() + QStringLiteral(".jpg"));
    QTest::newRow("uppercase extension") << QString(shard + QLatin1Char('/') + hash + QStringLiteral(".JPG"));
    QTest::newRow("wrong extension") << QString(shard + QLatin1Char('/') + hash + QStringLiteral(".bmp"));
    QTest::newRow("jpeg extension") << QString(shard + QLatin1Char('/') + hash + QStringLiteral(".jpeg"));
    QTest::newRow("no extension") << QString(shard + QLatin1Char('/') + hash);
    QTest::newRow("other shard") << QString(QStringLiteral("zz/") + hash + QStringLiteral(".jpg"));
    const QString otherShard = shard == QLatin1String("00") ? QStringLiteral("01") : QStringLiteral("00");
    QTest::newRow("shard of another hash") << QString(otherShard + QLatin1Char('/') + hash + QStringLiteral(".jpg"));
    QTest::newRow("short hash") << QString(shard + QLatin1Char('/') + hash.chopped(1) + QStringLiteral(".jpg"));
    QTest::newRow("long hash") << QString(shard + QLatin1Char('/') + hash + QStringLiteral("0.jpg"));
    QTest::newRow("non-hex digit") << QString(shard + QLatin1Char('/') + hash.chopped(1) + QStringLiteral("g.jpg"));
    QTest::newRow("trailing slash") << QString(good + QLatin1Char('/'));
    QTest::newRow("trailing traversal") << QString(good + QStringLiteral("/../../x"));
    QTest::newRow("double extension") << QString(good + QStringLiteral(".png"));
    QTest::newRow("nul inside") << QString(good.left(10) + QChar(0) + good.mid(11));
    QTest::newRow("space") << QString(good + QLatin1Char(' '));
}

void TestMediaStore::shouldRefuseHostileKeys()
{
    QFETCH(QString, key);
    const MediaStore media(QStringLiteral("/tmp/catalog.media"));

    QVERIFY(!MediaStore::isValidKey(key));
    QCOMPARE(media.absolutePath(key), QString());
}

void TestMediaStore::shouldStoreFileFromDisk()
{
    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("media")));
    const QString path = dir.filePath(QStringLiteral("poster.gif"));
    const QByteArray bytes = makeImage(24, 36, "png");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    Result<StoredImage> stored = media.storeFile(path);

    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
    QCOMPARE(stored->size, QSize(24, 36));
    QCOMPARE(QString::fromLatin1(fileHash(media.absolutePath(stored->key))), sha256(bytes));
}

void TestMediaStore::shouldRefuseMissingFileNamingIt()
{
    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("media")));
    const QString path = dir.filePath(QStringLiteral("nowhere/poster.jpg"));

    Result<StoredImage> stored = media.storeFile(path);

    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(QDir::toNativeSeparators(path)), qPrintable(stored.error()));
    QVERIFY(!QFileInfo::exists(media.folder()));
}

void TestMediaStore::shouldRefuseOversizedFileNamingIt()
{
    // Given a sparse file just over the limit (it takes no space on disk)
    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("media")));
    const QString path = dir.filePath(QStringLiteral("huge.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeImage(8, 8, "jpeg"));
    QVERIFY(file.resize(MediaStore::MaxFileBytes + 1));
    file.close();

    Result<StoredImage> stored = media.storeFile(path);

    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(QDir::toNativeSeparators(path)), qPrintable(stored.error()));
    QVERIFY2(stored.error().contains(QLatin1String("too large")), qPrintable(stored.error()));
}

void TestMediaStore::shouldRefuseFileThatLiesAboutItsType()
{
    QTemporaryDir dir;
    const MediaStore media(dir.filePath(QStringLiteral("media")));
    const QString path = dir.filePath(QStringLiteral("x.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();

    Result<StoredImage> stored = media.storeFile(path);

    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(QDir::toNativeSeparators(path)), qPrintable(stored.error()));
    QVERIFY2(stored.error().contains(QLatin1String("not an image Reelkeeper accepts")), qPrintable(stored.error()));
    QVERIFY(filesUnder(media.folder()).isEmpty());
}

void TestMediaStore::shouldRecordOnlyWebOrigins_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QVariant>("recorded");

    const QVariant null(QMetaType::fromType<QString>());
    QTest::newRow("https") << QStringLiteral("https://example.org/poster.jpg")
                           << QVariant(QStringLiteral("https://example.org/poster.jpg"));
    QTest::newRow("http") << QStringLiteral("http://example.org/a.png")
                          << QVariant(QStringLiteral("http://example.org/a.png"));
    QTest::newRow("none") << QString() << null;
    QTest::newRow("local file") << QStringLiteral("file:///etc/passwd") << null;
    QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << null;
    QTest::newRow("scheme only") << QStringLiteral("https://") << null;
}

void TestMediaStore::shouldRecordOnlyWebOrigins()
{
    QFETCH(QString, url);
    QFETCH(QVariant, recorded);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    Result<qint64> id = media.addFile(catalog.db(), makeImage(10, 10, "png"), QStringLiteral("a.png"), url);

    QVERIFY2(id, qPrintable(id.error()));
    const QVariant stored = scalar(catalog.db(), QStringLiteral("SELECT url FROM files WHERE id = ?"), {id.value()});
    QCOMPARE(stored.isNull(), recorded.isNull());
    if (!recorded.isNull())
        QCOMPARE(stored.toString(), recorded.toString());
}

void TestMediaStore::shouldNameFileAfterItsKeyWhenNoNameIsGiven()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    Result<qint64> id = media.addFile(catalog.db(), makeImage(10, 10, "png"), QStringLiteral("  "));

    QVERIFY2(id, qPrintable(id.error()));
    const QString key = text(catalog.db(), QStringLiteral("SELECT key FROM files"));
    QCOMPARE(text(catalog.db(), QStringLiteral("SELECT file_name FROM files")), key.mid(3));
}

void TestMediaStore::shouldKeepFileInUseWhenReleased_data()
{
    QTest::addColumn<QString>("user");

    QTest::newRow("movie poster")
        << QStringLiteral("INSERT INTO movies (title, poster_file_id) VALUES ('Alien', :file)");
    QTest::newRow("person photo") << QStringLiteral(
        "INSERT INTO people (id, last_name) VALUES (1, 'Weaver');"
        "INSERT INTO person_photos (person_id, file_id) VALUES (1, :file)");
    QTest::newRow("user avatar") << QStringLiteral(
        "INSERT INTO users (id, username, password_hash)"
        " VALUES (1, 'ripley', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA');"
        "INSERT INTO user_avatars (user_id, file_id) VALUES (1, :file)");
}

void TestMediaStore::shouldKeepFileInUseWhenReleased()
{
    QFETCH(QString, user);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    // Given a file that a row uses
    Result<qint64> id = media.addFile(catalog.db(), makeImage(10, 10, "png"), QStringLiteral("a.png"));
    QVERIFY2(id, qPrintable(id.error()));
    const QStringList statements = user.split(QLatin1Char(';'));
    for (const QString &statement : statements) {
        const bool usesFile = statement.contains(QLatin1String(":file"));
        QString sql = statement;
        QCOMPARE(exec(catalog.db(), sql.replace(QStringLiteral(":file"), QStringLiteral("?")),
                      usesFile ? QVariantList{id.value()} : QVariantList()),
                 QString());
    }
    const QString path = media.absolutePath(text(catalog.db(), QStringLiteral("SELECT key FROM files")));

    // When it is released, it stays, row, file and user alike
    Result<bool> released = media.releaseFile(catalog.db(), id.value());
    QVERIFY2(released, qPrintable(released.error()));
    QVERIFY(!released.value());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 1);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(scalar(catalog.db(),
                    QStringLiteral("SELECT (SELECT count(*) FROM movies) + (SELECT count(*) FROM person_photos)"
                                   " + (SELECT count(*) FROM user_avatars)"))
                 .toInt(),
             1);
}

void TestMediaStore::shouldDeletePosterOnceNoMovieUsesIt()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());
    Result<qint64> id = media.addFile(catalog.db(), makeImage(10, 10, "png"), QStringLiteral("a.png"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (id, title, poster_file_id) VALUES (1, 'Alien', ?)"),
                  {id.value()}),
             QString());
    const QString path = media.absolutePath(text(catalog.db(), QStringLiteral("SELECT key FROM files")));

    // Given the poster is still used, releasing keeps it
    Result<bool> used = media.releaseFile(catalog.db(), id.value());
    QVERIFY2(used, qPrintable(used.error()));
    QVERIFY(!used.value());
    QVERIFY(QFileInfo::exists(path));

    // When the movie lets go of it, releasing deletes row and file
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE movies SET poster_file_id = NULL WHERE id = 1")), QString());
    Result<bool> released = media.releaseFile(catalog.db(), id.value());
    QVERIFY2(released, qPrintable(released.error()));
    QVERIFY(released.value());
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 0);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 1);
}

void TestMediaStore::shouldRefuseToReleaseUnknownFile()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    Result<bool> released = media.releaseFile(catalog.db(), 4242);

    QVERIFY(!released);
    QVERIFY2(released.error().contains(QLatin1String("4242")), qPrintable(released.error()));
}

void TestMediaStore::shouldRemoveUnusedRowsAndStrayFiles()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());
    QSqlDatabase db = catalog.db();

    // Given a poster in use, a file row nobody uses, a stray media file and a stray note
    Result<qint64> poster = media.addFile(db, makeImage(10, 10, "png", 0xff112233), QStringLiteral("poster.png"));
    QVERIFY2(poster, qPrintable(poster.error()));
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO movies (title, poster_file_id) VALUES ('Alien', ?)"),
                  {poster.value()}),
             QString());
    Result<qint64> unused = media.addFile(db, makeImage(10, 10, "png", 0xff445566), QStringLiteral("unused.png"));
    QVERIFY2(unused, qPrintable(unused.error()));
    Result<StoredImage> stray = media.store(makeImage(10, 10, "jpeg"));
    QVERIFY2(stray, qPrintable(stray.error()));
    QFile note(media.folder() + QStringLiteral("/notes.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("keep me");
    note.close();
    const QString posterKey = text(db, QStringLiteral("SELECT key FROM files WHERE id = ?"), {poster.value()});
    const QString unusedKey = text(db, QStringLiteral("SELECT key FROM files WHERE id = ?"), {unused.value()});

    // When the unused media is removed
    Result<QStringList> removed = media.removeUnused(db);
    QVERIFY2(removed, qPrintable(removed.error()));

    // Then the unused row with its file and the stray file are gone, the rest is kept
    QStringList expected{unusedKey, stray->key};
    expected.sort();
    QCOMPARE(removed.value(), expected);
    QCOMPARE(text(db, QStringLiteral("SELECT group_concat(id) FROM files")), QString::number(poster.value()));
    QVERIFY(QFileInfo::exists(media.absolutePath(posterKey)));
    QVERIFY(!QFileInfo::exists(media.absolutePath(unusedKey)));
    QVERIFY(!QFileInfo::exists(media.absolutePath(stray->key)));
    QVERIFY(note.exists());

    // And a second pass has nothing left to do
    Result<QStringList> again = media.removeUnused(db);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->isEmpty());
}

void TestMediaStore::shouldReportUnlistedFiles()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());

    Result<qint64> listed = media.addFile(catalog.db(), makeImage(10, 10, "png"), QStringLiteral("listed.png"));
    QVERIFY2(listed, qPrintable(listed.error()));
    Result<StoredImage> stray = media.store(makeImage(12, 12, "png"));
    QVERIFY2(stray, qPrintable(stray.error()));
    QFile leftover(media.folder() + QStringLiteral("/ab/.poster.jpg.Xy12ab"));
    QVERIFY(QDir().mkpath(media.folder() + QStringLiteral("/ab")));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();

    Result<QStringList> unlisted = media.unlistedFiles(catalog.db());

    QVERIFY2(unlisted, qPrintable(unlisted.error()));
    QStringList expected{stray->key, QStringLiteral("ab/.poster.jpg.Xy12ab")};
    expected.sort();
    QCOMPARE(unlisted.value(), expected);
}

void TestMediaStore::shouldReportNothingUnlistedWithoutMediaFolder()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    const MediaStore media(catalog.catalog().mediaPath());
    QVERIFY(!QFileInfo::exists(media.folder()));

    Result<QStringList> unlisted = media.unlistedFiles(catalog.db());

    QVERIFY2(unlisted, qPrintable(unlisted.error()));
    QVERIFY(unlisted->isEmpty());
}

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
