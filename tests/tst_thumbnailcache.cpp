// ThumbnailCache: thumbnails made on the thread pool, kept in the cache folder.
#include "mediastore.h"
#include "testsupport.h"
#include "thumbnailcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

QImage waitFor(QFuture<QImage> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldScaleDownKeepingTheAspectRatio_data();
    void shouldScaleDownKeepingTheAspectRatio();
    void shouldKeepSmallImagesAtTheirSize();
    void shouldServeTheSecondRequestFromTheCache();
    void shouldKeepOneThumbnailPerSize();
    void shouldRebuildADamagedCacheEntry();
    void shouldGiveNullImageForUnreadableSource_data();
    void shouldGiveNullImageForUnreadableSource();
    void shouldAnswerManyRequestsAtOnce();
    void shouldNameCacheFilesAfterTheSource();

private:
    // Stores the image in a media folder, so that it is named by its content like real media.
    QString storeSource(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<ThumbnailCache> m_cache;
};

void TestThumbnailCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_media = std::make_unique<MediaStore>(m_dir->filePath(QStringLiteral("catalog.media")));
    m_cache = std::make_unique<ThumbnailCache>(m_dir->filePath(QStringLiteral("cache/thumbnails")));
}

void TestThumbnailCache::cleanup()
{
    m_cache.reset();
    m_media.reset();
    m_dir.reset();
}

QString TestThumbnailCache::storeSource(const QByteArray &bytes)
{
    Result<StoredImage> stored = m_media->store(bytes);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error()));
        return QString();
    }
    return m_media->absolutePath(stored->key);
}

void TestThumbnailCache::shouldScaleDownKeepingTheAspectRatio_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("sourceSize");
    QTest::addColumn<int>("edge");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("wide png") << QByteArray("png") << QSize(400, 200) << 100 << QSize(100, 50);
    QTest::newRow("tall jpeg") << QByteArray("jpeg") << QSize(300, 600) << 128 << QSize(64, 128);
    QTest::newRow("square png") << QByteArray("png") << QSize(500, 500) << 64 << QSize(64, 64);
    QTest::newRow("large jpeg") << QByteArray("jpeg") << QSize(2000, 1500) << 200 << QSize(200, 150);
    if (QImageReader::supportedImageFormats().contains("webp"))
        QTest::newRow("wide webp") << QByteArray("webp") << QSize(320, 240) << 160 << QSize(160, 120);
}

void TestThumbnailCache::shouldScaleDownKeepingTheAspectRatio()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, sourceSize);
    QFETCH(int, edge);
    QFETCH(QSize, expected);
    const QString source = storeSource(makeImage(sourceSize.width(), sourceSize.height(), format.constData()));
    QVERIFY(!source.isEmpty());

    // When a thumbnail is requested
    const QImage thumbnail = waitFor(m_cache->request(source, edge));

    // Then it fits the box, keeps the proportions, and is kept in the cache as a PNG
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.size(), expected);
    const QString cached = m_cache->cachePathFor(source, edge);
    QVERIFY(QFileInfo(cached).isFile());
    QCOMPARE(QImageReader(cached).format(), QByteArray("png"));
    QCOMPARE(QImage(cached).size(), expected);
}

void TestThumbnailCache::shouldKeepSmallImagesAtTheirSize()
{
    const QString source = storeSource(makeImage(40, 30, "png"));
    QVERIFY(!source.isEmpty());

    const QImage thumbnail = waitFor(m_cache->request(source, 256));

    QCOMPARE(thumbnail.size(), QSize(40, 30));
}

void TestThumbnailCache::shouldServeTheSecondRequestFromTheCache()
{
    // Given a thumbnail made once
    const QString source = storeSource(makeImage(300, 200, "jpeg"));
    QVERIFY(!source.isEmpty());
    const QImage first = waitFor(m_cache->request(source, 96));
    QVERIFY(!first.isNull());

    // When the source is gone and the thumbnail is requested again
    QVERIFY(QFile::remove(source));
    const QImage second = waitFor(m_cache->request(source, 96));

    // Then the cache still has it
    QVERIFY(!second.isNull());
    QCOMPARE(second.size(), first.size());
}

