// The CSV layouts Reelkeeper imports: recognising a header, and turning rows into records,
// problems and skips. Pure text: headers and rows are written inline as the CSV reader would give
// them, so these tests do not depend on the reader.
#include "importformats.h"

#include <QFile>
#include <QTest>

using namespace Reelkeeper;
using namespace Reelkeeper::ImportFormats;

Q_DECLARE_METATYPE(Reelkeeper::ImportFormats::Format)
Q_DECLARE_METATYPE(Reelkeeper::ImportFormats::ColumnMapping)
Q_DECLARE_METATYPE(QList<Reelkeeper::ImportCast>)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// RFC 4180 records of a whole text (quotes, doubled quotes, line breaks inside quotes, LF or CRLF):
// just enough to write rows inline and to read the fixtures, which are known to be well formed.
QList<QStringList> parseCsv(const QString &text, QChar delimiter = u',')
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == u'"' && next == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && next == u'\n') {
            continue;
        } else if (c == u'\n') {
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

QStringList row(const char *line, QChar delimiter = u',')
{
    const QList<QStringList> records = parseCsv(s(line), delimiter);
    return records.isEmpty() ? QStringList() : records.first();
}

// A row as one line of text, so that a failing comparison shows everything at once.
QString summary(const ImportRow &row)
{
    switch (row.kind) {
    case ImportRow::Kind::Problem:
        return QStringLiteral("problem: ") + row.message;
    case ImportRow::Kind::Skip:
        return QStringLiteral("skip: ") + row.message;
    case ImportRow::Kind::Record:
        break;
    }
    const ImportRecord &record = row.record;
    QStringList parts{QStringLiteral("title=") + record.title};
    const auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + u'=' + value);
    };
    add("date", record.releaseDate);
    add("minutes", record.duration ? QString::number(*record.duration) : QString());
    add("budget", record.budget);
    add("description", record.description);
    add("director", record.director);
    add("country", record.country);
    add("genres", record.genres.join(QLatin1String(" / ")));
    QStringList cast;
    for (const ImportCast &entry : record.cast) {
        QString text = entry.actor.isEmpty() ? QStringLiteral("?") : entry.actor;
        if (!entry.character.isEmpty())
            text += QLatin1String(" as ") + entry.character;
        if (!entry.role.isEmpty())
            text += QLatin1String(" [") + entry.role + u']';
        cast.append(text);
    }
    add("cast", cast.join(QLatin1String(" + ")));
    add("poster", record.poster);
    add("source", record.source.isEmpty() ? QString() : record.source + u':' + record.sourceId);
    return parts.join(QLatin1String("; "));
}

QString convertOne(Format format, const char *header, const char *line)
{
    const Result<RowConverter> converter = RowConverter::create(format, row(header));
    if (!converter)
        return QStringLiteral("refused: ") + converter.error();
    const ImportRow result = converter->convert(row(line), 7);
    if (result.line != 7)
        return QStringLiteral("wrong line number");
    return summary(result);
}

// Windows-1252 as a spreadsheet writes it; only ’ (0x92) differs from Latin-1 in the fixtures.
QString fromWindows1252(const QByteArray &bytes)
{
    QString text;
    for (char byte : bytes) {
        const uchar b = uchar(byte);
        text += b == 0x92 ? QChar(0x2019) : QChar(char16_t(b));
    }
    return text;
}

constexpr auto ImdbCurrentRatings = "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
                                    "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors";
constexpr auto ImdbOlderRatings = "Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,"
                                  "Genres,Num Votes,Release Date,Directors";
constexpr auto ImdbCurrentList = "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,"
                                 "IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,"
                                 "Date Rated";
constexpr auto ImdbOlderList = "Position,Const,Created,Modified,Description,Title,URL,Title Type,IMDb Rating,"
                               "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated";
constexpr auto ImdbLegacy = R"-("position","const","created","modified","description","Title","Title type",)-"
                            R"-("Directors","You rated","IMDb Rating","Runtime (mins)","Year","Genres","Num. Votes",)-"
                            R"-("Release Date (month/day/year)","URL")-";
constexpr auto LetterboxdWatched = "Date,Name,Year,Letterboxd URI";
constexpr auto LetterboxdRatings = "Date,Name,Year,Letterboxd URI,Rating";
constexpr auto LetterboxdDiary = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date";
constexpr auto TellicoFull = "Title,Medium,Production Year,Certification,Genre,Region,Nationality,Format,Cast,"
                             "Director,Producer,Writer,Composer,Studio,Language Tracks,Subtitle Languages,Audio Tracks,"
                             "Running Time,Aspect Ratio,Widescreen,Color Mode,Director's Cut,Plot Summary,"
                             "Personal Rating,Purchase Date,Gift,Purchase Price,Loaned,Keywords,Cover,Comments,ID,"
                             "Date Created,Date Modified";
constexpr auto MovieList = "title,release_date,duration,budget,description,director,country,genres,cast,poster";

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecogniseEachLayout_data();
    void shouldRecogniseEachLayout();
    void shouldTellLetterboxdWatchedFromWatchlistByFileName();
    void shouldNameFormatsForTheCommandLine();

    void shouldConvertImdbRows_data();
    void shouldConvertImdbRows();
    void shouldConvertLetterboxdRows_data();
    void shouldConvertLetterboxdRows();
    void shouldConvertTellicoRows_data();
    void shouldConvertTellicoRows();
    void shouldConvertMovieListRows_data();
    void shouldConvertMovieListRows();

    void shouldRefuseHeadersThatCannotWork_data();
    void shouldRefuseHeadersThatCannotWork();
    void shouldIgnoreRepeatedColumnsItDoesNotRead();

    void shouldMatchMovieListColumnsByName();
    void shouldConvertWithTheUsersMapping();
    void shouldRefuseMappingsThatCannotWork_data();
    void shouldRefuseMappingsThatCannotWork();

    void shouldSplitListCells_data();
    void shouldSplitListCells();
    void shouldJoinWhatItSplits_data();
    void shouldJoinWhatItSplits();
    void shouldWriteCastEntriesThatReadBack_data();
    void shouldWriteCastEntriesThatReadBack();

    void shouldReadTheFixtureFiles_data();
    void shouldReadTheFixtureFiles();
};

