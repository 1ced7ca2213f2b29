// MovieDetailPane: one movie in full (poster, fields, genres, cast), its hints for what is
// missing, its empty states and its signals, on a fresh catalog per test.
#include "mediastore.h"
#include "moviedetailpane.h"
#include "movierecord.h"
#include "testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;

namespace {

constexpr qint64 TarkovskyId = 1;
constexpr qint64 BondarchukId = 2;
constexpr qint64 BanionisId = 3;
constexpr qint64 JarvetId = 4;
constexpr qint64 HostileId = 5;
constexpr qint64 SovietUnionId = 1;
constexpr qint64 ScienceFictionId = 1;
constexpr qint64 DramaId = 2;
constexpr QRgb Red = 0xffcc2222;
constexpr QRgb Blue = 0xff2244cc;

// The C locale, but grouping digits like most locales do (plain C omits the group separator).
QLocale groupingC()
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

// What a label shows, as a user reads it: rich text without its markup.
QString shownText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString firstLink(const QLabel *label)
{
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    return href.match(label->text()).captured(1);
}

} // namespace

class TestMovieDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldShowEveryFieldOfAFullMovie();
    void shouldShowTheReleaseDateAsStoredOrInFull_data();
    void shouldShowTheReleaseDateAsStoredOrInFull();
    void shouldShowTheBudgetExactlyInTheLocalesFormat_data();
    void shouldShowTheBudgetExactlyInTheLocalesFormat();
    void shouldShowHostileTextLiterally();
    void shouldHintAtAMissingDirectorCountryAndGenres();
    void shouldListTheCastInBillingOrderThenCharactersWithoutActor();
    void shouldShowThePosterThumbnailOnceItArrives();
    void shouldKeepThePosterOnScreenWhenRefreshedAfterAnEdit();
    void shouldNeverShowThePosterOfAMovieNoLongerSelected_data();
    void shouldNeverShowThePosterOfAMovieNoLongerSelected();
    void shouldAskToSelectAMovieWhenNoneIsShown();
    void shouldSayWhenTheMovieIsNoLongerInTheCatalog();
    void shouldRequestAnEditOfTheShownMovie();
    void shouldAnnounceAPersonWhenTheirNameIsActivated();
    void shouldSayHowManyPeopleLoveTheMovie_data();
    void shouldSayHowManyPeopleLoveTheMovie();
    void shouldHideTheFavoriteButtonFromAGuest();
    void shouldAskToToggleTheSignedInUsersFavorite();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    qint64 addPoster(QRgb color, const QString &fileName);
    qint64 insert(const MovieRecord &movie);
    MovieRecord solaris();
    MovieRecord titled(const QString &title);
    QLabel *label(const QString &objectName) const;
    bool isShown(const QWidget *widget) const { return widget && widget->isVisibleTo(m_pane.get()); }
    QStringList shownTexts(const QString &objectName) const;
    QRgb posterCenter() const;

    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_thumbnails;
    std::unique_ptr<MovieDetailPane> m_pane;
    qint64 m_redPoster = 0;
};

