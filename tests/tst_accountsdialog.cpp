// Managing accounts under the offscreen platform: one's own profile, nobody else's, passwords,
// avatars (file, drop, paste; shown as a centered square) and removing one's own account.
#include "accountsdialog.h"
#include "avatarbutton.h"
#include "session.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
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

namespace {

// A wide PNG in three bands, red | green | blue: its centered square is all green.
QByteArray threeBands(int bandWidth, int height)
{
    QImage image(bandWidth * 3, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, bandWidth, height, QColor(255, 0, 0));
    painter.fillRect(bandWidth, 0, bandWidth, height, QColor(0, 255, 0));
    painter.fillRect(bandWidth * 2, 0, bandWidth, height, QColor(0, 0, 255));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool isGreen(QRgb pixel)
{
    return qGreen(pixel) > 200 && qRed(pixel) < 60 && qBlue(pixel) < 60;
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void shouldEditTheSignedInUsersOwnProfile();
    void shouldSayWhenAUsernameIsTakenOrAnEmailMalformed();
    void shouldNotOpenOrChangeAnotherUsersProfile();
    void shouldLetAGuestOnlyAddAccountsAndAskToSignIn();
    void shouldRefuseAWrongCurrentPasswordAndAcceptTheRightOne();
    void shouldSetAnAvatarFromAFileAndShowItCroppedSquare();
    void shouldSetAnAvatarFromADropOrThePasteboard();
    void shouldRemoveOnlyTheOwnAccountWithItsPasswordAndFavorites();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    std::unique_ptr<Session> signedInAs(const QString &name, const QByteArray &password);
    std::unique_ptr<AccountsDialog> makeDialog(Session &session);
    qint64 addUser(const QString &name, const QByteArray &password, const QString &email = QString());
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestAccountsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"tst_accountsdialog-%1"_s.arg(QCoreApplication::applicationPid()));
}

void TestAccountsDialog::cleanupTestCase()
{
    QFile::remove(QSettings().fileName());
}

void TestAccountsDialog::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_files = std::make_unique<QTemporaryDir>();
}

void TestAccountsDialog::cleanup()
{
    m_catalog.reset();
    m_files.reset();
}

qint64 TestAccountsDialog::addUser(const QString &name, const QByteArray &password, const QString &email)
{
    UserRecord user;
    user.username = name;
    user.email = email;
    Result<qint64> added = Accounts::add(db(), user, password);
    if (!added)
        qWarning("%s", qPrintable(added.error()));
    return added ? added.value() : 0;
}

std::unique_ptr<Session> TestAccountsDialog::signedInAs(const QString &name, const QByteArray &password)
{
    auto session = std::make_unique<Session>(db(), m_catalog->path(), m_catalog->catalog().mediaPath());
    if (!name.isEmpty()) {
        Result<SignInResult> signedIn = session->signIn(name, password);
        if (!signedIn || !signedIn->user)
            qWarning("could not sign in as %s", qPrintable(name));
    }
    return session;
}

std::unique_ptr<AccountsDialog> TestAccountsDialog::makeDialog(Session &session)
{
    return std::make_unique<AccountsDialog>(&session, m_files->filePath(u"thumbnails"_s));
}