void TestImportFormats::shouldRecogniseEachLayout_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("format"); // empty: not recognised
    QTest::addColumn<QString>("description");

    QTest::newRow("IMDb ratings, current") << s(ImdbCurrentRatings) << s("imdb")
                                           << s("IMDb ratings export (current layout)");
    QTest::newRow("IMDb ratings, older") << s(ImdbOlderRatings) << s("imdb")
                                         << s("IMDb ratings export (older layout, without Original Title)");
    QTest::newRow("IMDb list, current") << s(ImdbCurrentList) << s("imdb") << s("IMDb list export (current layout)");
    QTest::newRow("IMDb list, older") << s(ImdbOlderList) << s("imdb")
                                      << s("IMDb list export (older layout, without Original Title)");
    QTest::newRow("IMDb watchlist, no rating columns")
        << s("Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,"
             "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors")
        << s("imdb") << s("IMDb list export (current layout)");
    QTest::newRow("IMDb legacy") << s(ImdbLegacy) << s("imdb") << s("IMDb export (legacy layout, before 2017)");
    QTest::newRow("Letterboxd watched or watchlist")
        << s(LetterboxdWatched) << s("letterboxd")
        << s("Letterboxd watched films or watchlist (watched.csv or watchlist.csv)");
    QTest::newRow("Letterboxd ratings") << s(LetterboxdRatings) << s("letterboxd")
                                        << s("Letterboxd ratings (ratings.csv)");
    QTest::newRow("Letterboxd diary") << s(LetterboxdDiary) << s("letterboxd") << s("Letterboxd diary (diary.csv)");
    QTest::newRow("Letterboxd reviews")
        << s("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date") << s("letterboxd")
        << s("Letterboxd reviews (reviews.csv)");
    QTest::newRow("Tellico, all fields") << s(TellicoFull) << s("tellico") << s("Tellico CSV export");
    QTest::newRow("Tellico, visible fields only")
        << s("Title,Genre,Medium,Director,Studio") << s("tellico") << s("Tellico CSV export");
    QTest::newRow("Tellico with the IMDb fetcher's field")
        << s("Title,Production Year,Director,IMDb Link") << s("tellico") << s("Tellico CSV export");
    QTest::newRow("movie list") << s(MovieList) << s("movies") << s("Reelkeeper movie list");
    QTest::newRow("movie list, any case and order")
        << s(" Genres ,TITLE,Release_Date") << s("movies") << s("Reelkeeper movie list");
    QTest::newRow("movie list, title only") << s("title") << s("movies") << s("Reelkeeper movie list");
    QTest::newRow("movie list behind a byte order mark")
        << s("\xEF\xBB\xBFtitle,director") << s("movies") << s("Reelkeeper movie list");
    QTest::newRow("movie list with extra columns")
        << s("title,release_date,medium,notes") << s("movies") << s("Reelkeeper movie list");
    QTest::newRow("a Const column alone is not IMDb") << s("const,title") << s("movies")
                                                      << s("Reelkeeper movie list");
    QTest::newRow("no title-like column") << s("Film,Jahr,Regie") << QString() << QString();
    QTest::newRow("an address book") << s("Name,Surname,Email") << QString() << QString();
    QTest::newRow("empty header") << QString() << QString() << QString();
}

void TestImportFormats::shouldRecogniseEachLayout()
{
    QFETCH(QString, header);
    QFETCH(QString, format);
    QFETCH(QString, description);

    // Given a header row as the reader gives it
    const QStringList names = header.isEmpty() ? QStringList() : parseCsv(header).first();
    // When it is recognised
    const std::optional<Format> detected = detect(names);
    // Then the layout and its description are the expected ones
    QCOMPARE(detected ? name(*detected) : QString(), format);
    if (detected)
        QCOMPARE(describe(*detected, names), description);
}

void TestImportFormats::shouldTellLetterboxdWatchedFromWatchlistByFileName()
{
    const QStringList header = row(LetterboxdWatched);
    QCOMPARE(describe(Format::Letterboxd, header, QStringLiteral("/home/me/letterboxd/watched.csv")),
             s("Letterboxd watched films (watched.csv)"));
    QCOMPARE(describe(Format::Letterboxd, header, QStringLiteral("WatchList.csv")),
             s("Letterboxd watchlist (watchlist.csv)"));
    QCOMPARE(describe(Format::Letterboxd, header, QStringLiteral("export.csv")),
             s("Letterboxd watched films or watchlist (watched.csv or watchlist.csv)"));
    // The header decides where it can.
    QCOMPARE(describe(Format::Letterboxd, row(LetterboxdDiary), QStringLiteral("watched.csv")),
             s("Letterboxd diary (diary.csv)"));
}

void TestImportFormats::shouldNameFormatsForTheCommandLine()
{
    for (Format format : {Format::Movies, Format::Imdb, Format::Letterboxd, Format::Tellico})
        QCOMPARE(fromName(name(format)), std::optional<Format>(format));
    QCOMPARE(name(Format::Movies), s("movies"));
    QCOMPARE(name(Format::Imdb), s("imdb"));
    QCOMPARE(name(Format::Letterboxd), s("letterboxd"));
    QCOMPARE(name(Format::Tellico), s("tellico"));
    QCOMPARE(fromName(QStringLiteral(" IMDb ")), std::optional<Format>(Format::Imdb));
    QVERIFY(!fromName(QStringLiteral("bundle")));
    QVERIFY(!fromName(QStringLiteral("auto")));
    QVERIFY(!fromName(QString()));
}

