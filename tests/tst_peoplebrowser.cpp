// The people page under the offscreen platform: search as you type, filters, details, keys and signals.
#include "mediastore.h"
#include "peoplebrowser.h"
#include "peoplelistmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestPeopleBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListEveryoneAndShowTheFirstPersonsDetails();
    void shouldFilterTheListAsYouType();
    void shouldFilterByTheControls();
    void shouldShowTheFilmographyWithCharactersAndRoles();
    void shouldShowTheBirthDateWithThePrecisionItHas_data();
    void shouldShowTheBirthDateWithThePrecisionItHas();
    void shouldAskToOpenAMovieFromTheFilmography();
    void shouldAskToEditAddAndDeleteFromTheKeyboard();
    void shouldTakeItsKeysBeforeTheWindowsShortcuts();
    void shouldSayWhenThereIsNobodyOrNoMatch();
    void shouldShowChangesAfterReload();
    void shouldShowThePrimaryPhoto();

private:
    void fill(QSqlDatabase db);
    static bool loaded(PeopleBrowser &browser);
    static QStringList listed(PeopleBrowser &browser);
    static QStringList filmographyRow(PeopleBrowser &browser, int row);
};

void TestPeopleBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPeopleBrowser::fill(QSqlDatabase db)
{
    const QStringList setup = {
        QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'France'), (2, 'Japan')"),
        QStringLiteral("INSERT INTO people (id, first_name, last_name, date_of_birth, gender, country_id, biography) VALUES "
                       "(1, 'Agnès', 'Varda', '1928-05-30', 'female', 1, 'Photographer, then film maker.'), "
                       "(2, 'Akira', 'Kurosawa', '1910-03', 'male', 2, NULL), "
                       "(3, 'Toshiro', 'Mifune', '1920', 'male', 2, NULL), "
                       "(4, 'Corinne', 'Marchand', NULL, 'female', 1, NULL), "
                       "(5, NULL, 'Madonna', NULL, NULL, NULL, NULL)"),
        QStringLiteral("INSERT INTO movies (id, title, release_date, director_id) VALUES "
                       "(1, 'Cléo from 5 to 7', '1962-04-11', 1), (3, 'Seven Samurai', '1954-04-26', 2), "
                       "(4, 'Rashomon', '1950', 2)"),
        QStringLiteral("INSERT INTO characters (id, movie_id, name, role) VALUES "
                       "(1, 1, 'Cléo', 'lead'), (3, 3, 'Kikuchiyo', 'lead'), (4, 3, 'Ghost', NULL), (5, 3, 'Extra', NULL)"),
        QStringLiteral("INSERT INTO movie_actors (movie_id, person_id, character_id) VALUES "
                       "(1, 4, 1), (3, 3, 3), (3, 3, 4), (4, 3, NULL)"),
    };
    for (const QString &sql : setup)
        QCOMPARE(exec(db, sql), QString());
}

bool TestPeopleBrowser::loaded(PeopleBrowser &browser)
{
    return QTest::qWaitFor([&] { return !browser.model()->isBusy(); }, 20000);
}

QStringList TestPeopleBrowser::listed(PeopleBrowser &browser)
{
    QStringList names;
    PeopleListModel *model = browser.model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->data(model->index(row), PeopleListModel::NameRole).toString());
    return names;
}

QStringList TestPeopleBrowser::filmographyRow(PeopleBrowser &browser, int row)
{
    QStringList cells;
    QTableWidget *table = browser.details()->filmographyTable();
    for (int column = 0; column < table->columnCount(); ++column)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QStringLiteral("<none>"));
    return cells;
}

void TestPeopleBrowser::shouldListEveryoneAndShowTheFirstPersonsDetails()
{
    // Given a catalog of five people
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());

    // When the page opens
    PeopleBrowser browser(catalog.catalog());
    browser.resize(1100, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));

    // Then everyone is listed by family name, and the first person's details are shown
    QCOMPARE(listed(browser), (QStringList{QStringLiteral("Akira Kurosawa"), QStringLiteral("Madonna"),
                                           QStringLiteral("Corinne Marchand"), QStringLiteral("Toshiro Mifune"),
                                           QStringLiteral("Agnès Varda")}));
    QCOMPARE(browser.currentPersonId(), 2);
    QCOMPARE(browser.details()->personId(), 2);
    QVERIFY(browser.details()->details().has_value());
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("name"))->text(), QStringLiteral("Akira Kurosawa"));
    QVERIFY(browser.countLabel()->text().contains(QLatin1Char('5')));
    QVERIFY(!browser.emptyMessage());
    // And every control has a name for assistive technology
    for (QWidget *control : QList<QWidget *>{browser.searchField(), browser.actingFilter(), browser.directingFilter(),
                                             browser.countryFilter(), browser.genderFilter(),
                                             browser.missingPhotoFilter(), browser.missingBirthDateFilter(),
                                             browser.list(), browser.details()->filmographyTable()})
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

