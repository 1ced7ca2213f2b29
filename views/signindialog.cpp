#include "signindialog.h"

#include "accountsdialog.h"
#include "avatarbutton.h"
#include "session.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Reelkeeper {

namespace {

constexpr int AvatarEdge = 24;
constexpr int NameRole = Qt::UserRole + 1; // the account's display name, for the initials

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SignInDialog::SignInDialog(Session *session, QString thumbnailFolder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new AvatarLoader(session->mediaFolder(), std::move(thumbnailFolder), this))
{
    setWindowTitle(tr("Sign In"));

    // Sign in.
    m_signInPage = new QWidget(this);
    m_username = new QComboBox(m_signInPage);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setEditable(true);
    m_username->setInsertPolicy(QComboBox::NoInsert);
    m_username->setIconSize(QSize(AvatarEdge, AvatarEdge));
    m_password = new QLineEdit(m_signInPage);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(m_signInPage);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    QPalette alert = m_message->palette();
    alert.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(alert);
    m_message->hide();
    m_signIn = new QPushButton(tr("&Sign In"), m_signInPage);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_guestFromSignIn = new QPushButton(tr("Continue as &Guest"), m_signInPage);
    m_guestFromSignIn->setObjectName(QStringLiteral("continueAsGuest"));
    m_guestFromSignIn->setAutoDefault(false);
    m_newAccount = new QPushButton(tr("&New Account…"), m_signInPage);
    m_newAccount->setObjectName(QStringLiteral("newAccount"));
    m_newAccount->setAutoDefault(false);
    auto *signInForm = new QFormLayout;
    signInForm->addRow(tr("&Username:"), m_username);
    signInForm->addRow(tr("&Password:"), m_password);
    auto *signInButtons = new QHBoxLayout;
    signInButtons->addWidget(m_newAccount);
    signInButtons->addStretch(1);
    signInButtons->addWidget(m_guestFromSignIn);
    signInButtons->addWidget(m_signIn);
    auto *signInLayout = new QVBoxLayout(m_signInPage);
    signInLayout->addWidget(makeHeading(tr("Who is using Reelkeeper?"), m_signInPage));
    signInLayout->addLayout(signInForm);
    signInLayout->addWidget(m_message);
    signInLayout->addStretch(1);
    signInLayout->addLayout(signInButtons);

    // Create an account.
    m_createPage = new QWidget(this);
    m_createIntro = new QLabel(m_createPage);
    m_createIntro->setWordWrap(true);
    m_form = new AccountForm(AccountForm::Mode::NewAccount, m_createPage);
    m_form->setObjectName(QStringLiteral("newAccountForm"));
    m_create = new QPushButton(tr("&Create Account"), m_createPage);
    m_create->setObjectName(QStringLiteral("createAccount"));
    m_guestFromCreate = new QPushButton(tr("Continue as &Guest"), m_createPage);
    m_guestFromCreate->setObjectName(QStringLiteral("continueAsGuestFromCreate"));
    m_guestFromCreate->setAutoDefault(false);
    m_back = new QPushButton(tr("&Back"), m_createPage);
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setAutoDefault(false);
    auto *createButtons = new QHBoxLayout;
    createButtons->addWidget(m_back);
    createButtons->addStretch(1);
    createButtons->addWidget(m_guestFromCreate);
    createButtons->addWidget(m_create);
    auto *createLayout = new QVBoxLayout(m_createPage);
    createLayout->addWidget(makeHeading(tr("Create an account"), m_createPage));
    createLayout->addWidget(m_createIntro);
    createLayout->addWidget(m_form);
    createLayout->addStretch(1);
    createLayout->addLayout(createButtons);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_createPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(200); // a fifth of a second: the shown seconds never lag by one
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::tick);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_guestFromSignIn, &QPushButton::clicked, this, &SignInDialog::continueAsGuest);
    connect(m_guestFromCreate, &QPushButton::clicked, this, &SignInDialog::continueAsGuest);
    connect(m_newAccount, &QPushButton::clicked, this, &SignInDialog::showCreateAccount);
    connect(m_create, &QPushButton::clicked, this, &SignInDialog::createAccount);
    connect(m_back, &QPushButton::clicked, this, &SignInDialog::showSignIn);
    connect(m_username, &QComboBox::currentTextChanged, this, &SignInDialog::usernameEdited);
    connect(m_loader, &AvatarLoader::loaded, this, &SignInDialog::refreshIcons);

    loadAccounts();
    if (m_hasAccounts) {
        // Switching user means someone else: only a start offers the last user.
        setUsername(m_session->isSignedIn() ? QString() : m_session->lastUsername());
        showSignIn();
    } else {
        showCreateAccount();
    }
    resize(440, sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::loadAccounts()
{
    Result<QList<UserRecord>> users = Accounts::list(m_session->database());
    if (!users) {
        showMessage(users.error());
        return;
    }
    m_hasAccounts = !users->isEmpty();
    const QString typed = m_username->currentText();
    const QSignalBlocker blocker(m_username);
    m_username->clear();
    for (const UserRecord &user : std::as_const(users.value())) {
        m_username->addItem(user.username, user.avatarKey);
        m_username->setItemData(m_username->count() - 1, Session::displayName(user), NameRole);
    }
    refreshIcons();
    m_username->setCurrentIndex(-1);
    m_username->setEditText(typed);
    const int found = m_username->findText(typed, Qt::MatchFixedString);
    if (found >= 0)
        m_username->setCurrentIndex(found);
}

void SignInDialog::refreshIcons()
{
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_username->count(); ++i) {
        const QImage image = m_loader->image(m_username->itemData(i).toString());
        m_username->setItemIcon(i, QIcon(Avatars::render(image, m_username->itemData(i, NameRole).toString(),
                                                         AvatarEdge, ratio)));
    }
}

