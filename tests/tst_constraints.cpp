// Each constraint of the catalog schema rejects what it should and accepts what it should, checked with
// plain SQL and bound values on a fresh catalog per case.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::scalar;

namespace {

// What SQLite says when each kind of rule refuses a statement (matched as regular expressions).
const QString Accepted;
const QString CheckFailed = u"CHECK constraint failed"_s;
const QString UniqueFailed = u"UNIQUE constraint failed"_s;
const QString NotNullFailed = u"NOT NULL constraint failed"_s;
const QString ForeignKeyFailed = u"FOREIGN KEY constraint failed"_s;
const QString OtherMovieCharacter = u"the character belongs to another movie"_s;

const QString Argon2idHash = u"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g"_s;

// A media key as the media store writes it: two hex digits, '/', the SHA-256 of the bytes, extension.
QString mediaKey(const QByteArray &content, const QString &extension = u".jpg"_s)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return hash.left(2) + u'/' + hash + extension;
}

// ISO 8601 UTC with milliseconds, the form the schema's defaults and triggers write.
const QRegularExpression &timestampForm()
{
    static const QRegularExpression form(uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"_s);
    return form;
}

const QString OldTimestamp = u"2000-01-01T00:00:00.000Z"_s;

void addStatementColumns()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("rejection"); // empty when the statement must succeed
}

void addStatement(const QString &name, const QString &sql, const QVariantList &values, const QString &rejection,
                  const QStringList &setup = {})
{
    QTest::newRow(qPrintable(name)) << setup << sql << values << rejection;
}

QString describe(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QString)
        return u"'%1'"_s.arg(value.toString());
    return value.toString();
}

} // namespace

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldAcceptIsoDatesWithReducedPrecision_data();
    void shouldAcceptIsoDatesWithReducedPrecision();
    void shouldRejectImpossibleDates_data();
    void shouldRejectImpossibleDates();
    void shouldKeepBudgetsExactlyAsWritten_data();
    void shouldKeepBudgetsExactlyAsWritten();
    void shouldRejectBudgetsThatAreNotPlainDecimals_data();
    void shouldRejectBudgetsThatAreNotPlainDecimals();
    void shouldAcceptOnlyPositiveWholeMinutesAsDuration_data();
    void shouldAcceptOnlyPositiveWholeMinutesAsDuration();
    void shouldAcceptOnlyZeroOrOneAsBoolean_data();
    void shouldAcceptOnlyZeroOrOneAsBoolean();
    void shouldAcceptOnlyKnownEnumValues_data();
    void shouldAcceptOnlyKnownEnumValues();
    void shouldKeepNamesUniqueIgnoringCase_data();
    void shouldKeepNamesUniqueIgnoringCase();
    void shouldCheckTheFormOfEmailAndPasswordHash_data();
    void shouldCheckTheFormOfEmailAndPasswordHash();
    void shouldKeepLinksUnique_data();
    void shouldKeepLinksUnique();
    void shouldRequireATitle_data();
    void shouldRequireATitle();
    void shouldRejectReferencesToMissingRows_data();
    void shouldRejectReferencesToMissingRows();
    void shouldLeaveNoRowPointingNowhereAfterADelete_data();
    void shouldLeaveNoRowPointingNowhereAfterADelete();
    void shouldKeepACastLinksCharacterInTheSameMovie_data();
    void shouldKeepACastLinksCharacterInTheSameMovie();
    void shouldOnlyNameAPrimaryPhotoOfThatPerson_data();
    void shouldOnlyNameAPrimaryPhotoOfThatPerson();
    void shouldKeepPrimaryPhotoAndFlagInStep();
    void shouldAcceptOnlyContentAddressedMediaKeys_data();
    void shouldAcceptOnlyContentAddressedMediaKeys();
    void shouldAcceptOnlyWebUrlsAndKnownImageTypes_data();
    void shouldAcceptOnlyWebUrlsAndKnownImageTypes();
    void shouldRejectTimestampsThatAreNotIsoUtc_data();
    void shouldRejectTimestampsThatAreNotIsoUtc();
    void shouldSetTimestampsOnInsert_data();
    void shouldSetTimestampsOnInsert();
    void shouldTouchUpdatedAtOnAnUpdateThatDoesNotSetIt_data();
    void shouldTouchUpdatedAtOnAnUpdateThatDoesNotSetIt();
    void shouldKeepTheUpdatedAtAnUpdateSetsItself_data();
    void shouldKeepTheUpdatedAtAnUpdateSetsItself();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    void createWorld();
    void runStatementRow();
    void verifyRecent(const QString &timestamp, const QDateTime &before, const QDateTime &after,
                      const QString &what);

    std::unique_ptr<Reelkeeper::Test::TemporaryCatalog> m_catalog;
};

void TestConstraints::init()
{
    m_catalog = std::make_unique<Reelkeeper::Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
}

void TestConstraints::cleanup()
{
    m_catalog.reset();
}

