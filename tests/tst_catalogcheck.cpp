// `reelkeeper check` on healthy and damaged catalogs, through the real executable.
#include "mediastore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestCatalogCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPassHealthyCatalogWithMedia();
    void shouldFailWhenMediaFileIsMissing();
    void shouldNameEveryRowThatPointsAtAMissingFile();
    void shouldFailWhenMediaFileIsAltered();
    void shouldWarnAboutFilesNoRowUses();
    void shouldFailOnDanglingForeignKeys();
    void shouldFailOnCorruptedPages();

private:
    struct Fixture
    {
        QTemporaryDir home;
        std::unique_ptr<TemporaryCatalog> catalog = std::make_unique<TemporaryCatalog>();
        QString mediaKey;
    };
    // A catalog with one movie whose poster is in the media folder; closed, ready for the command.
    static void makeCatalogWithPoster(Fixture &fixture);
    static ProcessResult check(Fixture &fixture);
};

void TestCatalogCheck::makeCatalogWithPoster(Fixture &fixture)
{
    QVERIFY2(fixture.catalog->isValid(), qPrintable(fixture.catalog->error()));
    const MediaStore media(fixture.catalog->catalog().mediaPath());
    Result<qint64> file = media.addFile(fixture.catalog->db(), makeImage(40, 60, "png"), QStringLiteral("poster.png"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(exec(fixture.catalog->db(), QStringLiteral("INSERT INTO movies (title, poster_file_id) VALUES (?, ?)"),
                  {QStringLiteral("Alien"), file.value()}),
             QString());
    fixture.mediaKey = scalar(fixture.catalog->db(), QStringLiteral("SELECT key FROM files")).toString();
    QVERIFY(!fixture.mediaKey.isEmpty());
}

ProcessResult TestCatalogCheck::check(Fixture &fixture)
{
    const QString path = fixture.catalog->path();
    fixture.catalog->close();
    return runReelkeeper({QStringLiteral("--db"), path, QStringLiteral("check")}, fixture.home.path());
}

void TestCatalogCheck::shouldPassHealthyCatalogWithMedia()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    const ProcessResult result = check(fixture);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("0 error(s), 0 warning(s)")), qPrintable(result.out + result.err));
}

void TestCatalogCheck::shouldFailWhenMediaFileIsMissing()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    const QString mediaFile = MediaStore(fixture.catalog->catalog().mediaPath()).absolutePath(fixture.mediaKey);
    QVERIFY(QFile::remove(mediaFile));

    const ProcessResult result = check(fixture);

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("is missing")), qPrintable(result.out));
    QVERIFY(result.out.contains(mediaFile));
}

void TestCatalogCheck::shouldNameEveryRowThatPointsAtAMissingFile()
{
    // Given a poster that is also a person's photo and a user's avatar
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    QSqlDatabase db = fixture.catalog->db();
    const QVariant fileId = scalar(db, QStringLiteral("SELECT id FROM files"));
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (7, 'Sigourney', 'Weaver')")),
             QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (7, ?, 1)"),
                  {fileId}),
             QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO users (id, username, password_hash) VALUES (3, 'ripley', '$argon2id$x')")),
             QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO user_avatars (user_id, file_id) VALUES (3, ?)"), {fileId}), QString());
    const QString mediaFile = MediaStore(fixture.catalog->catalog().mediaPath()).absolutePath(fixture.mediaKey);

    // When its file goes missing
    QVERIFY(QFile::remove(mediaFile));
    const ProcessResult result = check(fixture);

    // Then each of the three rows is reported as an error, naming the row and the file
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("movie 1 “Alien” poster → ") + mediaFile + QStringLiteral(" is missing")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("person 7 “Sigourney Weaver” photo → ") + mediaFile),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("user 3 “ripley” avatar → ") + mediaFile), qPrintable(result.out));
}

void TestCatalogCheck::shouldFailWhenMediaFileIsAltered()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    QFile mediaFile(MediaStore(fixture.catalog->catalog().mediaPath()).absolutePath(fixture.mediaKey));
    QVERIFY(mediaFile.open(QIODevice::ReadWrite));
    mediaFile.seek(mediaFile.size() / 2);
    mediaFile.write("XXXX");
    mediaFile.close();

    const ProcessResult result = check(fixture);

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("damaged")), qPrintable(result.out));
}

void TestCatalogCheck::shouldWarnAboutFilesNoRowUses()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    const MediaStore media(fixture.catalog->catalog().mediaPath());
    Result<StoredImage> stray = media.store(makeImage(10, 10, "png", 0xff00ff00));
    QVERIFY2(stray, qPrintable(stray.error()));

    const ProcessResult result = check(fixture);

    QCOMPARE(result.exitCode, 0); // harmless: reported, not a failure
    QVERIFY2(result.out.contains(QStringLiteral("warning:")), qPrintable(result.out));
    QVERIFY(result.out.contains(stray->key));
    QVERIFY(result.out.contains(QStringLiteral("1 warning(s)")));
}

void TestCatalogCheck::shouldFailOnDanglingForeignKeys()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    // Given a row written by a tool that did not enforce foreign keys
    QSqlDatabase db = fixture.catalog->db();
    QCOMPARE(exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO movies (title, director_id) VALUES ('Orphan', 4242)")), QString());

    const ProcessResult result = check(fixture);

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("foreign key: movies")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("people")));
}

void TestCatalogCheck::shouldFailOnCorruptedPages()
{
    Fixture fixture;
    makeCatalogWithPoster(fixture);
    if (QTest::currentTestFailed())
        return;
    QSqlDatabase db = fixture.catalog->db();
    // Enough rows for the movies table and its indexes to span many pages.
    QCOMPARE(exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                     "INSERT INTO movies (title, description) SELECT 'Movie ' || i, "
                                     "printf('%.200c', 'x') FROM n")),
             QString());
    const QString path = fixture.catalog->path();
    fixture.catalog->close();
    {
        // Scribble over pages in the second half of the file, where the movie rows are.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 20);
        for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
            file.seek(page * pageSize + 8);
            file.write(QByteArray(512, '\x5A'));
        }
    }

    const ProcessResult result = runReelkeeper({QStringLiteral("--db"), path, QStringLiteral("check")}, fixture.home.path());

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("integrity:")) || result.err.contains(QStringLiteral("damaged")),
             qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestCatalogCheck)
#include "tst_catalogcheck.moc"
