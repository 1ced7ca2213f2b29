// Per-user favorites: marking and unmarking, isolation between users, the count, cascades when a
// movie or a user goes, exact undo and redo of ToggleFavoritesCommand, and the browser's hearts and
// "My favorites" filter for a signed-in user and a guest (offscreen).
#include "favoritecommands.h"
#include "favorites.h"
#include "moviebrowser.h"
#include "moviedetailpane.h"
#include "movielistmodel.h"
#include "movierecord.h"
#include "postergridview.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

constexpr qint64 Ada = 1;
constexpr qint64 Grace = 2;
constexpr qint64 Solaris = 1;
constexpr qint64 Stalker = 2;
constexpr qint64 Alien = 3;

} // namespace

class TestFavorites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldMarkAndUnmarkReturningOnlyWhatChanged();
    void shouldKeepEachUsersFavoritesApart();
    void shouldCountHowManyUsersLoveAMovie();
    void shouldFailWholeForAnUnknownMovie();
    void shouldDropFavoritesWhenTheMovieIsDeleted();
    void shouldDropFavoritesWhenTheUserIsDeleted();
    void shouldUndoAndRedoAMarkExactly();
    void shouldUndoAndRedoAnUnmarkExactly();
    void shouldGiveNoCommandWhenNothingChanges();
    void shouldRefuseAGuest();
    void shouldOfferMyFavoritesOnlyToASignedInUser();
    void shouldAskToToggleFromTheFavoriteColumn();
    void shouldToggleTheSelectionAddingUnlessAllAreFavorites();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    void run(const QString &sql, const QVariantList &values = {});
    QString dump() const;

    std::unique_ptr<TemporaryCatalog> m_catalog;
};

void TestFavorites::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the browser keeps its layout in settings
}

// Given for every test: users ada (1) and grace (2); movies Solaris (1), Stalker (2), Alien (3).
void TestFavorites::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    run(QStringLiteral("INSERT INTO users (id, username, password_hash) VALUES (1, 'ada', '$argon2id$v=19$x'), "
                       "(2, 'grace', '$argon2id$v=19$y')"));
    run(QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Solaris'), (2, 'Stalker'), (3, 'Alien')"));
}

void TestFavorites::cleanup()
{
    m_catalog.reset();
}

void TestFavorites::run(const QString &sql, const QVariantList &values)
{
    const QString error = exec(db(), sql, values);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestFavorites::dump() const
{
    return scalar(db(), QStringLiteral("SELECT ifnull(group_concat(row, ';'), '') FROM (SELECT id || ',' || user_id "
                                       "|| ',' || movie_id || ',' || created_at AS row FROM favorite_movies ORDER BY id)"))
        .toString();
}

void TestFavorites::shouldMarkAndUnmarkReturningOnlyWhatChanged()
{
    // Given Solaris among ada's favorites
    Result<QList<FavoriteRow>> first = Favorites::setFavorite(db(), Ada, {Solaris}, true);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->constFirst().movieId, Solaris);
    QVERIFY(!first->constFirst().createdAt.isEmpty());

    // When Solaris (again, twice) and Stalker are marked
    Result<QList<FavoriteRow>> second = Favorites::setFavorite(db(), Ada, {Solaris, Stalker, Stalker}, true);

    // Then only Stalker changed, and each is stored once
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->constFirst().movieId, Stalker);
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), (QList<qint64>{Solaris, Stalker}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 2);

    // When Stalker and Alien (not a favorite) are unmarked
    Result<QList<FavoriteRow>> removed = Favorites::setFavorite(db(), Ada, {Stalker, Alien}, false);

    // Then only Stalker's row is returned, as it was
    QVERIFY2(removed, qPrintable(removed.error()));
    QCOMPARE(removed.value(), second.value());
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), QList<qint64>{Solaris});
    QCOMPARE(Favorites::isFavorite(db(), Ada, Solaris).value(), true);
    QCOMPARE(Favorites::isFavorite(db(), Ada, Stalker).value(), false);

    // And unmarking again changes nothing
    QVERIFY(Favorites::setFavorite(db(), Ada, {Stalker}, false)->isEmpty());
}

