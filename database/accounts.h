#pragma once

#include "movierecord.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Reelkeeper {

// One account as stored, without its password hash (which never leaves this layer).
struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString firstName; // empty when not given
    QString lastName;  // empty when not given
    QString email;     // empty when not given
    QString createdAt; // ISO 8601 UTC text
    QString updatedAt; // ISO 8601 UTC text
    // The files.key of the user's newest user_avatars row (the current avatar, relative to the
    // media folder; MediaStore::absolutePath() gives the file), empty when the user has none.
    QString avatarKey;

    bool operator==(const UserRecord &) const = default;
};

// The outcome of one sign-in attempt. Exactly one of: user set (signed in), or message set (wrong
// name or password, or refused because of earlier wrong attempts; retryAfterSeconds > 0 then says
// how long to wait before the next attempt is even checked).
struct SignInResult
{
    std::optional<UserRecord> user;
    qint64 retryAfterSeconds = 0;
    QString message;
};

// Accounts of the people who share a catalog: their profiles, passwords (libsodium argon2id) and
// avatars. The catalog file is not encrypted: accounts separate people who share a computer, they do
// not protect the data from anyone who can read the file (README, "Threat model").
//
// Passwords are taken as UTF-8 bytes; they are never logged, never put into a message, and the
// buffers this code owns are wiped after use. Errors are complete sentences for the user.
//
// Thread rule: the functions that take a QSqlDatabase must be called on the thread that owns that
// connection; hashPassword() and verifyPassword() may be called from any thread (they take about
// a tenth of a second each on purpose, so a window should not call them on the GUI thread in a loop).
namespace Accounts {

// Shortest password add() and changePassword() accept, in characters.
constexpr int MinimumPasswordLength = 8;

// Number of wrong passwords for one username that are answered at once; after that each further
// attempt must wait 2^(n - FreeAttempts) seconds since the last wrong one, at most MaxDelaySeconds.
constexpr int FreeAttempts = 3;
constexpr qint64 MaxDelaySeconds = 5 * 60;

// Overwrites a password buffer with zeros in a way the compiler cannot optimise away (libsodium's
// sodium_memzero), for callers that read passwords into buffers of their own. Detached copies
// elsewhere are not reached: wipe each buffer you own.
void wipe(QByteArray &secret);

// Initialises libsodium (once per process, thread-safe). Every function below calls it itself;
// calling it early only moves the cost. Fails only when libsodium cannot start.
Result<void> initialize();

// A crypto_pwhash_str string for the password: argon2id ("$argon2id$…"), a random salt, at least
// libsodium's interactive limits. Two calls with the same password give different strings.
Result<QString> hashPassword(const QByteArray &password);

// True when the password matches a hash from hashPassword(); false for a wrong password and for a
// hash that is not a crypto_pwhash_str string.
bool verifyPassword(const QString &hash, const QByteArray &password);

// Problems with a profile before it is written, for a dialog to show next to each field: field is
// "username" (required; at most 100 characters; no line breaks or control characters), "email"
// (when given: one '@', something before it, a dot inside the domain, no white space) or
// "first_name" / "last_name" (at most 200 characters, no line breaks). Surrounding white space
// does not count: add() and updateProfile() store every field trimmed. Uniqueness needs the
// database: add() and updateProfile() check it. Empty when fine.
QList<FieldProblem> validate(const UserRecord &user);

// Problems with a new password (empty when fine), field "password": shorter than
// MinimumPasswordLength characters, or longer than 4096 bytes.
QList<FieldProblem> validatePassword(const QByteArray &password);

// All accounts, ordered by username ignoring case.
Result<QList<UserRecord>> list(QSqlDatabase db);

// How many accounts the catalog has (0 on a first start: offer to create one or continue as a guest).
Result<qint64> count(QSqlDatabase db);

// One account by id; an error when there is none.
Result<UserRecord> load(QSqlDatabase db, qint64 userId);

// The account with this username ignoring case, or an empty optional.
Result<std::optional<UserRecord>> findByName(QSqlDatabase db, const QString &username);

// Creates an account and returns its id. The record's id, timestamps and avatarKey are ignored.
// Refused with a message naming the problem: an invalid profile (validate()), a username or email
// that another account has already (ignoring case), a password that validatePassword() refuses.
Result<qint64> add(QSqlDatabase db, const UserRecord &user, const QByteArray &password);

// Writes user.id's username, first and last name and email (same rules as add(); the username may
// change). The password and avatar are not touched.
Result<void> updateProfile(QSqlDatabase db, const UserRecord &user);

// Replaces the password after checking the current one. A wrong current password is refused with
// "The current password is wrong." and counts as a failed sign-in (the same throttle applies).
Result<void> changePassword(QSqlDatabase db, qint64 userId, const QByteArray &current,
                            const QByteArray &replacement);

// Deletes the account with its favorites and avatar rows (ON DELETE CASCADE) and releases the
// avatar images that nothing else uses (MediaStore::releaseFile) from mediaFolder. With an empty
// mediaFolder the image files stay for `reelkeeper check` / removeUnused to find.
Result<void> remove(QSqlDatabase db, qint64 userId, const QString &mediaFolder = QString());

// Checks a username and password, with throttling that persists in the catalog (so that it holds
// across processes): after FreeAttempts wrong passwords for a username, each further attempt is
// refused without checking until 2^(n - FreeAttempts) s (at most MaxDelaySeconds) have passed
// since the last wrong one, and the result says how long to wait. A success resets the count.
// An unknown username costs the same time and gives the same message as a wrong password:
// "The username or password is wrong." The returned Result fails only on a database error.
Result<SignInResult> signIn(QSqlDatabase db, const QString &username, const QByteArray &password);

// Seconds until the next attempt for this username will be checked (0 when it may be tried now).
Result<qint64> retryAfter(QSqlDatabase db, const QString &username);

// Stores the image through MediaStore in mediaFolder (content-addressed: the same bytes are stored
// once and share one files row) and adds a user_avatars row, which becomes the current avatar.
// fileName is the original name, for the files row. Returns the new user_avatars id. Images that
// MediaStore refuses (not an image, too big, broken) are refused with its message.
Result<qint64> setAvatar(QSqlDatabase db, const QString &mediaFolder, qint64 userId,
                         const QByteArray &imageBytes, const QString &fileName);

// Reads the local file and calls setAvatar() with its bytes; errors name the file.
Result<qint64> setAvatarFromFile(QSqlDatabase db, const QString &mediaFolder, qint64 userId,
                                 const QString &path);

// Removes all of the user's avatar rows (so the user has none) and releases the images nothing
// else uses.
Result<void> clearAvatar(QSqlDatabase db, const QString &mediaFolder, qint64 userId);

} // namespace Accounts

} // namespace Reelkeeper