SignInDialog::Page SignInDialog::page() const
{
    return m_pages->currentWidget() == m_createPage ? Page::CreateAccount : Page::SignIn;
}

void SignInDialog::showCreateAccount()
{
    m_createIntro->setText(m_hasAccounts
                               ? tr("Your own account keeps your own favorites. Once it is created, you are "
                                    "signed in with it.")
                               : tr("Nobody has an account in this catalog yet. Create the first one to keep "
                                    "your own favorites, or continue as a guest to browse."));
    m_back->setVisible(m_hasAccounts);
    m_create->setDefault(true);
    m_signIn->setDefault(false);
    m_pages->setCurrentWidget(m_createPage);
    m_form->usernameField()->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showSignIn()
{
    m_form->clearPasswords();
    m_create->setDefault(false);
    m_signIn->setDefault(true);
    m_pages->setCurrentWidget(m_signInPage);
    if (m_username->currentText().isEmpty())
        m_username->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setUsername(const QString &username)
{
    const int found = m_username->findText(username, Qt::MatchFixedString);
    if (found >= 0)
        m_username->setCurrentIndex(found);
    else
        m_username->setEditText(username);
    usernameEdited();
}

QString SignInDialog::username() const
{
    return m_username->currentText().trimmed();
}

QPushButton *SignInDialog::guestButton() const
{
    return page() == Page::CreateAccount ? m_guestFromCreate : m_guestFromSignIn;
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

qint64 SignInDialog::retrySecondsLeft() const
{
    if (m_throttledName.isEmpty() || m_retryAt.hasExpired())
        return 0;
    return (m_retryAt.remainingTime() + 999) / 1000;
}

void SignInDialog::usernameEdited()
{
    // The wait belongs to a username: another name may be tried at once, and a name typed again
    // after its wait started shows what is left of it (the library keeps the count in the catalog).
    const QString name = username();
    if (name.compare(m_throttledName, Qt::CaseInsensitive) == 0)
        return;
    m_throttledName.clear();
    m_countdown->stop();
    if (!name.isEmpty()) {
        Result<qint64> wait = Accounts::retryAfter(m_session->database(), name);
        if (wait && wait.value() > 0) {
            startCountdown(wait.value());
            return;
        }
    }
    tick();
}

void SignInDialog::startCountdown(qint64 seconds)
{
    m_throttledName = username();
    m_retryAt = QDeadlineTimer(seconds * 1000);
    m_countdown->start();
    tick();
}

void SignInDialog::tick()
{
    const qint64 left = retrySecondsLeft();
    if (left > 0) {
        m_signIn->setEnabled(false);
        m_signIn->setText(tr("Try again in %1 s").arg(left));
        return;
    }
    m_countdown->stop();
    m_throttledName.clear();
    m_signIn->setEnabled(true);
    m_signIn->setText(tr("&Sign In"));
}

void SignInDialog::signIn()
{
    if (page() != Page::SignIn || !m_signIn->isEnabled())
        return;
    const QString name = username();
    if (name.isEmpty()) {
        showMessage(tr("Type or choose your username."));
        m_username->setFocus(Qt::OtherFocusReason);
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear(); // whatever happens next, the password does not stay on screen
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SignInResult> result = m_session->signIn(name, password);
    QApplication::restoreOverrideCursor();
    password.fill('\0');
    if (!result) {
        showMessage(result.error());
        return;
    }
    if (result->user) {
        showMessage(QString());
        accept();
        return;
    }
    showMessage(result->message);
    m_password->setFocus(Qt::OtherFocusReason);
    if (result->retryAfterSeconds > 0)
        startCountdown(result->retryAfterSeconds);
}

void SignInDialog::createAccount()
{
    if (page() != Page::CreateAccount || !m_form->check())
        return;
    const UserRecord user = m_form->user();
    QByteArray password = m_form->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<qint64> added = Accounts::add(m_session->database(), user, password);
    // Signing in checks the password once more, which costs a tenth of a second, but leaves one way
    // into the session: a right password.
    std::optional<Result<SignInResult>> signedIn;
    if (added)
        signedIn.emplace(m_session->signIn(user.username, password));
    QApplication::restoreOverrideCursor();
    password.fill('\0');
    if (!added) {
        m_form->showMessage(added.error());
        return;
    }
    m_form->clearPasswords();
    if (!signedIn->ok() || !signedIn->value().user) {
        // Only a database error gets here; the account exists, so offer to sign in with it.
        loadAccounts();
        setUsername(user.username);
        showSignIn();
        showMessage(signedIn->ok() ? signedIn->value().message : signedIn->error());
        return;
    }
    accept();
}

void SignInDialog::continueAsGuest()
{
    m_password->clear();
    m_form->clearPasswords();
    if (!m_hasAccounts)
        m_session->declineFirstAccount();
    m_session->signOut();
    accept();
}

} // namespace Reelkeeper
