// The window on a catalog, under the offscreen platform.
#include "catalogsummary.h"
#include "emptystatewidget.h"
#include "accounts.h"
#include "bundletask.h"
#include "session.h"
#include "mainwindow.h"
#include "moviebrowser.h"
#include "movielistmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QDialog>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTableView>
#include <QTranslator>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShowEmptyStateOnNewCatalog();
    void shouldOfferBothFirstStepsFromEmptyState();
    void shouldShowCatalogWhenItHasMovies();
    void shouldShowEmptyStateInGerman();
    void shouldWarnAboutDamagedCatalogWithoutBlockingTheWindow();
    void shouldDeleteSelectedMoviesAndUndoIt();
    void shouldFocusSearchWithFind();
    void shouldExportAndImportABundleAsOneUndoStep();
    void shouldRefuseADamagedBundleWithItsReason();
    void shouldStopARunningBundleTaskWhenTheWindowGoes();
    void shouldKeepFavoritesOfTheSignedInUserOnly();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::shouldShowEmptyStateOnNewCatalog()
{
    // Given a new catalog
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));

    // When the window opens on it
    MainWindow window(catalog.catalog());
    window.show();

    // Then, once the catalog is counted, the empty state tells what to do first
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));
    QVERIFY(window.emptyState()->isVisible());
    QVERIFY(window.emptyState()->addMovieButton()->isVisible());
    QVERIFY(window.emptyState()->importButton()->isVisible());
}

void TestMainWindow::shouldOfferBothFirstStepsFromEmptyState()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));
    QSignalSpy addSpy(window.addMovieAction(), &QAction::triggered);
    QSignalSpy importSpy(window.importAction(), &QAction::triggered);

    // Adding a movie opens the editor; cancel it as soon as it is up.
    QString editorTitle;
    QTimer closer;
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, &closer, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            editorTitle = dialog->windowTitle();
            dialog->reject();
            closer.stop();
        }
    });
    closer.start();
    QTest::mouseClick(window.emptyState()->addMovieButton(), Qt::LeftButton);
    QTest::mouseClick(window.emptyState()->importButton(), Qt::LeftButton);

    QCOMPARE(editorTitle, QStringLiteral("Add Movie"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    QCOMPARE(addSpy.count(), 1);
    QCOMPARE(importSpy.count(), 1);
    QCOMPARE(window.addMovieAction()->shortcut(), QKeySequence(QKeySequence::New));
}

void TestMainWindow::shouldShowCatalogWhenItHasMovies()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Metropolis'), ('Nosferatu')")),
             QString());

    MainWindow window(catalog.catalog());
    window.show();

    QSignalSpy loaded(window.summary(), &CatalogSummary::loaded);
    QTRY_VERIFY(window.summary()->isLoaded());
    QCOMPARE(window.summary()->counts().movies, 2);
    QVERIFY(window.currentPage() != static_cast<QWidget *>(window.emptyState()));
}

void TestMainWindow::shouldShowEmptyStateInGerman()
{
    // Given the German translation built into the application
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/reelkeeper_de.qm")));
    QCoreApplication::installTranslator(&german);
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));

    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));

    const QList<QLabel *> labels = window.emptyState()->findChildren<QLabel *>();
    const bool translated = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == QStringLiteral("Ihr Katalog ist leer");
    });
    QCoreApplication::removeTranslator(&german);
    QVERIFY(translated);
}

void TestMainWindow::shouldWarnAboutDamagedCatalogWithoutBlockingTheWindow()
{
    // Given a catalog whose pages were scribbled over after it was written
    TemporaryCatalog made;
    QVERIFY2(made.isValid(), qPrintable(made.error()));
    QCOMPARE(exec(made.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                            "INSERT INTO movies (title, description) SELECT 'Movie ' || i, "
                                            "printf('%.200c', 'x') FROM n")),
             QString());
    const QString path = made.path();
    made.close();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
            file.seek(page * 4096 + 8);
            file.write(QByteArray(512, '\x5A'));
        }
    }
    Catalog::Options options;
    options.quickCheck = false; // as the application opens it
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(path, options);
    QVERIFY2(catalog, qPrintable(catalog.error()));

    // When the window opens on it
    MainWindow window(**catalog);
    window.show();

    // Then it opens, and the background check puts up a warning that says what to do
    QVERIFY(window.isVisible());
    QTRY_VERIFY(window.damageWarning()->isVisible());
    QVERIFY(window.damageWarning()->text().contains(QStringLiteral("check")));
}

void TestMainWindow::shouldDeleteSelectedMoviesAndUndoIt()
{
    // Given a catalog of three movies, one with a genre, shown in the browser
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO genres (id, name) VALUES (1, 'Drama')")), QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Alphaville'), (2, 'Breathless'), "
                                               "(3, 'Contempt')")),
             QString());
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (2, 1)")), QString());
    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));
    MovieListModel *model = window.browser()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(!model->isBusy());

    // When the second movie is selected and deleted with the Delete key's action
    window.browser()->table()->selectRow(1);
    QCOMPARE(window.browser()->selectedMovieIds(), QList<qint64>{2});
    window.deleteAction()->trigger();

    // Then it is gone from the catalog and the table, and can be undone
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 2);
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(window.undoStack()->canUndo());

    window.undoStack()->undo();

    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT title FROM movies WHERE id = 2")).toString(),
             QStringLiteral("Breathless"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movie_genres WHERE movie_id = 2")).toInt(), 1);
    QTRY_COMPARE(model->rowCount(), 3);

    // And redo deletes it again; deleting everything brings back the empty state
    window.undoStack()->redo();
    QTRY_COMPARE(model->rowCount(), 2);
    window.browser()->table()->selectAll();
    window.deleteAction()->trigger();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
}

