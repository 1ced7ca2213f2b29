// `reelkeeper user add|passwd|remove|list` as scripts use it: the real program, passwords on
// standard input, exit status 0 / 1 (catalog unchanged) / 2.
#include "accounts.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestUserCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void shouldAddListAndRemoveUsers();
    void shouldChangeThePasswordGivenTheCurrentOne();
    void shouldFailUnchangedOnAWrongCurrentPassword();
    void shouldFailClearlyWithoutAPasswordLine_data();
    void shouldFailClearlyWithoutAPasswordLine();
    void shouldRefuseATakenNameOrShortPassword();
    void shouldFailOnAnUnknownUser_data();
    void shouldFailOnAnUnknownUser();
    void shouldAnswerUsageErrorsWithStatusTwo_data();
    void shouldAnswerUsageErrorsWithStatusTwo();

private:
    ProcessResult user(const QStringList &arguments, const QByteArray &input = QByteArray());
    QStringList listed();

    std::unique_ptr<QTemporaryDir> m_work;
    QString m_path;
};

void TestUserCommands::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_path = m_work->filePath(QStringLiteral("films.sqlite"));
}

ProcessResult TestUserCommands::user(const QStringList &arguments, const QByteArray &input)
{
    return runReelkeeper(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("user")} + arguments, m_work->path(),
                         input);
}

QStringList TestUserCommands::listed()
{
    const ProcessResult result = user({QStringLiteral("list")});
    if (result.exitCode != 0)
        return {QStringLiteral("failed: ") + result.err};
    return result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestUserCommands::shouldAddListAndRemoveUsers()
{
    // Given a new catalog with no accounts
    QCOMPARE(listed(), QStringList());

    // When two users are added, the password on the first line (CRLF and extra lines are fine)
    const ProcessResult bob = user({QStringLiteral("add"), QStringLiteral("bob")}, "bob's password\r\nignored\n");
    const ProcessResult alice = user({QStringLiteral("add"), QStringLiteral("Alice")}, "alice's password");

    // Then both succeed and are listed one a line, by name ignoring case
    QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));
    QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
    QVERIFY(bob.err.isEmpty());
    QVERIFY(!bob.out.contains(QLatin1String("password")));
    QCOMPARE(listed(), (QStringList{QStringLiteral("Alice"), QStringLiteral("bob")}));

    // And the stored password is the first line without its line ending
    {
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(m_path);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        const Result<SignInResult> signedIn =
            Accounts::signIn(catalog.value()->database(), QStringLiteral("bob"), QByteArrayLiteral("bob's password"));
        QVERIFY(signedIn && signedIn->user.has_value());
        QCOMPARE(scalar(catalog.value()->database(), QStringLiteral("SELECT count(*) FROM users WHERE password_hash "
                                                                    "LIKE '$argon2id$%'"))
                     .toInt(),
                 2);
    }

    // When one is removed, by name in any case
    const ProcessResult removed = user({QStringLiteral("remove"), QStringLiteral("ALICE")});

    // Then only the other is left
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(listed(), QStringList{QStringLiteral("bob")});
}

void TestUserCommands::shouldChangeThePasswordGivenTheCurrentOne()
{
    // Given a user
    QCOMPARE(user({QStringLiteral("add"), QStringLiteral("alice")}, "first password\n").exitCode, 0);

    // When the password is changed: the current one, then the new one, one a line
    const ProcessResult changed =
        user({QStringLiteral("passwd"), QStringLiteral("alice")}, "first password\nsecond password\n");

    // Then it succeeds, and only the new one opens the account
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(m_path);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QSqlDatabase db = catalog.value()->database();
    QVERIFY(!Accounts::signIn(db, QStringLiteral("alice"), QByteArrayLiteral("first password"))->user.has_value());
    QVERIFY(Accounts::signIn(db, QStringLiteral("alice"), QByteArrayLiteral("second password"))->user.has_value());
}

