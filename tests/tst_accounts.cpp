// Accounts: password hashing, profile rules, uniqueness ignoring case, throttled sign-in, avatars,
// and what goes with a removed account or movie, checked against a real catalog.
#include "accounts.h"
#include "mediastore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

const QByteArray AlicePassword = QByteArrayLiteral("correct horse battery");
const QByteArray BobPassword = QByteArrayLiteral("bob's secret 42");

UserRecord profile(const QString &username, const QString &email = QString())
{
    UserRecord user;
    user.username = username;
    user.email = email;
    return user;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldHashWithArgon2idAndVerifyOnlyTheRightPassword();
    void shouldStoreTheHashAndNeverThePassword();
    void shouldRefuseShortPasswordsAndBlankUsernames();
    void shouldCheckTheFormOfEmails_data();
    void shouldCheckTheFormOfEmails();
    void shouldRefuseAUsernameTakenIgnoringCase_data();
    void shouldRefuseAUsernameTakenIgnoringCase();
    void shouldRefuseAnEmailTakenIgnoringCase();
    void shouldUpdateAProfileUnderTheSameRules();
    void shouldListAndFindUsersIgnoringCase();
    void shouldSignInWithTheRightPasswordOnly();
    void shouldAnswerAnUnknownUsernameLikeAWrongPassword();
    void shouldSlowDownRepeatedWrongPasswordsAndResetOnSuccess();
    void shouldGrowTheDelayUpToItsCap();
    void shouldCountAWrongCurrentPasswordAsAFailedAttempt();
    void shouldChangeThePasswordWithTheRightCurrentOne();
    void shouldMakeTheNewestAvatarCurrentAndStoreAnImageOnce();
    void shouldRefuseAnAvatarThatIsNotAnImage();
    void shouldRemoveAUserWithFavoritesAndAvatarsOnly();
    void shouldRemoveFavoritesWithTheirMovie();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    QString media() const { return m_catalog->catalog().mediaPath(); }
    qint64 addUser(const UserRecord &user, const QByteArray &password);
    void run(const QString &sql, const QVariantList &values = {});
    int failures(const QString &username);

    std::unique_ptr<TemporaryCatalog> m_catalog;
};

void TestAccounts::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
}

void TestAccounts::cleanup()
{
    m_catalog.reset();
}

qint64 TestAccounts::addUser(const UserRecord &user, const QByteArray &password)
{
    Result<qint64> added = Accounts::add(db(), user, password);
    if (!added) {
        qWarning("add failed: %s", qPrintable(added.error()));
        return 0;
    }
    return added.value();
}

void TestAccounts::run(const QString &sql, const QVariantList &values)
{
    const QString error = exec(db(), sql, values);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int TestAccounts::failures(const QString &username)
{
    return scalar(db(), QStringLiteral("SELECT ifnull((SELECT failures FROM sign_in_failures WHERE username = ?), 0)"),
                  {username})
        .toInt();
}

void TestAccounts::shouldHashWithArgon2idAndVerifyOnlyTheRightPassword()
{
    // When one password is hashed twice
    Result<QString> first = Accounts::hashPassword(AlicePassword);
    Result<QString> second = Accounts::hashPassword(AlicePassword);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY2(second, qPrintable(second.error()));

    // Then both are argon2id strings with their own salt, and each verifies that password only
    QVERIFY2(first->startsWith(QLatin1String("$argon2id$")), qPrintable(first.value()));
    QVERIFY(second->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(first.value() != second.value());
    QVERIFY(!first->contains(QString::fromUtf8(AlicePassword)));
    QVERIFY(Accounts::verifyPassword(first.value(), AlicePassword));
    QVERIFY(Accounts::verifyPassword(second.value(), AlicePassword));
    QVERIFY(!Accounts::verifyPassword(first.value(), BobPassword));
    QVERIFY(!Accounts::verifyPassword(first.value(), AlicePassword.left(AlicePassword.size() - 1)));
    QVERIFY(!Accounts::verifyPassword(first.value(), QByteArray()));
    // And what is not a hash verifies nothing
    QVERIFY(!Accounts::verifyPassword(QString(), AlicePassword));
    QVERIFY(!Accounts::verifyPassword(QStringLiteral("$argon2id$garbage"), AlicePassword));
    QVERIFY(!Accounts::verifyPassword(QString::fromUtf8(AlicePassword), AlicePassword));
}

void TestAccounts::shouldStoreTheHashAndNeverThePassword()
{
    // When an account is added
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    QVERIFY(alice > 0);

    // Then the catalog holds an argon2id hash that verifies the password, and not the password
    const QString hash = scalar(db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {alice}).toString();
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    QVERIFY(Accounts::verifyPassword(hash, AlicePassword));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM users WHERE instr(username || ifnull(first_name, '') || "
                                         "ifnull(last_name, '') || ifnull(email, '') || password_hash, ?) > 0"),
                    {QString::fromUtf8(AlicePassword)})
                 .toInt(),
             0);
}