QString TestAccountsDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestAccountsDialog::shouldEditTheSignedInUsersOwnProfile()
{
    // Given Ada signed in, with the accounts dialog open
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    QVERIFY(addUser(u"bob"_s, "bobs password") > 0);
    auto session = signedInAs(u"ada"_s, "analytical engine");
    QSignalSpy profileChanged(session.get(), &Session::profileChanged);
    auto dialog = makeDialog(*session);
    dialog->show();
    QCOMPARE(dialog->accountList()->count(), 2);
    QCOMPARE(dialog->selectedId(), ada);
    QVERIFY(dialog->isEditingOwnProfile());

    // When she changes her names, email and username and saves
    AccountForm *form = dialog->profileForm();
    QTest::keyClicks(form->firstNameField(), u"Ada"_s);
    QTest::keyClicks(form->lastNameField(), u"Lovelace"_s);
    QTest::keyClicks(form->emailField(), u"ada@example.org"_s);
    form->usernameField()->setText(u"countess"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveProfile"_s), Qt::LeftButton);

    // Then the catalog, the session and the list show the new profile
    QCOMPARE(scalar(db(), u"SELECT username || '|' || first_name || '|' || last_name || '|' || email FROM users "
                          "WHERE id = ?"_s,
                    {ada})
                 .toString(),
             u"countess|Ada|Lovelace|ada@example.org"_s);
    QCOMPARE(session->user()->username, u"countess"_s);
    QCOMPARE(session->displayName(), u"Ada Lovelace"_s);
    QCOMPARE(profileChanged.count(), 1);
    QCOMPARE(session->lastUsername(), u"countess"_s);
    QVERIFY(dialog->accountList()->currentItem()->text().contains(u"Ada Lovelace"_s));
    QCOMPARE(dialog->message(), u"Your profile is saved."_s);
}

void TestAccountsDialog::shouldSayWhenAUsernameIsTakenOrAnEmailMalformed()
{
    // Given Ada signed in, and Bob with an email
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    QVERIFY(addUser(u"bob"_s, "bobs password", u"bob@example.org"_s) > 0);
    auto session = signedInAs(u"ada"_s, "analytical engine");
    auto dialog = makeDialog(*session);
    dialog->show();
    AccountForm *form = dialog->profileForm();

    // When she gives an email without a domain
    form->emailField()->setText(u"ada@example"_s);
    QVERIFY(!dialog->saveProfile());
    // Then the problem shows next to the email field
    QVERIFY(!form->problem(u"email"_s).isEmpty());

    // When she takes Bob's username in other letters
    form->emailField()->clear();
    form->usernameField()->setText(u"BOB"_s);
    QVERIFY(!dialog->saveProfile());
    // Then the library says so
    QVERIFY2(form->problem(QString()).contains(u"already"_s), qPrintable(form->problem(QString())));

    // When she takes Bob's email in other letters
    form->usernameField()->setText(u"ada"_s);
    form->emailField()->setText(u"Bob@Example.org"_s);
    QVERIFY(!dialog->saveProfile());
    QVERIFY2(form->problem(QString()).contains(u"email"_s), qPrintable(form->problem(QString())));

    // Then nothing changed
    QCOMPARE(scalar(db(), u"SELECT username FROM users WHERE id = ?"_s, {ada}).toString(), u"ada"_s);
    QVERIFY(scalar(db(), u"SELECT email FROM users WHERE id = ?"_s, {ada}).isNull());
}

void TestAccountsDialog::shouldNotOpenOrChangeAnotherUsersProfile()
{
    // Given Ada signed in and Bob with an email
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    const qint64 bob = addUser(u"bob"_s, "bobs password", u"bob@example.org"_s);
    auto session = signedInAs(u"ada"_s, "analytical engine");
    auto dialog = makeDialog(*session);
    dialog->show();

    // When Bob's account is selected
    dialog->selectAccount(bob);

    // Then his profile is not open: no field shows his data, nothing can be saved or set
    QCOMPARE(dialog->selectedId(), bob);
    QVERIFY(!dialog->isEditingOwnProfile());
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(u"bob"_s, Qt::CaseInsensitive));
    auto *text = dialog->findChild<QLabel *>(u"otherAccountText"_s);
    QVERIFY(text->isVisible());
    QVERIFY(text->text().contains(u"Only bob can change it"_s));
    QVERIFY(!dialog->saveProfile());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars WHERE user_id = ?"_s, {bob}).toInt(), 0);
    QVERIFY(!dialog->pasteAvatar());
    QCOMPARE(scalar(db(), u"SELECT email FROM users WHERE id = ?"_s, {bob}).toString(), u"bob@example.org"_s);
    // And "Sign In as bob…" asks the window to switch user
    QSignalSpy signInRequested(dialog.get(), &AccountsDialog::signInRequested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInAs"_s), Qt::LeftButton);
    QCOMPARE(signInRequested.count(), 1);
    QCOMPARE(signInRequested.at(0).at(0).toString(), u"bob"_s);
}

void TestAccountsDialog::shouldLetAGuestOnlyAddAccountsAndAskToSignIn()
{
    // Given a guest and Ada's account
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    auto session = signedInAs(QString(), QByteArray());
    auto dialog = makeDialog(*session);
    dialog->show();

    // Then no profile is open, whatever is selected
    QCOMPARE(dialog->accountList()->count(), 1);
    QVERIFY(!dialog->isEditingOwnProfile());
    QVERIFY(!dialog->saveProfile());
    QVERIFY(!dialog->setAvatarFromData(Test::makeImage(10, 10, "png"), u"a.png"_s));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars"_s).toInt(), 0);

    // When the guest adds an account
    NewAccountDialog add(db());
    QTest::keyClicks(add.form()->usernameField(), u"Bob"_s);
    QTest::keyClicks(add.form()->passwordField(), u"bobs password"_s);
    QTest::keyClicks(add.form()->confirmPasswordField(), u"bobs password"_s);
    add.accept();

    // Then it exists, and the guest is still a guest
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QVERIFY(add.createdId() > 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 2);
    QVERIFY(!session->isSignedIn());
    // And a second account with the same name in other letters is refused with a message
    NewAccountDialog again(db());
    QTest::keyClicks(again.form()->usernameField(), u"BOB"_s);
    QTest::keyClicks(again.form()->passwordField(), u"bobs password"_s);
    QTest::keyClicks(again.form()->confirmPasswordField(), u"bobs password"_s);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY(again.form()->problem(QString()).contains(u"already"_s));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 2);
}

