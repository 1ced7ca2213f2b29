// MovieRecords: whole movies read, validated, written, duplicated, deleted and put back, on a fresh
// catalog per test. Every test ends with SQLite's foreign-key check (in cleanup()).
#include "movierecord.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::scalar;

Q_DECLARE_METATYPE(Reelkeeper::MovieRecord)

namespace Reelkeeper {

// What QCOMPARE prints when two records differ.
char *toString(const MovieRecord &movie)
{
    QStringList characters;
    for (const CharacterRecord &c : movie.characters)
        characters.append(u"%1:%2/%3/%4"_s.arg(c.id).arg(c.name, c.description, c.role));
    QStringList cast;
    for (const CastRecord &c : movie.cast)
        cast.append(u"%1:%2->%3"_s.arg(c.id).arg(c.personId).arg(c.characterIndex));
    QStringList genres;
    for (const qint64 id : movie.genreIds)
        genres.append(QString::number(id));
    const auto id = [](std::optional<qint64> value) { return value ? QString::number(*value) : u"-"_s; };
    const QString text =
        u"{id %1, title %2, description %3, budget %4, date %5, duration %6, director %7, country %8, poster %9, "
        "genres [%10], characters [%11], cast [%12], created %13, updated %14}"_s
            .arg(QString::number(movie.id), movie.title, movie.description, movie.budget, movie.releaseDate,
                 movie.duration ? QString::number(*movie.duration) : u"-"_s, id(movie.directorId),
                 id(movie.countryId), id(movie.posterFileId))
            .arg(genres.join(u','), characters.join(u", "_s), cast.join(u", "_s), movie.createdAt, movie.updatedAt);
    return qstrdup(text.toUtf8().constData());
}

} // namespace Reelkeeper

namespace {

const QString Argon2idHash = u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"_s;
const QString OldTimestamp = u"2000-01-01T00:00:00.000Z"_s;

// The rows every test starts from, with fixed ids.
constexpr qint64 ScottId = 1;
constexpr qint64 WeaverId = 2;
constexpr qint64 HolmId = 3;
constexpr qint64 StantonId = 4;
constexpr qint64 HurtId = 5;
constexpr qint64 HorrorId = 1;
constexpr qint64 SciFiId = 2;
constexpr qint64 DramaId = 3;
constexpr qint64 UnitedKingdomId = 1;
constexpr qint64 PosterId = 1;
constexpr qint64 UserId = 1;

const QStringList Tables{u"movies"_s, u"movie_genres"_s, u"characters"_s, u"movie_actors"_s, u"favorite_movies"_s};

// ISO 8601 UTC with milliseconds or seconds, as the schema accepts.
bool isTimestamp(const QString &text)
{
    static const QRegularExpression form(
        QRegularExpression::anchoredPattern(uR"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)"_s));
    return form.match(text).hasMatch();
}

// A movie with every field set: two genres, three characters, four cast entries (one without a
// character, one person playing two characters) and a budget no double holds exactly.
MovieRecord fullRecord()
{
    MovieRecord movie;
    movie.title = u"Alien"_s;
    movie.description = u"In space no one can hear you scream."_s;
    movie.budget = u"12345678901.23"_s;
    movie.releaseDate = u"1979-05-25"_s;
    movie.duration = 117;
    movie.directorId = ScottId;
    movie.countryId = UnitedKingdomId;
    movie.posterFileId = PosterId;
    movie.genreIds = {HorrorId, SciFiId};
    movie.characters = {
        {0, u"Ripley"_s, u"Warrant officer"_s, u"lead"_s},
        {0, u"Dallas"_s, QString(), u"supporting"_s},
        {0, u"Ash"_s, u"Science officer"_s, QString()},
    };
    movie.cast = {{0, WeaverId, 0}, {0, HolmId, 1}, {0, StantonId, -1}, {0, HolmId, 2}};
    return movie;
}

MovieRecord titled(const QString &title)
{
    MovieRecord movie;
    movie.title = title;
    return movie;
}

// The record as load() should return it after insert(): the stored ids filled in, in order.
MovieRecord withIdsOf(MovieRecord movie, const MovieRecord &stored)
{
    movie.id = stored.id;
    movie.createdAt = stored.createdAt;
    movie.updatedAt = stored.updatedAt;
    for (qsizetype i = 0; i < movie.characters.size() && i < stored.characters.size(); ++i)
        movie.characters[i].id = stored.characters.at(i).id;
    for (qsizetype i = 0; i < movie.cast.size() && i < stored.cast.size(); ++i)
        movie.cast[i].id = stored.cast.at(i).id;
    return movie;
}

QList<qint64> personIds(const MovieRecord &movie)
{
    QList<qint64> ids;
    for (const CastRecord &entry : movie.cast)
        ids.append(entry.personId);
    return ids;
}

QStringList characterNames(const MovieRecord &movie)
{
    QStringList names;
    for (const CharacterRecord &character : movie.characters)
        names.append(character.name);
    return names;
}

} // namespace