void TestAccounts::shouldRefuseShortPasswordsAndBlankUsernames()
{
    // When accounts with a short or empty password or a blank username are added
    const Result<qint64> empty = Accounts::add(db(), profile(QStringLiteral("alice")), QByteArray());
    const Result<qint64> shortOne = Accounts::add(db(), profile(QStringLiteral("alice")), QByteArrayLiteral("1234567"));
    const Result<qint64> blank = Accounts::add(db(), profile(QStringLiteral("  \t ")), AlicePassword);
    const Result<qint64> twoLines = Accounts::add(db(), profile(QStringLiteral("al\nice")), AlicePassword);

    // Then each is refused with a reason, and the catalog has no account
    QVERIFY(!empty);
    QVERIFY2(shortOne.error().contains(QLatin1String("at least 8")), qPrintable(shortOne.error()));
    QVERIFY(!blank);
    QVERIFY2(blank.error().contains(QLatin1String("username")), qPrintable(blank.error()));
    QVERIFY(!twoLines);
    QCOMPARE(Accounts::count(db()).value(), 0);
    QCOMPARE(Accounts::validatePassword(QByteArrayLiteral("12345678")), QList<FieldProblem>());
    // Eight characters, not eight bytes: "äöüßéèêë" is 16 bytes of UTF-8 and long enough, "äöü" is not
    QCOMPARE(Accounts::validatePassword(QStringLiteral("äöüßéèêë").toUtf8()), QList<FieldProblem>());
    QCOMPARE(Accounts::validatePassword(QStringLiteral("äöüßé").toUtf8()).size(), 1);

    // And surrounding white space is not part of a username
    const qint64 alice = addUser(profile(QStringLiteral("  alice ")), AlicePassword);
    QVERIFY(alice > 0);
    QCOMPARE(Accounts::load(db(), alice)->username, QStringLiteral("alice"));
}

void TestAccounts::shouldCheckTheFormOfEmails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("ada@example.org") << true;
    QTest::newRow("subdomain and plus") << QStringLiteral("ada+films@mail.example.co.uk") << true;
    QTest::newRow("non-ASCII") << QStringLiteral("zoë@exemple.fr") << true;
    QTest::newRow("no at") << QStringLiteral("ada.example.org") << false;
    QTest::newRow("two ats") << QStringLiteral("ada@home@example.org") << false;
    QTest::newRow("nothing before at") << QStringLiteral("@example.org") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("ada@localhost") << false;
    QTest::newRow("dot at end") << QStringLiteral("ada@example.") << false;
    QTest::newRow("dot at start") << QStringLiteral("ada@.org") << false;
    QTest::newRow("inner space") << QStringLiteral("ada lovelace@example.org") << false;
    QTest::newRow("tab") << QStringLiteral("ada\t@example.org") << false;
    QTest::newRow("hostile") << QStringLiteral("'); DROP TABLE users;--") << false;
}

void TestAccounts::shouldCheckTheFormOfEmails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);

    // When a profile with this email is checked
    const QList<FieldProblem> problems = Accounts::validate(profile(QStringLiteral("ada"), email));

    // Then only a malformed email is a problem, of the email field
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().field, QStringLiteral("email"));
        // And adding it is refused before the schema's CHECK would have to
        const Result<qint64> added = Accounts::add(db(), profile(QStringLiteral("ada"), email), AlicePassword);
        QVERIFY(!added);
        QCOMPARE(Accounts::count(db()).value(), 0);
    }
}