void TestImportFormats::shouldConvertImdbRows_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const QString current = s(ImdbCurrentRatings);
    const QString older = s(ImdbOlderRatings);
    const QString list = s(ImdbCurrentList);
    const QString legacy = s(ImdbLegacy);

    QTest::newRow("current: a film with co-directors")
        << current
        << s(R"(tt0133093,9,2024-11-03,"The Matrix","The Matrix",https://www.imdb.com/title/tt0133093,Movie,8.7,136,)"
             R"(1999,"Action, Sci-Fi",2187654,"1999-03-31","Lana Wachowski,Lilly Wachowski")")
        << s("title=The Matrix; date=1999-03-31; minutes=136; director=Lana Wachowski; genres=Action / Sci-Fi; "
             "source=imdb:tt0133093");
    QTest::newRow("current: the title, not the original title")
        << current
        << s(R"(tt0245429,9,2024-12-24,"Spirited Away","Sen to Chihiro no kamikakushi",)"
             R"(https://www.imdb.com/title/tt0245429,Movie,8.6,125,2001,"Animation, Adventure",912345,"2001-07-20",)"
             R"("Hayao Miyazaki")")
        << s("title=Spirited Away; date=2001-07-20; minutes=125; director=Hayao Miyazaki; "
             "genres=Animation / Adventure; source=imdb:tt0245429");
    QTest::newRow("current: a TV series is skipped")
        << current
        << s(R"(tt0903747,10,2024-11-05,"Breaking Bad","Breaking Bad",https://www.imdb.com/title/tt0903747,)"
             R"(TV Series,9.5,49,2008,"Crime, Drama, Thriller",2254321,"2008-01-20","")")
        << s("skip: “Breaking Bad” is a TV series, not a film; skipped.");
    QTest::newRow("current: a TV episode is skipped")
        << current
        << s(R"(tt0959621,8,2024-11-05,"Pilot","Pilot",https://www.imdb.com/title/tt0959621,TV Episode,9.0,58,2008,)"
             R"("Crime, Drama",61234,"2008-01-20","Vince Gilligan")")
        << s("skip: “Pilot” is a TV episode, not a film; skipped.");
    QTest::newRow("current: a mini series is skipped")
        << current
        << s(R"(tt0185906,9,2025-02-14,"Band of Brothers","Band of Brothers",https://www.imdb.com/title/tt0185906,)"
             R"(TV Mini Series,9.4,594,2001,"Drama, War",543210,"2001-09-09","")")
        << s("skip: “Band of Brothers” is a TV mini series, not a film; skipped.");
    QTest::newRow("current: a video game is skipped")
        << current << s(R"(tt2140553,7,2024-01-01,"Alien: Isolation","Alien: Isolation",u,Video Game,8.5,,2014,)"
                        R"("Action",12000,"2014-10-07","")")
        << s("skip: “Alien: Isolation” is a video game, not a film; skipped.");
    QTest::newRow("current: a TV movie is kept")
        << current << s(R"(tt0067023,7,2024-01-01,"Duel","Duel",u,TV Movie,7.6,90,1971,"Thriller",70000,)"
                        R"("1971-11-13","Steven Spielberg")")
        << s("title=Duel; date=1971-11-13; minutes=90; director=Steven Spielberg; genres=Thriller; "
             "source=imdb:tt0067023");
    QTest::newRow("current: a short and a special are kept")
        << current << s(R"(tt0000001,6,2024-01-01,"Carmencita","Carmencita",u,Short,5.7,1,1894,"Documentary, Short",)"
                        R"(2000,"1894-03-10","William K.L. Dickson")")
        << s("title=Carmencita; date=1894-03-10; minutes=1; director=William K.L. Dickson; "
             "genres=Documentary / Short; source=imdb:tt0000001");
    QTest::newRow("older: tvSeries is skipped")
        << older << s("tt0944947,9,2019-06-10,Game of Thrones,https://www.imdb.com/title/tt0944947/,tvSeries,9.2,57,"
                      "2011,\"Action, Adventure, Drama\",2101234,2011-04-17,")
        << s("skip: “Game of Thrones” is a TV series, not a film; skipped.");
    QTest::newRow("older: tvMiniSeries is skipped")
        << older << s("tt0185906,10,2019-07-21,Band of Brothers,https://www.imdb.com/title/tt0185906/,tvMiniSeries,"
                      "9.4,594,2001,\"Drama, War\",501234,2001-09-09,")
        << s("skip: “Band of Brothers” is a TV mini series, not a film; skipped.");
    QTest::newRow("older: tvEpisode is skipped")
        << older << s("tt0959621,8,2019-07-21,Pilot,https://www.imdb.com/title/tt0959621/,tvEpisode,9.0,58,2008,"
                      "Drama,61234,2008-01-20,Vince Gilligan")
        << s("skip: “Pilot” is a TV episode, not a film; skipped.");
    QTest::newRow("older: videoGame is skipped")
        << older << s("tt2140553,7,2019-07-21,Alien: Isolation,u,videoGame,8.5,,2014,Action,12000,2014-10-07,")
        << s("skip: “Alien: Isolation” is a video game, not a film; skipped.");
    QTest::newRow("older: a movie")
        << older << s("tt0113277,9,2019-05-01,Heat,https://www.imdb.com/title/tt0113277/,movie,8.3,170,1995,"
                      "\"Action, Crime, Drama\",650123,1995-12-15,Michael Mann")
        << s("title=Heat; date=1995-12-15; minutes=170; director=Michael Mann; genres=Action / Crime / Drama; "
             "source=imdb:tt0113277");
    QTest::newRow("older: tvMovie is kept")
        << older << s("tt0067023,7,2019-05-01,Duel,u,tvMovie,7.6,90,1971,Thriller,70000,1971-11-13,Steven Spielberg")
        << s("title=Duel; date=1971-11-13; minutes=90; director=Steven Spielberg; genres=Thriller; "
             "source=imdb:tt0067023");
    QTest::newRow("the year when there is no release date")
        << older << s("tt0069293,8,2020-03-15,Solaris,u,movie,8.0,167,1972,Drama,95123,,Andrei Tarkovsky")
        << s("title=Solaris; date=1972; minutes=167; director=Andrei Tarkovsky; genres=Drama; source=imdb:tt0069293");
    QTest::newRow("neither date nor year")
        << older << s("tt0069293,8,2020-03-15,Solaris,u,movie,,,,,,,")
        << s("title=Solaris; source=imdb:tt0069293");
    QTest::newRow("list: a film")
        << list << s(R"(2,tt0083658,2024-03-02,2024-03-09,"Final Cut, please","Blade Runner","Blade Runner",)"
                     R"(https://www.imdb.com/title/tt0083658,Movie,8.1,117,1982,"Action, Drama, Sci-Fi",830123,)"
                     R"("1982-06-25","Ridley Scott",,)")
        << s("title=Blade Runner; date=1982-06-25; minutes=117; director=Ridley Scott; "
             "genres=Action / Drama / Sci-Fi; source=imdb:tt0083658");
    QTest::newRow("legacy: a feature film, genre ids made names")
        << legacy
        << s(R"("3","tt0119094","Sat Jan  3 00:00:00 2015","","","Face/Off","Feature Film","John Woo","7","7.3","138",)"
             R"("1997","action, crime, sci_fi, thriller","251390","1997-06-27","http://www.imdb.com/title/tt0119094/")")
        << s("title=Face/Off; date=1997-06-27; minutes=138; director=John Woo; "
             "genres=Action / Crime / Sci-Fi / Thriller; source=imdb:tt0119094");
    QTest::newRow("legacy: a month/day/year date")
        << legacy
        << s(R"("1","tt2872718","Sat Dec 31 00:00:00 2016","","","Nightcrawler","Feature Film","Dan Gilroy","8",)"
             R"("7.9","117","2014","crime, film_noir","311885","9/5/2014","http://www.imdb.com/title/tt2872718/")")
        << s("title=Nightcrawler; date=2014-09-05; minutes=117; director=Dan Gilroy; genres=Crime / Film-Noir; "
             "source=imdb:tt2872718");
    QTest::newRow("legacy: an impossible month/day/year date")
        << legacy
        << s(R"("1","tt2872718","","","","Nightcrawler","Feature Film","Dan Gilroy","8","7.9","117","2014","crime",)"
             R"("311885","2/30/2014","u")")
        << s("problem: The release date “2/30/2014” is not a real date.");
    QTest::newRow("legacy: a documentary is kept")
        << legacy
        << s(R"("7","tt0094137","","","","Shoah","Documentary","Claude Lanzmann","10","8.7","566","1985",)"
             R"("documentary, history, war","10000","1985-04-30","u")")
        << s("title=Shoah; date=1985-04-30; minutes=566; director=Claude Lanzmann; "
             "genres=Documentary / History / War; source=imdb:tt0094137");
    QTest::newRow("legacy: a mini-series is skipped")
        << legacy
        << s(R"("5","tt0185906","","","","Band of Brothers","Mini-Series","","9","9.5","705","2001","war","301234",)"
             R"("2001-09-09","u")")
        << s("skip: “Band of Brothers” is a TV mini series, not a film; skipped.");
    QTest::newRow("legacy: a TV series is skipped")
        << legacy
        << s(R"("4","tt0903747","","","","Breaking Bad","TV Series","","10","9.5","49","2008","crime","912345",)"
             R"("2008-01-20","u")")
        << s("skip: “Breaking Bad” is a TV series, not a film; skipped.");
    QTest::newRow("a const that is not a title id")
        << older << s("nm0000233,9,2019-05-01,Heat,u,movie,8.3,170,1995,Crime,650123,1995-12-15,Michael Mann")
        << s("problem: “nm0000233” is not an IMDb title id (tt followed by digits).");
    QTest::newRow("a const without its tt")
        << older << s("0113277,9,2019-05-01,Heat,u,movie,8.3,170,1995,Crime,650123,1995-12-15,Michael Mann")
        << s("problem: “0113277” is not an IMDb title id (tt followed by digits).");
    QTest::newRow("an impossible release date")
        << older << s("tt0113277,9,2019-05-01,Heat,u,movie,8.3,170,1995,Crime,650123,1995-02-30,Michael Mann")
        << s("problem: The release date “1995-02-30” is not a real date.");
    QTest::newRow("a runtime that is not minutes")
        << older << s("tt0113277,9,2019-05-01,Heat,u,movie,8.3,2h 50m,1995,Crime,650123,1995-12-15,Michael Mann")
        << s("problem: The duration “2h 50m” is not a whole, positive number of minutes.");
    QTest::newRow("several problems in one row")
        << older << s("xx1,9,2019-05-01,,u,movie,8.3,0,1995,Crime,650123,1995-12-15,Michael Mann")
        << s("problem: The title is missing; every movie needs one. “xx1” is not an IMDb title id (tt followed by "
             "digits). The duration “0” is not a whole, positive number of minutes.");
    QTest::newRow("a row with too few fields")
        << current << s("tt0113277,9,2019-05-01")
        << s("problem: This row has 3 fields, but the header has 14 columns.");
}

void TestImportFormats::shouldConvertImdbRows()
{
    QFETCH(QString, header);
    QFETCH(QString, line);
    QFETCH(QString, expected);

    QCOMPARE(convertOne(Format::Imdb, header.toUtf8().constData(), line.toUtf8().constData()), expected);
}

void TestImportFormats::shouldConvertLetterboxdRows_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const QString watched = s(LetterboxdWatched);
    QTest::newRow("watched") << watched << s("2023-01-14,Stalker,1979,https://boxd.it/29Uk")
                             << s("title=Stalker; date=1979; source=letterboxd:https://boxd.it/29Uk");
    QTest::newRow("a title with a comma")
        << watched << s(R"(2023-02-02,"Crouching Tiger, Hidden Dragon",2000,https://boxd.it/1Hna)")
        << s("title=Crouching Tiger, Hidden Dragon; date=2000; source=letterboxd:https://boxd.it/1Hna");
    QTest::newRow("no year still imports") << watched << s("2023-03-05,Untitled Home Movie,,https://boxd.it/kT3q")
                                           << s("title=Untitled Home Movie; source=letterboxd:https://boxd.it/kT3q");
    QTest::newRow("a film page") << watched << s("2023-01-14,Stalker,1979,https://letterboxd.com/film/stalker/")
                                 << s("title=Stalker; date=1979; source=letterboxd:https://letterboxd.com/film/stalker/");
    QTest::newRow("ratings are not stored")
        << s(LetterboxdRatings) << s("2023-01-15,Solaris,1972,https://boxd.it/29Sa,4.5")
        << s("title=Solaris; date=1972; source=letterboxd:https://boxd.it/29Sa");
    QTest::newRow("diary")
        << s(LetterboxdDiary) << s(R"(2024-05-02,Solaris,1972,https://boxd.it/6ZtLm2,4,Yes,"cinema, 35mm",2024-05-01)")
        << s("title=Solaris; date=1972; source=letterboxd:https://boxd.it/6ZtLm2");
    QTest::newRow("a URI without its scheme")
        << watched << s("2023-01-14,Stalker,1979,letterboxd.com/film/stalker/")
        << s("problem: “letterboxd.com/film/stalker/” is not a Letterboxd address (https://boxd.it/… or "
             "https://letterboxd.com/…).");
    QTest::newRow("a URI of another site")
        << watched << s("2023-01-14,Stalker,1979,https://www.imdb.com/title/tt0079944/")
        << s("problem: “https://www.imdb.com/title/tt0079944/” is not a Letterboxd address (https://boxd.it/… or "
             "https://letterboxd.com/…).");
    QTest::newRow("a URI of no film") << watched << s("2023-01-14,Stalker,1979,https://boxd.it/")
                                      << s("problem: “https://boxd.it/” is not a Letterboxd address "
                                           "(https://boxd.it/… or https://letterboxd.com/…).");
    QTest::newRow("an ftp URI") << watched << s("2023-01-14,Stalker,1979,ftp://boxd.it/29Uk")
                                << s("problem: “ftp://boxd.it/29Uk” is not a Letterboxd address "
                                     "(https://boxd.it/… or https://letterboxd.com/…).");
    QTest::newRow("no URI") << watched << s("2023-01-14,Stalker,1979,")
                            << s("problem: The Letterboxd URI is missing.");
    QTest::newRow("a year of two digits") << watched << s("2023-01-14,Stalker,79,https://boxd.it/29Uk")
                                          << s("problem: The year “79” is not a year of four digits.");
    QTest::newRow("no name") << watched << s("2023-01-14,,1979,https://boxd.it/29Uk")
                             << s("problem: The title is missing; every movie needs one.");
}