void TestFavorites::shouldKeepEachUsersFavoritesApart()
{
    // Given ada loves Solaris and Stalker, grace loves Alien
    QVERIFY(Favorites::setFavorite(db(), Ada, {Solaris, Stalker}, true));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Alien}, true));

    // When grace unmarks everything and marks Solaris
    QVERIFY(Favorites::setFavorite(db(), Grace, {Solaris, Stalker, Alien}, false));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Solaris}, true));

    // Then ada's favorites are untouched, and each sees only their own
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), (QList<qint64>{Solaris, Stalker}));
    QCOMPARE(Favorites::favoriteIds(db(), Grace).value(), QList<qint64>{Solaris});
    QCOMPARE(Favorites::isFavorite(db(), Grace, Stalker).value(), false);
    QCOMPARE(Favorites::isFavorite(db(), Ada, Alien).value(), false);

    // And removing rows by id never touches another user's row, even when given its id
    const qint64 adasRow
        = scalar(db(), QStringLiteral("SELECT id FROM favorite_movies WHERE user_id = 1 AND movie_id = 1")).toLongLong();
    QVERIFY(Favorites::remove(db(), Grace, {{adasRow, Solaris, QString()}}));
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), (QList<qint64>{Solaris, Stalker}));
}

void TestFavorites::shouldCountHowManyUsersLoveAMovie()
{
    QVERIFY(Favorites::setFavorite(db(), Ada, {Solaris, Stalker}, true));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Solaris}, true));

    QCOMPARE(Favorites::count(db(), Solaris).value(), 2);
    QCOMPARE(Favorites::count(db(), Stalker).value(), 1);
    QCOMPARE(Favorites::count(db(), Alien).value(), 0);
}

void TestFavorites::shouldFailWholeForAnUnknownMovie()
{
    // When a list with a movie the catalog does not hold is marked
    Result<QList<FavoriteRow>> marked = Favorites::setFavorite(db(), Ada, {Solaris, 999}, true);

    // Then nothing is marked
    QVERIFY(!marked);
    QVERIFY(!marked.error().isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 0);
}

void TestFavorites::shouldDropFavoritesWhenTheMovieIsDeleted()
{
    QVERIFY(Favorites::setFavorite(db(), Ada, {Solaris, Stalker}, true));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Solaris}, true));

    run(QStringLiteral("DELETE FROM movies WHERE id = ?"), {Solaris});

    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), QList<qint64>{Stalker});
    QCOMPARE(Favorites::favoriteIds(db(), Grace).value(), QList<qint64>());
    QCOMPARE(Favorites::count(db(), Solaris).value(), 0);
}

void TestFavorites::shouldDropFavoritesWhenTheUserIsDeleted()
{
    QVERIFY(Favorites::setFavorite(db(), Ada, {Solaris, Stalker}, true));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Solaris}, true));

    run(QStringLiteral("DELETE FROM users WHERE id = ?"), {Ada});

    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies WHERE user_id = 1")).toInt(), 0);
    QCOMPARE(Favorites::favoriteIds(db(), Grace).value(), QList<qint64>{Solaris});
    QCOMPARE(Favorites::count(db(), Solaris).value(), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 3);
}

void TestFavorites::shouldUndoAndRedoAMarkExactly()
{
    // Given grace's old favorite, and ada's Stalker from long ago
    run(QStringLiteral("INSERT INTO favorite_movies (id, user_id, movie_id, created_at) VALUES "
                       "(7, 2, 1, '2001-02-03T04:05:06.789Z'), (8, 1, 2, '2002-02-03T04:05:06Z')"));
    const QString before = dump();
    int changes = 0;
    QUndoStack stack;

    // When ada marks Solaris, Stalker and Alien
    auto command = ToggleFavoritesCommand::perform(db(), Ada, {Solaris, Stalker, Alien}, true,
                                                   [&changes](const QString &error) {
                                                       QVERIFY(error.isEmpty());
                                                       ++changes;
                                                   });
    QVERIFY2(command, qPrintable(command.error()));
    QVERIFY(command.value());
    QCOMPARE(command.value()->rows().size(), 2);
    stack.push(command.value().release());
    QCOMPARE(changes, 1);
    const QString after = dump();
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value().size(), 3);

    // Then undo puts back exactly what was there, and redo exactly what the command wrote
    stack.undo();
    QCOMPARE(dump(), before);
    stack.redo();
    QCOMPARE(dump(), after);
    stack.undo();
    QCOMPARE(dump(), before);
    QCOMPARE(changes, 4);
    QCOMPARE(stack.count(), 1);
}

