#pragma once

#include "accounts.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;
class QStackedWidget;

namespace Reelkeeper {

class AvatarLoader;
class Session;

// The fields of an account: username, first and last name, email, and for a new account the
// password typed twice. Each field's problem (Accounts::validate, validatePassword, the two
// passwords differing) shows beneath it; other messages (a taken username or email, from
// Accounts::add or updateProfile) show at the bottom. Password fields never echo.
class AccountForm final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { NewAccount, Profile };

    explicit AccountForm(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setUser(const UserRecord &user);
    // The record as typed (text trimmed), keeping the id, timestamps and avatar of setUser().
    UserRecord user() const;
    // The password as UTF-8 (NewAccount only).
    QByteArray password() const;

    // Checks what can be checked without the database and shows the problems; true when none.
    bool check();
    void showMessage(const QString &message);
    void clearProblems();
    void clearPasswords();

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmPasswordField() const { return m_confirm; }
    // The problem shown under a field ("username", "email", "first_name", "last_name", "password",
    // "confirm_password") or at the bottom (""); empty when none is shown.
    QString problem(const QString &field) const;

private:
    QWidget *withProblem(QLineEdit *field, const QString &name);
    void showProblems(const QList<FieldProblem> &problems);

    Mode m_mode;
    UserRecord m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QLineEdit *> m_problemFields;
};

// Adds an account (anyone may, a guest too). It does not sign the new account in.
class NewAccountDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewAccountDialog(QSqlDatabase db, QWidget *parent = nullptr);

    AccountForm *form() const { return m_form; }
    // The id of the account made, once accepted.
    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    QSqlDatabase m_db;
    AccountForm *m_form = nullptr;
    qint64 m_createdId = 0;
};

// Changes the signed-in user's password: the current one, then the new one twice. A wrong current
// password is refused with the library's message (and counts as a failed sign-in), the field cleared.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Session *session, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmField() const { return m_confirm; }
    // The message shown, empty when none.
    QString message() const;
    void accept() override;

private:
    void showMessage(const QString &text);

    Session *m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

// Manages the catalog's accounts: the list (avatar, username, full name) and Add Account…; for the
// signed-in user only, their profile (names, email, username), avatar (file, drop, paste; shown
// cropped to a centered square), password and removal. Another account shows nothing beyond its
// name and cannot be changed; a guest can add accounts and ask to sign in. Every change goes
// through the Session, which refuses any account but the signed-in one.
//
// Account changes are not on the window's undo stack: undoing a password change or a removal would
// need the old password hash outside the database layer, and a profile is not catalog data.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewEdge = 96;
    enum Role { UserIdRole = Qt::UserRole + 1, UsernameRole, AvatarKeyRole, NameRole };

    AccountsDialog(Session *session, QString thumbnailFolder, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Reads the accounts again; keeps the selection where it can.
    void reloadAccounts();
    // Selects the account in the list (and shows its panel).
    void selectAccount(qint64 userId);
    qint64 selectedId() const;

    QListWidget *accountList() const { return m_list; }
    AccountForm *profileForm() const { return m_form; }
    // True while the signed-in user's own profile is shown and can be edited.
    bool isEditingOwnProfile() const;
    // The square avatar preview of the signed-in user (no pixmap while none is set or loaded).
    QLabel *avatarPreview() const { return m_preview; }
    // What the dialog last said (a saved profile, a refused avatar, …), empty when nothing.
    QString message() const;

    // The signed-in user's actions, also reachable from the buttons. Each shows what went wrong.
    bool saveProfile();
    bool setAvatarFromFile(const QString &path);
    bool setAvatarFromData(const QByteArray &bytes, const QString &fileName);
    bool setAvatarFromImage(const QImage &image);
    bool pasteAvatar();
    bool clearAvatar();
    // Removes the signed-in account after checking the password (the buttons ask for it first).
    bool removeMyAccount(const QByteArray &password);

Q_SIGNALS:
    // "Sign In as …": the window shows the sign-in dialog with that username.
    void signInRequested(const QString &username);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showPanel();
    void refreshAvatars();
    void showMessage(const QString &text, bool problem);
    bool takeImage(const QMimeData *mime);
    static bool offersImage(const QMimeData *mime);
    void chooseAvatarFile();
    void addAccount();
    void changePassword();
    void askToRemoveAccount();

    Session *m_session;
    AvatarLoader *m_loader;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_panels = nullptr;
    QWidget *m_ownPanel = nullptr;
    QWidget *m_otherPanel = nullptr;
    QLabel *m_otherText = nullptr;
    QPushButton *m_signInAs = nullptr;
    AccountForm *m_form = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_clearAvatar = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_formUserId = 0; // whose record the profile form holds, 0 for none
};

} // namespace Reelkeeper