void TestImportFormats::shouldConvertLetterboxdRows()
{
    QFETCH(QString, header);
    QFETCH(QString, line);
    QFETCH(QString, expected);

    QCOMPARE(convertOne(Format::Letterboxd, header.toUtf8().constData(), line.toUtf8().constData()), expected);
}

void TestImportFormats::shouldConvertTellicoRows_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const QString full = s(TellicoFull);
    QTest::newRow("a whole entry")
        << full
        << s("Solaris,DVD,1972,PG (USA),Drama; Science Fiction,Region 2,Soviet Union,PAL,"
             "Natalya Bondarchuk:Hari|Donatas Banionis:Kris Kelvin,Andrei Tarkovsky,,Fridrikh Gorenshtein; "
             "Andrei Tarkovsky,Eduard Artemyev,Mosfilm,Russian,English,,167,2.35:1,true,Color,,"
             "A station above an ocean planet.<br/>Visitors haunt it.,5,2019-08-17,,14.99,,,f3a1c2d4.jpeg,,1,"
             "2024-01-07,2024-01-07")
        << s("title=Solaris; date=1972; minutes=167; description=A station above an ocean planet.\nVisitors haunt it.; "
             "director=Andrei Tarkovsky; country=Soviet Union; genres=Drama / Science Fiction; "
             "cast=Natalya Bondarchuk as Hari + Donatas Banionis as Kris Kelvin; poster=f3a1c2d4.jpeg");
    QTest::newRow("the first of several countries and directors")
        << s("Title,Production Year,Nationality,Director")
        << s("The Man Who Fell to Earth,1976,United Kingdom; United States,Nicolas Roeg; Someone Else")
        << s("title=The Man Who Fell to Earth; date=1976; director=Nicolas Roeg; country=United Kingdom");
    QTest::newRow("a role with a colon, an actor without a role")
        << s("Title,Cast") << s("Dr. Strangelove,Peter Sellers:Dr. Strangelove: the doctor|Slim Pickens|:Narrator")
        << s("title=Dr. Strangelove; cast=Peter Sellers as Dr. Strangelove: the doctor + Slim Pickens + ? as Narrator");
    QTest::newRow("the table delimiters Tellico keeps inside")
        << s("Title,Cast") << s("Alien,Sigourney Weaver::Ellen Ripley\xE2\x80\xA8Ian Holm::Ash")
        << s("title=Alien; cast=Sigourney Weaver as Ellen Ripley + Ian Holm as Ash");
    QTest::newRow("the IMDb link gives the IMDb id")
        << s("Title,Production Year,IMDb Link") << s("Heat,1995,https://www.imdb.com/title/tt0113277/")
        << s("title=Heat; date=1995; source=imdb:tt0113277");
    QTest::newRow("a bad running time")
        << s("Title,Running Time") << s("Heat,two hours")
        << s("problem: The duration “two hours” is not a whole, positive number of minutes.");
    QTest::newRow("no title") << s("Title,Production Year") << s(",1995")
                              << s("problem: The title is missing; every movie needs one.");
}