void TestMovieDetailPane::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_thumbnails = std::make_unique<QTemporaryDir>();
    QVERIFY(m_thumbnails->isValid());
    const QStringList setup{
        u"INSERT INTO people (id, first_name, last_name) VALUES (1, 'Andrei', 'Tarkovsky'),"
        " (2, 'Natalya', 'Bondarchuk'), (3, 'Donatas', 'Banionis'), (4, 'Jüri', 'Järvet'),"
        " (5, '<img src=x>', '<b>Smith</b>')"_s,
        u"INSERT INTO countries (id, name) VALUES (1, 'Soviet Union')"_s,
        u"INSERT INTO genres (id, name) VALUES (1, 'Science fiction'), (2, 'Drama'), (3, 'Mystery')"_s,
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(db(), sql), QString());
    m_redPoster = addPoster(Red, u"solaris.png"_s);
    QVERIFY(m_redPoster > 0);

    m_pane = std::make_unique<MovieDetailPane>(db(), m_catalog->catalog().mediaPath(), m_thumbnails->path());
    m_pane->setLocale(groupingC());
    m_pane->resize(420, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestMovieDetailPane::cleanup()
{
    m_pane.reset();
    // No thumbnail of this test may still be writing into the folder about to go.
    QThreadPool::globalInstance()->waitForDone();
    m_thumbnails.reset();
    m_catalog.reset();
}

qint64 TestMovieDetailPane::addPoster(QRgb color, const QString &fileName)
{
    const MediaStore media(m_catalog->catalog().mediaPath());
    Result<qint64> added = media.addFile(db(), Test::makeImage(200, 300, "PNG", color), fileName);
    if (!added) {
        qWarning("%s", qPrintable(added.error()));
        return 0;
    }
    return *added;
}

qint64 TestMovieDetailPane::insert(const MovieRecord &movie)
{
    Result<qint64> inserted = MovieRecords::insert(db(), movie);
    if (!inserted) {
        qWarning("%s", qPrintable(inserted.error()));
        return 0;
    }
    return *inserted;
}

// Every field set; billing order differs from the order the characters were added in, one actor
// plays nobody in particular and two characters have no actor.
MovieRecord TestMovieDetailPane::solaris()
{
    MovieRecord movie;
    movie.title = u"Solaris"_s;
    movie.description = u"A psychologist is sent to a station orbiting a distant planet."_s;
    movie.budget = u"1000000"_s;
    movie.releaseDate = u"1972-03-20"_s;
    movie.duration = 167;
    movie.directorId = TarkovskyId;
    movie.countryId = SovietUnionId;
    movie.posterFileId = m_redPoster;
    movie.genreIds = {ScienceFictionId, DramaId};
    movie.characters = {
        {0, u"Kris Kelvin"_s, QString(), u"lead"_s},
        {0, u"Hari"_s, QString(), u"lead"_s},
        {0, u"Gibarian"_s, QString(), u"minor"_s},
        {0, u"Messenger"_s, QString(), QString()},
    };
    movie.cast = {{0, BondarchukId, 1}, {0, BanionisId, 0}, {0, JarvetId, -1}};
    return movie;
}

MovieRecord TestMovieDetailPane::titled(const QString &title)
{
    MovieRecord movie;
    movie.title = title;
    return movie;
}

QLabel *TestMovieDetailPane::label(const QString &objectName) const
{
    return m_pane->findChild<QLabel *>(objectName);
}

// The texts of the labels of that name the pane shows, in their order on screen.
QStringList TestMovieDetailPane::shownTexts(const QString &objectName) const
{
    QStringList texts;
    const QList<QLabel *> labels = m_pane->findChildren<QLabel *>(objectName);
    for (const QLabel *label : labels) {
        if (isShown(label))
            texts.append(shownText(label));
    }
    return texts;
}

QRgb TestMovieDetailPane::posterCenter() const
{
    const QPixmap pixmap = label(u"poster"_s)->pixmap();
    if (pixmap.isNull())
        return 0;
    const QImage image = pixmap.toImage();
    return image.pixel(image.width() / 2, image.height() / 2);
}

void TestMovieDetailPane::shouldShowEveryFieldOfAFullMovie()
{
    // Given a movie with every field set
    const qint64 id = insert(solaris());
    QVERIFY(id > 0);

    // When the pane shows it
    m_pane->showMovie(id);

    // Then every field is there, in words
    QCOMPARE(m_pane->movieId(), id);
    QVERIFY(!isShown(label(u"emptyMessage"_s)));
    QCOMPARE(shownText(label(u"title"_s)), u"Solaris"_s);
    QCOMPARE(shownText(label(u"facts"_s)), u"20 March 1972 · 167 min · Soviet Union"_s);
    QCOMPARE(shownText(label(u"director"_s)), u"Directed by Andrei Tarkovsky"_s);
    QCOMPARE(shownTexts(u"genreChip"_s), (QStringList{u"Drama"_s, u"Science fiction"_s}));
    QVERIFY(!isShown(label(u"genresHint"_s)));
    QCOMPARE(shownText(label(u"budget"_s)), u"Budget: 1,000,000"_s);
    QCOMPARE(shownText(label(u"description"_s)), u"A psychologist is sent to a station orbiting a distant planet."_s);
    QVERIFY(isShown(label(u"castHeading"_s)));
    QCOMPARE(shownTexts(u"castEntry"_s).size(), 5);
    QVERIFY(isShown(m_pane->findChild<QPushButton *>(u"editButton"_s)));
    // And the main labels have names for screen readers
    for (const QString &name : {u"poster"_s, u"title"_s, u"facts"_s, u"director"_s, u"budget"_s, u"description"_s})
        QVERIFY2(!label(name)->accessibleName().isEmpty(), qPrintable(name));
}

void TestMovieDetailPane::shouldShowTheReleaseDateAsStoredOrInFull_data()
{
    QTest::addColumn<QString>("releaseDate");
    QTest::addColumn<QString>("facts");
    QTest::newRow("a year alone") << u"1972"_s << u"1972 · Soviet Union"_s;
    QTest::newRow("a year and month") << u"1972-03"_s << u"1972-03 · Soviet Union"_s;
    QTest::newRow("a full date in the locale's words") << u"1972-03-20"_s << u"20 March 1972 · Soviet Union"_s;
}

void TestMovieDetailPane::shouldShowTheReleaseDateAsStoredOrInFull()
{
    QFETCH(QString, releaseDate);
    QFETCH(QString, facts);
    // Given a movie with a country and a date of that precision, and no running time
    MovieRecord movie = titled(u"Solaris"_s);
    movie.releaseDate = releaseDate;
    movie.countryId = SovietUnionId;

    // When it is shown
    m_pane->showMovie(insert(movie));

    // Then the date reads as stored, or in full when the day is known
    QCOMPARE(shownText(label(u"facts"_s)), facts);
}

void TestMovieDetailPane::shouldShowTheBudgetExactlyInTheLocalesFormat_data()
{
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    const QLocale c = groupingC();
    QTest::newRow("more digits than a double holds") << u"12345678901.23"_s << c << u"Budget: 12,345,678,901.23"_s;
    QTest::newRow("the longest budget") << u"123456789012345678901234567890.123456789"_s << c
                                        << u"Budget: 123,456,789,012,345,678,901,234,567,890.123456789"_s;
    QTest::newRow("a single digit") << u"7"_s << c << u"Budget: 7"_s;
    QTest::newRow("three digits, no group") << u"100"_s << c << u"Budget: 100"_s;
    QTest::newRow("four digits, one group") << u"1000"_s << c << u"Budget: 1,000"_s;
    QTest::newRow("a fraction kept digit for digit") << u"0.050"_s << c << u"Budget: 0.050"_s;
    QTest::newRow("German separators") << u"12345678901.23"_s << QLocale(QLocale::German, QLocale::Germany)
                                       << u"Budget: 12.345.678.901,23"_s;
    QTest::newRow("a locale that omits grouping") << u"12345678901.23"_s << QLocale::c()
                                                  << u"Budget: 12345678901.23"_s;
}

void TestMovieDetailPane::shouldShowTheBudgetExactlyInTheLocalesFormat()
{
    QFETCH(QString, budget);
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    // Given a movie with that budget, and a pane in that locale
    MovieRecord movie = titled(u"Solaris"_s);
    movie.budget = budget;
    m_pane->setLocale(locale);

    // When it is shown
    m_pane->showMovie(insert(movie));

    // Then every digit is there, grouped as the locale groups them
    QVERIFY(isShown(label(u"budget"_s)));
    QCOMPARE(shownText(label(u"budget"_s)), shown);
}

void TestMovieDetailPane::shouldShowHostileTextLiterally()
{
    // Given text that looks like markup in every place a user can type it
    const QString description = u"<b>bold</b> <script>alert(\"x\")</script> &amp; </p><a href=\"person:1\">x</a>"_s;
    MovieRecord movie = titled(u"<i>Solaris</i>"_s);
    movie.description = description;
    movie.directorId = HostileId;
    movie.characters = {{0, u"<b>Hari</b> & co"_s, QString(), QString()}};
    movie.cast = {{0, HostileId, 0}};

    // When it is shown
    m_pane->showMovie(insert(movie));

    // Then it reads exactly as typed, and links go only where the pane put them
    QCOMPARE(label(u"description"_s)->textFormat(), Qt::PlainText);
    QCOMPARE(label(u"description"_s)->text(), description);
    QCOMPARE(label(u"title"_s)->textFormat(), Qt::PlainText);
    QCOMPARE(label(u"title"_s)->text(), u"<i>Solaris</i>"_s);
    QCOMPARE(shownText(label(u"director"_s)), u"Directed by <img src=x> <b>Smith</b>"_s);
    QCOMPARE(firstLink(label(u"director"_s)), u"person:5"_s);
    QCOMPARE(shownTexts(u"castEntry"_s), QStringList{u"<img src=x> <b>Smith</b> — <b>Hari</b> & co"_s});
}

void TestMovieDetailPane::shouldHintAtAMissingDirectorCountryAndGenres()
{
    // Given a movie with nothing but a title
    // When it is shown
    m_pane->showMovie(insert(titled(u"Untitled reel"_s)));

    // Then what every movie should have is hinted at, in the placeholder colour
    QLabel *director = label(u"director"_s);
    QCOMPARE(shownText(director), u"Unknown director"_s);
    QCOMPARE(director->foregroundRole(), QPalette::PlaceholderText);
    QCOMPARE(shownText(label(u"facts"_s)), u"No country"_s);
    QVERIFY(label(u"facts"_s)->text().startsWith(u"<span style=\"color:"_s));
    QLabel *genresHint = label(u"genresHint"_s);
    QVERIFY(isShown(genresHint));
    QCOMPARE(genresHint->text(), u"No genres"_s);
    QCOMPARE(genresHint->foregroundRole(), QPalette::PlaceholderText);
    QCOMPARE(shownTexts(u"genreChip"_s), QStringList());
    // And what is optional is simply left out
    QVERIFY(!isShown(label(u"budget"_s)));
    QVERIFY(!isShown(label(u"description"_s)));
    QVERIFY(!isShown(label(u"castHeading"_s)));
    QCOMPARE(shownTexts(u"castEntry"_s), QStringList());
}

void TestMovieDetailPane::shouldListTheCastInBillingOrderThenCharactersWithoutActor()
{
    // Given a movie whose cast is billed in another order than its characters were added, with an
    // actor playing no named character and characters nobody is listed for
    const qint64 id = insert(solaris());

    // When it is shown after a smaller cast (the lines are reused)
    MovieRecord small = titled(u"Stalker"_s);
    small.characters = {{0, u"Writer"_s, QString(), QString()}};
    const qint64 smallId = insert(small);
    m_pane->showMovie(smallId);
    QCOMPARE(shownTexts(u"castEntry"_s), QStringList{u"— Writer"_s});
    m_pane->showMovie(id);

    // Then the cast comes in billing order, then the characters without actor
    const QStringList expected{
        u"Natalya Bondarchuk — Hari (lead)"_s,
        u"Donatas Banionis — Kris Kelvin (lead)"_s,
        u"Jüri Järvet"_s,
        u"— Gibarian (minor)"_s,
        u"— Messenger"_s,
    };
    QCOMPARE(shownTexts(u"castEntry"_s), expected);

    // And going back to the smaller cast leaves no line of the larger one behind
    m_pane->showMovie(smallId);
    QCOMPARE(shownTexts(u"castEntry"_s), QStringList{u"— Writer"_s});
}

void TestMovieDetailPane::shouldShowThePosterThumbnailOnceItArrives()
{
    // Given a movie with a red poster
    const qint64 id = insert(solaris());

    // When it is shown
    m_pane->showMovie(id);

    // Then a placeholder stands in at once, and the poster replaces it
    QVERIFY(!label(u"poster"_s)->pixmap().isNull());
    QTRY_COMPARE(posterCenter(), Red);
}

void TestMovieDetailPane::shouldKeepThePosterOnScreenWhenRefreshedAfterAnEdit()
{
    // Given a movie whose poster is on screen
    const qint64 id = insert(solaris());
    m_pane->showMovie(id);
    QTRY_COMPARE(posterCenter(), Red);

    // When its title is edited and the pane refreshed
    Result<MovieRecord> movie = MovieRecords::load(db(), id);
    QVERIFY2(movie, qPrintable(movie.error()));
    movie->title = u"Solaris (1972)"_s;
    const Result<void> updated = MovieRecords::update(db(), *movie);
    QVERIFY2(updated, qPrintable(updated.error()));
    m_pane->refresh();

    // Then the new title shows, and the poster never went back to the placeholder
    QCOMPARE(shownText(label(u"title"_s)), u"Solaris (1972)"_s);
    QCOMPARE(posterCenter(), Red);
}

void TestMovieDetailPane::shouldNeverShowThePosterOfAMovieNoLongerSelected_data()
{
    QTest::addColumn<QString>("next"); // "blue", "none" or "nothing"
    QTest::newRow("to a movie with another poster") << u"blue"_s;
    QTest::newRow("to a movie without a poster") << u"none"_s;
    QTest::newRow("to no movie at all") << u"nothing"_s;
}

void TestMovieDetailPane::shouldNeverShowThePosterOfAMovieNoLongerSelected()
{
    QFETCH(QString, next);
    // Given a movie with a red poster and the movie selected right after it
    const qint64 first = insert(solaris());
    MovieRecord second = titled(u"Stalker"_s);
    if (next == u"blue"_s)
        second.posterFileId = addPoster(Blue, u"stalker.png"_s);
    const qint64 secondId = next == u"nothing"_s ? 0 : insert(second);

    // When the selection moves on before the first thumbnail is ready
    m_pane->showMovie(first);
    m_pane->showMovie(secondId);
    if (next == u"blue"_s)
        QTRY_COMPARE(posterCenter(), Blue);
    // (every thumbnail made, every answer delivered)
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    // Then the first movie's poster never shows up
    QVERIFY(posterCenter() != Red);
    if (next == u"blue"_s)
        QCOMPARE(posterCenter(), Blue);
}

void TestMovieDetailPane::shouldAskToSelectAMovieWhenNoneIsShown()
{
    // Given a new pane
    // Then it asks for a selection
    QVERIFY(isShown(label(u"emptyMessage"_s)));
    QCOMPARE(label(u"emptyMessage"_s)->text(), u"Select a movie to see its details"_s);
    QVERIFY(!isShown(label(u"title"_s)));

    // And again once a movie was shown and the selection cleared
    m_pane->showMovie(insert(solaris()));
    QVERIFY(!isShown(label(u"emptyMessage"_s)));
    m_pane->showMovie(0);
    QCOMPARE(m_pane->movieId(), 0);
    QVERIFY(isShown(label(u"emptyMessage"_s)));
    QCOMPARE(label(u"emptyMessage"_s)->text(), u"Select a movie to see its details"_s);
}

void TestMovieDetailPane::shouldSayWhenTheMovieIsNoLongerInTheCatalog()
{
    // Given an id the catalog never held
    // When it is shown
    m_pane->showMovie(9999);

    // Then the pane says the movie is gone
    QCOMPARE(m_pane->movieId(), 9999);
    QVERIFY(isShown(label(u"emptyMessage"_s)));
    QCOMPARE(label(u"emptyMessage"_s)->text(), u"This movie is no longer in the catalog"_s);
    QVERIFY(!isShown(label(u"title"_s)));

    // And the same for a movie deleted while shown, until undo puts it back
    const qint64 id = insert(solaris());
    m_pane->showMovie(id);
    Result<MovieSnapshot> snapshot = MovieRecords::snapshot(db(), id);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    const Result<void> removed = MovieRecords::remove(db(), {id});
    QVERIFY2(removed, qPrintable(removed.error()));
    m_pane->refresh();
    QCOMPARE(label(u"emptyMessage"_s)->text(), u"This movie is no longer in the catalog"_s);
    QVERIFY(!isShown(label(u"title"_s)));
    const Result<void> restored = MovieRecords::restore(db(), {*snapshot});
    QVERIFY2(restored, qPrintable(restored.error()));
    m_pane->refresh();
    QVERIFY(isShown(label(u"title"_s)));
    QCOMPARE(shownText(label(u"title"_s)), u"Solaris"_s);
}

void TestMovieDetailPane::shouldRequestAnEditOfTheShownMovie()
{
    // Given a movie on show
    const qint64 id = insert(solaris());
    m_pane->showMovie(id);
    QSignalSpy edits(m_pane.get(), &MovieDetailPane::editRequested);

    // When Edit is clicked
    QTest::mouseClick(m_pane->findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);

    // Then an edit of that movie is asked for
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), id);
}

