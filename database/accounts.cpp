#include "accounts.h"

#include "boundquery.h"
#include "mediastore.h"
#include "scopedtransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace Reelkeeper::Accounts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Accounts)
};

// The newest user_avatars row is the current avatar (AUTOINCREMENT never reuses an id).
constexpr auto SelectUsersSql = R"(
    SELECT users.id, users.username, users.first_name, users.last_name, users.email, users.created_at,
           users.updated_at,
           (SELECT files.key FROM user_avatars JOIN files ON files.id = user_avatars.file_id
            WHERE user_avatars.user_id = users.id ORDER BY user_avatars.id DESC LIMIT 1)
    FROM users)";
constexpr auto CountUsersSql = R"(
    SELECT count(*) FROM users)";
constexpr auto SelectHashSql = R"(
    SELECT password_hash FROM users WHERE id = ?)";
constexpr auto InsertUserSql = R"(
    INSERT INTO users (username, first_name, last_name, email, password_hash) VALUES (?, ?, ?, ?, ?))";
constexpr auto UpdateProfileSql = R"(
    UPDATE users SET username = ?, first_name = ?, last_name = ?, email = ? WHERE id = ?)";
constexpr auto UpdateHashSql = R"(
    UPDATE users SET password_hash = ? WHERE id = ?)";
constexpr auto DeleteUserSql = R"(
    DELETE FROM users WHERE id = ?)";
constexpr auto UserExistsSql = R"(
    SELECT 1 FROM users WHERE id = ?)";
constexpr auto AvatarFilesSql = R"(
    SELECT DISTINCT file_id FROM user_avatars WHERE user_id = ?)";
constexpr auto DeleteAvatarsSql = R"(
    DELETE FROM user_avatars WHERE user_id = ?)";
constexpr auto InsertAvatarSql = R"(
    INSERT INTO user_avatars (user_id, file_id) VALUES (?, ?))";

constexpr auto SelectFailuresSql = R"(
    SELECT failures, last_failure_at FROM sign_in_failures WHERE username = ?)";
constexpr auto RecordFailureSql = R"(
    INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES (?, ?, ?)
    ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at)";
constexpr auto ForgetFailuresSql = R"(
    DELETE FROM sign_in_failures WHERE username = ?)";
constexpr auto ForgetOldFailuresSql = R"(
    DELETE FROM sign_in_failures WHERE last_failure_at < ?)";

// Wrong passwords older than this are forgiven: a typo last week does not slow down today.
constexpr qint64 ForgetFailuresAfterSeconds = 24 * 60 * 60;

constexpr int MaximumUsernameLength = 100;
constexpr int MaximumNameLength = 200;
constexpr int MaximumEmailLength = 254; // RFC 5321's limit on a forward path
// Far below libsodium's limit (4 GiB), and far above any password a person types; a bound keeps
// a pasted file from being hashed.
constexpr int MaximumPasswordBytes = 4096;

QString databaseText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("Could not read the accounts: %1").arg(databaseText(query.lastError()))};
}

Error writeError(const QSqlQuery &query)
{
    return Error{Tr::tr("Could not change the accounts: %1").arg(databaseText(query.lastError()))};
}

Error transactionError(QSqlDatabase db)
{
    return Error{Tr::tr("Could not start a transaction on the catalog: %1").arg(databaseText(db.lastError()))};
}

Error commitError(QSqlDatabase db)
{
    return Error{Tr::tr("The changes could not be written to the catalog: %1").arg(databaseText(db.lastError()))};
}

Error noSuchUser(qint64 userId)
{
    return Error{Tr::tr("Account %1 is no longer in the catalog.").arg(userId)};
}

QString wrongCredentials()
{
    return Tr::tr("The username or password is wrong.");
}

QString waitMessage(qint64 seconds)
{
    return Tr::tr("Too many wrong passwords. Try again in %n second(s).", nullptr, int(seconds));
}