void TestAccounts::shouldRefuseAUsernameTakenIgnoringCase_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("attempt");
    QTest::newRow("same") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("upper case") << QStringLiteral("alice") << QStringLiteral("ALICE");
    QTest::newRow("mixed case and spaces") << QStringLiteral("Alice") << QStringLiteral(" aLiCe ");
    QTest::newRow("non-ASCII letters") << QStringLiteral("Émile") << QStringLiteral("éMILE");
}

void TestAccounts::shouldRefuseAUsernameTakenIgnoringCase()
{
    QFETCH(QString, existing);
    QFETCH(QString, attempt);
    // Given an account
    QVERIFY(addUser(profile(existing), AlicePassword) > 0);

    // When another account with the same name in other case is added
    const Result<qint64> added = Accounts::add(db(), profile(attempt), BobPassword);

    // Then it is refused, naming the existing account, and there is still one account
    QVERIFY(!added);
    QVERIFY2(added.error().contains(existing), qPrintable(added.error()));
    QCOMPARE(Accounts::count(db()).value(), 1);
}

void TestAccounts::shouldRefuseAnEmailTakenIgnoringCase()
{
    // Given an account with an email and one without
    QVERIFY(addUser(profile(QStringLiteral("alice"), QStringLiteral("Alice@Example.org")), AlicePassword) > 0);
    QVERIFY(addUser(profile(QStringLiteral("carol")), AlicePassword) > 0);

    // When another account gives the same email in other case
    const Result<qint64> added =
        Accounts::add(db(), profile(QStringLiteral("bob"), QStringLiteral("alice@EXAMPLE.ORG")), BobPassword);

    // Then it is refused; several accounts without an email are fine
    QVERIFY(!added);
    QVERIFY2(added.error().contains(QLatin1String("email")), qPrintable(added.error()));
    QVERIFY(addUser(profile(QStringLiteral("dave")), BobPassword) > 0);
    QCOMPARE(Accounts::count(db()).value(), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM users WHERE email IS NULL")).toInt(), 2);
}

void TestAccounts::shouldUpdateAProfileUnderTheSameRules()
{
    // Given two accounts
    const qint64 alice = addUser(profile(QStringLiteral("alice"), QStringLiteral("alice@example.org")), AlicePassword);
    const qint64 bob = addUser(profile(QStringLiteral("bob"), QStringLiteral("bob@example.org")), BobPassword);
    QVERIFY(alice > 0 && bob > 0);
    const QString hashBefore =
        scalar(db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {bob}).toString();

    // When Bob takes Alice's name or email, in other case
    UserRecord changed = Accounts::load(db(), bob).value();
    changed.username = QStringLiteral("ALICE");
    const Result<void> takenName = Accounts::updateProfile(db(), changed);
    changed.username = QStringLiteral("bob");
    changed.email = QStringLiteral("Alice@example.org");
    const Result<void> takenEmail = Accounts::updateProfile(db(), changed);
    changed.email = QStringLiteral("not an email");
    const Result<void> badEmail = Accounts::updateProfile(db(), changed);

    // Then each is refused and nothing changed
    QVERIFY(!takenName);
    QVERIFY(!takenEmail);
    QVERIFY(!badEmail);
    QCOMPARE(Accounts::load(db(), bob)->email, QStringLiteral("bob@example.org"));

    // When Bob changes the case of his own name, gives his names and drops his email
    changed.username = QStringLiteral("Bob");
    changed.firstName = QStringLiteral(" Robert ");
    changed.lastName = QStringLiteral("Bresson");
    changed.email.clear();
    const Result<void> updated = Accounts::updateProfile(db(), changed);

    // Then it is written, trimmed, with no email, and the password is untouched
    QVERIFY2(updated, qPrintable(updated.error()));
    const UserRecord stored = Accounts::load(db(), bob).value();
    QCOMPARE(stored.username, QStringLiteral("Bob"));
    QCOMPARE(stored.firstName, QStringLiteral("Robert"));
    QCOMPARE(stored.lastName, QStringLiteral("Bresson"));
    QVERIFY(scalar(db(), QStringLiteral("SELECT email FROM users WHERE id = ?"), {bob}).isNull());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {bob}).toString(), hashBefore);

    // And an account that is gone cannot be updated
    changed.id = 999;
    QVERIFY(!Accounts::updateProfile(db(), changed));
}