void TestFavorites::shouldUndoAndRedoAnUnmarkExactly()
{
    // Given favorites of both users with their own ids and ages
    run(QStringLiteral("INSERT INTO favorite_movies (id, user_id, movie_id, created_at) VALUES "
                       "(3, 1, 1, '2001-02-03T04:05:06.789Z'), (5, 2, 1, '2003-01-01T00:00:00Z'), "
                       "(9, 1, 3, '2002-02-03T04:05:06Z')"));
    const QString before = dump();
    QUndoStack stack;

    // When ada unmarks Solaris and Alien
    auto command = ToggleFavoritesCommand::perform(db(), Ada, {Solaris, Alien}, false, [](const QString &) {});
    QVERIFY2(command, qPrintable(command.error()));
    stack.push(command.value().release());

    // Then grace's favorite stays
    const QString after = dump();
    QCOMPARE(after, QStringLiteral("5,2,1,2003-01-01T00:00:00Z"));

    // And undo brings ada's rows back with their ids (even the highest) and timestamps
    stack.undo();
    QCOMPARE(dump(), before);
    stack.redo();
    QCOMPARE(dump(), after);
    stack.undo();
    QCOMPARE(dump(), before);
}

void TestFavorites::shouldGiveNoCommandWhenNothingChanges()
{
    QVERIFY(Favorites::setFavorite(db(), Ada, {Solaris}, true));
    bool called = false;

    auto command = ToggleFavoritesCommand::perform(db(), Ada, {Solaris}, true, [&called](const QString &) {
        called = true;
    });

    QVERIFY2(command, qPrintable(command.error()));
    QVERIFY(!command.value());
    QVERIFY(!called);
}

void TestFavorites::shouldRefuseAGuest()
{
    auto command = ToggleFavoritesCommand::perform(db(), std::nullopt, {Solaris}, true, [](const QString &) {});

    QVERIFY(!command);
    QVERIFY(!command.error().isEmpty());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 0);
}

namespace {

bool settle(MovieBrowser &browser)
{
    return QTest::qWaitFor([&] { return !browser.model()->isBusy(); }, 20000);
}

QStringList titles(MovieBrowser &browser)
{
    QStringList result;
    for (int row = 0; row < browser.model()->rowCount(); ++row)
        result.append(browser.model()->index(row, MovieListModel::Title).data().toString());
    return result;
}

} // namespace