void TestImportFormats::shouldConvertTellicoRows()
{
    QFETCH(QString, header);
    QFETCH(QString, line);
    QFETCH(QString, expected);

    QCOMPARE(convertOne(Format::Tellico, header.toUtf8().constData(), line.toUtf8().constData()), expected);
}

void TestImportFormats::shouldConvertMovieListRows_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const QString list = s(MovieList);
    QTest::newRow("every column")
        << list
        << s(R"(Solaris,1972-03-20,167,1000000.50,"Above an ocean.)"
             "\n"
             R"(Nothing is as it seems.",Andrei Tarkovsky,Soviet Union,Drama;Science Fiction,)"
             R"(Natalya Bondarchuk|Hari|lead; Donatas Banionis|Kris Kelvin|Lead,posters/solaris.jpg)")
        << s("title=Solaris; date=1972-03-20; minutes=167; budget=1000000.50; description=Above an ocean.\nNothing is "
             "as it seems.; director=Andrei Tarkovsky; country=Soviet Union; genres=Drama / Science Fiction; "
             "cast=Natalya Bondarchuk as Hari [lead] + Donatas Banionis as Kris Kelvin [lead]; poster=posters/solaris.jpg");
    QTest::newRow("only a title") << list << s("Metropolis,,,,,,,,,") << s("title=Metropolis");
    QTest::newRow("text is trimmed")
        << list << s("  Alien  , 1979 , 117 , 11000000 ,  In space.  , Ridley Scott ,  United Kingdom , Horror ,, ")
        << s("title=Alien; date=1979; minutes=117; budget=11000000; description=In space.; director=Ridley Scott; "
             "country=United Kingdom; genres=Horror");
    QTest::newRow("hostile text is kept as it is")
        << list << s(R"('); DROP TABLE movies;--,2001,,,100% _wild_,Robert'); DROP TABLE people;--,,,,)")
        << s("title='); DROP TABLE movies;--; date=2001; description=100% _wild_; "
             "director=Robert'); DROP TABLE people;--");
    QTest::newRow("escapes in genres and cast")
        << list << s(R"(Spinal Tap,,,,,,,Comedy;Music\;Mockumentary, Harry Shearer | Derek Smalls \| bass | lead ;)"
                     R"( Back\\slash\;Semi,)")
        << s("title=Spinal Tap; genres=Comedy / Music;Mockumentary; cast=Harry Shearer as Derek Smalls | bass [lead] + "
             "Back\\slash;Semi");
    QTest::newRow("empty entries are dropped, repeated genres kept once")
        << list << s("Alien,,,,,,,Horror;; horror ;Science Fiction;,;Sigourney Weaver;;,")
        << s("title=Alien; genres=Horror / Science Fiction; cast=Sigourney Weaver");
    QTest::newRow("a character without an actor, a role without a character")
        << list << s("Alien,,,,,,,,|Mother|minor; Bolaji Badejo||cameo,")
        << s("title=Alien; cast=? as Mother [minor] + Bolaji Badejo [cameo]");
    QTest::newRow("a budget in canonical form") << list << s("Alien,,,0011000000.50,,,,,,")
                                                << s("title=Alien; budget=11000000.50");
    QTest::newRow("CRLF inside a description") << list << s("Alien,,,,\"One\r\nTwo\",,,,,")
                                               << s("title=Alien; description=One\nTwo");
    QTest::newRow("columns in another order, in any case")
        << s("Director,TITLE,Notes,Release_Date") << s("Ridley Scott,Alien,my favourite,1979-05")
        << s("title=Alien; date=1979-05; director=Ridley Scott");

    QTest::newRow("missing title") << list << s(",1983,100,,A row without a title.,,,,,")
                                   << s("problem: The title is missing; every movie needs one.");
    QTest::newRow("a date in another form") << list << s("Alien,25/05/1979,,,,,,,,")
                                            << s("problem: The release date “25/05/1979” is not in the form YYYY, "
                                                 "YYYY-MM or YYYY-MM-DD.");
    QTest::newRow("a month that does not exist") << list << s("Alien,1979-13-01,,,,,,,,")
                                                 << s("problem: The release date “1979-13-01” is not a real date.");
    QTest::newRow("a day that does not exist") << list << s("Alien,1979-02-29,,,,,,,,")
                                               << s("problem: The release date “1979-02-29” is not a real date.");
    QTest::newRow("year zero") << list << s("Alien,0000,,,,,,,,")
                               << s("problem: The release date “0000” is not a real date.");
    QTest::newRow("a leap day") << list << s("Alien,1980-02-29,,,,,,,,") << s("title=Alien; date=1980-02-29");
    QTest::newRow("a duration with its unit") << list << s("Alien,,90 min,,,,,,,")
                                              << s("problem: The duration “90 min” is not a whole, positive number "
                                                   "of minutes.");
    QTest::newRow("a duration with decimals") << list << s("Alien,,117.5,,,,,,,")
                                              << s("problem: The duration “117.5” is not a whole, positive number of "
                                                   "minutes.");
    QTest::newRow("a negative duration") << list << s("Alien,,-117,,,,,,,")
                                         << s("problem: The duration “-117” is not a whole, positive number of "
                                              "minutes.");
    QTest::newRow("a duration beyond the catalog's range") << list << s("Alien,,100001,,,,,,,")
                                                           << s("problem: The duration “100001” is not a whole, "
                                                                "positive number of minutes.");
    QTest::newRow("a budget with grouping") << list << s(R"(Alien,,,"1,500,000",,,,,,)")
                                            << s("problem: The budget “1,500,000” is not a plain number: write "
                                                 "digits with a point before any decimals, without grouping, sign or "
                                                 "currency (such as 1500000.50).");
    QTest::newRow("a budget with a currency") << list << s("Alien,,,$11000000,,,,,,")
                                              << s("problem: The budget “$11000000” is not a plain number: write "
                                                   "digits with a point before any decimals, without grouping, sign "
                                                   "or currency (such as 1500000.50).");
    QTest::newRow("an unknown role") << list << s("Alien,,,,,,,,Sigourney Weaver|Ellen Ripley|hero,")
                                     << s("problem: The cast role “hero” of Sigourney Weaver is not one of lead, "
                                          "supporting, minor or cameo.");
    QTest::newRow("a cast entry of four parts") << list << s("Alien,,,,,,,,Sigourney Weaver|Ellen|Ripley|lead,")
                                                << s("problem: The cast entry “Sigourney Weaver|Ellen|Ripley|lead” "
                                                     "has more than three parts (Actor|Character|role); write a | "
                                                     "that belongs to a name as \\|.");
    QTest::newRow("a role for nobody") << list << s("Alien,,,,,,,,||lead,")
                                       << s("problem: A cast entry with the role “lead” names neither an actor nor "
                                            "a character.");
    QTest::newRow("too many fields") << list << s("Alien,1979,117,,,,,,,,extra")
                                     << s("problem: This row has 11 fields, but the header has 10 columns.");
    QTest::newRow("too few fields") << list << s("Too Few Fields,1984,100")
                                    << s("problem: This row has 3 fields, but the header has 10 columns.");
}