void TestAccounts::shouldListAndFindUsersIgnoringCase()
{
    // Given accounts added in no particular order
    for (const QString &name : {QStringLiteral("carol"), QStringLiteral("Bob"), QStringLiteral("alice")})
        run(QStringLiteral("INSERT INTO users (username, password_hash) VALUES (?, '$argon2id$x')"), {name});

    // Then they are listed by name ignoring case, and found ignoring case
    const Result<QList<UserRecord>> users = Accounts::list(db());
    QVERIFY2(users, qPrintable(users.error()));
    QStringList names;
    for (const UserRecord &user : users.value())
        names.append(user.username);
    QCOMPARE(names, (QStringList{QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("carol")}));
    QCOMPARE(Accounts::count(db()).value(), 3);
    const Result<std::optional<UserRecord>> found = Accounts::findByName(db(), QStringLiteral("BOB"));
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().username, QStringLiteral("Bob"));
    QVERIFY(!Accounts::findByName(db(), QStringLiteral("dave"))->has_value());
    QVERIFY(!Accounts::load(db(), 999));
}

void TestAccounts::shouldSignInWithTheRightPasswordOnly()
{
    // Given an account
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);

    // When its user signs in with the right password (any case of the name), then a wrong one
    const Result<SignInResult> right = Accounts::signIn(db(), QStringLiteral("Alice"), AlicePassword);
    const Result<SignInResult> wrong = Accounts::signIn(db(), QStringLiteral("alice"), BobPassword);

    // Then the first signs in as that account, the second does not and says why
    QVERIFY2(right, qPrintable(right.error()));
    QVERIFY(right->user.has_value());
    QCOMPARE(right->user->id, alice);
    QVERIFY(right->message.isEmpty());
    QVERIFY(wrong);
    QVERIFY(!wrong->user.has_value());
    QCOMPARE(wrong->message, QStringLiteral("The username or password is wrong."));
    QCOMPARE(wrong->retryAfterSeconds, 0);
    QCOMPARE(failures(QStringLiteral("alice")), 1);
}

void TestAccounts::shouldAnswerAnUnknownUsernameLikeAWrongPassword()
{
    // Given one account
    QVERIFY(addUser(profile(QStringLiteral("alice")), AlicePassword) > 0);

    // When someone signs in with a name nobody has, and then with Alice's name and a wrong password
    const Result<SignInResult> unknown = Accounts::signIn(db(), QStringLiteral("mallory"), AlicePassword);
    const Result<SignInResult> wrong = Accounts::signIn(db(), QStringLiteral("alice"), BobPassword);

    // Then both get the same answer, and both count towards the throttle
    QVERIFY(unknown && wrong);
    QVERIFY(!unknown->user.has_value());
    QCOMPARE(unknown->message, wrong->message);
    QCOMPARE(unknown->retryAfterSeconds, wrong->retryAfterSeconds);
    QCOMPARE(failures(QStringLiteral("mallory")), 1);
    QCOMPARE(failures(QStringLiteral("alice")), 1);

    // And an unknown name is throttled like a known one
    for (int i = 0; i < Accounts::FreeAttempts - 1; ++i) {
        QVERIFY(Accounts::signIn(db(), QStringLiteral("mallory"), BobPassword));
        QVERIFY(Accounts::signIn(db(), QStringLiteral("alice"), BobPassword));
    }
    const Result<SignInResult> unknownAgain = Accounts::signIn(db(), QStringLiteral("Mallory"), AlicePassword);
    const Result<SignInResult> wrongAgain = Accounts::signIn(db(), QStringLiteral("Alice"), AlicePassword);
    QVERIFY(unknownAgain->retryAfterSeconds > 0);
    QVERIFY(wrongAgain->retryAfterSeconds > 0);
    QCOMPARE(unknownAgain->message, wrongAgain->message);
}