class TestMovieRecord : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldNameEachFieldThatIsWrong_data();
    void shouldNameEachFieldThatIsWrong();
    void shouldSayWhatADateShouldLookLike();
    void shouldCanonicalizeTypedBudgets_data();
    void shouldCanonicalizeTypedBudgets();

    void shouldLoadWhatWasInsertedWithIdsFilledIn();
    void shouldStoreEmptyTextAndUnknownValuesAsNull();
    void shouldSayWhenAMovieDoesNotExist();
    void shouldWriteNothingWhenAnInsertFails_data();
    void shouldWriteNothingWhenAnInsertFails();
    void shouldStoreHostileTextVerbatim_data();
    void shouldStoreHostileTextVerbatim();

    void shouldKeepIdsOfKeptCharactersAndCastOnUpdate();
    void shouldKeepTheEditedOrderOfCharactersAndCast();
    void shouldWriteNothingWhenNothingChanged();
    void shouldRefuseToUpdateAMovieThatDoesNotExist();
    void shouldRefuseAnUpdateNamingRowsOfAnotherMovie();
    void shouldWriteNothingWhenAnUpdateFails();

    void shouldDuplicateAsANewRecordSharingThePoster();

    void shouldPutBackADeletedMovieExactlyWithItsFavorites();
    void shouldRemoveSeveralMoviesInOneStep();
    void shouldRemoveNothingWhenAnIdIsUnknown();
    void shouldRefuseToRestoreWhenTheIdWasTakenMeanwhile();
    void shouldRefuseToRestoreWhenAReferencedRowIsGone_data();
    void shouldRefuseToRestoreWhenAReferencedRowIsGone();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    QList<qint64> rowCounts() const;
    qint64 insertFull();

    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
};

void TestMovieRecord::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    const QStringList setup{
        u"INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ridley', 'Scott'), (2, 'Sigourney', 'Weaver'),"
        " (3, 'Ian', 'Holm'), (4, 'Harry Dean', 'Stanton'), (5, 'John', 'Hurt')"_s,
        u"INSERT INTO genres (id, name) VALUES (1, 'Horror'), (2, 'Science fiction'), (3, 'Drama')"_s,
        u"INSERT INTO countries (id, name) VALUES (1, 'United Kingdom')"_s,
        u"INSERT INTO files (id, file_name, mime_type, key) VALUES (1, 'alien.jpg', 'image/jpeg',"
        " 'ab/ab00000000000000000000000000000000000000000000000000000000000000.jpg')"_s,
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(db(), sql), QString());
    QCOMPARE(exec(db(), u"INSERT INTO users (id, username, password_hash) VALUES (?, ?, ?)"_s,
                  {UserId, u"ripley"_s, Argon2idHash}),
             QString());
}

void TestMovieRecord::cleanup()
{
    if (m_catalog && m_catalog->isValid()) {
        // Whatever the test wrote, no row points nowhere.
        QSqlQuery check(db());
        QVERIFY2(check.exec(u"PRAGMA foreign_key_check"_s), qPrintable(check.lastError().text()));
        if (check.next())
            QFAIL(qPrintable(u"%1 row %2 points nowhere"_s.arg(check.value(0).toString(), check.value(1).toString())));
    }
    m_catalog.reset();
}

QList<qint64> TestMovieRecord::rowCounts() const
{
    QList<qint64> counts;
    for (const QString &table : Tables)
        counts.append(scalar(db(), u"SELECT count(*) FROM "_s + table).toLongLong());
    return counts;
}

qint64 TestMovieRecord::insertFull()
{
    const Result<qint64> id = MovieRecords::insert(db(), fullRecord());
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    return *id;
}

// --- validate() and canonicalBudget() ---