void TestUserCommands::shouldFailUnchangedOnAWrongCurrentPassword()
{
    // Given a user
    QCOMPARE(user({QStringLiteral("add"), QStringLiteral("alice")}, "first password\n").exitCode, 0);
    QString hashBefore;
    {
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(m_path);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        hashBefore = scalar(catalog.value()->database(), QStringLiteral("SELECT password_hash FROM users")).toString();
    }

    // When the password is changed with a wrong current one
    const ProcessResult changed =
        user({QStringLiteral("passwd"), QStringLiteral("alice")}, "wrong password\nsecond password\n");

    // Then it fails with status 1 and says why, without echoing a password, and the hash is unchanged
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.err.contains(QLatin1String("current password is wrong")), qPrintable(changed.err));
    QVERIFY(!changed.err.contains(QLatin1String("wrong password")));
    QVERIFY(!changed.err.contains(QLatin1String("second password")));
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(m_path);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QSqlDatabase db = catalog.value()->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT password_hash FROM users")).toString(), hashBefore);
    // And the attempt counts towards the throttle, which holds across processes
    QCOMPARE(scalar(db, QStringLiteral("SELECT failures FROM sign_in_failures WHERE username = 'alice'")).toInt(), 1);
}

void TestUserCommands::shouldFailClearlyWithoutAPasswordLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("add, no input") << QStringList{QStringLiteral("add"), QStringLiteral("carol")} << QByteArray()
                                   << QStringLiteral("first line of standard input");
    QTest::newRow("passwd, no input") << QStringList{QStringLiteral("passwd"), QStringLiteral("alice")}
                                      << QByteArray() << QStringLiteral("current password");
    QTest::newRow("passwd, one line") << QStringList{QStringLiteral("passwd"), QStringLiteral("alice")}
                                      << QByteArray("first password\n") << QStringLiteral("new one was missing");
}

void TestUserCommands::shouldFailClearlyWithoutAPasswordLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    // Given a catalog with one user
    QCOMPARE(user({QStringLiteral("add"), QStringLiteral("alice")}, "first password\n").exitCode, 0);
    const QByteArray before = fileHash(m_path);

    // When a command that needs a password line gets none
    const ProcessResult result = user(arguments, input);

    // Then it fails with status 1, says what was missing, and the catalog is unchanged
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("nothing was changed")));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(listed(), QStringList{QStringLiteral("alice")});
}

void TestUserCommands::shouldRefuseATakenNameOrShortPassword()
{
    // Given a user
    QCOMPARE(user({QStringLiteral("add"), QStringLiteral("alice")}, "first password\n").exitCode, 0);

    // When the same name in other case, or a short password, is added
    const ProcessResult taken = user({QStringLiteral("add"), QStringLiteral("ALICE")}, "another password\n");
    const ProcessResult tooShort = user({QStringLiteral("add"), QStringLiteral("bob")}, "short\n");
    const ProcessResult empty = user({QStringLiteral("add"), QStringLiteral("bob")}, "\n");

    // Then each fails with status 1 and a reason, and nothing was added
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(QLatin1String("already an account")), qPrintable(taken.err));
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY2(tooShort.err.contains(QLatin1String("at least 8")), qPrintable(tooShort.err));
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(listed(), QStringList{QStringLiteral("alice")});
}

void TestUserCommands::shouldFailOnAnUnknownUser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("passwd") << QStringList{QStringLiteral("passwd"), QStringLiteral("nobody")}
                            << QByteArray("first password\nsecond password\n");
    QTest::newRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("nobody")} << QByteArray();
}

void TestUserCommands::shouldFailOnAnUnknownUser()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QCOMPARE(user({QStringLiteral("add"), QStringLiteral("alice")}, "first password\n").exitCode, 0);
    const QByteArray before = fileHash(m_path);

    const ProcessResult result = user(arguments, input);

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no account named “nobody”")), qPrintable(result.err));
    QCOMPARE(fileHash(m_path), before);
}

void TestUserCommands::shouldAnswerUsageErrorsWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList();
    QTest::newRow("unknown action") << QStringList{QStringLiteral("rename"), QStringLiteral("alice")};
    QTest::newRow("add without name") << QStringList{QStringLiteral("add")};
    QTest::newRow("passwd with two names") << QStringList{QStringLiteral("passwd"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("remove without name") << QStringList{QStringLiteral("remove")};
    QTest::newRow("list with a name") << QStringList{QStringLiteral("list"), QStringLiteral("alice")};
    QTest::newRow("option of another command") << QStringList{QStringLiteral("list"), QStringLiteral("--dry-run")};
}

void TestUserCommands::shouldAnswerUsageErrorsWithStatusTwo()
{
    QFETCH(QStringList, arguments);

    const ProcessResult result = user(arguments, "a password line\n");

    // Then the usage is shown with status 2, and no catalog was created
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("user add|passwd|remove|list")), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_path));
}

QTEST_GUILESS_MAIN(TestUserCommands)
#include "tst_usercommands.moc"