void TestAccounts::shouldSlowDownRepeatedWrongPasswordsAndResetOnSuccess()
{
    // Given an account
    QVERIFY(addUser(profile(QStringLiteral("alice")), AlicePassword) > 0);

    // When the first wrong passwords are given
    for (int i = 1; i <= Accounts::FreeAttempts; ++i) {
        const Result<SignInResult> wrong = Accounts::signIn(db(), QStringLiteral("alice"), BobPassword);
        QVERIFY(wrong && !wrong->user);
        // Then they are answered at once, and the last of them says the next one must wait
        QCOMPARE(wrong->retryAfterSeconds, i < Accounts::FreeAttempts ? 0 : 1);
    }
    QCOMPARE(failures(QStringLiteral("alice")), Accounts::FreeAttempts);

    // When the right password follows at once
    const Result<SignInResult> refused = Accounts::signIn(db(), QStringLiteral("alice"), AlicePassword);

    // Then it is refused without being checked, saying how long to wait, and counts nothing more
    QVERIFY(refused);
    QVERIFY(!refused->user.has_value());
    QCOMPARE(refused->retryAfterSeconds, 1);
    QVERIFY2(refused->message.contains(QLatin1String("Try again in 1 second")), qPrintable(refused->message));
    QCOMPARE(Accounts::retryAfter(db(), QStringLiteral("ALICE")).value(), 1);
    QCOMPARE(failures(QStringLiteral("alice")), Accounts::FreeAttempts);

    // When the delay has passed (the last failure moved into the past) and the right password is given
    run(QStringLiteral("UPDATE sign_in_failures SET last_failure_at = ?"),
        {QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODateWithMs)});
    QCOMPARE(Accounts::retryAfter(db(), QStringLiteral("alice")).value(), 0);
    const Result<SignInResult> accepted = Accounts::signIn(db(), QStringLiteral("alice"), AlicePassword);

    // Then it signs in, and the count starts again from nothing
    QVERIFY(accepted && accepted->user.has_value());
    QCOMPARE(failures(QStringLiteral("alice")), 0);
    const Result<SignInResult> wrongAgain = Accounts::signIn(db(), QStringLiteral("alice"), BobPassword);
    QCOMPARE(wrongAgain->retryAfterSeconds, 0);
}

void TestAccounts::shouldGrowTheDelayUpToItsCap()
{
    // Given an account whose name was guessed at many times, the last just now
    QVERIFY(addUser(profile(QStringLiteral("alice")), AlicePassword) > 0);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    // Then the wait doubles with each failure beyond the free ones, and stops at five minutes
    run(QStringLiteral("INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES ('alice', 6, ?)"), {now});
    QCOMPARE(Accounts::retryAfter(db(), QStringLiteral("alice")).value(), 8);
    run(QStringLiteral("UPDATE sign_in_failures SET failures = 11"));
    QCOMPARE(Accounts::retryAfter(db(), QStringLiteral("alice")).value(), 256);
    run(QStringLiteral("UPDATE sign_in_failures SET failures = 500"));
    QCOMPARE(Accounts::retryAfter(db(), QStringLiteral("alice")).value(), Accounts::MaxDelaySeconds);

    // And failures from more than a day ago are forgiven
    run(QStringLiteral("UPDATE sign_in_failures SET last_failure_at = ?"),
        {QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)});
    run(QStringLiteral("INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES ('typo', 1, ?)"),
        {QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs)});
    const Result<SignInResult> wrong = Accounts::signIn(db(), QStringLiteral("alice"), BobPassword);
    QCOMPARE(wrong->retryAfterSeconds, 0);
    QCOMPARE(failures(QStringLiteral("alice")), 1);
    // And records that old are dropped when the next failure is written
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sign_in_failures")).toInt(), 1);
}