void TestMovieRecord::shouldNameEachFieldThatIsWrong_data()
{
    QTest::addColumn<MovieRecord>("movie");
    QTest::addColumn<QStringList>("fields"); // in the order validate() reports them; empty: valid

    const auto row = [](const char *name, const std::function<void(MovieRecord &)> &change,
                        const QStringList &fields) {
        MovieRecord movie = titled(u"Alien"_s);
        change(movie);
        QTest::newRow(name) << movie << fields;
    };
    const auto dateRow = [&](const char *name, const QString &date, bool valid) {
        row(name, [&](MovieRecord &m) { m.releaseDate = date; }, valid ? QStringList() : QStringList{u"release_date"_s});
    };
    const auto budgetRow = [&](const char *name, const QString &budget, bool valid) {
        row(name, [&](MovieRecord &m) { m.budget = budget; }, valid ? QStringList() : QStringList{u"budget"_s});
    };
    const auto durationRow = [&](const char *name, int minutes, bool valid) {
        row(name, [&](MovieRecord &m) { m.duration = minutes; }, valid ? QStringList() : QStringList{u"duration"_s});
    };

    row("a title alone is enough", [](MovieRecord &) {}, {});
    row("a full record is fine", [](MovieRecord &m) { m = fullRecord(); }, {});
    row("an empty title is missing", [](MovieRecord &m) { m.title.clear(); }, {u"title"_s});
    row("a title of spaces, tabs and newlines is missing", [](MovieRecord &m) { m.title = u" \t\n\r "_s; },
        {u"title"_s});

    dateRow("a year is a date", u"1972"_s, true);
    dateRow("a month is a date", u"1972-03"_s, true);
    dateRow("a day is a date", u"1972-03-24"_s, true);
    dateRow("the 29th of February of a leap year is a date", u"2024-02-29"_s, true);
    dateRow("the 29th of February of another year is not", u"2023-02-29"_s, false);
    dateRow("the 31st of April is not a date", u"1972-04-31"_s, false);
    dateRow("year 0000 is not a year", u"0000"_s, false);
    dateRow("a month of year 0000 is not a date", u"0000-01"_s, false);
    dateRow("a day of year 0000 is not a date", u"0000-01-01"_s, false);
    dateRow("month 13 is not a month", u"1972-13"_s, false);
    dateRow("month 00 is not a month", u"1972-00"_s, false);
    dateRow("day 32 is not a day", u"1972-03-32"_s, false);
    dateRow("day 00 is not a day", u"1972-03-00"_s, false);
    dateRow("a one-digit month is not the form", u"1972-3"_s, false);
    dateRow("a two-digit year is not the form", u"72"_s, false);
    dateRow("slashes are not the form", u"1972/03/24"_s, false);
    dateRow("a time is not part of a date", u"1972-03-24T10:00"_s, false);
    dateRow("a space before the year is not the form", u" 1972"_s, false);
    dateRow("a newline after the year is not the form", u"1972\n"_s, false);
    dateRow("digits of another script are not the form", u"١٩٧٢"_s, false);

    budgetRow("zero is a budget", u"0"_s, true);
    budgetRow("a fraction below one is a budget", u"0.5"_s, true);
    budgetRow("whole units are a budget", u"1500000"_s, true);
    budgetRow("trailing zeros of cents are kept", u"1500000.50"_s, true);
    budgetRow("a budget beyond double precision is a budget", u"12345678901.23"_s, true);
    budgetRow("forty characters are allowed", QString(40, u'9'), true);
    budgetRow("forty-one characters are too many", QString(41, u'9'), false);
    budgetRow("leading zeros are not canonical", u"007"_s, false);
    budgetRow("a leading point is not canonical", u".5"_s, false);
    budgetRow("a trailing point is not canonical", u"5."_s, false);
    budgetRow("grouping separators are refused", u"1,500,000"_s, false);
    budgetRow("a minus sign is refused", u"-5"_s, false);
    budgetRow("a currency sign is refused", u"$5"_s, false);
    budgetRow("an exponent is refused", u"1e6"_s, false);
    budgetRow("two points are refused", u"1.2.3"_s, false);
    budgetRow("surrounding spaces are not canonical", u" 5"_s, false);

    durationRow("one minute is a duration", 1, true);
    durationRow("100000 minutes is a duration", 100000, true);
    durationRow("zero minutes is not a duration", 0, false);
    durationRow("negative minutes are not a duration", -5, false);
    durationRow("100001 minutes is too long", 100001, false);

    row("a character needs a name", [](MovieRecord &m) { m.characters = {{0, u" \t"_s, {}, {}}}; },
        {u"characters"_s});
    row("a character's role is one of the four", [](MovieRecord &m) { m.characters = {{0, u"Ash"_s, {}, u"hero"_s}}; },
        {u"characters"_s});
    row("a role is written in lower case", [](MovieRecord &m) { m.characters = {{0, u"Ash"_s, {}, u"Lead"_s}}; },
        {u"characters"_s});
    row("each of the four roles is fine",
        [](MovieRecord &m) {
            m.characters = {{0, u"A"_s, {}, u"lead"_s}, {0, u"B"_s, {}, u"supporting"_s},
                            {0, u"C"_s, {}, u"minor"_s}, {0, u"D"_s, {}, u"cameo"_s}};
        },
        {});
    row("a cast entry needs an actor", [](MovieRecord &m) { m.cast = {{0, 0, -1}}; }, {u"cast"_s});
    row("a cast entry's actor id is positive", [](MovieRecord &m) { m.cast = {{0, -3, -1}}; }, {u"cast"_s});
    row("a cast entry may name no character", [](MovieRecord &m) { m.cast = {{0, WeaverId, -1}}; }, {});
    row("a cast entry names one of the movie's characters",
        [](MovieRecord &m) {
            m.characters = {{0, u"Ripley"_s, {}, {}}};
            m.cast = {{0, WeaverId, 1}};
        },
        {u"cast"_s});
    row("a cast entry's character index is not below -1", [](MovieRecord &m) { m.cast = {{0, WeaverId, -2}}; },
        {u"cast"_s});
    row("every problem is reported, in field order",
        [](MovieRecord &m) {
            m.title = u"\n"_s;
            m.releaseDate = u"1972-02-30"_s;
            m.budget = u"1 000"_s;
            m.duration = 0;
            m.characters = {{0, QString(), {}, {}}};
            m.cast = {{0, 0, 4}};
        },
        {u"title"_s, u"release_date"_s, u"budget"_s, u"duration"_s, u"characters"_s, u"cast"_s, u"cast"_s});
}

void TestMovieRecord::shouldNameEachFieldThatIsWrong()
{
    QFETCH(MovieRecord, movie);
    QFETCH(QStringList, fields);

    const QList<FieldProblem> problems = MovieRecords::validate(movie);

    QStringList named;
    for (const FieldProblem &problem : problems) {
        named.append(problem.field);
        QVERIFY2(problem.message.endsWith(u'.'), qPrintable(problem.message));
    }
    QCOMPARE(named, fields);
}

void TestMovieRecord::shouldSayWhatADateShouldLookLike()
{
    const QString hint = u"Use a year (1972), a month (1972-03) or a day (1972-03-24)."_s;
    MovieRecord movie = titled(u"Alien"_s);

    movie.releaseDate = u"24.03.1972"_s;
    QList<FieldProblem> problems = MovieRecords::validate(movie);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, hint);

    movie.releaseDate = u"2023-02-29"_s;
    problems = MovieRecords::validate(movie);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(u"2023-02-29"_s), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(hint), qPrintable(problems.first().message));
}