void TestMovieDetailPane::shouldAnnounceAPersonWhenTheirNameIsActivated()
{
    // Given a movie on show, whose director and actors are links a keyboard can reach
    m_pane->showMovie(insert(solaris()));
    QSignalSpy people(m_pane.get(), &MovieDetailPane::personActivated);
    QLabel *director = label(u"director"_s);
    QVERIFY(director->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    QVERIFY(director->focusPolicy() & Qt::TabFocus);
    const QList<QLabel *> cast = m_pane->findChildren<QLabel *>(u"castEntry"_s);
    QVERIFY(!cast.isEmpty());
    QVERIFY(cast.first()->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));

    // When the director's name is reached with Tab and activated with Return
    m_pane->activateWindow();
    director->setFocus(Qt::TabFocusReason);
    QVERIFY(director->hasFocus());
    QTest::keyClick(director, Qt::Key_Tab); // to the first link inside the label
    QTest::keyClick(director, Qt::Key_Return);
    // And the first actor's name is clicked
    Q_EMIT cast.first()->linkActivated(firstLink(cast.first()));

    // Then the pane names those people
    QCOMPARE(people.count(), 2);
    QCOMPARE(people.at(0).at(0).toLongLong(), TarkovskyId);
    QCOMPARE(people.at(1).at(0).toLongLong(), BondarchukId);
    QCOMPARE(firstLink(cast.first()), u"person:%1"_s.arg(BondarchukId));
}