// A small catalog with a row in every table and fixed ids, which the cases below refer to:
//   movie 1 "Solaris" (director person 1, country 1, poster file 1, genre 1, characters 1 and 3,
//   cast link 1 = person 2 as character 1, favorite of user 1); movie 2 "Stalker" (character 2);
//   person 1 has photo 1 (file 2, primary); user 1 has avatar 1 (file 3); file 4 is unused.
void TestConstraints::createWorld()
{
    const QList<std::pair<QString, QVariantList>> statements = {
        {u"INSERT INTO countries (id, name) VALUES (1, 'France'), (2, 'Japan')"_s, {}},
        {u"INSERT INTO genres (id, name) VALUES (1, 'Drama'), (2, 'Comedy')"_s, {}},
        {u"INSERT INTO files (id, file_name, mime_type, key) VALUES (?, ?, 'image/jpeg', ?)"_s,
         {1, u"poster.jpg"_s, mediaKey("poster")}},
        {u"INSERT INTO files (id, file_name, mime_type, key) VALUES (?, ?, 'image/jpeg', ?)"_s,
         {2, u"photo.jpg"_s, mediaKey("photo")}},
        {u"INSERT INTO files (id, file_name, mime_type, key) VALUES (?, ?, 'image/jpeg', ?)"_s,
         {3, u"avatar.jpg"_s, mediaKey("avatar")}},
        {u"INSERT INTO files (id, file_name, mime_type, key) VALUES (?, ?, 'image/jpeg', ?)"_s,
         {4, u"spare.jpg"_s, mediaKey("spare")}},
        {u"INSERT INTO users (id, username, email, password_hash) VALUES (1, 'alice', 'alice@example.org', ?)"_s,
         {Argon2idHash}},
        {u"INSERT INTO user_avatars (id, user_id, file_id) VALUES (1, 1, 3)"_s, {}},
        {u"INSERT INTO people (id, first_name, last_name, country_id) VALUES "
         "(1, 'Andrei', 'Tarkovsky', 1), (2, 'Natalya', 'Bondarchuk', 1)"_s,
         {}},
        {u"INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (1, 1, 2, 1)"_s, {}},
        {u"UPDATE people SET primary_photo_id = 1 WHERE id = 1"_s, {}},
        {u"INSERT INTO movies (id, title, director_id, country_id, poster_file_id) VALUES "
         "(1, 'Solaris', 1, 1, 1), (2, 'Stalker', 1, 2, NULL)"_s,
         {}},
        {u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (2, 1)"_s, {}},
        {u"INSERT INTO characters (id, movie_id, name, role) VALUES "
         "(1, 1, 'Hari', 'lead'), (2, 2, 'Writer', 'lead'), (3, 1, 'Snaut', 'supporting')"_s,
         {}},
        {u"INSERT INTO movie_actors (id, movie_id, person_id, character_id) VALUES (1, 1, 2, 1)"_s, {}},
        {u"INSERT INTO favorite_movies (id, user_id, movie_id) VALUES (1, 1, 1)"_s, {}},
    };
    QSqlDatabase database = db();
    QVERIFY(database.transaction());
    for (const auto &[sql, values] : statements) {
        const QString error = exec(database, sql, values);
        QVERIFY2(error.isEmpty(), qPrintable(u"%1: %2"_s.arg(sql, error)));
    }
    QVERIFY(database.commit());
}

void TestConstraints::runStatementRow()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, rejection);

    // Given the small catalog and whatever the case adds
    createWorld();
    if (QTest::currentTestFailed())
        return;
    for (const QString &statement : std::as_const(setup)) {
        const QString error = exec(db(), statement);
        QVERIFY2(error.isEmpty(), qPrintable(u"setup %1: %2"_s.arg(statement, error)));
    }

    // When the statement runs
    const QString error = exec(db(), sql, values);

    // Then it succeeds, or fails because of the rule under test (not, say, a typo in the SQL)
    if (rejection.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(u"rejected, should be accepted: %1"_s.arg(error)));
    } else {
        QVERIFY2(!error.isEmpty(), "accepted, should be rejected");
        QVERIFY2(QRegularExpression(rejection).match(error).hasMatch(),
                 qPrintable(u"rejected for another reason than \"%1\": %2"_s.arg(rejection, error)));
    }
}

void TestConstraints::verifyRecent(const QString &timestamp, const QDateTime &before, const QDateTime &after,
                                   const QString &what)
{
    QVERIFY2(timestampForm().match(timestamp).hasMatch(),
             qPrintable(u"%1 is '%2', not YYYY-MM-DDTHH:MM:SS.sssZ"_s.arg(what, timestamp)));
    const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    QVERIFY2(time.isValid() && time.timeSpec() == Qt::UTC, qPrintable(u"%1 '%2' is not a UTC time"_s.arg(what, timestamp)));
    // SQLite and Qt read the same clock; a second of slack covers rounding.
    QVERIFY2(time >= before.addSecs(-1) && time <= after.addSecs(1),
             qPrintable(u"%1 '%2' is not the current time (%3 … %4)"_s.arg(
                 what, timestamp, before.toString(Qt::ISODateWithMs), after.toString(Qt::ISODateWithMs))));
}

// --- dates --------------------------------------------------------------------------------------------

namespace {

const QList<std::pair<QString, QString>> &dateColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {u"movies.release_date"_s, u"INSERT INTO movies (title, release_date) VALUES ('Probe', ?)"_s},
        {u"people.date_of_birth"_s, u"INSERT INTO people (last_name, date_of_birth) VALUES ('Probe', ?)"_s},
    };
    return columns;
}

} // namespace

void TestConstraints::shouldAcceptIsoDatesWithReducedPrecision_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("date");
    const QVariantList dates = {u"1972"_s, u"1972-03"_s, u"1972-03-24"_s, u"2024-02-29"_s, u"2000-02-29"_s,
                                u"1895-12-28"_s, QVariant()};
    for (const auto &[column, sql] : dateColumns()) {
        for (const QVariant &date : dates)
            QTest::newRow(qPrintable(column + u' ' + describe(date))) << column.section(u'.', 0, 0) << sql << date;
    }
}

void TestConstraints::shouldAcceptIsoDatesWithReducedPrecision()
{
    QFETCH(QString, table);
    QFETCH(QString, sql);
    QFETCH(QVariant, date);

    QSqlQuery query(db());
    QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
    query.addBindValue(date);
    QVERIFY2(query.exec(), qPrintable(u"rejected: %1"_s.arg(query.lastError().text())));

    // The date comes back exactly as written, as text.
    const QString column = table == "movies"_L1 ? u"release_date"_s : u"date_of_birth"_s;
    QSqlQuery readBack(db());
    QVERIFY(readBack.exec(u"SELECT %1, typeof(%1) FROM %2"_s.arg(column, table)));
    QVERIFY(readBack.next());
    if (date.isNull()) {
        QVERIFY(readBack.value(0).isNull());
    } else {
        QCOMPARE(readBack.value(0).toString(), date.toString());
        QCOMPARE(readBack.value(1).toString(), u"text"_s);
    }
}

void TestConstraints::shouldRejectImpossibleDates_data()
{
    addStatementColumns();
    const QStringList dates = {u"1972-13"_s,   u"1972-00"_s,    u"1972-02-30"_s, u"2023-02-29"_s, u"1900-02-29"_s,
                               u"1972-03-00"_s, u"1972-04-31"_s, u"72"_s,         u"1972-3-4"_s,   u"1972-03-4"_s,
                               u"1972/03/24"_s, u"24.03.1972"_s, u""_s,           u"abc"_s,        u"0000"_s,
                               u"0000-01-01"_s, u" 1972"_s,      u"1972-03-24T10:00:00"_s, u"19720"_s};
    for (const auto &[column, sql] : dateColumns()) {
        for (const QString &date : dates)
            addStatement(column + u" '" + date + u'\'', sql, {date}, CheckFailed);
    }
}

