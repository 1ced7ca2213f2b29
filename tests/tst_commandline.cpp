// The reelkeeper executable as scripts use it: every case runs the real program without a display.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintVersionWithoutDisplay();
    void shouldPrintHelp();
    void shouldAnswerUsageErrorsWithStatusTwo_data();
    void shouldAnswerUsageErrorsWithStatusTwo();
    void shouldCreateMissingCatalogGivenWithDb();
    void shouldUseDefaultCatalogInAppDataFolder();
    void shouldRefuseBadCatalogPaths_data();
    void shouldRefuseBadCatalogPaths();
    void shouldRefuseCatalogFromNewerVersionUntouched();

private:
    QTemporaryDir m_home;
};

void TestCommandLine::shouldPrintVersionWithoutDisplay()
{
    // Given no display at all (runReelkeeper removes DISPLAY)
    const ProcessResult result = runReelkeeper({QStringLiteral("--version")}, m_home.path());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("reelkeeper ")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("SQLite 3.")));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::shouldPrintHelp()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const ProcessResult result = runReelkeeper({flag}, m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("reelkeeper [--db PATH] check")));
        QVERIFY(result.out.contains(QStringLiteral("export bundle DIR")));
    }
}

void TestCommandLine::shouldAnswerUsageErrorsWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << QStringLiteral("Unknown option");
    QTest::newRow("unknown option after command")
        << QStringList{QStringLiteral("check"), QStringLiteral("--fast")} << QStringLiteral("Unknown option");
    QTest::newRow("db without value") << QStringList{QStringLiteral("--db")} << QStringLiteral("db");
    QTest::newRow("check with argument")
        << QStringList{QStringLiteral("check"), QStringLiteral("extra")} << QStringLiteral("no arguments");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QStringLiteral("one file");
    QTest::newRow("import unknown format")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("Unknown format");
    QTest::newRow("import unknown policy")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--on-duplicate"),
                       QStringLiteral("merge")}
        << QStringLiteral("duplicate policy");
    QTest::newRow("export what")
        << QStringList{QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("x.csv")}
        << QStringLiteral("export movies");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("check"), QStringLiteral("--dry-run")} << QStringLiteral("does not go with");
    QTest::newRow("option without command") << QStringList{QStringLiteral("--strict")} << QStringLiteral("belongs to");
    QTest::newRow("user without action") << QStringList{QStringLiteral("user")} << QStringLiteral("user add");
    QTest::newRow("user add without name")
        << QStringList{QStringLiteral("user"), QStringLiteral("add")} << QStringLiteral("one user name");
    QTest::newRow("db twice")
        << QStringList{QStringLiteral("--db"), QStringLiteral("a.sqlite"), QStringLiteral("--db"),
                       QStringLiteral("b.sqlite"), QStringLiteral("check")}
        << QStringLiteral("more than once");
}

void TestCommandLine::shouldAnswerUsageErrorsWithStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir work;
    const QStringList before = QDir(work.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);

    const ProcessResult result = runReelkeeper(arguments, work.path());

    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Usage:")), qPrintable(result.err));
    // A usage error touches nothing: not even the default catalog is created.
    QCOMPARE(QDir(work.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), before);
}

void TestCommandLine::shouldCreateMissingCatalogGivenWithDb()
{
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("films.sqlite"));

    const ProcessResult result = runReelkeeper({QStringLiteral("--db"), path, QStringLiteral("check")}, work.path());

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("0 error(s)")), qPrintable(result.out));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestCommandLine::shouldUseDefaultCatalogInAppDataFolder()
{
    QTemporaryDir work;
    const ProcessResult result = runReelkeeper({QStringLiteral("check")}, work.path());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QFile::exists(work.filePath(QStringLiteral("data/Reelkeeper/reelkeeper/catalog.sqlite"))),
             qPrintable(result.out + result.err));
}

void TestCommandLine::shouldRefuseBadCatalogPaths_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QByteArray>("content"); // written to the path first unless empty
    QTest::addColumn<QString>("message");
    QTest::newRow("folder does not exist") << QStringLiteral("no/such/folder/films.sqlite") << QByteArray()
                                           << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral("notes.sqlite") << QByteArray("title,year\nAlien,1979\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("binary garbage") << QStringLiteral("garbage.sqlite") << QByteArray(4096, '\xA5')
                                    << QStringLiteral("not an SQLite database");
    QTest::newRow("a folder") << QStringLiteral(".") << QByteArray() << QStringLiteral("is a folder");
}

void TestCommandLine::shouldRefuseBadCatalogPaths()
{
    QFETCH(QString, relativePath);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir work;
    const QString path = work.filePath(relativePath);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = QDir(work.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);

    const ProcessResult result = runReelkeeper({QStringLiteral("--db"), path, QStringLiteral("check")}, work.path());

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(work.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), entriesBefore);
}

void TestCommandLine::shouldRefuseCatalogFromNewerVersionUntouched()
{
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("future.sqlite"));
    {
        TemporaryCatalog made; // a real catalog, then stamped with a future schema version
        QVERIFY2(made.isValid(), qPrintable(made.error()));
        QCOMPARE(exec(made.db(), QStringLiteral("PRAGMA user_version = 999")), QString());
        made.close();
        QVERIFY(QFile::copy(made.path(), path));
    }
    const QByteArray before = fileHash(path);

    const ProcessResult result = runReelkeeper({QStringLiteral("--db"), path, QStringLiteral("check")}, work.path());

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("newer version")), qPrintable(result.err));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