// Given users 1..4, of whom the first `lovers` have the movie among their favorites.
void TestMovieDetailPane::shouldSayHowManyPeopleLoveTheMovie_data()
{
    QTest::addColumn<int>("lovers");
    QTest::addColumn<QString>("line");
    QTest::newRow("nobody: nothing") << 0 << QString();
    QTest::newRow("one") << 1 << u"1 person loves this"_s;
    QTest::newRow("three") << 3 << u"3 people love this"_s;
}

void TestMovieDetailPane::shouldSayHowManyPeopleLoveTheMovie()
{
    QFETCH(int, lovers);
    QFETCH(QString, line);
    QCOMPARE(exec(db(), u"INSERT INTO users (id, username, password_hash) VALUES (1, 'ada', '$argon2id$a'), "
                        "(2, 'bob', '$argon2id$b'), (3, 'cy', '$argon2id$c'), (4, 'di', '$argon2id$d')"_s),
             QString());
    const qint64 id = insert(titled(u"Solaris"_s));
    for (int user = 1; user <= lovers; ++user)
        QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (?, ?)"_s, {user, id}), QString());

    // When the movie is shown, to a guest and then to user 4
    m_pane->showMovie(id);
    const QString forGuest = isShown(label(u"lovers"_s)) ? label(u"lovers"_s)->text() : QString();
    m_pane->setCurrentUser(4);

    // Then the line says how many, the same for everyone, and nothing when nobody does
    QCOMPARE(forGuest, line);
    QCOMPARE(isShown(label(u"lovers"_s)), lovers > 0);
    if (lovers > 0)
        QCOMPARE(label(u"lovers"_s)->text(), line);

    // And after another user marks it and the pane refreshes, the count follows
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (4, ?)"_s, {id}), QString());
    m_pane->refresh();
    QCOMPARE(label(u"lovers"_s)->text(),
             lovers + 1 == 1 ? u"1 person loves this"_s : u"%1 people love this"_s.arg(lovers + 1));
}