void TestAccountsDialog::shouldRefuseAWrongCurrentPasswordAndAcceptTheRightOne()
{
    // Given Ada signed in, changing her password
    QVERIFY(addUser(u"ada"_s, "analytical engine") > 0);
    auto session = signedInAs(u"ada"_s, "analytical engine");
    const QString before = scalar(db(), u"SELECT password_hash FROM users"_s).toString();
    ChangePasswordDialog dialog(session.get());
    dialog.show();
    QCOMPARE(dialog.currentField()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.newField()->echoMode(), QLineEdit::Password);

    // When the current password is wrong
    QTest::keyClicks(dialog.currentField(), u"difference engine"_s);
    QTest::keyClicks(dialog.newField(), u"jacquard loom"_s);
    QTest::keyClicks(dialog.confirmField(), u"jacquard loom"_s);
    dialog.accept();

    // Then the library's message shows, the current field is cleared, the hash is the same
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(), u"The current password is wrong."_s);
    QVERIFY(dialog.currentField()->text().isEmpty());
    QCOMPARE(scalar(db(), u"SELECT password_hash FROM users"_s).toString(), before);

    // When the two new ones differ
    QTest::keyClicks(dialog.currentField(), u"analytical engine"_s);
    dialog.confirmField()->setText(u"jacquard loon"_s);
    dialog.accept();
    QVERIFY(dialog.message().contains(u"differ"_s));

    // When everything is right
    dialog.confirmField()->setText(u"jacquard loom"_s);
    dialog.accept();

    // Then the new password signs in and the old one does not
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(Accounts::signIn(db(), u"ada"_s, "jacquard loom")->user);
    QVERIFY(!Accounts::signIn(db(), u"ada"_s, "analytical engine")->user);
}

void TestAccountsDialog::shouldSetAnAvatarFromAFileAndShowItCroppedSquare()
{
    // Given Ada signed in, the dialog and the toolbar button, and a wide image
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    auto session = signedInAs(u"ada"_s, "analytical engine");
    auto dialog = makeDialog(*session);
    AvatarButton button(session.get(), m_files->filePath(u"thumbnails"_s));
    dialog->show();
    QVERIFY(!button.showsAvatarImage());
    const QString path = writeFile(u"wide.png"_s, threeBands(40, 40));

    // When it is chosen as her avatar
    QVERIFY2(dialog->setAvatarFromFile(path), qPrintable(dialog->message()));

    // Then it is her current avatar in the catalog
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars WHERE user_id = ?"_s, {ada}).toInt(), 1);
    QVERIFY(!session->user()->avatarKey.isEmpty());
    // And the preview shows its centered square: green edge to edge, no red or blue
    QTRY_VERIFY(!dialog->avatarPreview()->pixmap().isNull());
    const QImage shown = dialog->avatarPreview()->pixmap().toImage();
    QCOMPARE(shown.width(), shown.height());
    QVERIFY(isGreen(shown.pixel(1, shown.height() / 2)));
    QVERIFY(isGreen(shown.pixel(shown.width() / 2, shown.height() / 2)));
    QVERIFY(isGreen(shown.pixel(shown.width() - 2, shown.height() / 2)));
    // And the toolbar shows it too
    QTRY_VERIFY(button.showsAvatarImage());
    QCOMPARE(Avatars::squareCrop(QImage(90, 30, QImage::Format_RGB32)).size(), QSize(30, 30));

    // When a file that is no image is chosen
    const QString bad = writeFile(u"notes.png"_s, "not an image");
    QVERIFY(!dialog->setAvatarFromFile(bad));
    // Then the reason shows and the avatar stays
    QVERIFY(!dialog->message().isEmpty());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars WHERE user_id = ?"_s, {ada}).toInt(), 1);

    // When the avatar is removed
    QVERIFY(dialog->clearAvatar());
    QVERIFY(session->user()->avatarKey.isEmpty());
    QTRY_VERIFY(!button.showsAvatarImage());
}

