#pragma once

#include "accounts.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Reelkeeper {

// Who uses the window: one signed-in account, or nobody (a guest, who can browse but has no
// favorites). The window owns one Session per open catalog and gives it to every widget that shows
// or changes a user's data, so that "only the signed-in user's own profile and favorites" is decided
// in one place: the profile methods below refuse any other user, and a guest can change nothing.
//
// The session remembers the last username signed in on each catalog (QSettings, under a key made
// from the catalog's path) to offer it at the next start. It never stores or logs a password; the
// password buffers it is given are passed on to Accounts, which wipes its own copies.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class Session final : public QObject
{
    Q_OBJECT
public:
    // catalogPath names the catalog for the remembered username; mediaFolder holds the avatars.
    Session(QSqlDatabase db, QString catalogPath, QString mediaFolder, QObject *parent = nullptr);

    QSqlDatabase database() const { return m_db; }
    QString catalogPath() const { return m_catalogPath; }
    QString mediaFolder() const { return m_mediaFolder; }

    // The signed-in account, or none for a guest.
    const std::optional<UserRecord> &user() const { return m_user; }
    std::optional<qint64> userId() const;
    bool isSignedIn() const { return m_user.has_value(); }
    // "Ada Lovelace", else the username; "Guest" for nobody.
    QString displayName() const;
    static QString displayName(const UserRecord &user);

    // Checks the password through Accounts::signIn (throttled) and, when it is right, makes that
    // account the signed-in one and remembers its username for this catalog. A wrong password or a
    // throttled attempt leaves the session as it was and comes back as a SignInResult with a
    // message; the Result fails only on a database error.
    Result<SignInResult> signIn(const QString &username, const QByteArray &password);
    // Back to guest. The remembered username stays, to be offered next time.
    void signOut();

    // The username offered at start: the last one signed in on this catalog, or empty.
    QString lastUsername() const;
    // The QSettings group of a catalog's session settings (lastUser, declinedFirstAccount).
    static QString settingsKey(const QString &catalogPath);

    // Whether the window should show the sign-in dialog at start: always when the catalog has
    // accounts; without any, until someone chose to continue as a guest instead of creating the
    // first one (declineFirstAccount), so that a catalog used by one person does not ask every time.
    bool offersSignInAtStart() const;
    void declineFirstAccount();

    // Changes to the signed-in user's own account. Each refuses with a message when nobody is
    // signed in or when user.id / the id is not the signed-in account, and on success reloads the
    // record and emits profileChanged().
    Result<void> updateProfile(const UserRecord &user);
    Result<void> changePassword(const QByteArray &current, const QByteArray &replacement);
    Result<void> setAvatar(const QByteArray &imageBytes, const QString &fileName);
    Result<void> setAvatarFromFile(const QString &path);
    Result<void> clearAvatar();
    // Checks the password (a throttled sign-in), then deletes the signed-in account with its
    // favorites and avatars, forgets it as the last user and signs out.
    Result<void> removeAccount(const QByteArray &password);

    // Reads the signed-in account again (after a change made elsewhere, such as an undo or the
    // command line); signs out when the account no longer exists.
    void reload();

Q_SIGNALS:
    // Someone signed in, signed out or another user took over: favorites must be shown for the
    // new userId() (none for a guest).
    void userChanged();
    // The same user's name, email or avatar changed: only what shows the profile needs refreshing.
    void profileChanged();

private:
    Result<void> requireSignedIn(qint64 userId) const;
    Result<void> reloadProfile();
    void rememberUsername(const QString &username);

    QSqlDatabase m_db;
    QString m_catalogPath;
    QString m_mediaFolder;
    std::optional<UserRecord> m_user;
};

} // namespace Reelkeeper