// An owned copy of a password that is wiped when it goes.
class SecretBytes final
{
public:
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { m_bytes.detach(); }
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The record as it is stored: no surrounding white space, empty optional fields as empty strings.
UserRecord cleaned(UserRecord user)
{
    user.username = user.username.trimmed();
    user.firstName = user.firstName.trimmed();
    user.lastName = user.lastName.trimmed();
    user.email = user.email.trimmed();
    return user;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        // Not Other_Format: zero-width (non-)joiners belong in Persian names and emoji.
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

bool isWellFormedEmail(const QString &email)
{
    // The form the schema's CHECK accepts ('?*@?*.?*', no space or tab), made a little stricter:
    // one '@', no white space at all, a domain with a dot that neither starts nor ends it.
    if (email.count(QLatin1Char('@')) != 1)
        return false;
    if (std::any_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    return !local.isEmpty() && domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.')) && !domain.contains(QLatin1String(".."));
}

// Usernames and emails are compared with Unicode case folding; SQLite's NOCASE (the unique indexes)
// folds ASCII only, so it is the second guard, not the first.
bool sameIgnoringCase(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString throttleKey(const QString &username)
{
    return username.trimmed().toCaseFolded();
}

UserRecord userFromQuery(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.firstName = query.value(2).toString();
    user.lastName = query.value(3).toString();
    user.email = query.value(4).toString();
    user.createdAt = query.value(5).toString();
    user.updatedAt = query.value(6).toString();
    user.avatarKey = query.value(7).toString();
    return user;
}

Result<QList<UserRecord>> selectUsers(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!execBound(query, QLatin1String(SelectUsersSql) + where, values))
        return readError(query);
    QList<UserRecord> users;
    while (query.next())
        users.append(userFromQuery(query));
    if (query.lastError().isValid())
        return readError(query);
    return users;
}

Result<QString> storedHash(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query(db);
    if (!execBound(query, SelectHashSql, {userId}))
        return readError(query);
    if (!query.next())
        return noSuchUser(userId);
    return query.value(0).toString();
}

// A hash of a password nobody knows, verified against when a username is unknown, so that an
// unknown name costs as much time as a known one with a wrong password.
const QString &dummyHash()
{
    static const QString hash = [] {
        QByteArray random(32, Qt::Uninitialized);
        randombytes_buf(random.data(), size_t(random.size()));
        Result<QString> made = hashPassword(random);
        sodium_memzero(random.data(), size_t(random.size()));
        return made ? made.value() : QString();
    }();
    return hash;
}

// Problems with the username or email being taken by another account than exceptId.
Result<void> checkUnique(QSqlDatabase db, const UserRecord &user, qint64 exceptId)
{
    Result<QList<UserRecord>> all = selectUsers(db, QString(), {});
    if (!all)
        return Error{all.error()};
    for (const UserRecord &other : std::as_const(all.value())) {
        if (other.id == exceptId)
            continue;
        if (sameIgnoringCase(other.username, user.username))
            return Error{Tr::tr("There is already an account named “%1”.").arg(other.username)};
        if (!user.email.isEmpty() && sameIgnoringCase(other.email, user.email))
            return Error{Tr::tr("Another account already uses the email address “%1”.").arg(user.email)};
    }
    return {};
}

Result<void> checkProfile(const UserRecord &user)
{
    const QList<FieldProblem> problems = validate(user);
    if (!problems.isEmpty())
        return Error{problems.constFirst().message};
    return {};
}

Result<void> checkNewPassword(const QByteArray &password)
{
    const QList<FieldProblem> problems = validatePassword(password);
    if (!problems.isEmpty())
        return Error{problems.constFirst().message};
    return {};
}

struct Throttle
{
    int failures = 0;
    qint64 retryAfterSeconds = 0;
};

qint64 delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int exponent = failures - FreeAttempts;
    return exponent >= 20 ? MaxDelaySeconds : std::min(qint64(1) << exponent, MaxDelaySeconds);
}

Result<Throttle> readThrottle(QSqlDatabase db, const QString &key, const QDateTime &now)
{
    QSqlQuery query(db);
    if (!execBound(query, SelectFailuresSql, {key}))
        return readError(query);
    Throttle throttle;
    if (!query.next())
        return throttle;
    const QDateTime last = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    if (!last.isValid() || last.secsTo(now) >= ForgetFailuresAfterSeconds)
        return throttle;
    throttle.failures = query.value(0).toInt();
    // At most the full delay, even when the clock was set back since the last failure.
    const qint64 delayMs = delayAfter(throttle.failures) * 1000;
    const qint64 waitMs = std::min(delayMs, delayMs - last.msecsTo(now));
    if (waitMs > 0)
        throttle.retryAfterSeconds = (waitMs + 999) / 1000;
    return throttle;
}

// Counts one more wrong password for the key; returns how long the next attempt must wait.
Result<qint64> recordFailure(QSqlDatabase db, const QString &key, const Throttle &before, const QDateTime &now)
{
    const int failures = before.failures + 1;
    QSqlQuery query(db);
    if (!execBound(query, RecordFailureSql, {key, failures, now.toString(Qt::ISODateWithMs)}))
        return writeError(query);
    // Names tried once and never again (typos, guesses) would otherwise stay for good.
    QSqlQuery forget(db);
    if (!execBound(forget, ForgetOldFailuresSql,
                   {now.addSecs(-ForgetFailuresAfterSeconds).toString(Qt::ISODateWithMs)}))
        return writeError(forget);
    return delayAfter(failures);
}

Result<void> forgetFailures(QSqlDatabase db, const QString &key)
{
    QSqlQuery query(db);
    if (!execBound(query, ForgetFailuresSql, {key}))
        return writeError(query);
    return {};
}

Result<void> writeHash(QSqlDatabase db, qint64 userId, const QString &hash)
{
    QSqlQuery query(db);
    if (!execBound(query, UpdateHashSql, {hash, userId}))
        return writeError(query);
    if (query.numRowsAffected() == 0)
        return noSuchUser(userId);
    return {};
}

Result<QList<qint64>> avatarFiles(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query(db);
    if (!execBound(query, AvatarFilesSql, {userId}))
        return readError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<bool> userExists(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query(db);
    if (!execBound(query, UserExistsSql, {userId}))
        return readError(query);
    return query.next();
}

// Deletes the files rows (and image files) that nothing uses any more, after the change that
// stopped using them has been committed: a rollback must not lose an image.
void releaseFiles(QSqlDatabase db, const QString &mediaFolder, const QList<qint64> &fileIds)
{
    if (mediaFolder.isEmpty())
        return;
    const MediaStore media(mediaFolder);
    for (qint64 fileId : fileIds)
        (void)media.releaseFile(db, fileId); // a failure leaves the file for removeUnused()
}

} // namespace

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
}

Result<void> initialize()
{
    // sodium_init() is itself safe to call more than once and from several threads; the flag only
    // spares the call.
    static std::once_flag once;
    static int status = -1;
    std::call_once(once, [] { status = sodium_init(); });
    if (status < 0)
        return Error{Tr::tr("The password library (libsodium) could not start.")};
    return {};
}

Result<QString> hashPassword(const QByteArray &password)
{
    if (Result<void> ready = initialize(); !ready)
        return Error{ready.error()};
    if (password.size() > MaximumPasswordBytes)
        return Error{Tr::tr("The password is too long.")};
    char hash[crypto_pwhash_STRBYTES] = {};
    // crypto_pwhash_str uses crypto_pwhash_ALG_DEFAULT, argon2id since libsodium 1.0.15.
    if (crypto_pwhash_str(hash, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error{Tr::tr("The password could not be hashed: not enough memory.")};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QByteArray &password)
{
    if (!initialize())
        return false;
    const QByteArray text = hash.toLatin1();
    if (text.isEmpty() || text.size() >= crypto_pwhash_STRBYTES || password.size() > MaximumPasswordBytes)
        return false;
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES.
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(text.cbegin(), text.cend(), buffer);
    return crypto_pwhash_str_verify(buffer, password.constData(), quint64(password.size())) == 0;
}

QList<FieldProblem> validate(const UserRecord &record)
{
    const UserRecord user = cleaned(record);
    QList<FieldProblem> problems;
    if (user.username.isEmpty())
        problems.append({QStringLiteral("username"), Tr::tr("An account needs a username.")});
    else if (hasControlCharacters(user.username))
        problems.append({QStringLiteral("username"), Tr::tr("A username cannot contain line breaks or control characters.")});
    else if (user.username.size() > MaximumUsernameLength)
        problems.append({QStringLiteral("username"),
                         Tr::tr("A username can have at most %1 characters.").arg(MaximumUsernameLength)});
    if (hasControlCharacters(user.firstName) || user.firstName.size() > MaximumNameLength)
        problems.append({QStringLiteral("first_name"),
                         Tr::tr("The first name can have at most %1 characters and no line breaks.").arg(MaximumNameLength)});
    if (hasControlCharacters(user.lastName) || user.lastName.size() > MaximumNameLength)
        problems.append({QStringLiteral("last_name"),
                         Tr::tr("The last name can have at most %1 characters and no line breaks.").arg(MaximumNameLength)});
    if (!user.email.isEmpty() && (user.email.size() > MaximumEmailLength || !isWellFormedEmail(user.email)))
        problems.append({QStringLiteral("email"),
                         Tr::tr("“%1” is not an email address (like name@example.org).").arg(user.email)});
    return problems;
}

QList<FieldProblem> validatePassword(const QByteArray &password)
{
    QList<FieldProblem> problems;
    if (QString::fromUtf8(password).size() < MinimumPasswordLength)
        problems.append({QStringLiteral("password"),
                         Tr::tr("A password needs at least %1 characters.").arg(MinimumPasswordLength)});
    else if (password.size() > MaximumPasswordBytes)
        problems.append({QStringLiteral("password"), Tr::tr("The password is too long.")});
    return problems;
}

Result<QList<UserRecord>> list(QSqlDatabase db)
{
    Result<QList<UserRecord>> users = selectUsers(db, QString(), {});
    if (!users)
        return users;
    std::stable_sort(users->begin(), users->end(), [](const UserRecord &a, const UserRecord &b) {
        const int order = a.username.compare(b.username, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return users;
}

Result<qint64> count(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!execBound(query, CountUsersSql) || !query.next())
        return readError(query);
    return query.value(0).toLongLong();
}

Result<UserRecord> load(QSqlDatabase db, qint64 userId)
{
    Result<QList<UserRecord>> users = selectUsers(db, QStringLiteral(" WHERE users.id = ?"), {userId});
    if (!users)
        return Error{users.error()};
    if (users->isEmpty())
        return noSuchUser(userId);
    return users->constFirst();
}

Result<std::optional<UserRecord>> findByName(QSqlDatabase db, const QString &username)
{
    const QString name = username.trimmed();
    Result<QList<UserRecord>> users = selectUsers(db, QString(), {});
    if (!users)
        return Error{users.error()};
    for (const UserRecord &user : std::as_const(users.value())) {
        if (sameIgnoringCase(user.username, name))
            return std::optional<UserRecord>(user);
    }
    return std::optional<UserRecord>();
}

Result<qint64> add(QSqlDatabase db, const UserRecord &record, const QByteArray &password)
{
    const UserRecord user = cleaned(record);
    if (Result<void> checked = checkProfile(user); !checked)
        return Error{checked.error()};
    if (Result<void> checked = checkNewPassword(password); !checked)
        return Error{checked.error()};
    // Before the hash: a taken name is reported at once, not after a tenth of a second.
    if (Result<void> unique = checkUnique(db, user, 0); !unique)
        return Error{unique.error()};
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return Error{hash.error()};

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    // Again inside the transaction, in case another connection added the same name meanwhile.
    if (Result<void> unique = checkUnique(db, user, 0); !unique)
        return Error{unique.error()};
    QSqlQuery insert(db);
    if (!execBound(insert, InsertUserSql,
                   {user.username, textOrNull(user.firstName), textOrNull(user.lastName), textOrNull(user.email),
                    hash.value()}))
        return writeError(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    // A new account starts with a clean slate, even if its name was guessed at before.
    if (Result<void> forgotten = forgetFailures(db, throttleKey(user.username)); !forgotten)
        return Error{forgotten.error()};
    if (!transaction.commit())
        return commitError(db);
    return id;
}

Result<void> updateProfile(QSqlDatabase db, const UserRecord &record)
{
    const UserRecord user = cleaned(record);
    if (Result<void> checked = checkProfile(user); !checked)
        return checked;
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<bool> exists = userExists(db, user.id);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value())
        return noSuchUser(user.id);
    if (Result<void> unique = checkUnique(db, user, user.id); !unique)
        return unique;
    QSqlQuery update(db);
    if (!execBound(update, UpdateProfileSql,
                   {user.username, textOrNull(user.firstName), textOrNull(user.lastName), textOrNull(user.email),
                    user.id}))
        return writeError(update);
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> changePassword(QSqlDatabase db, qint64 userId, const QByteArray &current, const QByteArray &replacement)
{
    const SecretBytes currentCopy(current);
    const SecretBytes replacementCopy(replacement);
    Result<UserRecord> user = load(db, userId);
    if (!user)
        return Error{user.error()};
    const QString key = throttleKey(user->username);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Throttle> throttle = readThrottle(db, key, now);
    if (!throttle)
        return Error{throttle.error()};
    if (throttle->retryAfterSeconds > 0)
        return Error{waitMessage(throttle->retryAfterSeconds)};
    Result<QString> hash = storedHash(db, userId);
    if (!hash)
        return Error{hash.error()};
    if (!verifyPassword(hash.value(), currentCopy.bytes())) {
        if (Result<qint64> recorded = recordFailure(db, key, throttle.value(), now); !recorded)
            return Error{recorded.error()};
        return Error{Tr::tr("The current password is wrong.")};
    }
    if (Result<void> checked = checkNewPassword(replacementCopy.bytes()); !checked)
        return checked;
    Result<QString> replacementHash = hashPassword(replacementCopy.bytes());
    if (!replacementHash)
        return Error{replacementHash.error()};

    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    if (Result<void> written = writeHash(db, userId, replacementHash.value()); !written)
        return written;
    if (Result<void> forgotten = forgetFailures(db, key); !forgotten)
        return forgotten;
    if (!transaction.commit())
        return commitError(db);
    return {};
}

Result<void> remove(QSqlDatabase db, qint64 userId, const QString &mediaFolder)
{
    QList<qint64> files;
    {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return transactionError(db);
        Result<UserRecord> user = load(db, userId);
        if (!user)
            return Error{user.error()};
        Result<QList<qint64>> avatars = avatarFiles(db, userId);
        if (!avatars)
            return Error{avatars.error()};
        files = avatars.value();
        // Favorites and avatar rows go with the account (ON DELETE CASCADE).
        QSqlQuery remove(db);
        if (!execBound(remove, DeleteUserSql, {userId}))
            return writeError(remove);
        if (remove.numRowsAffected() == 0)
            return noSuchUser(userId);
        if (Result<void> forgotten = forgetFailures(db, throttleKey(user->username)); !forgotten)
            return forgotten;
        if (!transaction.commit())
            return commitError(db);
    }
    releaseFiles(db, mediaFolder, files);
    return {};
}

Result<SignInResult> signIn(QSqlDatabase db, const QString &username, const QByteArray &password)
{
    const SecretBytes passwordCopy(password);
    // Made before anything is looked up, so that the first attempt of a process costs the same
    // whether the name is known or not.
    const QString &unknownUserHash = dummyHash();
    const QString key = throttleKey(username);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Throttle> throttle = readThrottle(db, key, now);
    if (!throttle)
        return Error{throttle.error()};
    SignInResult result;
    if (throttle->retryAfterSeconds > 0) {
        result.retryAfterSeconds = throttle->retryAfterSeconds;
        result.message = waitMessage(throttle->retryAfterSeconds);
        return result;
    }

    Result<std::optional<UserRecord>> user = findByName(db, username);
    if (!user)
        return Error{user.error()};
    QString hash = unknownUserHash;
    if (user->has_value()) {
        Result<QString> stored = storedHash(db, user->value().id);
        if (!stored)
            return Error{stored.error()};
        hash = stored.value();
    }
    const bool verified = verifyPassword(hash, passwordCopy.bytes()) && user->has_value();
    if (!verified) {
        Result<qint64> wait = recordFailure(db, key, throttle.value(), now);
        if (!wait)
            return Error{wait.error()};
        result.retryAfterSeconds = wait.value();
        result.message = wrongCredentials();
        return result;
    }

    if (Result<void> forgotten = forgetFailures(db, key); !forgotten)
        return Error{forgotten.error()};
    // A hash made with older or weaker settings (an argon2i hash, lower limits) is replaced while
    // the password is at hand; failing to do so does not stop the sign-in.
    const QByteArray hashText = hash.toLatin1();
    if (!hash.startsWith(QLatin1String("$argon2id$"))
        || crypto_pwhash_str_needs_rehash(hashText.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
               != 0) {
        if (Result<QString> rehashed = hashPassword(passwordCopy.bytes()))
            (void)writeHash(db, user->value().id, rehashed.value());
    }
    result.user = user->value();
    return result;
}

Result<qint64> retryAfter(QSqlDatabase db, const QString &username)
{
    Result<Throttle> throttle = readThrottle(db, throttleKey(username), QDateTime::currentDateTimeUtc());
    if (!throttle)
        return Error{throttle.error()};
    return throttle->retryAfterSeconds;
}

Result<qint64> setAvatar(QSqlDatabase db, const QString &mediaFolder, qint64 userId, const QByteArray &imageBytes,
                         const QString &fileName)
{
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return transactionError(db);
    Result<bool> exists = userExists(db, userId);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value())
        return noSuchUser(userId);
    // Content-addressed: the same image again reuses its files row and its file.
    const MediaStore media(mediaFolder);
    Result<qint64> fileId = media.addFile(db, imageBytes, fileName);
    if (!fileId)
        return Error{fileId.error()};
    QSqlQuery insert(db);
    if (!execBound(insert, InsertAvatarSql, {userId, fileId.value()}))
        return writeError(insert);
    const qint64 avatarId = insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return commitError(db);
    return avatarId;
}

Result<qint64> setAvatarFromFile(QSqlDatabase db, const QString &mediaFolder, qint64 userId, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Could not read %1: %2").arg(path, file.errorString())};
    if (file.size() > MediaStore::MaxFileBytes)
        return Error{Tr::tr("%1 is too big for an image (more than %2 MB).")
                         .arg(path)
                         .arg(MediaStore::MaxFileBytes / (1024 * 1024))};
    const QByteArray bytes = file.read(MediaStore::MaxFileBytes + 1);
    Result<qint64> avatar = setAvatar(db, mediaFolder, userId, bytes, QFileInfo(path).fileName());
    if (!avatar)
        return Error{Tr::tr("%1: %2").arg(path, avatar.error())};
    return avatar;
}

Result<void> clearAvatar(QSqlDatabase db, const QString &mediaFolder, qint64 userId)
{
    QList<qint64> files;
    {
        ScopedTransaction transaction(db);
        if (!transaction.isActive())
            return transactionError(db);
        Result<bool> exists = userExists(db, userId);
        if (!exists)
            return Error{exists.error()};
        if (!exists.value())
            return noSuchUser(userId);
        Result<QList<qint64>> avatars = avatarFiles(db, userId);
        if (!avatars)
            return Error{avatars.error()};
        files = avatars.value();
        QSqlQuery remove(db);
        if (!execBound(remove, DeleteAvatarsSql, {userId}))
            return writeError(remove);
        if (!transaction.commit())
            return commitError(db);
    }
    releaseFiles(db, mediaFolder, files);
    return {};
}

} // namespace Reelkeeper::Accounts