void TestAccountsDialog::shouldSetAnAvatarFromADropOrThePasteboard()
{
    // Given Ada signed in, with the dialog open
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    auto session = signedInAs(u"ada"_s, "analytical engine");
    auto dialog = makeDialog(*session);
    dialog->show();
    QTest::keyClicks(dialog->profileForm()->firstNameField(), u"Ada"_s); // typed, not saved yet
    const QString path = writeFile(u"dropped.png"_s, Test::makeImage(20, 20, "png", 0xff112233));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});

    // When a file is dropped on the dialog
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog.get(), &drop);

    // Then it is her avatar
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars WHERE user_id = ?"_s, {ada}).toInt(), 1);
    const QString dropped = session->user()->avatarKey;
    QVERIFY(!dropped.isEmpty());

    // When an image is pasted
    QImage pasted(16, 16, QImage::Format_RGB32);
    pasted.fill(QColor(0x33, 0x66, 0x99));
    QApplication::clipboard()->setImage(pasted);
    QVERIFY2(dialog->pasteAvatar(), qPrintable(dialog->message()));

    // Then the newest avatar is the current one
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM user_avatars WHERE user_id = ?"_s, {ada}).toInt(), 2);
    QVERIFY(session->user()->avatarKey != dropped);
    QCOMPARE(scalar(db(), u"SELECT f.key FROM user_avatars a JOIN files f ON f.id = a.file_id WHERE a.user_id = ? "
                          "ORDER BY a.id DESC LIMIT 1"_s,
                    {ada})
                 .toString(),
             session->user()->avatarKey);
    // And what was typed meanwhile is still there to be saved
    QCOMPARE(dialog->profileForm()->firstNameField()->text(), u"Ada"_s);
}

void TestAccountsDialog::shouldRemoveOnlyTheOwnAccountWithItsPasswordAndFavorites()
{
    // Given Ada and Bob, each with a favorite, Ada signed in
    const qint64 ada = addUser(u"ada"_s, "analytical engine");
    const qint64 bob = addUser(u"bob"_s, "bobs password");
    QCOMPARE(exec(db(), u"INSERT INTO movies (id, title) VALUES (1, 'Metropolis')"_s), QString());
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, 1), (?, 1)"_s, {ada, bob}),
             QString());
    auto session = signedInAs(u"ada"_s, "analytical engine");
    QSignalSpy changed(session.get(), &Session::userChanged);
    auto dialog = makeDialog(*session);
    dialog->show();

    // When she confirms with a wrong password
    QVERIFY(!dialog->removeMyAccount("difference engine"));

    // Then the account stays, she stays signed in, and the dialog says why
    QCOMPARE(dialog->message(), u"The password is wrong; the account was not removed."_s);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users"_s).toInt(), 2);
    QVERIFY(session->isSignedIn());

    // When she confirms with her password
    QVERIFY2(dialog->removeMyAccount("analytical engine"), qPrintable(dialog->message()));

    // Then her account and her favorites are gone, Bob's stay, and she is signed out
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM users WHERE id = ?"_s, {ada}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM favorite_movies WHERE user_id = ?"_s, {ada}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM favorite_movies WHERE user_id = ?"_s, {bob}).toInt(), 1);
    QVERIFY(!session->isSignedIn());
    QCOMPARE(changed.count(), 1);
    QVERIFY(session->lastUsername().isEmpty());
    QCOMPARE(dialog->accountList()->count(), 1);
    QVERIFY(!dialog->isEditingOwnProfile());
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
