// Signing in under the offscreen platform: the first account, right and wrong passwords, the
// countdown after repeated wrong ones, guests, the remembered last user and the toolbar button.
#include "accountsdialog.h"
#include "avatarbutton.h"
#include "session.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::scalar;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void shouldCreateTheFirstAccountAndSignItIn();
    void shouldShowWhatIsWrongWithTheFirstAccountAndAddNothing();
    void shouldSignInWithTheRightPasswordAndOfferThatUserNextTime();
    void shouldShowTheMessageAndClearThePasswordWhenItIsWrong();
    void shouldCountDownBeforeTheNextAttemptAfterRepeatedWrongPasswords();
    void shouldOfferANewAccountBesideTheExistingOnes();
    void shouldContinueAsAGuest();
    void shouldLeaveTheSessionAsItWasWhenClosed();
    void shouldRefuseAnotherUsersProfileInTheSession();
    void shouldShowTheUserOrGuestInTheToolbarButton();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    std::unique_ptr<Session> makeSession();
    std::unique_ptr<SignInDialog> makeDialog(Session &session);
    qint64 addUser(const QString &name, const QByteArray &password, const QString &first = QString());

    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_thumbnails;
};

void TestSignInDialog::initTestCase()
{
    // The remembered last user lives in QSettings: keep it away from the user's real settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"tst_signindialog-%1"_s.arg(QCoreApplication::applicationPid()));
}

void TestSignInDialog::cleanupTestCase()
{
    QFile::remove(QSettings().fileName());
}

void TestSignInDialog::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_thumbnails = std::make_unique<QTemporaryDir>();
    QSettings().remove(u"session"_s);
}

void TestSignInDialog::cleanup()
{
    m_catalog.reset();
    m_thumbnails.reset();
}

std::unique_ptr<Session> TestSignInDialog::makeSession()
{
    return std::make_unique<Session>(db(), m_catalog->path(), m_catalog->catalog().mediaPath());
}

std::unique_ptr<SignInDialog> TestSignInDialog::makeDialog(Session &session)
{
    return std::make_unique<SignInDialog>(&session, m_thumbnails->path());
}

qint64 TestSignInDialog::addUser(const QString &name, const QByteArray &password, const QString &first)
{
    UserRecord user;
    user.username = name;
    user.firstName = first;
    Result<qint64> added = Accounts::add(db(), user, password);
    if (!added)
        qWarning("%s", qPrintable(added.error()));
    return added ? added.value() : 0;
}

void TestSignInDialog::shouldCreateTheFirstAccountAndSignItIn()
{
    // Given a catalog without accounts
    auto session = makeSession();
    QVERIFY(session->offersSignInAtStart());
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(dialog->page(), SignInDialog::Page::CreateAccount);

    // When the first account is filled in and created
    AccountForm *form = dialog->accountForm();
    QTest::keyClicks(form->usernameField(), u"ada"_s);
    QTest::keyClicks(form->firstNameField(), u"Ada"_s);
    QTest::keyClicks(form->lastNameField(), u"Lovelace"_s);
    QTest::keyClicks(form->emailField(), u"ada@example.org"_s);
    QTest::keyClicks(form->passwordField(), u"analytical engine"_s);
    QTest::keyClicks(form->confirmPasswordField(), u"analytical engine"_s);
    QCOMPARE(form->passwordField()->echoMode(), QLineEdit::Password);
    QCOMPARE(form->confirmPasswordField()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->createAccountButton(), Qt::LeftButton);

    // Then the account exists with an argon2id hash, it is signed in, and it is offered next time
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 1);
    QCOMPARE(scalar(db(), u"SELECT first_name || ' ' || last_name || ' ' || email FROM users"_s).toString(),
             u"Ada Lovelace ada@example.org"_s);
    QVERIFY(scalar(db(), u"SELECT password_hash FROM users"_s).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(session->isSignedIn());
    QCOMPARE(session->user()->username, u"ada"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session->lastUsername(), u"ada"_s);
    QVERIFY(form->passwordField()->text().isEmpty());
}

void TestSignInDialog::shouldShowWhatIsWrongWithTheFirstAccountAndAddNothing()
{
    // Given a catalog without accounts
    auto session = makeSession();
    auto dialog = makeDialog(*session);
    dialog->show();
    AccountForm *form = dialog->accountForm();

    // When the email is malformed, the password short and the repetition different
    QTest::keyClicks(form->usernameField(), u"ada"_s);
    QTest::keyClicks(form->emailField(), u"ada at example"_s);
    QTest::keyClicks(form->passwordField(), u"short"_s);
    QTest::keyClicks(form->confirmPasswordField(), u"shorter"_s);
    QTest::mouseClick(dialog->createAccountButton(), Qt::LeftButton);

    // Then each problem shows next to its field, nothing is added and nobody is signed in
    QVERIFY(dialog->isVisible());
    QVERIFY(!form->problem(u"email"_s).isEmpty());
    QVERIFY(!form->problem(u"password"_s).isEmpty());
    QVERIFY(!form->problem(u"confirm_password"_s).isEmpty());
    QVERIFY(form->problem(u"username"_s).isEmpty());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 0);
    QVERIFY(!session->isSignedIn());
}