void TestMovieRecord::shouldCanonicalizeTypedBudgets_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("canonical");

    const auto accept = [](const char *name, const QString &typed, const QString &canonical) {
        QTest::newRow(name) << typed << true << canonical;
    };
    const auto refuse = [](const char *name, const QString &typed) {
        QTest::newRow(name) << typed << false << QString();
    };

    accept("whole units stay", u"1500000"_s, u"1500000"_s);
    accept("cents stay as typed, trailing zero included", u"1500000.50"_s, u"1500000.50"_s);
    accept("a value no double holds stays exact", u"12345678901.23"_s, u"12345678901.23"_s);
    accept("many decimals stay exact", u"0.1000000000000000055511151231257827"_s,
           u"0.1000000000000000055511151231257827"_s);
    accept("surrounding white space goes", u" \t1500000 \n"_s, u"1500000"_s);
    accept("leading zeros go", u"007"_s, u"7"_s);
    accept("zero stays zero", u"0"_s, u"0"_s);
    accept("several zeros are zero", u"000"_s, u"0"_s);
    accept("a fraction below one keeps its zero", u"0.5"_s, u"0.5"_s);
    accept("leading zeros before the point go down to one", u"000.50"_s, u"0.50"_s);
    accept("a leading point gets its zero", u".5"_s, u"0.5"_s);
    accept("zero cents stay", u"0.00"_s, u"0.00"_s);
    accept("blank text is an unknown budget", u"   "_s, QString());
    accept("empty text is an unknown budget", QString(), QString());
    accept("forty characters fit", QString(40, u'9'), QString(40, u'9'));
    accept("leading zeros do not count against the length", QString(45, u'0') + u"1"_s, u"1"_s);

    refuse("a trailing point", u"5."_s);
    refuse("a point alone", u"."_s);
    refuse("two points", u"1.2.3"_s);
    refuse("grouping commas", u"1,500,000"_s);
    refuse("a decimal comma", u"1500000,50"_s);
    refuse("grouping spaces", u"1 500 000"_s);
    refuse("grouping apostrophes", u"1'500'000"_s);
    refuse("grouping underscores", u"1_500_000"_s);
    refuse("a minus sign", u"-5"_s);
    refuse("a plus sign", u"+5"_s);
    refuse("a dollar sign", u"$100"_s);
    refuse("a euro sign after the number", u"100€"_s);
    refuse("a currency code", u"USD 100"_s);
    refuse("an exponent", u"1e6"_s);
    refuse("a capital exponent", u"1.5E6"_s);
    refuse("hexadecimal", u"0x1F"_s);
    refuse("not a number", u"NaN"_s);
    refuse("infinity", u"inf"_s);
    refuse("digits of another script", u"١٢٣"_s);
    refuse("full-width digits", u"１２３"_s);
    refuse("forty-one characters", QString(41, u'9'));
    refuse("words", u"about a million"_s);
}

void TestMovieRecord::shouldCanonicalizeTypedBudgets()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, canonical);

    const std::optional<QString> result = MovieRecords::canonicalBudget(typed);

    QCOMPARE(result.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*result, canonical);
        // What canonicalBudget() gives is what validate() and the schema accept.
        MovieRecord movie = titled(u"Alien"_s);
        movie.budget = *result;
        QVERIFY(MovieRecords::validate(movie).isEmpty());
    }
}

// --- load() and insert() ---

void TestMovieRecord::shouldLoadWhatWasInsertedWithIdsFilledIn()
{
    // Given a movie with every field, genres, characters and cast
    const MovieRecord movie = fullRecord();

    // When it is inserted and loaded again
    const Result<qint64> id = MovieRecords::insert(db(), movie);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Result<MovieRecord> loaded = MovieRecords::load(db(), *id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

    // Then it is the same record, with ids and timestamps filled in
    QCOMPARE(loaded->id, *id);
    QVERIFY2(isTimestamp(loaded->createdAt), qPrintable(loaded->createdAt));
    QVERIFY2(isTimestamp(loaded->updatedAt), qPrintable(loaded->updatedAt));
    QCOMPARE(loaded->characters.size(), 3);
    QCOMPARE(loaded->cast.size(), 4);
    for (const CharacterRecord &character : loaded->characters)
        QVERIFY(character.id > 0);
    for (const CastRecord &entry : loaded->cast)
        QVERIFY(entry.id > 0);
    QCOMPARE(*loaded, withIdsOf(movie, *loaded));
    // Characters come back in the order they were added; cast in billing order.
    QVERIFY(loaded->characters[0].id < loaded->characters[1].id);
    QVERIFY(loaded->characters[1].id < loaded->characters[2].id);
    QVERIFY(loaded->cast[0].id < loaded->cast[1].id && loaded->cast[2].id < loaded->cast[3].id);

    // And the budget is stored as exact text, and the cast links name the right characters
    QCOMPARE(scalar(db(), u"SELECT budget FROM movies WHERE id = ?"_s, {*id}).toString(), u"12345678901.23"_s);
    QCOMPARE(scalar(db(), u"SELECT typeof(budget) FROM movies WHERE id = ?"_s, {*id}).toString(), u"text"_s);
    QCOMPARE(scalar(db(),
                    u"SELECT group_concat(name, ',') FROM (SELECT characters.name FROM movie_actors"
                    " JOIN characters ON characters.id = movie_actors.character_id"
                    " WHERE movie_actors.person_id = ? ORDER BY movie_actors.id)"_s,
                    {HolmId})
                 .toString(),
             u"Dallas,Ash"_s);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE movie_id = ? AND character_id IS NULL"_s, {*id})
                 .toInt(),
             1);
}