void TestMovieDetailPane::shouldHideTheFavoriteButtonFromAGuest()
{
    QCOMPARE(exec(db(), u"INSERT INTO users (id, username, password_hash) VALUES (1, 'ada', '$argon2id$a')"_s),
             QString());
    m_pane->showMovie(insert(titled(u"Solaris"_s)));
    auto *button = m_pane->findChild<QPushButton *>(u"favoriteButton"_s);
    QVERIFY(button);

    // A guest sees no button
    QVERIFY(!isShown(button));

    // A user signed in sees it, and it goes again when they sign out
    m_pane->setCurrentUser(1);
    QVERIFY(isShown(button));
    m_pane->setCurrentUser(std::nullopt);
    QVERIFY(!isShown(button));
}

void TestMovieDetailPane::shouldAskToToggleTheSignedInUsersFavorite()
{
    // Given ada (1) loves Solaris, grace (2) does not, and grace is signed in
    QCOMPARE(exec(db(), u"INSERT INTO users (id, username, password_hash) VALUES (1, 'ada', '$argon2id$a'), "
                        "(2, 'grace', '$argon2id$b')"_s),
             QString());
    const qint64 id = insert(titled(u"Solaris"_s));
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (1, ?)"_s, {id}), QString());
    m_pane->setCurrentUser(2);
    m_pane->showMovie(id);
    auto *button = m_pane->findChild<QPushButton *>(u"favoriteButton"_s);
    QCOMPARE(button->text(), u"Add to My Favorites"_s);
    QVERIFY(!button->isChecked());
    QSignalSpy toggles(m_pane.get(), &MovieDetailPane::favoriteToggleRequested);

    // When the heart is clicked
    QTest::mouseClick(button, Qt::LeftButton);

    // Then adding the movie is asked for, and nothing is written by the pane itself
    QCOMPARE(toggles.count(), 1);
    QCOMPARE(toggles.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(toggles.at(0).at(1).toBool(), true);
    QVERIFY(!button->isChecked());
    QCOMPARE(Test::scalar(db(), u"SELECT count(*) FROM favorite_movies WHERE user_id = 2"_s).toInt(), 0);

    // And once the window has written it and refreshed, the button says so, and a click asks to remove
    QCOMPARE(exec(db(), u"INSERT INTO favorite_movies (user_id, movie_id) VALUES (2, ?)"_s, {id}), QString());
    m_pane->refresh();
    QCOMPARE(button->text(), u"In My Favorites"_s);
    QVERIFY(button->isChecked());
    QCOMPARE(label(u"lovers"_s)->text(), u"2 people love this"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(toggles.count(), 2);
    QCOMPARE(toggles.at(1).at(1).toBool(), false);
}

QTEST_MAIN(TestMovieDetailPane)
#include "tst_moviedetailpane.moc"