void TestSignInDialog::shouldSignInWithTheRightPasswordAndOfferThatUserNextTime()
{
    // Given two accounts
    const qint64 ada = addUser(u"ada"_s, "analytical engine", u"Ada"_s);
    QVERIFY(addUser(u"bob"_s, "bobs password") > 0);
    auto session = makeSession();
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(dialog->page(), SignInDialog::Page::SignIn);
    QCOMPARE(dialog->usernameBox()->count(), 2);
    QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);

    // When Ada is chosen (any case) and her password typed
    dialog->usernameBox()->setEditText(u"ADA"_s);
    QTest::keyClicks(dialog->passwordField(), u"analytical engine"_s);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);

    // Then she is signed in and the dialog is done
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(session->isSignedIn());
    QCOMPARE(session->userId(), std::optional<qint64>(ada));
    QCOMPARE(session->displayName(), u"Ada"_s);
    QCOMPARE(changed.count(), 1);
    // And the next start offers her, in a fresh session
    auto next = makeSession();
    QCOMPARE(next->lastUsername(), u"ada"_s);
    QVERIFY(!next->isSignedIn());
    auto again = makeDialog(*next);
    QCOMPARE(again->username(), u"ada"_s);
    // And the password is stored nowhere but as its hash
    QVERIFY(!QSettings().allKeys().isEmpty());
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(u"analytical"_s));
}

void TestSignInDialog::shouldShowTheMessageAndClearThePasswordWhenItIsWrong()
{
    // Given an account
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    auto session = makeSession();
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();
    dialog->setUsername(u"ada"_s);

    // When a wrong password is given
    QTest::keyClicks(dialog->passwordField(), u"difference engine"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);

    // Then the library's message shows, the field is empty, and nobody is signed in
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->message(), u"The username or password is wrong."_s);
    QVERIFY(dialog->passwordField()->text().isEmpty());
    QVERIFY(!session->isSignedIn());
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->signInButton()->isEnabled()); // the first wrong passwords cost no wait
    // And an unknown name gets the very same answer
    dialog->setUsername(u"nobody"_s);
    QTest::keyClicks(dialog->passwordField(), u"analytical engine"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(dialog->message(), u"The username or password is wrong."_s);
    QVERIFY(!session->isSignedIn());
}

void TestSignInDialog::shouldCountDownBeforeTheNextAttemptAfterRepeatedWrongPasswords()
{
    // Given an account whose free wrong attempts were used up just now (one second to wait)
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    auto session = makeSession();
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(exec(db(), u"INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES ('ada', ?, ?)"_s,
                  {Accounts::FreeAttempts, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}),
             QString());

    // When Ada's name is chosen
    dialog->setUsername(u"ada"_s);

    // Then Sign In waits with a countdown, another name does not, and the wait runs out by itself
    QVERIFY(!dialog->signInButton()->isEnabled());
    QCOMPARE(dialog->signInButton()->text(), u"Try again in 1 s"_s);
    dialog->setUsername(u"bob"_s);
    QVERIFY(dialog->signInButton()->isEnabled());
    dialog->setUsername(u"Ada"_s);
    QVERIFY(dialog->retrySecondsLeft() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 5000);
    QCOMPARE(dialog->signInButton()->text(), u"&Sign In"_s);

    // When one more wrong password is given
    QTest::keyClicks(dialog->passwordField(), u"wrong again"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);

    // Then it is refused and the next wait is longer
    QCOMPARE(dialog->message(), u"The username or password is wrong."_s);
    QVERIFY(!dialog->signInButton()->isEnabled());
    QCOMPARE(dialog->signInButton()->text(), u"Try again in 2 s"_s);
    // And a click meanwhile does nothing at all
    QTest::keyClicks(dialog->passwordField(), u"analytical engine"_s);
    dialog->signIn();
    QVERIFY(!session->isSignedIn());
    // And once the wait is over the right password is let in
    QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 6000);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(session->userId(), std::optional<qint64>(ada));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM sign_in_failures"_s).toInt(), 0);
}

void TestSignInDialog::shouldOfferANewAccountBesideTheExistingOnes()
{
    // Given an account and the sign-in page
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    auto session = makeSession();
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(dialog->page(), SignInDialog::Page::SignIn);

    // When New Account… is pressed, then Back
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"newAccount"_s), Qt::LeftButton);
    QCOMPARE(dialog->page(), SignInDialog::Page::CreateAccount);
    auto *back = dialog->findChild<QPushButton *>(u"back"_s);
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);

    // Then the sign-in page is back, and nothing was made
    QCOMPARE(dialog->page(), SignInDialog::Page::SignIn);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 1);
}