void TestImportFormats::shouldConvertMovieListRows()
{
    QFETCH(QString, header);
    QFETCH(QString, line);
    QFETCH(QString, expected);

    QCOMPARE(convertOne(Format::Movies, header.toUtf8().constData(), line.toUtf8().constData()), expected);
}

void TestImportFormats::shouldRefuseHeadersThatCannotWork_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("error");

    QTest::newRow("movie list without a title") << Format::Movies << s("name,release_date,director")
                                                << s("The file has no “title” column, which a movie list needs.");
    QTest::newRow("movie list with two titles") << Format::Movies << s("Title,director,title")
                                                << s("The column “title” appears twice in the header (columns 1 and 3).");
    QTest::newRow("movie list with two genres columns")
        << Format::Movies << s("title,genres,GENRES") << s("The column “GENRES” appears twice in the header (columns 2 "
                                                            "and 3).");
    QTest::newRow("IMDb without Const") << Format::Imdb << s("Title,Year,Title Type")
                                        << s("The file has no “Const” column, which an IMDb export needs.");
    QTest::newRow("IMDb without Title") << Format::Imdb << s("Const,Year,Title Type")
                                        << s("The file has no “Title” column, which an IMDb export needs.");
    QTest::newRow("IMDb with two Titles") << Format::Imdb << s("Const,Title,Year,Title")
                                          << s("The column “Title” appears twice in the header (columns 2 and 4).");
    QTest::newRow("Letterboxd without Name") << Format::Letterboxd << s("Date,Title,Year,Letterboxd URI")
                                             << s("The file has no “Name” column, which a Letterboxd export needs.");
    QTest::newRow("Letterboxd without URI") << Format::Letterboxd << s("Date,Name,Year")
                                            << s("The file has no “Letterboxd URI” column, which a Letterboxd "
                                                 "export needs.");
    QTest::newRow("Tellico without Title") << Format::Tellico << s("Name,Production Year")
                                           << s("The file has no “Title” column, which a Tellico export needs.");
    QTest::newRow("Tellico with two Genres") << Format::Tellico << s("Title,Genre,Genre")
                                             << s("The column “Genre” appears twice in the header (columns 2 and 3).");
}

void TestImportFormats::shouldRefuseHeadersThatCannotWork()
{
    QFETCH(Format, format);
    QFETCH(QString, header);
    QFETCH(QString, error);

    const Result<RowConverter> converter = RowConverter::create(format, parseCsv(header).first());
    QVERIFY(!converter);
    QCOMPARE(converter.error(), error);
}

void TestImportFormats::shouldIgnoreRepeatedColumnsItDoesNotRead()
{
    // Given headers whose repeated columns are ones the converter does not read
    const Result<RowConverter> movies = RowConverter::create(Format::Movies, row("title,notes,notes"));
    const Result<RowConverter> imdb = RowConverter::create(Format::Imdb, row("Const,Title,Title Type,Rating,Rating"));
    // Then they are accepted, and the row is read
    QVERIFY2(movies.ok(), qPrintable(movies.error()));
    QVERIFY2(imdb.ok(), qPrintable(imdb.error()));
    QCOMPARE(summary(movies->convert(row("Alien,a,b"), 2)), s("title=Alien"));
    QCOMPARE(movies->format(), Format::Movies);
    QCOMPARE(imdb->format(), Format::Imdb);
}

void TestImportFormats::shouldMatchMovieListColumnsByName()
{
    const ColumnMapping mapping = movieListMapping(row(" Genres ,TITLE,notes,Release_Date,CAST,poster"));
    const ColumnMapping expected{{0, Field::Genres}, {1, Field::Title}, {3, Field::ReleaseDate}, {4, Field::Cast},
                                 {5, Field::Poster}};
    QCOMPARE(mapping, expected);

    QStringList names;
    for (Field field : allFields())
        names.append(fieldName(field));
    QCOMPARE(names.join(u','), s(MovieList));
    QCOMPARE(movieListMapping(names).size(), allFields().size());
}

void TestImportFormats::shouldConvertWithTheUsersMapping()
{
    // Given a CSV in no known layout, and the user's mapping of its columns
    const QStringList header = row("Film,Jahr,Regie,Laufzeit,Notizen");
    const ColumnMapping mapping{{0, Field::Title}, {1, Field::ReleaseDate}, {2, Field::Director}, {3, Field::Duration}};
    // When a converter is made from them
    const Result<RowConverter> converter = RowConverter::create(header, mapping);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    QCOMPARE(converter->format(), Format::Movies);
    // Then the mapped columns become the record, with the movie list's checks
    QCOMPARE(summary(converter->convert(row("Das Boot,1981,Wolfgang Petersen,149,gesehen"), 2)),
             s("title=Das Boot; date=1981; minutes=149; director=Wolfgang Petersen"));
    QCOMPARE(summary(converter->convert(row("Das Boot,1981,Wolfgang Petersen,2½ Stunden,gesehen"), 3)),
             s("problem: The duration “2½ Stunden” is not a whole, positive number of minutes."));
    QCOMPARE(summary(converter->convert(row("Das Boot,1981"), 4)),
             s("problem: This row has 2 fields, but the header has 5 columns."));
}