void TestMovieRecord::shouldStoreEmptyTextAndUnknownValuesAsNull()
{
    const Result<qint64> id = MovieRecords::insert(db(), titled(u"Nostromo"_s));
    QVERIFY2(id.ok(), qPrintable(id.error()));

    QCOMPARE(scalar(db(),
                    u"SELECT description IS NULL AND budget IS NULL AND release_date IS NULL AND duration IS NULL"
                    " AND director_id IS NULL AND country_id IS NULL AND poster_file_id IS NULL"
                    " FROM movies WHERE id = ?"_s,
                    {*id})
                 .toInt(),
             1);
    const Result<MovieRecord> loaded = MovieRecords::load(db(), *id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(*loaded, withIdsOf(titled(u"Nostromo"_s), *loaded));
    QVERIFY(!loaded->duration && !loaded->directorId && !loaded->countryId && !loaded->posterFileId);
}

void TestMovieRecord::shouldSayWhenAMovieDoesNotExist()
{
    const Result<MovieRecord> loaded = MovieRecords::load(db(), 4711);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error(), u"There is no movie 4711 in the catalog."_s);

    QVERIFY(!MovieRecords::snapshot(db(), 4711).ok());
    QVERIFY(!MovieRecords::duplicate(db(), 4711).ok());
}

void TestMovieRecord::shouldWriteNothingWhenAnInsertFails_data()
{
    QTest::addColumn<MovieRecord>("movie");
    QTest::addColumn<QString>("message"); // a part of the error

    MovieRecord movie = fullRecord();
    movie.releaseDate = u"2023-02-29"_s;
    QTest::newRow("an impossible release date") << movie << u"not a real date"_s;

    movie = fullRecord();
    movie.title = u"\t"_s;
    QTest::newRow("a blank title") << movie << u"title"_s;

    // These pass validation and fail in the database, half-way through the write.
    movie = fullRecord();
    movie.cast.append({0, 999, 0});
    QTest::newRow("the last cast entry names a person not in the catalog") << movie << u"not in the catalog"_s;

    movie = fullRecord();
    movie.genreIds.append(999);
    QTest::newRow("a genre not in the catalog") << movie << u"not in the catalog"_s;

    movie = fullRecord();
    movie.posterFileId = 999;
    QTest::newRow("a poster not in the catalog") << movie << u"not in the catalog"_s;
}

void TestMovieRecord::shouldWriteNothingWhenAnInsertFails()
{
    QFETCH(MovieRecord, movie);
    QFETCH(QString, message);
    // Given a catalog with one movie in it
    QVERIFY(insertFull() > 0);
    const QList<qint64> before = rowCounts();

    // When a faulty movie is inserted
    const Result<qint64> id = MovieRecords::insert(db(), movie);

    // Then it fails with a sentence that says why, and no table changed
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(message), qPrintable(id.error()));
    QCOMPARE(rowCounts(), before);
    // And the connection is usable: the next write works
    QVERIFY(insertFull() > 0);
}

void TestMovieRecord::shouldStoreHostileTextVerbatim_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("SQL injection") << u"'); DROP TABLE movies;--"_s;
    QTest::newRow("quotes of every kind") << u"\"It's\" `said` «so» „here“ ‘too’"_s;
    QTest::newRow("newlines and tabs inside") << u"first line\nsecond\r\nthird\tcolumn"_s;
    QTest::newRow("emoji and accents") << u"🎬 Amélie — 千と千尋の神隠し 🍿"_s;
    QTest::newRow("placeholders and escapes") << u"%1 %2 %n \\ \\' ?1 :name"_s;
    QTest::newRow("surrounding spaces") << u"  Alien  "_s;
    QTest::newRow("a very long title") << QString(100000, u'x');
}

void TestMovieRecord::shouldStoreHostileTextVerbatim()
{
    QFETCH(QString, text);
    MovieRecord movie = fullRecord();
    movie.title = text;
    movie.description = text;
    movie.characters[0].name = text;
    movie.characters[0].description = text;

    const Result<qint64> id = MovieRecords::insert(db(), movie);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Result<MovieRecord> loaded = MovieRecords::load(db(), *id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

    QCOMPARE(*loaded, withIdsOf(movie, *loaded));
    QCOMPARE(scalar(db(), u"SELECT title FROM movies WHERE id = ?"_s, {*id}).toString(), text);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movies"_s).toInt(), 1);

    // The same for an update and a duplicate.
    MovieRecord edited = *loaded;
    edited.title = text + text.left(10);
    QVERIFY(MovieRecords::update(db(), edited).ok());
    QCOMPARE(MovieRecords::load(db(), *id)->title, edited.title);
    const Result<MovieRecord> copy = MovieRecords::duplicate(db(), *id);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QVERIFY(copy->title.startsWith(edited.title));
}

// --- update() ---

void TestMovieRecord::shouldKeepIdsOfKeptCharactersAndCastOnUpdate()
{
    // Given a stored movie: characters Ripley, Dallas, Ash; cast Weaver-Ripley, Holm-Dallas,
    // Stanton-(none), Holm-Ash
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    const MovieRecord stored = *MovieRecords::load(db(), id);
    const qint64 ripleyId = stored.characters[0].id;
    const qint64 dallasId = stored.characters[1].id;
    const qint64 ashId = stored.characters[2].id;
    const qint64 holmAsDallasId = stored.cast[1].id;
    QCOMPARE(exec(db(), u"UPDATE movies SET updated_at = ? WHERE id = ?"_s, {OldTimestamp, id}), QString());
    QCOMPARE(exec(db(), u"UPDATE characters SET updated_at = ? WHERE movie_id = ?"_s, {OldTimestamp, id}), QString());

    // When Dallas and Holm's entry as Dallas are removed, Ash is changed, Lambert is added and
    // played by Stanton, Hurt joins as Ripley, and the genres and fields change
    MovieRecord edited = stored;
    edited.title = u"Alien (director's cut)"_s;
    edited.budget = u"11000000"_s;
    edited.duration = 116;
    edited.directorId.reset();
    edited.genreIds = {SciFiId, DramaId};
    edited.characters = {stored.characters[0], stored.characters[2], {0, u"Lambert"_s, u"Navigator"_s, u"supporting"_s}};
    edited.characters[1].description = u"An android"_s;
    edited.cast = {stored.cast[0], stored.cast[2], stored.cast[3], {0, HurtId, 0}};
    edited.cast[0].characterIndex = 0;  // Weaver: Ripley
    edited.cast[1].characterIndex = 2;  // Stanton: Lambert (new)
    edited.cast[2].characterIndex = 1;  // Holm: Ash
    const Result<void> updated = MovieRecords::update(db(), edited);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));

    // Then loading gives the edited record; kept rows keep their ids, the new ones have new ids
    const Result<MovieRecord> loaded = MovieRecords::load(db(), id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->characters.size(), 3);
    QCOMPARE(loaded->cast.size(), 4);
    QCOMPARE(loaded->characters[0].id, ripleyId);
    QCOMPARE(loaded->characters[1].id, ashId);
    QVERIFY(loaded->characters[2].id > ashId);
    QCOMPARE(loaded->cast[0].id, stored.cast[0].id);
    QCOMPARE(loaded->cast[1].id, stored.cast[2].id);
    QCOMPARE(loaded->cast[2].id, stored.cast[3].id);
    QVERIFY(loaded->cast[3].id > stored.cast[3].id);
    QCOMPARE(*loaded, withIdsOf(edited, *loaded));

    // And the removed rows are gone, not reused
    QVERIFY(loaded->characters[2].id != dallasId);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE id = ?"_s, {dallasId}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors WHERE id = ?"_s, {holmAsDallasId}).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT group_concat(genre_id) FROM movie_genres WHERE movie_id = ?"_s, {id}).toString(),
             u"2,3"_s);

    // And the catalog stamped the movie and the changed character, but not the unchanged one
    QVERIFY(scalar(db(), u"SELECT updated_at FROM movies WHERE id = ?"_s, {id}).toString() != OldTimestamp);
    QVERIFY(scalar(db(), u"SELECT updated_at FROM characters WHERE id = ?"_s, {ashId}).toString() != OldTimestamp);
    QCOMPARE(scalar(db(), u"SELECT updated_at FROM characters WHERE id = ?"_s, {ripleyId}).toString(), OldTimestamp);
}