void TestThumbnailCache::shouldKeepOneThumbnailPerSize()
{
    const QString source = storeSource(makeImage(400, 400, "png"));
    QVERIFY(!source.isEmpty());

    const QImage small = waitFor(m_cache->request(source, 32));
    const QImage large = waitFor(m_cache->request(source, 128));

    QCOMPARE(small.size(), QSize(32, 32));
    QCOMPARE(large.size(), QSize(128, 128));
    QVERIFY(m_cache->cachePathFor(source, 32) != m_cache->cachePathFor(source, 128));
    QVERIFY(QFileInfo::exists(m_cache->cachePathFor(source, 32)));
    QVERIFY(QFileInfo::exists(m_cache->cachePathFor(source, 128)));
}

void TestThumbnailCache::shouldRebuildADamagedCacheEntry()
{
    // Given a cache entry that is not an image any more
    const QString source = storeSource(makeImage(200, 100, "png"));
    QVERIFY(!source.isEmpty());
    const QString cached = m_cache->cachePathFor(source, 50);
    QVERIFY(QDir().mkpath(QFileInfo(cached).absolutePath()));
    QFile damaged(cached);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("not a png");
    damaged.close();

    // When the thumbnail is requested, it is made again from the source
    const QImage thumbnail = waitFor(m_cache->request(source, 50));

    QCOMPARE(thumbnail.size(), QSize(50, 25));
    QCOMPARE(QImage(cached).size(), QSize(50, 25));
}

void TestThumbnailCache::shouldGiveNullImageForUnreadableSource_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<int>("edge");

    QTest::newRow("missing") << QByteArray() << 64;
    QTest::newRow("text") << QByteArray("hello, not an image") << 64;
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1A\n") << 64;
    QTest::newRow("zero edge") << makeImage(20, 20, "png") << 0;
    QTest::newRow("negative edge") << makeImage(20, 20, "png") << -5;
}

void TestThumbnailCache::shouldGiveNullImageForUnreadableSource()
{
    QFETCH(QByteArray, content);
    QFETCH(int, edge);
    const QString source = m_dir->filePath(QStringLiteral("0123abcd.png"));
    if (!content.isEmpty()) {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    const QImage thumbnail = waitFor(m_cache->request(source, edge));

    QVERIFY(thumbnail.isNull());
    QVERIFY(!QFileInfo::exists(m_cache->cachePathFor(source, 64)));
}

void TestThumbnailCache::shouldAnswerManyRequestsAtOnce()
{
    // Several sources, each requested twice at the same time: every answer is a thumbnail.
    QStringList sources;
    for (int i = 0; i < 6; ++i) {
        sources.append(storeSource(makeImage(120 + i * 10, 90, "png", 0xff000000 | quint32(i * 0x203040))));
        QVERIFY(!sources.last().isEmpty());
    }
    std::vector<QFuture<QImage>> futures;
    for (const QString &source : std::as_const(sources)) {
        futures.push_back(m_cache->request(source, 60));
        futures.push_back(m_cache->request(source, 60));
    }
    for (QFuture<QImage> &future : futures) {
        const QImage thumbnail = waitFor(future);
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(thumbnail.width(), 60);
    }
    for (const QString &source : std::as_const(sources))
        QVERIFY(QFileInfo::exists(m_cache->cachePathFor(source, 60)));
}

void TestThumbnailCache::shouldNameCacheFilesAfterTheSource()
{
    const ThumbnailCache cache(QStringLiteral("/var/cache/reelkeeper/thumbnails"));
    const QString hash = QStringLiteral("ab") + QString(62, QLatin1Char('0'));

    QCOMPARE(cache.cachePathFor(QStringLiteral("/data/catalog.media/ab/") + hash + QStringLiteral(".jpg"), 128),
             QString(QStringLiteral("/var/cache/reelkeeper/thumbnails/128/") + hash + QStringLiteral(".png")));
    QCOMPARE(cache.cachePathFor(QStringLiteral("/data/catalog.media/ab/") + hash + QStringLiteral(".webp"), 32),
             QString(QStringLiteral("/var/cache/reelkeeper/thumbnails/32/") + hash + QStringLiteral(".png")));
    QCOMPARE(cache.cachePathFor(QStringLiteral("/data/x.jpg"), 0), QString());
    QCOMPARE(cache.cachePathFor(QString(), 64), QString());
}

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