void TestConstraints::shouldRejectImpossibleDates()
{
    runStatementRow();
}

// --- budgets ------------------------------------------------------------------------------------------

void TestConstraints::shouldKeepBudgetsExactlyAsWritten_data()
{
    QTest::addColumn<QString>("budget");
    // Text, the way the application binds budgets: a double could not hold most of these exactly.
    for (const QString &budget : {u"12345678901.23"_s, u"0"_s, u"0.5"_s, u"100"_s, u"0.10"_s,
                                  u"123456789012345678901234567890.12"_s, u"9007199254740993"_s})
        QTest::newRow(qPrintable(budget)) << budget;
}

void TestConstraints::shouldKeepBudgetsExactlyAsWritten()
{
    QFETCH(QString, budget);

    const QString error = exec(db(), u"INSERT INTO movies (id, title, budget) VALUES (1, 'Probe', ?)"_s, {budget});
    QVERIFY2(error.isEmpty(), qPrintable(u"rejected: %1"_s.arg(error)));

    QCOMPARE(scalar(db(), u"SELECT typeof(budget) FROM movies WHERE id = 1"_s).toString(), u"text"_s);
    QCOMPARE(scalar(db(), u"SELECT budget FROM movies WHERE id = 1"_s).toString(), budget);
}

void TestConstraints::shouldRejectBudgetsThatAreNotPlainDecimals_data()
{
    addStatementColumns();
    for (const QString &budget : {u"-1"_s, u"1,000"_s, u"$100"_s, u"1."_s, u".5"_s, u"01"_s, u"00"_s, u"1e6"_s,
                                  u"1.2.3"_s, u""_s, u" 100"_s, u"100 "_s, u"+100"_s, u"abc"_s,
                                  QString(41, u'1')})
        addStatement(u"'%1'"_s.arg(budget), u"INSERT INTO movies (title, budget) VALUES ('Probe', ?)"_s, {budget},
                     CheckFailed);
}

void TestConstraints::shouldRejectBudgetsThatAreNotPlainDecimals()
{
    runStatementRow();
}

// --- duration, booleans, enums ------------------------------------------------------------------------

void TestConstraints::shouldAcceptOnlyPositiveWholeMinutesAsDuration_data()
{
    addStatementColumns();
    const QString sql = u"INSERT INTO movies (title, duration) VALUES ('Probe', ?)"_s;
    addStatement(u"90"_s, sql, {90}, Accepted);
    addStatement(u"1"_s, sql, {1}, Accepted);
    addStatement(u"NULL (unknown)"_s, sql, {QVariant()}, Accepted);
    // INTEGER affinity turns text and reals that are whole numbers into integers.
    addStatement(u"'90' as text"_s, sql, {u"90"_s}, Accepted);
    addStatement(u"90.0"_s, sql, {90.0}, Accepted);
    addStatement(u"0"_s, sql, {0}, CheckFailed);
    addStatement(u"-5"_s, sql, {-5}, CheckFailed);
    addStatement(u"'ninety'"_s, sql, {u"ninety"_s}, CheckFailed);
    addStatement(u"1.5"_s, sql, {1.5}, CheckFailed);
    addStatement(u"''"_s, sql, {u""_s}, CheckFailed);
    addStatement(u"100001"_s, sql, {100001}, CheckFailed);
}

void TestConstraints::shouldAcceptOnlyPositiveWholeMinutesAsDuration()
{
    runStatementRow();
}

void TestConstraints::shouldAcceptOnlyZeroOrOneAsBoolean_data()
{
    addStatementColumns();
    const QString sql = u"INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (2, 4, ?)"_s;
    addStatement(u"is_primary 0"_s, sql, {0}, Accepted);
    addStatement(u"is_primary 1"_s, sql, {1}, Accepted);
    addStatement(u"is_primary true"_s, sql, {true}, Accepted);
    addStatement(u"is_primary 2"_s, sql, {2}, CheckFailed);
    addStatement(u"is_primary -1"_s, sql, {-1}, CheckFailed);
    addStatement(u"is_primary 'yes'"_s, sql, {u"yes"_s}, CheckFailed);
    addStatement(u"is_primary 0.5"_s, sql, {0.5}, CheckFailed);
    addStatement(u"is_primary NULL"_s, sql, {QVariant()}, NotNullFailed);
}

void TestConstraints::shouldAcceptOnlyZeroOrOneAsBoolean()
{
    runStatementRow();
}

void TestConstraints::shouldAcceptOnlyKnownEnumValues_data()
{
    addStatementColumns();
    const QString role = u"INSERT INTO characters (movie_id, name, role) VALUES (1, 'Probe', ?)"_s;
    for (const QVariant &value : {QVariant(u"lead"_s), QVariant(u"supporting"_s), QVariant(u"minor"_s),
                                  QVariant(u"cameo"_s), QVariant()})
        addStatement(u"characters.role "_s + describe(value), role, {value}, Accepted);
    // The check compares exactly: the application writes the lower-case keys, never display text.
    for (const QString &value : {u"extra"_s, u"Lead"_s, u"LEAD"_s, u"lead "_s, u""_s})
        addStatement(u"characters.role '%1'"_s.arg(value), role, {value}, CheckFailed);

    const QString gender = u"INSERT INTO people (last_name, gender) VALUES ('Probe', ?)"_s;
    for (const QVariant &value : {QVariant(u"female"_s), QVariant(u"male"_s), QVariant(u"non_binary"_s),
                                  QVariant(u"other"_s), QVariant()})
        addStatement(u"people.gender "_s + describe(value), gender, {value}, Accepted);
    for (const QString &value : {u"x"_s, u"Female"_s, u"non-binary"_s, u"unknown"_s, u""_s})
        addStatement(u"people.gender '%1'"_s.arg(value), gender, {value}, CheckFailed);
}

void TestConstraints::shouldAcceptOnlyKnownEnumValues()
{
    runStatementRow();
}

// --- uniqueness ---------------------------------------------------------------------------------------