void TestPeopleBrowser::shouldFilterTheListAsYouType()
{
    // Given the page on five people
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));

    // When part of a name is typed a key at a time
    QTest::keyClicks(browser.searchField(), QStringLiteral("fun"));
    // Then only the matching person is listed and shown
    QTRY_COMPARE(listed(browser), QStringList{QStringLiteral("Toshiro Mifune")});
    QTRY_COMPARE(browser.details()->personId(), 3);
    QVERIFY(browser.countLabel()->text().contains(QLatin1Char('1')));

    // When the search is cleared and two letters typed
    browser.searchField()->clear();
    QTest::keyClicks(browser.searchField(), QStringLiteral("ma"));
    // Then names with a word starting with them are listed
    QTRY_COMPARE(listed(browser), (QStringList{QStringLiteral("Madonna"), QStringLiteral("Corinne Marchand")}));
}

void TestPeopleBrowser::shouldFilterByTheControls()
{
    // Given the page on five people
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));

    // When Acting is checked
    browser.actingFilter()->click();
    // Then only actors are listed
    QTRY_COMPARE(listed(browser), (QStringList{QStringLiteral("Corinne Marchand"), QStringLiteral("Toshiro Mifune")}));

    // When Directing is checked instead
    browser.actingFilter()->click();
    browser.directingFilter()->click();
    QTRY_COMPARE(listed(browser), (QStringList{QStringLiteral("Akira Kurosawa"), QStringLiteral("Agnès Varda")}));

    // When a country is chosen as well
    browser.countryFilter()->setCurrentIndex(browser.countryFilter()->findText(QStringLiteral("France")));
    QTRY_COMPARE(listed(browser), QStringList{QStringLiteral("Agnès Varda")});

    // When only the gender filter is left, at unknown
    browser.directingFilter()->click();
    browser.countryFilter()->setCurrentIndex(0);
    browser.genderFilter()->setCurrentIndex(browser.genderFilter()->count() - 1);
    QTRY_COMPARE(listed(browser), QStringList{QStringLiteral("Madonna")});

    // When the missing birth date filter replaces it
    browser.genderFilter()->setCurrentIndex(0);
    browser.missingBirthDateFilter()->click();
    QTRY_COMPARE(listed(browser), (QStringList{QStringLiteral("Madonna"), QStringLiteral("Corinne Marchand")}));

    // When the missing photo filter is added (nobody has one)
    browser.missingPhotoFilter()->click();
    QTRY_COMPARE(listed(browser), (QStringList{QStringLiteral("Madonna"), QStringLiteral("Corinne Marchand")}));
}

void TestPeopleBrowser::shouldShowTheFilmographyWithCharactersAndRoles()
{
    // Given an actor playing two characters of one movie and one credit without a character
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));

    // When they are selected
    browser.selectPerson(3);
    QTRY_COMPARE(browser.details()->personId(), 3);

    // Then the filmography lists each credit by year, with the character and role
    QTableWidget *table = browser.details()->filmographyTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(filmographyRow(browser, 0),
             (QStringList{QStringLiteral("1950"), QStringLiteral("Rashomon"), QStringLiteral("Cast, no character named")}));
    QCOMPARE(filmographyRow(browser, 1),
             (QStringList{QStringLiteral("1954"), QStringLiteral("Seven Samurai"), QStringLiteral("Kikuchiyo (lead)")}));
    QCOMPARE(filmographyRow(browser, 2),
             (QStringList{QStringLiteral("1954"), QStringLiteral("Seven Samurai"), QStringLiteral("Ghost")}));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("born"))->text(), QStringLiteral("1920"));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("country"))->text(), QStringLiteral("Japan"));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("gender"))->text(), QStringLiteral("Male"));

    // When a director is selected
    browser.selectPerson(1);
    QTRY_COMPARE(browser.details()->personId(), 1);
    // Then their movies say so, and the biography and full birth date show
    QCOMPARE(filmographyRow(browser, 0), (QStringList{QStringLiteral("1962"), QStringLiteral("Cléo from 5 to 7"),
                                                      QStringLiteral("Director")}));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("born"))->text(), QStringLiteral("May 30, 1928"));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("biography"))->text(),
             QStringLiteral("Photographer, then film maker."));

    // When someone with nothing known is selected
    browser.selectPerson(5);
    QTRY_COMPARE(browser.details()->personId(), 5);
    // Then the unknown fields say so and there is no filmography
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("born"))->text(), QStringLiteral("Unknown"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(table->isHidden());
}