void TestSignInDialog::shouldContinueAsAGuest()
{
    // Given a catalog without accounts
    {
        auto session = makeSession();
        auto dialog = makeDialog(*session);
        dialog->show();
        QCOMPARE(dialog->page(), SignInDialog::Page::CreateAccount);

        // When the guest button is pressed
        QTest::mouseClick(dialog->guestButton(), Qt::LeftButton);

        // Then the dialog is done, nobody is signed in and no account was made
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!session->isSignedIn());
        QCOMPARE(session->displayName(), u"Guest"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 0);
        // And the next start does not ask again while there are no accounts
        QVERIFY(!makeSession()->offersSignInAtStart());
    }
    // Given an account made later (from Manage Accounts), every start asks again
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    QVERIFY(makeSession()->offersSignInAtStart());
    // Given Ada signed in, switching user
    auto session = makeSession();
    QVERIFY(session->signIn(u"ada"_s, "analytical engine")->user);
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(dialog->page(), SignInDialog::Page::SignIn);
    QCOMPARE(dialog->username(), QString()); // switching: someone else, so no name offered

    // When she continues as a guest
    QTest::mouseClick(dialog->guestButton(), Qt::LeftButton);

    // Then she is signed out
    QVERIFY(!session->isSignedIn());
    QCOMPARE(changed.count(), 1);
}

void TestSignInDialog::shouldLeaveTheSessionAsItWasWhenClosed()
{
    // Given Ada signed in and the dialog open to switch user
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    auto session = makeSession();
    QVERIFY(session->signIn(u"ada"_s, "analytical engine")->user);
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();

    // When it is closed with Escape
    QTest::keyClick(dialog.get(), Qt::Key_Escape);

    // Then Ada is still signed in
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(session->userId(), std::optional<qint64>(ada));
    QCOMPARE(changed.count(), 0);
}

void TestSignInDialog::shouldRefuseAnotherUsersProfileInTheSession()
{
    // Given Ada signed in and Bob's account beside hers
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    const qint64 bob = addUser(u"bob"_s, "bobs password");
    auto session = makeSession();
    QVERIFY(session->signIn(u"ada"_s, "analytical engine")->user);

    // When Bob's profile is changed through the session
    Result<UserRecord> bobRecord = Accounts::load(db(), bob);
    QVERIFY(bobRecord);
    bobRecord->firstName = u"Mallory"_s;
    const Result<void> changed = session->updateProfile(bobRecord.value());

    // Then it is refused and Bob's row is untouched; Ada's own change goes through
    QVERIFY(!changed);
    QVERIFY(changed.error().contains(u"ada"_s));
    QVERIFY(scalar(db(), u"SELECT first_name FROM users WHERE id = ?"_s, {bob}).isNull());
    UserRecord own = *session->user();
    own.firstName = u"Ada"_s;
    QVERIFY(session->updateProfile(own));
    QCOMPARE(scalar(db(), u"SELECT first_name FROM users WHERE id = ?"_s, {ada}).toString(), u"Ada"_s);
    // And a guest can change nobody
    session->signOut();
    own.firstName = u"Augusta"_s;
    QVERIFY(!session->updateProfile(own));
    QVERIFY(!session->setAvatar(Test::makeImage(10, 10, "png"), u"a.png"_s));
    QCOMPARE(scalar(db(), u"SELECT first_name FROM users WHERE id = ?"_s, {ada}).toString(), u"Ada"_s);
}

void TestSignInDialog::shouldShowTheUserOrGuestInTheToolbarButton()
{
    // Given a guest session and the toolbar button
    QVERIFY(addUser(u"ada"_s, "analytical engine", u"Ada"_s) > 0);
    auto session = makeSession();
    AvatarButton button(session.get(), m_thumbnails->path());
    QSignalSpy signInRequested(&button, &AvatarButton::signInRequested);
    QSignalSpy manageRequested(&button, &AvatarButton::manageAccountsRequested);
    QCOMPARE(button.text(), u"Guest"_s);
    QVERIFY(button.signInAction()->isVisible());
    QVERIFY(!button.signOutAction()->isVisible());
    QVERIFY(!button.icon().isNull());

    // When Ada signs in
    QVERIFY(session->signIn(u"ada"_s, "analytical engine")->user);

    // Then the button shows her, and its menu switches and signs out
    QCOMPARE(button.text(), u"Ada"_s);
    QVERIFY(!button.signInAction()->isVisible());
    QVERIFY(button.switchUserAction()->isVisible());
    button.switchUserAction()->trigger();
    QCOMPARE(signInRequested.count(), 1);
    button.manageAccountsAction()->trigger();
    QCOMPARE(manageRequested.count(), 1);
    button.signOutAction()->trigger();
    QVERIFY(!session->isSignedIn());
    QCOMPARE(button.text(), u"Guest"_s);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