void TestConstraints::shouldKeepNamesUniqueIgnoringCase_data()
{
    addStatementColumns();
    // The small catalog has country 'France', genre 'Drama' and user 'alice' <alice@example.org>.
    const QString country = u"INSERT INTO countries (name) VALUES (?)"_s;
    addStatement(u"countries 'FRANCE'"_s, country, {u"FRANCE"_s}, UniqueFailed);
    addStatement(u"countries 'france'"_s, country, {u"france"_s}, UniqueFailed);
    addStatement(u"countries 'France'"_s, country, {u"France"_s}, UniqueFailed);
    addStatement(u"countries 'Germany'"_s, country, {u"Germany"_s}, Accepted);
    addStatement(u"countries renamed to 'FRANCE'"_s, u"UPDATE countries SET name = ? WHERE id = 2"_s,
                 {u"FRANCE"_s}, UniqueFailed);
    addStatement(u"countries blank name"_s, country, {u"  "_s}, CheckFailed);

    const QString genre = u"INSERT INTO genres (name) VALUES (?)"_s;
    addStatement(u"genres 'DRAMA'"_s, genre, {u"DRAMA"_s}, UniqueFailed);
    addStatement(u"genres 'drama'"_s, genre, {u"drama"_s}, UniqueFailed);
    addStatement(u"genres 'Western'"_s, genre, {u"Western"_s}, Accepted);

    const QString user = u"INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)"_s;
    addStatement(u"users username 'ALICE'"_s, user, {u"ALICE"_s, QVariant(), Argon2idHash}, UniqueFailed);
    addStatement(u"users username 'Alice'"_s, user, {u"Alice"_s, u"other@example.org"_s, Argon2idHash},
                 UniqueFailed);
    addStatement(u"users username 'bob'"_s, user, {u"bob"_s, QVariant(), Argon2idHash}, Accepted);
    addStatement(u"users email 'ALICE@EXAMPLE.ORG'"_s, user, {u"bob"_s, u"ALICE@EXAMPLE.ORG"_s, Argon2idHash},
                 UniqueFailed);
    addStatement(u"users email 'alice@example.org'"_s, user, {u"bob"_s, u"alice@example.org"_s, Argon2idHash},
                 UniqueFailed);
    addStatement(u"users several NULL emails"_s, user, {u"carol"_s, QVariant(), Argon2idHash}, Accepted,
                 {u"INSERT INTO users (username, email, password_hash) VALUES ('bob', NULL, '%1')"_s.arg(Argon2idHash)});
}

void TestConstraints::shouldKeepNamesUniqueIgnoringCase()
{
    runStatementRow();
}

void TestConstraints::shouldCheckTheFormOfEmailAndPasswordHash_data()
{
    addStatementColumns();
    const QString email = u"INSERT INTO users (username, email, password_hash) VALUES ('bob', ?, ?)"_s;
    addStatement(u"email 'bob@example.org'"_s, email, {u"bob@example.org"_s, Argon2idHash}, Accepted);
    addStatement(u"email 'bob.smith+films@mail.example.co.uk'"_s, email,
                 {u"bob.smith+films@mail.example.co.uk"_s, Argon2idHash}, Accepted);
    for (const QString &value : {u"bob"_s, u"bob@"_s, u"@example.org"_s, u"bob@example"_s, u"bob @example.org"_s,
                                 u"bob@exa\tmple.org"_s, u""_s})
        addStatement(u"email '%1'"_s.arg(value), email, {value, Argon2idHash}, CheckFailed);

    const QString hash = u"INSERT INTO users (username, password_hash) VALUES ('bob', ?)"_s;
    addStatement(u"password_hash argon2id"_s, hash, {Argon2idHash}, Accepted);
    addStatement(u"password_hash argon2i"_s, hash, {u"$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA"_s}, Accepted);
    addStatement(u"password_hash plain text"_s, hash, {u"hunter2"_s}, CheckFailed);
    addStatement(u"password_hash bcrypt"_s, hash,
                 {u"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"_s}, CheckFailed);
    addStatement(u"password_hash argon2d"_s, hash, {u"$argon2d$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA"_s}, CheckFailed);
    addStatement(u"password_hash empty"_s, hash, {u""_s}, CheckFailed);
    addStatement(u"password_hash NULL"_s, hash, {QVariant()}, NotNullFailed);
}

void TestConstraints::shouldCheckTheFormOfEmailAndPasswordHash()
{
    runStatementRow();
}

void TestConstraints::shouldKeepLinksUnique_data()
{
    addStatementColumns();
    // User 1 likes movie 1; movie 1 is in genre 1; person 1's photo 1 (file 2) is primary.
    const QString favorite = u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, ?)"_s;
    addStatement(u"favorite_movies same user and movie"_s, favorite, {1, 1}, UniqueFailed);
    addStatement(u"favorite_movies another movie"_s, favorite, {1, 2}, Accepted);

    const QString genre = u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, ?)"_s;
    addStatement(u"movie_genres same pair"_s, genre, {1, 1}, UniqueFailed);
    addStatement(u"movie_genres another genre"_s, genre, {1, 2}, Accepted);
    addStatement(u"movie_genres NULL genre"_s, genre, {1, QVariant()}, NotNullFailed);

    const QString photo = u"INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (?, ?, ?)"_s;
    // A second primary photo takes the flag over (see shouldKeepPrimaryPhotoAndFlagInStep).
    addStatement(u"person_photos second primary of a person"_s, photo, {1, 4, 1}, Accepted);
    addStatement(u"person_photos second photo, not primary"_s, photo, {1, 4, 0}, Accepted);
    addStatement(u"person_photos primary of another person"_s, photo, {2, 2, 1}, Accepted);
    addStatement(u"person_photos same file twice for a person"_s, photo, {1, 2, 0}, UniqueFailed);
    addStatement(u"person_photos made primary beside the primary"_s,
                 u"UPDATE person_photos SET is_primary = 1 WHERE id = ?"_s, {2}, Accepted,
                 {u"INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (2, 1, 4, 0)"_s});
}

void TestConstraints::shouldKeepLinksUnique()
{
    runStatementRow();
}

void TestConstraints::shouldRequireATitle_data()
{
    addStatementColumns();
    const QString insert = u"INSERT INTO movies (title) VALUES (?)"_s;
    addStatement(u"NULL"_s, insert, {QVariant()}, NotNullFailed);
    addStatement(u"''"_s, insert, {u""_s}, CheckFailed);
    addStatement(u"'   '"_s, insert, {u"   "_s}, CheckFailed);
    addStatement(u"'Andrei Rublev'"_s, insert, {u"Andrei Rublev"_s}, Accepted);
    addStatement(u"'8½'"_s, insert, {u"8½"_s}, Accepted);
    addStatement(u"update to ''"_s, u"UPDATE movies SET title = ? WHERE id = 1"_s, {u""_s}, CheckFailed);
    addStatement(u"update to NULL"_s, u"UPDATE movies SET title = ? WHERE id = 1"_s, {QVariant()}, NotNullFailed);
}