void TestMovieRecord::shouldKeepTheEditedOrderOfCharactersAndCast()
{
    // Given a stored movie with cast Weaver, Holm, Stanton, Holm
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    const MovieRecord stored = *MovieRecords::load(db(), id);

    // When Hurt is billed second, and Ash is moved to the top of the characters
    MovieRecord edited = stored;
    edited.cast.insert(1, {0, HurtId, -1});
    edited.characters = {stored.characters[2], stored.characters[0], stored.characters[1]};
    for (CastRecord &entry : edited.cast) {
        if (entry.characterIndex >= 0)
            entry.characterIndex = (entry.characterIndex + 1) % 3;
    }
    const Result<void> updated = MovieRecords::update(db(), edited);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));

    // Then both lists come back in the edited order, and every actor still plays the same part
    const Result<MovieRecord> loaded = MovieRecords::load(db(), id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(personIds(*loaded), (QList<qint64>{WeaverId, HurtId, HolmId, StantonId, HolmId}));
    QCOMPARE(characterNames(*loaded), (QStringList{u"Ash"_s, u"Ripley"_s, u"Dallas"_s}));
    QCOMPARE(loaded->cast[0].id, stored.cast[0].id); // before the first change: kept
    QCOMPARE(*loaded, withIdsOf(edited, *loaded));
}

void TestMovieRecord::shouldWriteNothingWhenNothingChanged()
{
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    QCOMPARE(exec(db(), u"UPDATE movies SET updated_at = ? WHERE id = ?"_s, {OldTimestamp, id}), QString());
    MovieRecord stored = *MovieRecords::load(db(), id);

    // Timestamps in the record are read only, and genres are a set.
    stored.updatedAt = u"2030-01-01T00:00:00.000Z"_s;
    stored.genreIds = {SciFiId, HorrorId, SciFiId};
    const Result<void> updated = MovieRecords::update(db(), stored);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));

    QCOMPARE(scalar(db(), u"SELECT updated_at FROM movies WHERE id = ?"_s, {id}).toString(), OldTimestamp);
}

void TestMovieRecord::shouldRefuseToUpdateAMovieThatDoesNotExist()
{
    QVERIFY(insertFull() > 0);
    const QList<qint64> before = rowCounts();
    MovieRecord movie = fullRecord();
    movie.id = 4711;

    const Result<void> updated = MovieRecords::update(db(), movie);

    QVERIFY(!updated.ok());
    QCOMPARE(updated.error(), u"There is no movie 4711 in the catalog."_s);
    QCOMPARE(rowCounts(), before);
}

void TestMovieRecord::shouldRefuseAnUpdateNamingRowsOfAnotherMovie()
{
    // Given two stored movies
    const qint64 first = insertFull();
    const qint64 second = insertFull();
    QVERIFY(first > 0 && second > 0);
    const MovieRecord other = *MovieRecords::load(db(), second);
    const QList<qint64> before = rowCounts();

    // When the first is saved with a character and a cast entry of the second
    MovieRecord edited = *MovieRecords::load(db(), first);
    edited.title = u"Changed"_s;
    edited.characters.append(other.characters[0]);
    edited.cast.append(other.cast[0]);
    const Result<void> updated = MovieRecords::update(db(), edited);

    // Then nothing is written, and the user is told to open the movie again
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(u"Open it again"_s), qPrintable(updated.error()));
    QCOMPARE(rowCounts(), before);
    QCOMPARE(*MovieRecords::load(db(), second), other);
    QCOMPARE(MovieRecords::load(db(), first)->title, u"Alien"_s);
}

