#include "session.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace Reelkeeper {

Session::Session(QSqlDatabase db, QString catalogPath, QString mediaFolder, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_catalogPath(std::move(catalogPath))
    , m_mediaFolder(std::move(mediaFolder))
{
}

std::optional<qint64> Session::userId() const
{
    if (!m_user)
        return std::nullopt;
    return m_user->id;
}

QString Session::displayName(const UserRecord &user)
{
    const QString full = QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed();
    return full.isEmpty() ? user.username : full;
}

QString Session::displayName() const
{
    return m_user ? displayName(*m_user) : tr("Guest");
}

QString Session::settingsKey(const QString &catalogPath)
{
    // A hash, not the path itself: QSettings keys treat '/' as groups, and the path is nobody's
    // business in a settings file that may be shared or backed up.
    const QString canonical = QFileInfo(catalogPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("session/") + QString::fromLatin1(hash);
}

bool Session::offersSignInAtStart() const
{
    Result<qint64> accounts = Accounts::count(m_db);
    if (!accounts || accounts.value() > 0)
        return true; // on a database error, the dialog is where the error shows
    return !QSettings().value(settingsKey(m_catalogPath) + QStringLiteral("/declinedFirstAccount")).toBool();
}

void Session::declineFirstAccount()
{
    QSettings().setValue(settingsKey(m_catalogPath) + QStringLiteral("/declinedFirstAccount"), true);
}

QString Session::lastUsername() const
{
    return QSettings().value(settingsKey(m_catalogPath) + QStringLiteral("/lastUser")).toString();
}

void Session::rememberUsername(const QString &username)
{
    QSettings settings;
    if (username.isEmpty())
        settings.remove(settingsKey(m_catalogPath) + QStringLiteral("/lastUser"));
    else
        settings.setValue(settingsKey(m_catalogPath) + QStringLiteral("/lastUser"), username);
}

Result<SignInResult> Session::signIn(const QString &username, const QByteArray &password)
{
    Result<SignInResult> result = Accounts::signIn(m_db, username, password);
    if (!result || !result->user)
        return result;
    const bool sameUser = m_user && m_user->id == result->user->id;
    m_user = result->user;
    rememberUsername(m_user->username);
    if (sameUser)
        Q_EMIT profileChanged();
    else
        Q_EMIT userChanged();
    return result;
}

void Session::signOut()
{
    if (!m_user)
        return;
    m_user.reset();
    Q_EMIT userChanged();
}

Result<void> Session::requireSignedIn(qint64 userId) const
{
    if (!m_user)
        return Error{tr("Sign in to change an account.")};
    if (m_user->id != userId)
        return Error{tr("Only %1's own account can be changed while %1 is signed in.").arg(m_user->username)};
    return {};
}

Result<void> Session::reloadProfile()
{
    Result<UserRecord> loaded = Accounts::load(m_db, m_user->id);
    if (!loaded)
        return Error{loaded.error()};
    const bool renamed = loaded->username != m_user->username;
    m_user = *loaded;
    if (renamed && lastUsername().compare(m_user->username, Qt::CaseInsensitive) != 0)
        rememberUsername(m_user->username);
    Q_EMIT profileChanged();
    return {};
}

Result<void> Session::updateProfile(const UserRecord &user)
{
    if (Result<void> allowed = requireSignedIn(user.id); !allowed)
        return allowed;
    if (Result<void> updated = Accounts::updateProfile(m_db, user); !updated)
        return updated;
    return reloadProfile();
}

Result<void> Session::changePassword(const QByteArray &current, const QByteArray &replacement)
{
    if (!m_user)
        return requireSignedIn(0);
    if (Result<void> changed = Accounts::changePassword(m_db, m_user->id, current, replacement); !changed)
        return changed;
    return reloadProfile();
}

Result<void> Session::setAvatar(const QByteArray &imageBytes, const QString &fileName)
{
    if (!m_user)
        return requireSignedIn(0);
    Result<qint64> added = Accounts::setAvatar(m_db, m_mediaFolder, m_user->id, imageBytes, fileName);
    if (!added)
        return Error{added.error()};
    return reloadProfile();
}

Result<void> Session::setAvatarFromFile(const QString &path)
{
    if (!m_user)
        return requireSignedIn(0);
    Result<qint64> added = Accounts::setAvatarFromFile(m_db, m_mediaFolder, m_user->id, path);
    if (!added)
        return Error{added.error()};
    return reloadProfile();
}

Result<void> Session::clearAvatar()
{
    if (!m_user)
        return requireSignedIn(0);
    if (Result<void> cleared = Accounts::clearAvatar(m_db, m_mediaFolder, m_user->id); !cleared)
        return cleared;
    return reloadProfile();
}

Result<void> Session::removeAccount(const QByteArray &password)
{
    if (!m_user)
        return requireSignedIn(0);
    // The same throttled check as signing in: removing an account is as strong as using it.
    Result<SignInResult> check = Accounts::signIn(m_db, m_user->username, password);
    if (!check)
        return Error{check.error()};
    if (!check->user || check->user->id != m_user->id) {
        // The library's words are about signing in ("username or password"); say what happened here.
        QString message = tr("The password is wrong; the account was not removed.");
        if (check->retryAfterSeconds > 0)
            message += QLatin1Char(' ')
                + tr("Wait %n second(s) before trying again.", nullptr, int(check->retryAfterSeconds));
        return Error{message};
    }
    if (Result<void> removed = Accounts::remove(m_db, m_user->id, m_mediaFolder); !removed)
        return removed;
    if (lastUsername().compare(m_user->username, Qt::CaseInsensitive) == 0)
        rememberUsername(QString());
    m_user.reset();
    Q_EMIT userChanged();
    return {};
}

void Session::reload()
{
    if (!m_user)
        return;
    Result<UserRecord> loaded = Accounts::load(m_db, m_user->id);
    if (!loaded) {
        // The account is gone (removed from the command line, say): nobody is signed in any more.
        m_user.reset();
        Q_EMIT userChanged();
        return;
    }
    if (*loaded != *m_user) {
        m_user = *loaded;
        Q_EMIT profileChanged();
    }
}

} // namespace Reelkeeper