void TestConstraints::shouldRequireATitle()
{
    runStatementRow();
}

// --- references ---------------------------------------------------------------------------------------

void TestConstraints::shouldRejectReferencesToMissingRows_data()
{
    addStatementColumns();
    addStatement(u"movies.director_id 999"_s, u"INSERT INTO movies (title, director_id) VALUES ('Probe', ?)"_s,
                 {999}, ForeignKeyFailed);
    addStatement(u"movies.director_id NULL"_s, u"INSERT INTO movies (title, director_id) VALUES ('Probe', ?)"_s,
                 {QVariant()}, Accepted);
    addStatement(u"movies.country_id 999"_s, u"INSERT INTO movies (title, country_id) VALUES ('Probe', ?)"_s,
                 {999}, ForeignKeyFailed);
    addStatement(u"movies.poster_file_id 999"_s,
                 u"INSERT INTO movies (title, poster_file_id) VALUES ('Probe', ?)"_s, {999}, ForeignKeyFailed);
    addStatement(u"movies.director_id updated to 999"_s, u"UPDATE movies SET director_id = ? WHERE id = 1"_s,
                 {999}, ForeignKeyFailed);
    addStatement(u"movie_genres.genre_id 999"_s,
                 u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (2, ?)"_s, {999}, ForeignKeyFailed);
    addStatement(u"movie_genres.movie_id 999"_s,
                 u"INSERT INTO movie_genres (movie_id, genre_id) VALUES (?, 2)"_s, {999}, ForeignKeyFailed);
    addStatement(u"characters.movie_id 999"_s,
                 u"INSERT INTO characters (movie_id, name) VALUES (?, 'Probe')"_s, {999}, ForeignKeyFailed);
    addStatement(u"movie_actors.person_id 999"_s,
                 u"INSERT INTO movie_actors (movie_id, person_id) VALUES (1, ?)"_s, {999}, ForeignKeyFailed);
    addStatement(u"movie_actors.character_id 999"_s,
                 u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (1, 1, ?)"_s, {999},
                 ForeignKeyFailed + u'|' + OtherMovieCharacter);
    addStatement(u"favorite_movies.user_id 999"_s,
                 u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, 2)"_s, {999}, ForeignKeyFailed);
    addStatement(u"user_avatars.file_id 999"_s, u"INSERT INTO user_avatars (user_id, file_id) VALUES (1, ?)"_s,
                 {999}, ForeignKeyFailed);
    addStatement(u"person_photos.person_id 999"_s,
                 u"INSERT INTO person_photos (person_id, file_id) VALUES (?, 4)"_s, {999}, ForeignKeyFailed);
    addStatement(u"people.country_id 999"_s, u"INSERT INTO people (last_name, country_id) VALUES ('Probe', ?)"_s,
                 {999}, ForeignKeyFailed);
    addStatement(u"people.primary_photo_id 999"_s, u"UPDATE people SET primary_photo_id = ? WHERE id = 2"_s,
                 {999}, u"FOREIGN KEY constraint failed|belongs to another person"_s);
}

void TestConstraints::shouldRejectReferencesToMissingRows()
{
    runStatementRow();
}

void TestConstraints::shouldLeaveNoRowPointingNowhereAfterADelete_data()
{
    QTest::addColumn<QString>("deletion");
    QTest::addColumn<QStringList>("checks"); // each returns 1 when it holds

    QTest::newRow("person") << u"DELETE FROM people WHERE id = 1"_s
                            << QStringList{u"SELECT director_id IS NULL FROM movies WHERE id = 1"_s,
                                           u"SELECT count(*) = 2 FROM movies"_s,
                                           u"SELECT count(*) = 0 FROM person_photos WHERE person_id = 1"_s,
                                           u"SELECT count(*) = 1 FROM files WHERE id = 2"_s};
    QTest::newRow("actor") << u"DELETE FROM people WHERE id = 2"_s
                           << QStringList{u"SELECT count(*) = 0 FROM movie_actors"_s,
                                          u"SELECT count(*) = 3 FROM characters"_s};
    QTest::newRow("movie") << u"DELETE FROM movies WHERE id = 1"_s
                           << QStringList{u"SELECT count(*) = 0 FROM characters WHERE movie_id = 1"_s,
                                          u"SELECT count(*) = 1 FROM characters WHERE movie_id = 2"_s,
                                          u"SELECT count(*) = 0 FROM movie_actors WHERE movie_id = 1"_s,
                                          u"SELECT count(*) = 0 FROM movie_genres WHERE movie_id = 1"_s,
                                          u"SELECT count(*) = 1 FROM movie_genres WHERE movie_id = 2"_s,
                                          u"SELECT count(*) = 0 FROM favorite_movies WHERE movie_id = 1"_s,
                                          u"SELECT count(*) = 2 FROM people"_s,
                                          u"SELECT count(*) = 2 FROM genres"_s,
                                          u"SELECT count(*) = 1 FROM users"_s};
    QTest::newRow("country") << u"DELETE FROM countries WHERE id = 1"_s
                             << QStringList{u"SELECT country_id IS NULL FROM movies WHERE id = 1"_s,
                                            u"SELECT country_id = 2 FROM movies WHERE id = 2"_s,
                                            u"SELECT count(*) = 2 FROM people WHERE country_id IS NULL"_s,
                                            u"SELECT count(*) = 2 FROM movies"_s};
    QTest::newRow("genre") << u"DELETE FROM genres WHERE id = 1"_s
                           << QStringList{u"SELECT count(*) = 0 FROM movie_genres"_s,
                                          u"SELECT count(*) = 2 FROM movies"_s};
    QTest::newRow("poster file") << u"DELETE FROM files WHERE id = 1"_s
                                 << QStringList{u"SELECT poster_file_id IS NULL FROM movies WHERE id = 1"_s,
                                                u"SELECT count(*) = 2 FROM movies"_s};
    QTest::newRow("photo file") << u"DELETE FROM files WHERE id = 2"_s
                                << QStringList{u"SELECT count(*) = 0 FROM person_photos"_s,
                                               u"SELECT primary_photo_id IS NULL FROM people WHERE id = 1"_s,
                                               u"SELECT count(*) = 2 FROM people"_s};
    QTest::newRow("avatar file") << u"DELETE FROM files WHERE id = 3"_s
                                 << QStringList{u"SELECT count(*) = 0 FROM user_avatars"_s,
                                                u"SELECT count(*) = 1 FROM users"_s};
    QTest::newRow("user") << u"DELETE FROM users WHERE id = 1"_s
                          << QStringList{u"SELECT count(*) = 0 FROM user_avatars"_s,
                                         u"SELECT count(*) = 0 FROM favorite_movies"_s,
                                         u"SELECT count(*) = 2 FROM movies"_s};
    QTest::newRow("character") << u"DELETE FROM characters WHERE id = 1"_s
                               << QStringList{u"SELECT character_id IS NULL FROM movie_actors WHERE id = 1"_s,
                                              u"SELECT count(*) = 1 FROM movie_actors"_s};
    QTest::newRow("primary photo") << u"DELETE FROM person_photos WHERE id = 1"_s
                                   << QStringList{u"SELECT primary_photo_id IS NULL FROM people WHERE id = 1"_s,
                                                  u"SELECT count(*) = 1 FROM files WHERE id = 2"_s};
}

void TestConstraints::shouldLeaveNoRowPointingNowhereAfterADelete()
{
    QFETCH(QString, deletion);
    QFETCH(QStringList, checks);

    // Given the small catalog
    createWorld();
    if (QTest::currentTestFailed())
        return;

    // When a row others point at is deleted
    const QString error = exec(db(), deletion);
    QVERIFY2(error.isEmpty(), qPrintable(u"%1 failed: %2"_s.arg(deletion, error)));

    // Then its dependants are gone or no longer point at it, and nothing else went with it
    for (const QString &check : std::as_const(checks)) {
        const QVariant holds = scalar(db(), check);
        QVERIFY2(holds.isValid() && holds.toInt() == 1, qPrintable(u"after %1: %2 does not hold"_s.arg(deletion, check)));
    }
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
}

void TestConstraints::shouldKeepACastLinksCharacterInTheSameMovie_data()
{
    addStatementColumns();
    // Characters 1 and 3 belong to movie 1, character 2 to movie 2; cast link 1 is person 2 as character 1.
    const QString insert = u"INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES (?, ?, ?)"_s;
    addStatement(u"insert with a character of another movie"_s, insert, {1, 1, 2}, OtherMovieCharacter);
    addStatement(u"insert with a character of the same movie"_s, insert, {1, 1, 3}, Accepted);
    addStatement(u"insert without a character"_s, insert, {2, 2, QVariant()}, Accepted);
    addStatement(u"update to a character of another movie"_s,
                 u"UPDATE movie_actors SET character_id = ? WHERE id = 1"_s, {2}, OtherMovieCharacter);
    addStatement(u"update to another movie keeping the character"_s,
                 u"UPDATE movie_actors SET movie_id = ? WHERE id = 1"_s, {2}, OtherMovieCharacter);
    addStatement(u"update to a character of the same movie"_s,
                 u"UPDATE movie_actors SET character_id = ? WHERE id = 1"_s, {3}, Accepted);
    addStatement(u"update movie and character together"_s,
                 u"UPDATE movie_actors SET movie_id = ?, character_id = ? WHERE id = 1"_s, {2, 2}, Accepted);
    addStatement(u"move a character that has cast links"_s, u"UPDATE characters SET movie_id = ? WHERE id = 1"_s,
                 {2}, u"a character with cast links cannot move to another movie"_s);
    addStatement(u"move a character without cast links"_s, u"UPDATE characters SET movie_id = ? WHERE id = 3"_s,
                 {2}, Accepted);
    addStatement(u"rename a character that has cast links"_s, u"UPDATE characters SET name = ? WHERE id = 1"_s,
                 {u"Hari (replica)"_s}, Accepted);
}

void TestConstraints::shouldKeepACastLinksCharacterInTheSameMovie()
{
    runStatementRow();
}

void TestConstraints::shouldOnlyNameAPrimaryPhotoOfThatPerson_data()
{
    QTest::addColumn<int>("photo");
    QTest::addColumn<bool>("accepted");
    // Photo 1 is person 1's; photo 2 is person 2's.
    QTest::newRow("own photo") << 2 << true;
    QTest::newRow("photo of another person") << 1 << false;
}

void TestConstraints::shouldOnlyNameAPrimaryPhotoOfThatPerson()
{
    QFETCH(int, photo);
    QFETCH(bool, accepted);

    createWorld();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(exec(db(), u"INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (2, 2, 4, 0)"_s),
             QString());

    const QString error = exec(db(), u"UPDATE people SET primary_photo_id = ? WHERE id = 2"_s, {photo});

    // DESIGN.md: a person's primary photo is one of that person's own photos.
    if (accepted) {
        QVERIFY2(error.isEmpty(), qPrintable(u"rejected, should be accepted: %1"_s.arg(error)));
    } else {
        QVERIFY2(!error.isEmpty(), "person 2 may name person 1's photo as primary photo");
    }
}

void TestConstraints::shouldKeepPrimaryPhotoAndFlagInStep()
{
    // Given person 1 with photo 1 as primary, and two more photos
    createWorld();
    if (QTest::currentTestFailed())
        return;
    QSqlDatabase database = db();
    QCOMPARE(exec(database, u"INSERT INTO files (id, file_name, mime_type, key) VALUES (5, 'x.jpg', 'image/jpeg', ?)"_s,
                  {mediaKey("extra")}),
             QString());
    QCOMPARE(exec(database, u"INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (2, 1, 4, 0)"_s),
             QString());
    const auto state = [&] {
        return u"%1 | %2"_s.arg(
            scalar(database, u"SELECT ifnull(primary_photo_id, 'none') FROM people WHERE id = 1"_s).toString(),
            scalar(database, u"SELECT group_concat(id || ':' || is_primary, ' ') FROM "
                             "(SELECT id, is_primary FROM person_photos WHERE person_id = 1 ORDER BY id)"_s)
                .toString());
    };
    QCOMPARE(state(), u"1 | 1:1 2:0"_s);

    // When a new photo arrives flagged as primary, it takes the flag and the person's pointer
    QCOMPARE(exec(database, u"INSERT INTO person_photos (id, person_id, file_id, is_primary) VALUES (3, 1, 5, 1)"_s),
             QString());
    QCOMPARE(state(), u"3 | 1:0 2:0 3:1"_s);

    // When the person's pointer is set, the flags follow
    QCOMPARE(exec(database, u"UPDATE people SET primary_photo_id = 2 WHERE id = 1"_s), QString());
    QCOMPARE(state(), u"2 | 1:0 2:1 3:0"_s);

    // When the primary photo is deleted, the oldest remaining photo becomes primary
    QCOMPARE(exec(database, u"DELETE FROM person_photos WHERE id = 2"_s), QString());
    QCOMPARE(state(), u"1 | 1:1 3:0"_s);

    // When the flag is cleared, the person has no primary photo
    QCOMPARE(exec(database, u"UPDATE person_photos SET is_primary = 0 WHERE id = 1"_s), QString());
    QCOMPARE(state(), u"none | 1:0 3:0"_s);

    // A photo cannot move to another person
    QVERIFY(!exec(database, u"UPDATE person_photos SET person_id = 2 WHERE id = 3"_s).isEmpty());
    QCOMPARE(scalar(database, u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
}

// --- media --------------------------------------------------------------------------------------------

void TestConstraints::shouldAcceptOnlyContentAddressedMediaKeys_data()
{
    addStatementColumns();
    const QString sql = u"INSERT INTO files (file_name, mime_type, key) VALUES ('probe', 'image/jpeg', ?)"_s;
    const QString key = mediaKey("probe");
    const QString hash = key.mid(3, 64);
    addStatement(u"valid .jpg"_s, sql, {key}, Accepted);
    for (const QString &extension : {u".png"_s, u".webp"_s, u".gif"_s})
        addStatement(u"valid "_s + extension, sql, {mediaKey("probe", extension)}, Accepted);
    addStatement(u"'../etc/passwd'"_s, sql, {u"../etc/passwd"_s}, CheckFailed);
    addStatement(u"'ab/xyz.jpg'"_s, sql, {u"ab/xyz.jpg"_s}, CheckFailed);
    addStatement(u"uppercase hex"_s, sql, {QString(key.left(3) + hash.toUpper() + u".jpg"_s)}, CheckFailed);
    addStatement(u"'.exe'"_s, sql, {mediaKey("probe", u".exe"_s)}, CheckFailed);
    addStatement(u"no extension"_s, sql, {mediaKey("probe", QString())}, CheckFailed);
    addStatement(u"'.jpg' then more"_s, sql, {mediaKey("probe", u".jpg/../../x"_s)}, CheckFailed);
    addStatement(u"folder differs from the hash"_s, sql,
                 {QString((hash.startsWith("00"_L1) ? u"11/"_s : u"00/"_s) + hash + u".jpg"_s)}, CheckFailed);
    addStatement(u"63 hex digits"_s, sql, {QString(key.left(3) + hash.left(63) + u".jpg"_s)}, CheckFailed);
    addStatement(u"absolute path"_s, sql, {QString(u'/' + key)}, CheckFailed);
    addStatement(u"backslash"_s, sql, {QString(key.left(2) + u'\\' + hash + u".jpg"_s)}, CheckFailed);
    addStatement(u"same key twice"_s, sql, {mediaKey("spare")}, UniqueFailed);
}

void TestConstraints::shouldAcceptOnlyContentAddressedMediaKeys()
{
    runStatementRow();
}

void TestConstraints::shouldAcceptOnlyWebUrlsAndKnownImageTypes_data()
{
    addStatementColumns();
    const QString url = u"INSERT INTO files (file_name, mime_type, key, url) VALUES ('probe', 'image/jpeg', '%1', ?)"_s
                            .arg(mediaKey("probe"));
    addStatement(u"url NULL"_s, url, {QVariant()}, Accepted);
    addStatement(u"url http"_s, url, {u"http://example.org/poster.jpg"_s}, Accepted);
    addStatement(u"url https"_s, url, {u"https://image.tmdb.org/t/p/w500/x.jpg?size=2"_s}, Accepted);
    for (const QString &value : {u"ftp://example.org/poster.jpg"_s, u"file:///etc/passwd"_s,
                                 u"javascript:alert(1)"_s, u"http://"_s, u"example.org/poster.jpg"_s, u""_s})
        addStatement(u"url '%1'"_s.arg(value), url, {value}, CheckFailed);

    const QString mime = u"INSERT INTO files (file_name, mime_type, key) VALUES ('probe', ?, '%1')"_s
                             .arg(mediaKey("probe"));
    for (const QString &value : {u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s, u"image/gif"_s})
        addStatement(u"mime_type '%1'"_s.arg(value), mime, {value}, Accepted);
    for (const QString &value : {u"image/JPEG"_s, u"image/svg+xml"_s, u"text/html"_s,
                                 u"application/octet-stream"_s, u""_s})
        addStatement(u"mime_type '%1'"_s.arg(value), mime, {value}, CheckFailed);
    addStatement(u"mime_type NULL"_s, mime, {QVariant()}, NotNullFailed);
}

void TestConstraints::shouldAcceptOnlyWebUrlsAndKnownImageTypes()
{
    runStatementRow();
}

// --- timestamps ---------------------------------------------------------------------------------------

namespace {

struct TimestampedTable
{
    QString table;
    QString insert;       // inserts one new row, bound values below
    QVariantList values;
    QString otherColumnUpdate; // an update of row 1 that does not name updated_at; empty: no updated_at
};

const QList<TimestampedTable> &timestampedTables()
{
    static const QList<TimestampedTable> tables = {
        {u"users"_s, u"INSERT INTO users (username, password_hash) VALUES ('bob', ?)"_s, {Argon2idHash},
         u"UPDATE users SET first_name = 'Alice' WHERE id = 1"_s},
        {u"files"_s, u"INSERT INTO files (file_name, mime_type, key) VALUES ('probe.jpg', 'image/jpeg', ?)"_s,
         {mediaKey("probe")}, u"UPDATE files SET file_name = 'renamed.jpg' WHERE id = 1"_s},
        {u"countries"_s, u"INSERT INTO countries (name) VALUES (?)"_s, {u"Italy"_s},
         u"UPDATE countries SET name = 'French Republic' WHERE id = 1"_s},
        {u"genres"_s, u"INSERT INTO genres (name) VALUES (?)"_s, {u"Western"_s},
         u"UPDATE genres SET name = 'Tragedy' WHERE id = 1"_s},
        {u"people"_s, u"INSERT INTO people (last_name) VALUES (?)"_s, {u"Probe"_s},
         u"UPDATE people SET biography = 'Director.' WHERE id = 1"_s},
        {u"movies"_s, u"INSERT INTO movies (title) VALUES (?)"_s, {u"Probe"_s},
         u"UPDATE movies SET description = 'A psychologist is sent to a station.' WHERE id = 1"_s},
        {u"characters"_s, u"INSERT INTO characters (movie_id, name) VALUES (2, ?)"_s, {u"Probe"_s},
         u"UPDATE characters SET description = 'A replica.' WHERE id = 1"_s},
        {u"movie_actors"_s, u"INSERT INTO movie_actors (movie_id, person_id) VALUES (2, ?)"_s, {2},
         u"UPDATE movie_actors SET character_id = 3 WHERE id = 1"_s},
        {u"favorite_movies"_s, u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (1, ?)"_s, {2}, QString()},
    };
    return tables;
}

void addTimestampedTableRows(bool onlyWithUpdatedAt)
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("update");
    for (const TimestampedTable &table : timestampedTables()) {
        if (onlyWithUpdatedAt && table.otherColumnUpdate.isEmpty())
            continue;
        QTest::newRow(qPrintable(table.table)) << table.table << table.insert << table.values
                                               << table.otherColumnUpdate;
    }
}

} // namespace

void TestConstraints::shouldRejectTimestampsThatAreNotIsoUtc_data()
{
    addStatementColumns();
    const QString sql = u"INSERT INTO countries (name, created_at) VALUES ('Italy', ?)"_s;
    addStatement(u"with milliseconds"_s, sql, {u"2024-01-31T10:00:00.000Z"_s}, Accepted);
    addStatement(u"without milliseconds"_s, sql, {u"2024-01-31T10:00:00Z"_s}, Accepted);
    for (const QString &value : {u"yesterday"_s, u"2024-01-31 10:00:00"_s, u"2024-01-31T10:00:00"_s,
                                 u"2024-01-31T10:00:00+02:00"_s, u"2024-01-31"_s, u"1706695200"_s, u""_s})
        addStatement(u"'%1'"_s.arg(value), sql, {value}, CheckFailed);
    addStatement(u"NULL"_s, sql, {QVariant()}, NotNullFailed);
    addStatement(u"updated_at 'now'"_s, u"UPDATE movies SET updated_at = ? WHERE id = 1"_s, {u"now"_s},
                 u"CHECK constraint failed|non-deterministic"_s);
}

void TestConstraints::shouldRejectTimestampsThatAreNotIsoUtc()
{
    runStatementRow();
}

void TestConstraints::shouldSetTimestampsOnInsert_data()
{
    addTimestampedTableRows(false);
}

void TestConstraints::shouldSetTimestampsOnInsert()
{
    QFETCH(QString, table);
    QFETCH(QString, insert);
    QFETCH(QVariantList, values);
    QFETCH(QString, update);
    const bool hasUpdatedAt = !update.isEmpty();

    createWorld();
    if (QTest::currentTestFailed())
        return;

    // When a row is inserted without timestamps
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db());
    QVERIFY2(query.prepare(insert), qPrintable(query.lastError().text()));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QVariant id = query.lastInsertId();
    QVERIFY(id.isValid());

    // Then created_at (and updated_at, the same instant) say when, in ISO 8601 UTC
    const QString createdAt =
        scalar(db(), u"SELECT created_at FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
    verifyRecent(createdAt, before, after, table + u".created_at"_s);
    if (hasUpdatedAt) {
        const QString updatedAt =
            scalar(db(), u"SELECT updated_at FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
        QCOMPARE(updatedAt, createdAt);
    }
}

void TestConstraints::shouldTouchUpdatedAtOnAnUpdateThatDoesNotSetIt_data()
{
    addTimestampedTableRows(true);
}

void TestConstraints::shouldTouchUpdatedAtOnAnUpdateThatDoesNotSetIt()
{
    QFETCH(QString, table);
    QFETCH(QString, update);

    // Given row 1 last updated long ago
    createWorld();
    if (QTest::currentTestFailed())
        return;
    const QString createdAt = scalar(db(), u"SELECT created_at FROM %1 WHERE id = 1"_s.arg(table)).toString();
    QCOMPARE(exec(db(), u"UPDATE %1 SET updated_at = ? WHERE id = 1"_s.arg(table), {OldTimestamp}), QString());
    QCOMPARE(scalar(db(), u"SELECT updated_at FROM %1 WHERE id = 1"_s.arg(table)).toString(), OldTimestamp);

    // When another column is updated
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(exec(db(), update), QString());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    // Then updated_at is now, and created_at did not move
    const QString updatedAt = scalar(db(), u"SELECT updated_at FROM %1 WHERE id = 1"_s.arg(table)).toString();
    QVERIFY2(updatedAt != OldTimestamp, qPrintable(u"%1: updated_at was not touched"_s.arg(update)));
    verifyRecent(updatedAt, before, after, table + u".updated_at"_s);
    QCOMPARE(scalar(db(), u"SELECT created_at FROM %1 WHERE id = 1"_s.arg(table)).toString(), createdAt);
}

void TestConstraints::shouldKeepTheUpdatedAtAnUpdateSetsItself_data()
{
    addTimestampedTableRows(true);
}

void TestConstraints::shouldKeepTheUpdatedAtAnUpdateSetsItself()
{
    QFETCH(QString, table);
    QFETCH(QString, update);

    createWorld();
    if (QTest::currentTestFailed())
        return;

    // When an update (a bundle import, say) sets updated_at along with another column
    QString restoring = update;
    restoring.replace(u" WHERE id = 1"_s, u", updated_at = ? WHERE id = 1"_s);
    QVERIFY(restoring != update);
    QCOMPARE(exec(db(), restoring, {OldTimestamp}), QString());

    // Then the value it gave is kept
    QCOMPARE(scalar(db(), u"SELECT updated_at FROM %1 WHERE id = 1"_s.arg(table)).toString(), OldTimestamp);
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