void TestMovieRecord::shouldWriteNothingWhenAnUpdateFails()
{
    // Given a stored movie
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    const MovieRecord stored = *MovieRecords::load(db(), id);
    const QList<qint64> before = rowCounts();

    // When an edit changes everything but its last new cast entry names a person not in the catalog
    MovieRecord edited = stored;
    edited.title = u"Changed"_s;
    edited.genreIds = {DramaId};
    edited.characters.removeLast();
    edited.characters.append({0, u"Parker"_s, {}, {}});
    edited.cast = {{0, 999, 2}};
    const Result<void> updated = MovieRecords::update(db(), edited);

    // Then the update fails with a sentence, and the stored movie is as it was
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(u"not in the catalog"_s), qPrintable(updated.error()));
    QCOMPARE(rowCounts(), before);
    QCOMPARE(*MovieRecords::load(db(), id), stored);

    // And an invalid record is refused before anything is written
    edited = stored;
    edited.duration = 0;
    const Result<void> invalid = MovieRecords::update(db(), edited);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().contains(u"minutes"_s), qPrintable(invalid.error()));
    QCOMPARE(*MovieRecords::load(db(), id), stored);
}

// --- duplicate() ---

void TestMovieRecord::shouldDuplicateAsANewRecordSharingThePoster()
{
    // Given a stored movie
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    const MovieRecord original = *MovieRecords::load(db(), id);

    // When it is duplicated
    const Result<MovieRecord> copy = MovieRecords::duplicate(db(), id);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));

    // Then the copy is the record without ids and timestamps, marked as a copy, with the same poster
    MovieRecord expected = fullRecord();
    expected.title = u"Alien (copy)"_s;
    QCOMPARE(*copy, expected);
    QCOMPARE(copy->posterFileId, std::optional<qint64>(PosterId));

    // And saving it gives a second movie, the original untouched, both naming the same file
    const Result<qint64> copyId = MovieRecords::insert(db(), *copy);
    QVERIFY2(copyId.ok(), qPrintable(copyId.error()));
    QVERIFY(*copyId != id);
    QCOMPARE(*MovieRecords::load(db(), *copyId), withIdsOf(*copy, *MovieRecords::load(db(), *copyId)));
    QCOMPARE(*MovieRecords::load(db(), id), original);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movies WHERE poster_file_id = ?"_s, {PosterId}).toInt(), 2);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 1);
}

// --- snapshot(), remove() and restore() ---

void TestMovieRecord::shouldPutBackADeletedMovieExactlyWithItsFavorites()
{
    // Given a stored movie that a user marked as a favorite, with rows of different ages
    const qint64 id = insertFull();
    QVERIFY(id > 0);
    const QString favoriteCreatedAt = u"2001-02-03T04:05:06.789Z"_s;
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id, created_at) VALUES (?, ?, ?)"_s,
                  {UserId, id, favoriteCreatedAt}),
             QString());
    QCOMPARE(exec(db(), u"UPDATE movies SET created_at = ?, updated_at = ? WHERE id = ?"_s,
                  {u"1999-12-31T23:59:59Z"_s, u"2000-06-01T12:00:00.000Z"_s, id}),
             QString());
    QCOMPARE(exec(db(), u"UPDATE characters SET created_at = ?, updated_at = ? WHERE movie_id = ?"_s,
                  {OldTimestamp, u"2000-01-02T00:00:00.000Z"_s, id}),
             QString());
    const MovieRecord before = *MovieRecords::load(db(), id);
    const QList<qint64> countsBefore = rowCounts();

    // When it is snapshotted and removed
    const Result<MovieSnapshot> snapshot = MovieRecords::snapshot(db(), id);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
    QCOMPARE(snapshot->movie, before);
    QCOMPARE(snapshot->favoriteUserIds, QList<qint64>{UserId});
    QCOMPARE(snapshot->favoriteCreatedAt, QStringList{favoriteCreatedAt});
    QCOMPARE(snapshot->characterTimestamps.size(), 3);
    QCOMPARE(snapshot->castTimestamps.size(), 4);
    const Result<void> removed = MovieRecords::remove(db(), {id});
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!MovieRecords::load(db(), id).ok());
    QCOMPARE(rowCounts(), (QList<qint64>{0, 0, 0, 0, 0}));

    // And put back
    const Result<void> restored = MovieRecords::restore(db(), {*snapshot});
    QVERIFY2(restored.ok(), qPrintable(restored.error()));

    // Then it is the same record with the same ids and timestamps, and the favorite is back
    const Result<MovieRecord> after = MovieRecords::load(db(), id);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(*after, before);
    QCOMPARE(rowCounts(), countsBefore);
    const Result<MovieSnapshot> again = MovieRecords::snapshot(db(), id);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(*again == *snapshot);
    QCOMPARE(scalar(db(), u"SELECT created_at FROM favorite_movies WHERE user_id = ? AND movie_id = ?"_s, {UserId, id})
                 .toString(),
             favoriteCreatedAt);
}

