#pragma once

#include <QDeadlineTimer>
#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Reelkeeper {

class AccountForm;
class AvatarLoader;
class Session;

// Who is using the window. With accounts in the catalog: a username (the accounts listed with
// their avatars, the last user of this catalog chosen) and a password, Sign In or Continue as
// Guest. Without any: create the first account (it is then signed in) or continue as a guest.
//
// A wrong password shows the library's message and clears the field. When the library says to wait
// (repeated wrong passwords), Sign In stays disabled with a countdown ("Try again in 8 s").
//
// The dialog changes the session only by a successful sign-in (accepted) or Continue as Guest
// (signs out, accepted); closing it leaves the session as it was.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { SignIn, CreateAccount };

    SignInDialog(Session *session, QString thumbnailFolder, QWidget *parent = nullptr);
    ~SignInDialog() override;

    Page page() const;
    // Chooses the username to sign in as (the sign-in page).
    void setUsername(const QString &username);
    QString username() const;
    // Seconds left before Sign In may be pressed again, 0 when it may.
    qint64 retrySecondsLeft() const;

    QComboBox *usernameBox() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *guestButton() const;
    QPushButton *createAccountButton() const { return m_create; }
    AccountForm *accountForm() const { return m_form; }
    // The message of the sign-in page, empty when none is shown.
    QString message() const;

    // What the buttons do.
    void signIn();
    void createAccount();
    void continueAsGuest();
    void showCreateAccount();
    void showSignIn();

private:
    void loadAccounts();
    void refreshIcons();
    void showMessage(const QString &text);
    void usernameEdited();
    void startCountdown(qint64 seconds);
    void tick();

    Session *m_session;
    AvatarLoader *m_loader;
    bool m_hasAccounts = false;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_signInPage = nullptr;
    QWidget *m_createPage = nullptr;
    QLabel *m_createIntro = nullptr;
    QComboBox *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_guestFromSignIn = nullptr;
    QPushButton *m_newAccount = nullptr;
    QLabel *m_message = nullptr;
    AccountForm *m_form = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_guestFromCreate = nullptr;
    QPushButton *m_back = nullptr;
    QTimer *m_countdown = nullptr;
    QDeadlineTimer m_retryAt;
    QString m_throttledName; // the username m_retryAt is for
};

} // namespace Reelkeeper