void TestImportFormats::shouldRefuseMappingsThatCannotWork_data()
{
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::addColumn<QString>("error");

    QTest::newRow("no title") << ColumnMapping{{1, Field::ReleaseDate}}
                              << s("No column is mapped to “title”; every movie needs a title.");
    QTest::newRow("nothing at all") << ColumnMapping{}
                                    << s("No column is mapped to “title”; every movie needs a title.");
    QTest::newRow("two columns to one field")
        << ColumnMapping{{0, Field::Title}, {2, Field::Director}, {3, Field::Director}}
        << s("The columns “Regie” and “Regie 2” are both mapped to “director”; map each field from one column only.");
    QTest::newRow("a column the file lacks") << ColumnMapping{{0, Field::Title}, {7, Field::Director}}
                                             << s("The column mapping names column 8, but the header has 4 columns.");
}

void TestImportFormats::shouldRefuseMappingsThatCannotWork()
{
    QFETCH(ColumnMapping, mapping);
    QFETCH(QString, error);

    const Result<RowConverter> converter = RowConverter::create(row("Film,Jahr,Regie,Regie 2"), mapping);
    QVERIFY(!converter);
    QCOMPARE(converter.error(), error);
}

void TestImportFormats::shouldSplitListCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("empty") << QString() << QChar(u';') << QStringList();
    QTest::newRow("blank") << s("  ") << QChar(u';') << QStringList();
    QTest::newRow("one") << s(" Drama ") << QChar(u';') << QStringList{s("Drama")};
    QTest::newRow("spaces around separators") << s("Drama ;  Science Fiction;Horror") << QChar(u';')
                                              << QStringList{s("Drama"), s("Science Fiction"), s("Horror")};
    QTest::newRow("empty entries dropped") << s(";Drama;;  ;Horror;") << QChar(u';')
                                           << QStringList{s("Drama"), s("Horror")};
    QTest::newRow("escaped separator") << s(R"(Rock\;Roll;Jazz)") << QChar(u';')
                                       << QStringList{s("Rock;Roll"), s("Jazz")};
    QTest::newRow("escaped pipe and backslash") << s(R"(a\|b;c\\d)") << QChar(u';')
                                                << QStringList{s("a|b"), s(R"(c\d)")};
    QTest::newRow("the other separator is text") << s("a|b;c") << QChar(u';') << QStringList{s("a|b"), s("c")};
    QTest::newRow("split at pipes") << s(R"(Actor | Char\;acter|lead)") << QChar(u'|')
                                    << QStringList{s("Actor"), s("Char;acter"), s("lead")};
    QTest::newRow("an escaped backslash before a separator") << s(R"(a\\;b)") << QChar(u';')
                                                             << QStringList{s(R"(a\)"), s("b")};
    QTest::newRow("a backslash before anything else is itself") << s(R"(C:\Films;D:\)") << QChar(u';')
                                                                << QStringList{s(R"(C:\Films)"), s(R"(D:\)")};
    QTest::newRow("hostile text") << s("'); DROP TABLE genres;--") << QChar(u';')
                                  << QStringList{s("')"), s("DROP TABLE genres"), s("--")};
}

void TestImportFormats::shouldSplitListCells()
{
    QFETCH(QString, cell);
    QFETCH(QChar, separator);
    QFETCH(QStringList, values);

    QCOMPARE(splitList(cell, separator), values);
}

void TestImportFormats::shouldJoinWhatItSplits_data()
{
    QTest::addColumn<QStringList>("values");

    QTest::newRow("none") << QStringList();
    QTest::newRow("plain") << QStringList{s("Drama"), s("Science Fiction")};
    QTest::newRow("separators inside") << QStringList{s("Rock;Roll"), s("a|b"), s("x; y | z")};
    QTest::newRow("backslashes") << QStringList{s(R"(C:\Films)"), s(R"(\)"), s(R"(\\;\|)"), s(R"(end\)")};
    QTest::newRow("hostile") << QStringList{s("'); DROP TABLE movies;--"), s("100% _wild_")};
    QTest::newRow("inner spaces") << QStringList{s("a  ;  b"), s("Ünïcødé ’quotes’")};
}

void TestImportFormats::shouldJoinWhatItSplits()
{
    QFETCH(QStringList, values);

    for (QChar separator : {QChar(u';'), QChar(u'|')}) {
        const QString cell = joinList(values, separator);
        QCOMPARE(splitList(cell, separator), values);
    }
    QCOMPARE(joinList({s("a;b"), s("c")}, u';'), s(R"(a\;b; c)"));
    QCOMPARE(joinList({s(R"(a\b)"), s("c|d")}, u'|'), s(R"(a\\b|c\|d)"));
}

void TestImportFormats::shouldWriteCastEntriesThatReadBack_data()
{
    QTest::addColumn<QList<ImportCast>>("cast");
    QTest::addColumn<QString>("cell");

    QTest::newRow("actor only") << QList<ImportCast>{{s("Sigourney Weaver"), {}, {}}} << s("Sigourney Weaver");
    QTest::newRow("actor and character") << QList<ImportCast>{{s("Tom Skerritt"), s("Dallas"), {}}}
                                         << s("Tom Skerritt|Dallas");
    QTest::newRow("all three") << QList<ImportCast>{{s("Ian Holm"), s("Ash"), s("supporting")}}
                               << s("Ian Holm|Ash|supporting");
    QTest::newRow("role without character") << QList<ImportCast>{{s("Bolaji Badejo"), {}, s("cameo")}}
                                            << s("Bolaji Badejo||cameo");
    QTest::newRow("character without actor") << QList<ImportCast>{{{}, s("Mother"), s("minor")}} << s("|Mother|minor");
    QTest::newRow("separators and backslashes in names")
        << QList<ImportCast>{{s("Harry Shearer"), s("Derek Smalls | bass"), s("lead")},
                             {s(R"(Back\slash)"), s("Semi;colon"), {}},
                             {s("'); DROP TABLE people;--"), s("100% _wild_"), {}}}
        << s(R"(Harry Shearer|Derek Smalls \| bass|lead; Back\\slash|Semi\;colon; ')\; DROP TABLE people\;--|100% _wild_)");
}

void TestImportFormats::shouldWriteCastEntriesThatReadBack()
{
    QFETCH(QList<ImportCast>, cast);
    QFETCH(QString, cell);

    // Given a cast written as the movie list writes it
    QCOMPARE(castCell(cast), cell);
    if (cast.size() == 1)
        QCOMPARE(castEntry(cast.first()), cell);
    // When the cell is read back
    const Result<RowConverter> converter = RowConverter::create(Format::Movies, {s("title"), s("cast")});
    QVERIFY(converter.ok());
    const ImportRow result = converter->convert({s("A Film"), cell}, 2);
    // Then it is the same cast
    QCOMPARE(result.kind, ImportRow::Kind::Record);
    QCOMPARE(result.record.cast.size(), cast.size());
    for (qsizetype i = 0; i < cast.size(); ++i) {
        QCOMPARE(result.record.cast.at(i).actor, cast.at(i).actor);
        QCOMPARE(result.record.cast.at(i).character, cast.at(i).character);
        QCOMPARE(result.record.cast.at(i).role, cast.at(i).role);
    }
}