void TestAccounts::shouldCountAWrongCurrentPasswordAsAFailedAttempt()
{
    // Given an account
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    const QString hashBefore =
        scalar(db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {alice}).toString();

    // When the password is changed with a wrong current one
    const Result<void> changed = Accounts::changePassword(db(), alice, BobPassword, QByteArrayLiteral("new password 1"));

    // Then it is refused, the hash is unchanged, and it counts as a failed sign-in
    QVERIFY(!changed);
    QCOMPARE(changed.error(), QStringLiteral("The current password is wrong."));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {alice}).toString(), hashBefore);
    QCOMPARE(failures(QStringLiteral("alice")), 1);

    // And once throttled, even the right current password waits
    run(QStringLiteral("UPDATE sign_in_failures SET failures = ?, last_failure_at = ?"),
        {Accounts::FreeAttempts + 2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    const Result<void> throttled =
        Accounts::changePassword(db(), alice, AlicePassword, QByteArrayLiteral("new password 1"));
    QVERIFY(!throttled);
    QVERIFY2(throttled.error().contains(QLatin1String("Try again")), qPrintable(throttled.error()));
}

void TestAccounts::shouldChangeThePasswordWithTheRightCurrentOne()
{
    // Given an account with a wrong attempt behind it
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    QVERIFY(Accounts::signIn(db(), QStringLiteral("alice"), BobPassword));
    const QByteArray replacement = QByteArrayLiteral("a much longer new password");

    // When a too short new password is given, then a good one
    const Result<void> tooShort = Accounts::changePassword(db(), alice, AlicePassword, QByteArrayLiteral("short"));
    const Result<void> changed = Accounts::changePassword(db(), alice, AlicePassword, replacement);

    // Then the short one is refused and the good one replaces the old, which no longer signs in
    QVERIFY(!tooShort);
    QVERIFY2(changed, qPrintable(changed.error()));
    QCOMPARE(failures(QStringLiteral("alice")), 0);
    QVERIFY(!Accounts::signIn(db(), QStringLiteral("alice"), AlicePassword)->user.has_value());
    QVERIFY(Accounts::signIn(db(), QStringLiteral("alice"), replacement)->user.has_value());
}

void TestAccounts::shouldMakeTheNewestAvatarCurrentAndStoreAnImageOnce()
{
    // Given two accounts and two images
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    const qint64 bob = addUser(profile(QStringLiteral("bob")), BobPassword);
    const QByteArray red = makeImage(40, 30, "png", 0xffff0000);
    const QByteArray blue = makeImage(30, 40, "png", 0xff0000ff);
    QVERIFY(Accounts::load(db(), alice)->avatarKey.isEmpty());

    // When Alice sets the red one, then the blue one
    const Result<qint64> first = Accounts::setAvatar(db(), media(), alice, red, QStringLiteral("red.png"));
    QVERIFY2(first, qPrintable(first.error()));
    const QString redKey = Accounts::load(db(), alice)->avatarKey;
    const Result<qint64> second = Accounts::setAvatar(db(), media(), alice, blue, QStringLiteral("blue.png"));
    QVERIFY2(second, qPrintable(second.error()));

    // Then the blue one is current, and both images are in the media folder
    const QString blueKey = Accounts::load(db(), alice)->avatarKey;
    QVERIFY(!redKey.isEmpty() && !blueKey.isEmpty() && redKey != blueKey);
    QVERIFY(second.value() > first.value());
    const MediaStore store(media());
    QVERIFY(QFile::exists(store.absolutePath(blueKey)));
    QVERIFY(QFile::exists(store.absolutePath(redKey)));

    // When Alice goes back to the red one and Bob takes it too
    QVERIFY(Accounts::setAvatar(db(), media(), alice, red, QStringLiteral("again.png")));
    QVERIFY(Accounts::setAvatar(db(), media(), bob, red, QStringLiteral("mine.png")));

    // Then it is current for both, stored once
    QCOMPARE(Accounts::load(db(), alice)->avatarKey, redKey);
    QCOMPARE(Accounts::load(db(), bob)->avatarKey, redKey);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM user_avatars")).toInt(), 4);
    QCOMPARE(Accounts::list(db())->constFirst().avatarKey, redKey);

    // When Alice clears her avatar
    QVERIFY(Accounts::clearAvatar(db(), media(), alice));

    // Then she has none; the red image stays for Bob, the blue one (nobody's now) is gone
    QVERIFY(Accounts::load(db(), alice)->avatarKey.isEmpty());
    QCOMPARE(Accounts::load(db(), bob)->avatarKey, redKey);
    QVERIFY(QFile::exists(store.absolutePath(redKey)));
    QVERIFY(!QFile::exists(store.absolutePath(blueKey)));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 1);
}