void TestMainWindow::shouldFocusSearchWithFind()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Playtime')")), QString());
    MainWindow window(catalog.catalog());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));
    window.browser()->table()->setFocus();

    QTest::keySequence(&window, QKeySequence::Find);

    QTRY_VERIFY(window.browser()->searchField()->hasFocus());
}

void TestMainWindow::shouldExportAndImportABundleAsOneUndoStep()
{
    // Given a catalog of two movies exported as a bundle from its window
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    QCOMPARE(exec(source.db(), QStringLiteral("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Agnès', 'Varda')")),
             QString());
    QCOMPARE(exec(source.db(), QStringLiteral("INSERT INTO movies (title, director_id) VALUES ('Cléo from 5 to 7', 1), "
                                              "('Vagabond', 1)")),
             QString());
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    {
        MainWindow window(source.catalog());
        window.show();
        window.exportBundleTo(folder);
        QVERIFY(window.bundleTask());
        QTRY_VERIFY(!window.bundleTask());
    }
    QVERIFY(QFile::exists(folder + QStringLiteral("/manifest.json")));

    // And another catalog with a movie of its own
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QCOMPARE(exec(target.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Mine')")), QString());
    MainWindow window(target.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));

    // When the bundle is imported: checked first, then the window asks, showing what it holds
    window.importBundleFrom(folder);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("importBundleQuestion"))));
    QVERIFY2(question->informativeText().contains(QStringLiteral("2 movies")), qPrintable(question->informativeText()));
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 1);
    QPushButton *import = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            import = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(import);
    import->click();

    // Then the movies are added, shown, and searchable, as one undo step
    QTRY_VERIFY(!window.bundleTask());
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 3);
    QTRY_COMPARE(window.browser()->model()->movieCount(), 3);
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 1);
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    QTRY_COMPARE(window.browser()->model()->movieCount(), 1);
    window.undoStack()->redo();
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM movie_search WHERE movie_search MATCH 'varda'")).toInt(), 2);
    QTRY_COMPARE(window.browser()->model()->movieCount(), 3);
}

void TestMainWindow::shouldRefuseADamagedBundleWithItsReason()
{
    // Given a bundle whose movies.csv was changed after it was written
    QTemporaryDir dir;
    TemporaryCatalog source;
    QVERIFY2(source.isValid(), qPrintable(source.error()));
    QCOMPARE(exec(source.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Vagabond')")), QString());
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    {
        MainWindow window(source.catalog());
        window.exportBundleTo(folder);
        QTRY_VERIFY(!window.bundleTask());
    }
    QFile movies(folder + QStringLiteral("/movies.csv"));
    QVERIFY(movies.open(QIODevice::Append));
    movies.write("99,Smuggled,\\N\n");
    movies.close();
    TemporaryCatalog target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    MainWindow window(target.catalog());
    window.show();

    // When it is imported, the window says why it was refused, and nothing is imported
    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    closer.start(20);
    window.importBundleFrom(folder);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("movies.csv")), qPrintable(shown));
    QVERIFY(!window.bundleTask());
    QCOMPARE(scalar(target.db(), QStringLiteral("SELECT count(*) FROM movies")).toInt(), 0);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestMainWindow::shouldStopARunningBundleTaskWhenTheWindowGoes()
{
    // Given an export just started
    QTemporaryDir dir;
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Vagabond')")), QString());
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    auto window = std::make_unique<MainWindow>(catalog.catalog());
    window->exportBundleTo(folder);
    QVERIFY(window->bundleTask() && window->bundleTask()->isRunning());

    // When the window is destroyed at once, it returns (the task is cancelled and waited for)
    window.reset();

    // Then no half bundle is left behind
    QVERIFY(!QFileInfo::exists(folder) || QFile::exists(folder + QStringLiteral("/manifest.json")));
}

void TestMainWindow::shouldKeepFavoritesOfTheSignedInUserOnly()
{
    // Given two accounts, one of which already loves a movie, and a window with a guest
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QSqlDatabase db = catalog.db();
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO movies (id, title) VALUES (1, 'Alphaville'), (2, 'Breathless')")), QString());
    UserRecord anna;
    anna.username = QStringLiteral("anna");
    UserRecord jean = anna;
    jean.username = QStringLiteral("jean");
    const Result<qint64> annaId = Accounts::add(db, anna, "anna's secret");
    const Result<qint64> jeanId = Accounts::add(db, jean, "jean's secret");
    QVERIFY(annaId && jeanId);
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) VALUES (%1, 2)").arg(jeanId.value())),
             QString());
    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));
    QVERIFY(!window.toggleFavoriteAction()->isEnabled());

    // When anna signs in and marks the first movie (as the table's star, the grid's heart and the
    // detail pane's button ask the window to)
    QVERIFY(window.session()->signIn(QStringLiteral("anna"), "anna's secret"));
    QVERIFY(window.session()->isSignedIn());
    QVERIFY(window.toggleFavoriteAction()->isEnabled());
    Q_EMIT window.browser()->favoriteToggleRequested({1}, true);

    // Then it is hers alone, jean's favorite is untouched, and undo takes it back
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(user_id || ':' || movie_id) FROM (SELECT * FROM favorite_movies "
                                       "ORDER BY user_id, movie_id)"))
                 .toString(),
             QStringLiteral("%1:1,%2:2").arg(annaId.value()).arg(jeanId.value()));
    window.undoStack()->undo();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM favorite_movies WHERE user_id = ?"), {annaId.value()}).toInt(), 0);

    // And after signing out nothing can be marked
    window.session()->signOut();
    QVERIFY(!window.toggleFavoriteAction()->isEnabled());
    Q_EMIT window.browser()->favoriteToggleRequested({1}, true);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