void TestPeopleBrowser::shouldShowTheBirthDateWithThePrecisionItHas_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("year") << QStringLiteral("1972") << QStringLiteral("en_US") << QStringLiteral("1972");
    QTest::newRow("month") << QStringLiteral("1972-03") << QStringLiteral("en_US") << QStringLiteral("March 1972");
    QTest::newRow("day") << QStringLiteral("1972-03-24") << QStringLiteral("en_US") << QStringLiteral("March 24, 1972");
    QTest::newRow("month, German") << QStringLiteral("1972-03") << QStringLiteral("de_DE") << QStringLiteral("März 1972");
    QTest::newRow("day, German") << QStringLiteral("1972-03-24") << QStringLiteral("de_DE")
                                 << QStringLiteral("24. März 1972");
    QTest::newRow("unknown") << QString() << QStringLiteral("en_US") << QString();
}

void TestPeopleBrowser::shouldShowTheBirthDateWithThePrecisionItHas()
{
    QFETCH(QString, stored);
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    // Given a stored birth date of reduced or full precision
    // When it is shown in a locale
    // Then it says as much as is known, in the locale's words
    QCOMPARE(PeopleBrowser::formatBirthDate(stored, QLocale(locale)), shown);
}

void TestPeopleBrowser::shouldAskToOpenAMovieFromTheFilmography()
{
    // Given the page showing a director
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.resize(1100, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));
    QTRY_COMPARE(browser.details()->personId(), 2);
    QSignalSpy movies(&browser, &PeopleBrowser::movieActivated);

    // When a filmography row is double-clicked
    QTableWidget *table = browser.details()->filmographyTable();
    QCOMPARE(table->rowCount(), 2);
    const QRect second = table->visualRect(table->model()->index(1, PersonDetailPane::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());

    // Then the window is asked to open that movie
    QCOMPARE(movies.size(), 1);
    QCOMPARE(movies.constFirst().constFirst().toLongLong(), 3);
}

void TestPeopleBrowser::shouldAskToEditAddAndDeleteFromTheKeyboard()
{
    // Given the page, with the focus in the list
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    QVERIFY(loaded(browser));
    QSignalSpy edits(&browser, &PeopleBrowser::editRequested);
    QSignalSpy deletes(&browser, &PeopleBrowser::deleteRequested);
    QSignalSpy additions(&browser, &PeopleBrowser::newPersonRequested);
    browser.list()->setFocus();
    QTRY_VERIFY(browser.list()->hasFocus());

    // When Enter, then F2 is pressed on the first person
    QTest::keyClick(browser.list(), Qt::Key_Return);
    QTest::keyClick(browser.list(), Qt::Key_F2);
    // Then editing them is asked for each time
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.at(0).constFirst().toLongLong(), 2);
    QCOMPARE(edits.at(1).constFirst().toLongLong(), 2);

    // When two people are selected and Delete is pressed
    QTest::keyClick(browser.list(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(browser.list(), Qt::Key_Delete);
    // Then deleting both is asked for
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.constFirst().constFirst().value<QList<qint64>>(), (QList<qint64>{2, 5}));

    // When Ctrl+F is pressed
    QTest::keyClick(browser.list(), Qt::Key_F, Qt::ControlModifier);
    // Then the search field has the focus
    QTRY_VERIFY(browser.searchField()->hasFocus());

    // When the New Person button or the Edit button of the details is clicked
    browser.findChild<QPushButton *>(QStringLiteral("newPerson"))->click();
    browser.details()->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
    // Then adding and editing are asked for
    QCOMPARE(additions.size(), 1);
    QCOMPARE(edits.size(), 3);
}