void TestAccounts::shouldRefuseAnAvatarThatIsNotAnImage()
{
    // Given an account
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);

    // When it is given text as an avatar, or an avatar for an account that does not exist
    const Result<qint64> text = Accounts::setAvatar(db(), media(), alice, QByteArrayLiteral("not an image"),
                                                    QStringLiteral("evil.png"));
    const Result<qint64> nobody =
        Accounts::setAvatar(db(), media(), 999, makeImage(8, 8, "png"), QStringLiteral("a.png"));

    // Then both are refused and nothing is recorded
    QVERIFY(!text);
    QVERIFY(!nobody);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM user_avatars")).toInt(), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 0);
}

void TestAccounts::shouldRemoveAUserWithFavoritesAndAvatarsOnly()
{
    // Given two accounts with favorites among three movies, Alice with an avatar of her own and
    // one she shares with Bob, and a wrong password on record for her
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    const qint64 bob = addUser(profile(QStringLiteral("bob")), BobPassword);
    run(QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Stalker'), (2, 'Ran'), (3, 'Playtime')"));
    run(QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) VALUES (%1, 1), (%1, 2), (%2, 2), (%2, 3)")
            .arg(alice)
            .arg(bob));
    const QByteArray own = makeImage(20, 20, "png", 0xff00ff00);
    const QByteArray shared = makeImage(24, 24, "png", 0xff123456);
    QVERIFY(Accounts::setAvatar(db(), media(), alice, shared, QStringLiteral("shared.png")));
    QVERIFY(Accounts::setAvatar(db(), media(), bob, shared, QStringLiteral("shared.png")));
    QVERIFY(Accounts::setAvatar(db(), media(), alice, own, QStringLiteral("own.png")));
    const QString ownKey = Accounts::load(db(), alice)->avatarKey;
    const QString sharedKey = Accounts::load(db(), bob)->avatarKey;
    QVERIFY(Accounts::signIn(db(), QStringLiteral("alice"), BobPassword));

    // When Alice's account is removed
    const Result<void> removed = Accounts::remove(db(), alice, media());

    // Then her favorites, avatar rows, throttle record and own image are gone; Bob keeps everything
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!Accounts::load(db(), alice));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies WHERE user_id = ?"), {alice}).toInt(), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT group_concat(movie_id) FROM favorite_movies WHERE user_id = ?"), {bob})
                 .toString(),
             QStringLiteral("2,3"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM user_avatars WHERE user_id = ?"), {alice}).toInt(), 0);
    QCOMPARE(Accounts::load(db(), bob)->avatarKey, sharedKey);
    QCOMPARE(failures(QStringLiteral("alice")), 0);
    const MediaStore store(media());
    QVERIFY(!QFile::exists(store.absolutePath(ownKey)));
    QVERIFY(QFile::exists(store.absolutePath(sharedKey)));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);

    // And removing it again says it is gone
    QVERIFY(!Accounts::remove(db(), alice, media()));
}

void TestAccounts::shouldRemoveFavoritesWithTheirMovie()
{
    // Given two accounts that both love a movie
    const qint64 alice = addUser(profile(QStringLiteral("alice")), AlicePassword);
    const qint64 bob = addUser(profile(QStringLiteral("bob")), BobPassword);
    run(QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Stalker'), (2, 'Ran')"));
    run(QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) VALUES (%1, 1), (%2, 1), (%2, 2)").arg(alice).arg(bob));

    // When the movie is deleted
    run(QStringLiteral("DELETE FROM movies WHERE id = 1"));

    // Then its favorites go with it, and the accounts and other favorites stay
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies WHERE movie_id = 1")).toInt(), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 1);
    QCOMPARE(Accounts::count(db()).value(), 2);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