void TestFavorites::shouldOfferMyFavoritesOnlyToASignedInUser()
{
    // Given ada loves Stalker, grace loves Alien, and the browser opens for a guest
    QVERIFY(Favorites::setFavorite(db(), Ada, {Stalker}, true));
    QVERIFY(Favorites::setFavorite(db(), Grace, {Alien}, true));
    MovieBrowser browser(m_catalog->catalog());
    browser.resize(1200, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(settle(browser));
    QVERIFY(!browser.favoritesFilter()->isVisible());
    QVERIFY(!browser.grid()->favoritesEnabled());

    // When ada signs in and asks for her favorites
    browser.setCurrentUser(Ada);
    QVERIFY(browser.favoritesFilter()->isVisible());
    QVERIFY(browser.grid()->favoritesEnabled());
    QCOMPARE(browser.details()->currentUser(), std::optional<qint64>(Ada));
    browser.favoritesFilter()->click();
    QVERIFY(settle(browser));

    // Then only hers are listed and counted
    QCOMPARE(titles(browser), QStringList{QStringLiteral("Stalker")});
    QCOMPARE(browser.model()->filter().favoritesOf, std::optional<qint64>(Ada));

    // When grace signs in instead, the filter shows grace's
    browser.setCurrentUser(Grace);
    QVERIFY(settle(browser));
    QCOMPARE(titles(browser), QStringList{QStringLiteral("Alien")});

    // When she signs out, the guest sees every movie, no filter and no favorites
    browser.setCurrentUser(std::nullopt);
    QVERIFY(settle(browser));
    QVERIFY(!browser.favoritesFilter()->isVisible());
    QVERIFY(!browser.favoritesFilter()->isChecked());
    QCOMPARE(titles(browser).size(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!browser.model()->index(row, 0).data(MovieListModel::FavoriteRole).toBool());
    QVERIFY(!browser.details()->currentUser());
}

void TestFavorites::shouldAskToToggleFromTheFavoriteColumn()
{
    // Given ada signed in, who loves Stalker
    QVERIFY(Favorites::setFavorite(db(), Ada, {Stalker}, true));
    MovieBrowser browser(m_catalog->catalog());
    browser.resize(1200, 700);
    browser.setMode(MovieBrowser::Mode::Table);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setCurrentUser(Ada);
    QVERIFY(settle(browser));
    QTableView *table = browser.table();
    table->horizontalHeader()->showSection(MovieListModel::Favorite);
    QSignalSpy toggles(&browser, &MovieBrowser::favoriteToggleRequested);

    // When the star of Stalker (row 2 in title order), then of Alien (row 0), is clicked
    const int stalkerRow = browser.model()->rowOfMovie(Stalker);
    const int alienRow = browser.model()->rowOfMovie(Alien);
    QCOMPARE(browser.model()->index(stalkerRow, MovieListModel::Favorite).data().toString(), QStringLiteral("\u2605"));
    QCOMPARE(browser.model()->index(alienRow, MovieListModel::Favorite).data().toString(), QStringLiteral("\u2606"));
    const auto centerOf = [&](int row) {
        return table->visualRect(browser.model()->index(row, MovieListModel::Favorite)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centerOf(stalkerRow));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centerOf(alienRow));

    // Then removing Stalker and adding Alien are asked for; nothing is written by the browser
    QCOMPARE(toggles.count(), 2);
    QCOMPARE(toggles.at(0).at(0).value<QList<qint64>>(), QList<qint64>{Stalker});
    QCOMPARE(toggles.at(0).at(1).toBool(), false);
    QCOMPARE(toggles.at(1).at(0).value<QList<qint64>>(), QList<qint64>{Alien});
    QCOMPARE(toggles.at(1).at(1).toBool(), true);
    QCOMPARE(Favorites::favoriteIds(db(), Ada).value(), QList<qint64>{Stalker});

    // And Space on the focused Favorite cell asks for the same as a click
    table->setFocus();
    table->selectionModel()->setCurrentIndex(browser.model()->index(alienRow, MovieListModel::Favorite),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(toggles.count(), 3);
    QCOMPARE(toggles.at(2).at(0).value<QList<qint64>>(), QList<qint64>{Alien});
    QCOMPARE(toggles.at(2).at(1).toBool(), true);

    // And a guest's clicks ask for nothing
    browser.setCurrentUser(std::nullopt);
    QVERIFY(settle(browser));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centerOf(alienRow));
    QCOMPARE(toggles.count(), 3);
}

void TestFavorites::shouldToggleTheSelectionAddingUnlessAllAreFavorites()
{
    // Given ada signed in, who loves Stalker, with Stalker and Alien selected
    QVERIFY(Favorites::setFavorite(db(), Ada, {Stalker}, true));
    MovieBrowser browser(m_catalog->catalog());
    browser.resize(1200, 700);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setCurrentUser(Ada);
    QVERIFY(settle(browser));
    QSignalSpy toggles(&browser, &MovieBrowser::favoriteToggleRequested);
    QItemSelectionModel *selection = browser.table()->selectionModel();
    selection->select(browser.model()->index(browser.model()->rowOfMovie(Stalker), 0),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(browser.model()->index(browser.model()->rowOfMovie(Alien), 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // When the window's Toggle Favorite runs, both are added (one was not a favorite yet)
    browser.requestFavoriteToggle();
    QCOMPARE(toggles.count(), 1);
    QList<qint64> ids = toggles.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{Stalker, Alien}));
    QCOMPARE(toggles.at(0).at(1).toBool(), true);

    // When both are favorites, it removes both
    QVERIFY(Favorites::setFavorite(db(), Ada, {Alien}, true));
    browser.refresh();
    QVERIFY(settle(browser));
    selection->select(browser.model()->index(browser.model()->rowOfMovie(Stalker), 0),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(browser.model()->index(browser.model()->rowOfMovie(Alien), 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    browser.requestFavoriteToggle();
    QCOMPARE(toggles.count(), 2);
    QCOMPARE(toggles.at(1).at(1).toBool(), false);
}

QTEST_MAIN(TestFavorites)
#include "tst_favorites.moc"