void TestPeopleBrowser::shouldTakeItsKeysBeforeTheWindowsShortcuts()
{
    // Given the page inside a window whose actions use the same keys for movies
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *browser = new PeopleBrowser(catalog.catalog(), &window);
    layout->addWidget(browser);
    int windowActions = 0;
    for (const QKeySequence &key : {QKeySequence(Qt::Key_F2), QKeySequence(QKeySequence::Delete),
                                    QKeySequence(QKeySequence::Find)}) {
        auto *action = new QAction(&window);
        action->setShortcut(key);
        connect(action, &QAction::triggered, &window, [&windowActions] { ++windowActions; });
        window.addAction(action);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(loaded(*browser));
    QSignalSpy edits(browser, &PeopleBrowser::editRequested);
    QSignalSpy deletes(browser, &PeopleBrowser::deleteRequested);
    browser->list()->setFocus();
    QTRY_VERIFY(browser->list()->hasFocus());

    // When F2, Delete and Ctrl+F are pressed in the list
    QTest::keyClick(browser->list(), Qt::Key_F2);
    QTest::keyClick(browser->list(), Qt::Key_Delete);
    QTest::keyClick(browser->list(), Qt::Key_F, Qt::ControlModifier);

    // Then the page handles them, not the window
    QCOMPARE(edits.size(), 1);
    QCOMPARE(deletes.size(), 1);
    QTRY_VERIFY(browser->searchField()->hasFocus());
    QCOMPARE(windowActions, 0);
}

void TestPeopleBrowser::shouldSayWhenThereIsNobodyOrNoMatch()
{
    // Given an empty catalog
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));
    QSignalSpy additions(&browser, &PeopleBrowser::newPersonRequested);

    // Then the page says there is nobody yet and offers to add someone
    QTRY_VERIFY(browser.emptyMessage());
    QVERIFY(browser.emptyMessage()->text().startsWith(QStringLiteral("No people yet")));
    auto *add = browser.findChild<QPushButton *>(QStringLiteral("emptyAddPerson"));
    QVERIFY(add->isVisible());
    add->click();
    QCOMPARE(additions.size(), 1);

    // When someone exists and a search finds nobody
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO people (first_name, last_name) VALUES ('Jean', 'Vigo')")),
             QString());
    browser.reload();
    QTRY_VERIFY(!browser.emptyMessage());
    QTest::keyClicks(browser.searchField(), QStringLiteral("zzyzx"));
    // Then the page says that no one matches, without offering to add
    QTRY_VERIFY(browser.emptyMessage());
    QVERIFY(browser.emptyMessage()->text().startsWith(QStringLiteral("No one matches")));
    QVERIFY(!add->isVisible());
    QCOMPARE(browser.details()->personId(), 0);
}

void TestPeopleBrowser::shouldShowChangesAfterReload()
{
    // Given the page showing a person
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));
    browser.selectPerson(3);
    QTRY_COMPARE(browser.details()->personId(), 3);

    // When the catalog changes (a person renamed, a country added) and the window says so
    QCOMPARE(exec(catalog.db(), QStringLiteral("UPDATE people SET first_name = 'Toshirō' WHERE id = 3")), QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO countries (id, name) VALUES (3, 'Italy')")), QString());
    browser.reload();

    // Then the list, the details and the country filter show the changes, the person still selected
    QTRY_VERIFY(listed(browser).contains(QStringLiteral("Toshirō Mifune")));
    QCOMPARE(browser.details()->findChild<QLabel *>(QStringLiteral("name"))->text(), QStringLiteral("Toshirō Mifune"));
    QTRY_COMPARE(browser.currentPersonId(), 3);
    QVERIFY(browser.countryFilter()->findText(QStringLiteral("Italy")) > 0);

    // When the person shown is deleted
    QCOMPARE(exec(catalog.db(), QStringLiteral("DELETE FROM people WHERE id = 3")), QString());
    browser.reload();
    // Then another person is shown
    QTRY_VERIFY(!listed(browser).contains(QStringLiteral("Toshirō Mifune")));
    QTRY_VERIFY(browser.details()->personId() != 3);
}

void TestPeopleBrowser::shouldShowThePrimaryPhoto()
{
    // Given a person with a primary photo
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    fill(catalog.db());
    const MediaStore media(catalog.catalog().mediaPath());
    Result<qint64> file = media.addFile(catalog.db(), makeImage(300, 400, "PNG", 0xff00ff00), QStringLiteral("a.png"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO person_photos (person_id, file_id, is_primary) VALUES (2, ?, 1)"),
                  {file.value()}),
             QString());

    // When the page shows them
    PeopleBrowser browser(catalog.catalog());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(loaded(browser));
    QTRY_COMPARE(browser.details()->personId(), 2);

    // Then the photo replaces the placeholder in the details (thumbnails are compressed: close
    // to green is green)
    const auto isGreen = [](QRgb pixel) { return qGreen(pixel) > 240 && qRed(pixel) < 16 && qBlue(pixel) < 16; };
    auto *photo = browser.details()->findChild<QLabel *>(QStringLiteral("photo"));
    const auto middle = [photo] {
        const QImage image = photo->pixmap().toImage();
        return image.isNull() ? QRgb(0) : image.pixel(image.width() / 2, image.height() / 2);
    };
    QTRY_VERIFY_WITH_TIMEOUT(isGreen(middle()), 20000);
    // And in the list
    const auto listIcon = [&browser] {
        return browser.model()->data(browser.model()->index(0), Qt::DecorationRole).value<QImage>().pixel(1, 1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(isGreen(listIcon()), 20000);
}

QTEST_MAIN(TestPeopleBrowser)
#include "tst_peoplebrowser.moc"