void TestMovieRecord::shouldRemoveSeveralMoviesInOneStep()
{
    // Given three stored movies
    const qint64 first = insertFull();
    const qint64 second = insertFull();
    const qint64 third = insertFull();
    QVERIFY(first > 0 && second > 0 && third > 0);
    const MovieRecord kept = *MovieRecords::load(db(), second);

    // When the first and the third are removed together (an id named twice counts once)
    const Result<void> removed = MovieRecords::remove(db(), {third, first, third});
    QVERIFY2(removed.ok(), qPrintable(removed.error()));

    // Then only the second is left, with all its rows, and nothing of the others
    QCOMPARE(rowCounts(), (QList<qint64>{1, 2, 3, 4, 0}));
    QCOMPARE(*MovieRecords::load(db(), second), kept);
    QVERIFY(!MovieRecords::load(db(), first).ok());
    QVERIFY(!MovieRecords::load(db(), third).ok());

    // And removing nothing is fine
    QVERIFY(MovieRecords::remove(db(), {}).ok());
}

void TestMovieRecord::shouldRemoveNothingWhenAnIdIsUnknown()
{
    const qint64 first = insertFull();
    QVERIFY(first > 0);
    const QList<qint64> before = rowCounts();

    const Result<void> removed = MovieRecords::remove(db(), {first, 4711});

    QVERIFY(!removed.ok());
    QCOMPARE(removed.error(), u"There is no movie 4711 in the catalog."_s);
    QCOMPARE(rowCounts(), before);
}

void TestMovieRecord::shouldRefuseToRestoreWhenTheIdWasTakenMeanwhile()
{
    // Given two movies, snapshotted and removed
    const qint64 first = insertFull();
    const qint64 second = insertFull();
    QVERIFY(first > 0 && second > 0);
    const MovieSnapshot firstSnapshot = *MovieRecords::snapshot(db(), first);
    const MovieSnapshot secondSnapshot = *MovieRecords::snapshot(db(), second);
    QVERIFY(MovieRecords::remove(db(), {first, second}).ok());

    // When another movie takes the second's id (a new movie would take the first free one; a bundle
    // import or another window may take any), and both are put back
    QCOMPARE(exec(db(), u"INSERT INTO movies (id, title) VALUES (?, 'Aliens')"_s, {second}), QString());
    QCOMPARE(exec(db(), u"INSERT INTO characters (id, movie_id, name) VALUES (100, ?, 'Hicks')"_s, {second}),
             QString());
    const MovieRecord newcomerStored = *MovieRecords::load(db(), second);
    const QList<qint64> before = rowCounts();
    const Result<void> restored = MovieRecords::restore(db(), {firstSnapshot, secondSnapshot});

    // Then nothing is put back (not even the first), the newcomer is untouched, and the user is told why
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"Alien"_s) && restored.error().contains(u"taken"_s),
             qPrintable(restored.error()));
    QCOMPARE(rowCounts(), before);
    QVERIFY(!MovieRecords::load(db(), first).ok());
    QCOMPARE(*MovieRecords::load(db(), second), newcomerStored);

    // And when only a character's id was taken, the restore fails the same way
    const Result<void> restoredFirst = MovieRecords::restore(db(), {firstSnapshot});
    QVERIFY2(restoredFirst.ok(), qPrintable(restoredFirst.error()));
    MovieSnapshot clash = secondSnapshot;
    clash.movie.id = 4711;
    clash.movie.characters[0].id = newcomerStored.characters[0].id;
    const QList<qint64> beforeClash = rowCounts();
    const Result<void> clashed = MovieRecords::restore(db(), {clash});
    QVERIFY(!clashed.ok());
    QVERIFY2(clashed.error().contains(u"taken"_s), qPrintable(clashed.error()));
    QCOMPARE(rowCounts(), beforeClash);
}

void TestMovieRecord::shouldRefuseToRestoreWhenAReferencedRowIsGone_data()
{
    QTest::addColumn<QString>("deletion");

    QTest::newRow("an actor was deleted") << u"DELETE FROM people WHERE id = 5"_s;
    QTest::newRow("the director was deleted") << u"DELETE FROM people WHERE id = 1"_s;
    QTest::newRow("a genre was deleted") << u"DELETE FROM genres WHERE id = 3"_s;
    QTest::newRow("the country was deleted") << u"DELETE FROM countries WHERE id = 1"_s;
    QTest::newRow("the poster file was deleted") << u"DELETE FROM files WHERE id = 1"_s;
    QTest::newRow("the user who liked it was deleted") << u"DELETE FROM users WHERE id = 1"_s;
}

void TestMovieRecord::shouldRefuseToRestoreWhenAReferencedRowIsGone()
{
    QFETCH(QString, deletion);
    // Given two deleted movies: one plain, one using Hurt, Drama and the user's favorite
    const qint64 plain = insertFull();
    MovieRecord movie = fullRecord();
    movie.title = u"Alien³"_s;
    movie.genreIds.append(DramaId);
    movie.cast.append({0, HurtId, -1});
    const Result<qint64> rich = MovieRecords::insert(db(), movie);
    QVERIFY(plain > 0 && rich.ok());
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, ?)"_s, {UserId, *rich}),
             QString());
    const QList<MovieSnapshot> snapshots{*MovieRecords::snapshot(db(), plain), *MovieRecords::snapshot(db(), *rich)};
    QVERIFY(MovieRecords::remove(db(), {plain, *rich}).ok());

    // When a row the second refers to is deleted, and both are put back
    QCOMPARE(exec(db(), deletion), QString());
    const QList<qint64> before = rowCounts();
    const Result<void> restored = MovieRecords::restore(db(), snapshots);

    // Then neither is put back, even when the first alone would fit, and the message says why
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"no longer in the catalog"_s), qPrintable(restored.error()));
    QCOMPARE(rowCounts(), before);
    QVERIFY(!MovieRecords::load(db(), plain).ok());
}

QTEST_GUILESS_MAIN(TestMovieRecord)
#include "tst_movierecord.moc"