void TestImportFormats::shouldReadTheFixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("counts"); // records, problems, skips
    QTest::addColumn<QString>("first");  // the first row

    QTest::newRow("IMDb ratings, current")
        << s("imdb_ratings_current.csv") << s("imdb") << s("IMDb ratings export (current layout)") << s("4 0 3")
        << s("title=The Shawshank Redemption; date=1994-10-14; minutes=142; director=Frank Darabont; genres=Drama; "
             "source=imdb:tt0111161");
    QTest::newRow("IMDb ratings, older")
        << s("imdb_ratings_older.csv") << s("imdb") << s("IMDb ratings export (older layout, without Original Title)")
        << s("4 0 2")
        << s("title=Heat; date=1995-12-15; minutes=170; director=Michael Mann; genres=Action / Crime / Drama; "
             "source=imdb:tt0113277");
    QTest::newRow("IMDb list, current")
        << s("imdb_list_current.csv") << s("imdb") << s("IMDb list export (current layout)") << s("3 0 1")
        << s("title=2001: A Space Odyssey; date=1968-04-02; minutes=149; director=Stanley Kubrick; "
             "genres=Adventure / Sci-Fi; source=imdb:tt0062622");
    QTest::newRow("IMDb legacy")
        << s("imdb_list_legacy.csv") << s("imdb") << s("IMDb export (legacy layout, before 2017)") << s("3 0 3")
        << s("title=Nightcrawler; date=2014-09-05; minutes=117; director=Dan Gilroy; genres=Crime / Drama / Thriller; "
             "source=imdb:tt2872718");
    QTest::newRow("Letterboxd watched")
        << s("letterboxd_watched.csv") << s("letterboxd")
        << s("Letterboxd watched films or watchlist (watched.csv or watchlist.csv)") << s("5 0 0")
        << s("title=Stalker; date=1979; source=letterboxd:https://boxd.it/29Uk");
    QTest::newRow("Letterboxd ratings") << s("letterboxd_ratings.csv") << s("letterboxd")
                                        << s("Letterboxd ratings (ratings.csv)") << s("4 0 0")
                                        << s("title=Stalker; date=1979; source=letterboxd:https://boxd.it/29Uk");
    QTest::newRow("Letterboxd diary") << s("letterboxd_diary.csv") << s("letterboxd")
                                      << s("Letterboxd diary (diary.csv)") << s("4 0 0")
                                      << s("title=Stalker; date=1979; source=letterboxd:https://boxd.it/3kPqVb");
    QTest::newRow("Letterboxd watchlist")
        << s("letterboxd_watchlist.csv") << s("letterboxd")
        << s("Letterboxd watched films or watchlist (watched.csv or watchlist.csv)") << s("3 0 0")
        << s("title=Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles; date=1975; "
             "source=letterboxd:https://boxd.it/1LKk");
    QTest::newRow("Tellico")
        << s("tellico.csv") << s("tellico") << s("Tellico CSV export") << s("4 0 0")
        << s("title=Solaris; date=1972; minutes=167; description=A psychologist is sent to a space station orbiting "
             "an ocean planet.\nThe crew there is haunted by visitors.; director=Andrei Tarkovsky; country=Soviet Union; "
             "genres=Drama / Science Fiction; cast=Natalya Bondarchuk as Hari + Donatas Banionis as Kris Kelvin + "
             "Jüri Järvet as Dr. Snaut; poster=f3a1c2d4e5b6a7980112233445566778.jpeg");
    QTest::newRow("movie list with quirks")
        << s("movies.csv") << s("movies") << s("Reelkeeper movie list") << s("6 6 0")
        << s("title=Solaris; date=1972-03-20; minutes=167; description=A psychologist travels to a station above an "
             "ocean planet.\nNothing there is quite what it seems.; director=Andrei Tarkovsky; country=Soviet Union; "
             "genres=Drama / Science Fiction; cast=Natalya Bondarchuk as Hari [lead] + Donatas Banionis as Kris Kelvin "
             "[lead] + Jüri Järvet as Dr. Snaut [supporting]; poster=posters/solaris.jpg");
    QTest::newRow("movie list, ;-delimited")
        << s("movies_semicolon.csv") << s("movies") << s("Reelkeeper movie list") << s("3 0 0")
        << s("title=Stalker; date=1979-05-25; minutes=162; director=Andrei Tarkovsky; country=Soviet Union; "
             "genres=Drama / Science Fiction; cast=Alexander Kaidanovsky as Stalker [lead] + Anatoli Solonitsyn as "
             "Writer [supporting]");
    QTest::newRow("movie list, Windows-1252")
        << s("movies_latin1.csv") << s("movies") << s("Reelkeeper movie list") << s("3 0 0")
        << s("title=Le Fabuleux Destin d’Amélie Poulain; date=2001-04-25; minutes=122; director=Jean-Pierre Jeunet; "
             "country=France; genres=Comedy / Romance");
    QTest::newRow("movie list, BOM and CRLF")
        << s("movies_bom_crlf.csv") << s("movies") << s("Reelkeeper movie list") << s("2 0 0")
        << s("title=Amélie; date=2001-04-25; minutes=122; description=A shy waitress in Montmartre\ndecides to change "
             "the lives of those around her.; director=Jean-Pierre Jeunet; country=France; genres=Comedy / Romance");
}

void TestImportFormats::shouldReadTheFixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, description);
    QFETCH(QString, counts);
    QFETCH(QString, first);

    // Given a fixture file, decoded and split as the CSV reader will (here by a small stand-in)
    QFile input(QStringLiteral(REELKEEPER_TEST_DATA "/import/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    const QString text = file.contains(QLatin1String("latin1")) ? fromWindows1252(bytes) : QString::fromUtf8(bytes);
    const QList<QStringList> records = parseCsv(text, file.contains(QLatin1String("semicolon")) ? u';' : u',');
    QVERIFY(records.size() > 1);

    // When its header is recognised and its rows converted
    const std::optional<Format> detected = detect(records.first());
    QVERIFY(detected);
    QCOMPARE(name(*detected), format);
    QCOMPARE(describe(*detected, records.first()), description);
    const Result<RowConverter> converter = RowConverter::create(*detected, records.first());
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    int made[3] = {0, 0, 0};
    QList<ImportRow> rows;
    for (qsizetype i = 1; i < records.size(); ++i) {
        rows.append(converter->convert(records.at(i), i + 1));
        ++made[int(rows.last().kind)];
    }

    // Then it gives the expected records, problems and skips
    QCOMPARE(QStringLiteral("%1 %2 %3").arg(made[0]).arg(made[1]).arg(made[2]), counts);
    QCOMPARE(summary(rows.first()), first);
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
