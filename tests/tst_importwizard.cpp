// The import wizard and the export dialog on a temporary catalog, under the offscreen platform:
// files written on disk, the wizard driven page by page, the catalog checked with SQL.
#include "emptystatewidget.h"
#include "exportmoviesdialog.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "moviebrowser.h"
#include "movielistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void shouldShowWhatItDetectedWithAPreview_data();
    void shouldShowWhatItDetectedWithAPreview();
    void shouldStayOnTheFirstPageForAFileThatIsNotCsv();
    void shouldNeedATitleColumnForAnUnknownLayoutAndRememberTheMapping();
    void shouldImportAnUnknownLayoutWithItsMapping();
    void shouldShowTheDryRunSummaryBeforeChangingAnything();
    void shouldImportAndReportEverySkippedRowWithItsLine();
    void shouldRefuseAWholeFileFailureFoundByTheDryRun();
    void shouldLeaveTheCatalogUnchangedWhenCancelled();
    void shouldUndoAnImportMadeInTheWindowWithCtrlZ();
    void shouldExportAllMoviesOrTheCurrentSearch();
    void shouldOfferTheCurrentSearchOnlyWhenThereIsOne();
    void shouldOpenTheExportWithCtrlEWhileTypingASearch();

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
    static qint64 movieCount(const TemporaryCatalog &catalog);
    // Goes from the file page to the options page and waits for the dry run there.
    static bool goToOptions(ImportWizard &wizard, const QString &path);
};

QString TestImportWizard::write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

qint64 TestImportWizard::movieCount(const TemporaryCatalog &catalog)
{
    return scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM movies")).toLongLong();
}

bool TestImportWizard::goToOptions(ImportWizard &wizard, const QString &path)
{
    QSignalSpy dryRun(&wizard, &ImportWizard::dryRunFinished);
    wizard.setFilePath(path);
    wizard.next();
    if (wizard.currentId() != ImportWizard::FormatPage)
        return false;
    wizard.next();
    if (wizard.currentId() != ImportWizard::OptionsPage)
        return false;
    return !dryRun.isEmpty() || dryRun.wait(10000);
}

void TestImportWizard::initTestCase()
{
    // Settings of its own, in the test folder, so that runs side by side do not share mappings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard-%1").arg(QCoreApplication::applicationPid()));
}

void TestImportWizard::cleanupTestCase()
{
    QFile::remove(QSettings().fileName());
}

void TestImportWizard::init()
{
    // Remembered folders, mappings and choices come from the tests, not from an earlier run.
    QSettings().remove(QStringLiteral("import"));
    QSettings().remove(QStringLiteral("export"));
}

void TestImportWizard::shouldShowWhatItDetectedWithAPreview_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("bom");
    QTest::addColumn<QString>("firstTitle");

    QTest::newRow("movie list")
        << QByteArray("title,release_date,director\nSolaris,1972,Andrei Tarkovsky\nAlien,1979,Ridley Scott\n")
        << QStringLiteral("Reelkeeper movie list") << QStringLiteral("UTF-8") << QStringLiteral("Comma ( , )")
        << QStringLiteral("No") << QStringLiteral("Solaris");
    QTest::newRow("semicolons in Windows-1252")
        << QByteArray("title;release_date;director\r\nL\x92" "Avventura;1960;Michelangelo Antonioni\r\n"
                      "Am\xe9lie;2001;Jean-Pierre Jeunet\r\n")
        << QStringLiteral("Reelkeeper movie list") << QStringLiteral("Windows-1252")
        << QStringLiteral("Semicolon ( ; )") << QStringLiteral("No") << QStringLiteral("L’Avventura");
    QTest::newRow("tabs with a BOM")
        << QByteArray("\xef\xbb\xbftitle\tduration\nStalker\t162\nMirror\t107\n") << QStringLiteral("Reelkeeper movie list")
        << QStringLiteral("UTF-8") << QStringLiteral("Tab") << QStringLiteral("Yes") << QStringLiteral("Stalker");
    QTest::newRow("IMDb ratings")
        << QByteArray("Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,"
                      "Genres,Num Votes,Release Date,Directors\ntt0111161,10,2024-11-02,The Shawshank Redemption,"
                      "The Shawshank Redemption,https://www.imdb.com/title/tt0111161,Movie,9.3,142,1994,Drama,3012345,"
                      "1994-10-14,Frank Darabont\n")
        << QStringLiteral("IMDb ratings export (current layout)") << QStringLiteral("UTF-8")
        << QStringLiteral("Comma ( , )") << QStringLiteral("No") << QStringLiteral("tt0111161");
}

void TestImportWizard::shouldShowWhatItDetectedWithAPreview()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, bom);
    QFETCH(QString, firstTitle);

    // Given a file in a known layout
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("list.csv"), bytes);
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();

    // When it is chosen on the first page
    wizard.setFilePath(path);
    wizard.next();

    // Then the next page says what it is and shows its first rows under its header
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(wizard.formatLabel()->text(), format);
    QCOMPARE(wizard.encodingLabel()->text(), encoding);
    QCOMPARE(wizard.delimiterLabel()->text(), delimiter);
    QCOMPARE(wizard.bomLabel()->text(), bom);
    QAbstractItemModel *preview = wizard.previewModel();
    QCOMPARE(preview->columnCount(), wizard.fileInfo()->header.size());
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), wizard.fileInfo()->header.first().trimmed());
    QCOMPARE(preview->rowCount(), wizard.fileInfo()->firstRows.size());
    QCOMPARE(preview->index(0, 0).data().toString(), firstTitle);
    // A known layout needs no mapping
    QVERIFY(!wizard.needsMapping());
    QVERIFY(wizard.mappingCombo(0) == nullptr);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::shouldStayOnTheFirstPageForAFileThatIsNotCsv()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    const QString empty = write(dir, QStringLiteral("empty.csv"), QByteArray());
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();

    wizard.setFilePath(empty);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.fileError()->isVisible());
    QVERIFY2(wizard.fileError()->text().contains(QStringLiteral("empty.csv")), qPrintable(wizard.fileError()->text()));

    wizard.setFilePath(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!wizard.fileError()->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.fileError()->isVisible());
}

void TestImportWizard::shouldNeedATitleColumnForAnUnknownLayoutAndRememberTheMapping()
{
    // Given a CSV file whose header Reelkeeper does not know
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    const QByteArray bytes("Nom;Année;Réalisateur;Remarque\nPlaytime;1967;Jacques Tati;\nLa Jetée;1962;Chris Marker;court\n");
    const QString path = write(dir, QStringLiteral("films.csv"), bytes);
    {
        ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));

        // Then each column gets a choice, and Next waits for a title column
        QVERIFY(wizard.needsMapping());
        QVERIFY(wizard.mappingCombo(0) != nullptr);
        QVERIFY(wizard.mappingCombo(3) != nullptr);
        QVERIFY(wizard.mappingCombo(0)->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // When the director column is mapped, still no title
        QComboBox *director = wizard.mappingCombo(2);
        director->setCurrentIndex(director->findText(QStringLiteral("Director")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // When the first column is mapped to the title, Next is enabled
        QComboBox *title = wizard.mappingCombo(0);
        title->setCurrentIndex(title->findText(QStringLiteral("Title")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // A field comes from one column: mapping the title elsewhere takes it from the first column
        QComboBox *year = wizard.mappingCombo(1);
        year->setCurrentIndex(year->findText(QStringLiteral("Title")));
        QCOMPARE(title->currentText(), QStringLiteral("(ignore)"));
        year->setCurrentIndex(year->findText(QStringLiteral("Release date")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        title->setCurrentIndex(title->findText(QStringLiteral("Title")));

        const ImportFormats::ColumnMapping expected = {
            {0, ImportFormats::Field::Title}, {1, ImportFormats::Field::ReleaseDate}, {2, ImportFormats::Field::Director}};
        QCOMPARE(wizard.mapping(), expected);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
    }

    // When a file with the same header (in another case) is opened again
    const QString again = write(dir, QStringLiteral("more.csv"), "NOM;année;réalisateur;REMARQUE\nMon Oncle;1958;Jacques Tati;\n");
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();
    wizard.setFilePath(again);
    wizard.next();

    // Then the mapping is the one chosen before
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(wizard.mappingCombo(0)->currentText(), QStringLiteral("Title"));
    QCOMPARE(wizard.mappingCombo(1)->currentText(), QStringLiteral("Release date"));
    QCOMPARE(wizard.mappingCombo(2)->currentText(), QStringLiteral("Director"));
    QCOMPARE(wizard.mappingCombo(3)->currentText(), QStringLiteral("(ignore)"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::shouldImportAnUnknownLayoutWithItsMapping()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("films.csv"),
                               "Nom;Année;Réalisateur\nPlaytime;1967;Jacques Tati\nLa Jetée;1962;Chris Marker\n");
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    wizard.mappingCombo(0)->setCurrentIndex(wizard.mappingCombo(0)->findText(QStringLiteral("Title")));
    wizard.mappingCombo(1)->setCurrentIndex(wizard.mappingCombo(1)->findText(QStringLiteral("Release date")));
    wizard.mappingCombo(2)->setCurrentIndex(wizard.mappingCombo(2)->findText(QStringLiteral("Director")));
    QSignalSpy dryRun(&wizard, &ImportWizard::dryRunFinished);
    wizard.next();
    QVERIFY(dryRun.wait(10000));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);

    wizard.next();

    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(movieCount(catalog), 2);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT person_names.full_name FROM movies JOIN person_names ON "
                                                 "person_names.id = movies.director_id WHERE title = 'La Jetée'"))
                 .toString(),
             QStringLiteral("Chris Marker"));
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT release_date FROM movies WHERE title = 'Playtime'")).toString(),
             QStringLiteral("1967"));
}

void TestImportWizard::shouldShowTheDryRunSummaryBeforeChangingAnything()
{
    // Given a catalog with Alien, and a list with Alien again, a new movie and a bad row
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title, release_date) VALUES ('Alien', '1979')")),
             QString());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("list.csv"),
                               "title,release_date\nAlien,1979\nSolaris,1972\nStalker,1979-13-01\n");
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();

    // When the options page opens, the dry run runs by itself
    QVERIFY(goToOptions(wizard, path));

    // Then it says what would happen, and nothing changed
    QVERIFY(wizard.dryRunReport().has_value());
    QCOMPARE(wizard.dryRunReport()->added, 1);
    QCOMPARE(wizard.dryRunReport()->skipped, 1);
    QCOMPARE(wizard.dryRunReport()->errors, 1);
    QCOMPARE(wizard.dryRunSummary()->text(), QStringLiteral("Would import: 1 added, 0 updated, 1 skipped, 1 errors"));
    QCOMPARE(movieCount(catalog), 1);

    // When the duplicate policy changes, the dry run runs again with it
    QSignalSpy dryRun(&wizard, &ImportWizard::dryRunFinished);
    wizard.setOnDuplicate(OnDuplicate::Add);
    QVERIFY(dryRun.wait(10000));
    QCOMPARE(wizard.dryRunSummary()->text(), QStringLiteral("Would import: 2 added, 0 updated, 0 skipped, 1 errors"));
    QCOMPARE(movieCount(catalog), 1);
}

void TestImportWizard::shouldImportAndReportEverySkippedRowWithItsLine()
{
    // Given a catalog with Alien, and a list with Alien again, two good rows and two bad ones
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title, release_date) VALUES ('Alien', '1979')")),
             QString());
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("list.csv"),
                               "title,release_date,duration\n"
                               "Solaris,1972,167\n"        // line 2
                               "Alien,1979,117\n"          // line 3: in the catalog already
                               "Stalker,1979,two hours\n"  // line 4: bad duration
                               "\"Mirror\n\",1975,107\n"   // lines 5-6: a title with a line break
                               ",1980,90\n");              // line 7: no title
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(goToOptions(wizard, path));
    QCOMPARE(wizard.onDuplicate(), OnDuplicate::Skip);

    // When the import runs
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPage), 10000);

    // Then the good rows are in the catalog, and the report lists every other row with its line
    QCOMPARE(movieCount(catalog), 3);
    QCOMPARE(imported.count(), 1);
    QVERIFY(wizard.report().has_value());
    QVERIFY(wizard.report()->committed);
    QCOMPARE(wizard.reportSummary()->text(), QStringLiteral("Imported: 2 added, 0 updated, 1 skipped, 2 errors"));
    QAbstractItemModel *notes = wizard.reportTable()->model();
    QCOMPARE(notes->rowCount(), 3);
    QCOMPARE(notes->index(0, 0).data().toString(), QStringLiteral("3"));
    QCOMPARE(notes->index(0, 1).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(notes->index(1, 0).data().toString(), QStringLiteral("4"));
    QCOMPARE(notes->index(1, 1).data().toString(), QStringLiteral("Error"));
    QVERIFY(notes->index(1, 2).data().toString().contains(QStringLiteral("two hours")));
    QCOMPARE(notes->index(2, 0).data().toString(), QStringLiteral("7"));
    QVERIFY(wizard.reportText().contains(path + QStringLiteral(":4: ")));
    QVERIFY(wizard.reportText().endsWith(QStringLiteral("imported: 2 added, 0 updated, 1 skipped, 2 errors\n")));

    // The report page is the last: Finish closes, there is no way back
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestImportWizard::shouldRefuseAWholeFileFailureFoundByTheDryRun()
{
    // Given a list whose quoting breaks after the rows the preview reads
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    QByteArray bytes("title,release_date\n");
    for (int i = 0; i < 40; ++i)
        bytes += "Movie " + QByteArray::number(i) + ",1970\n";
    bytes += "\"Unfinished,1971\nMore,1972\n";
    const QString path = write(dir, QStringLiteral("broken.csv"), bytes);
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    wizard.show();

    // When the dry run reads it
    QVERIFY(goToOptions(wizard, path));

    // Then it says why the file cannot be imported, and Import is not offered
    QVERIFY(!wizard.dryRunReport().has_value());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
        return label->isVisible() && label->text().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':'));
    }));
    QCOMPARE(movieCount(catalog), 0);
}

void TestImportWizard::shouldLeaveTheCatalogUnchangedWhenCancelled()
{
    // Given a long list, which takes a while to import
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    QByteArray bytes("title,release_date,director,genres,cast\n");
    for (int i = 0; i < 100000; ++i)
        bytes += QStringLiteral("Movie %1,%2,Director %3,Drama;Genre %4,Actor %5|Role|lead; Actor %6\n")
                     .arg(i)
                     .arg(1900 + i % 120)
                     .arg(i % 3000)
                     .arg(i % 20)
                     .arg(i % 5000)
                     .arg((i * 7) % 5000)
                     .toUtf8();
    const QString path = write(dir, QStringLiteral("long.csv"), bytes);
    ImportWizard wizard(catalog.path(), catalog.catalog().mediaPath());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));

    // When the import starts (without waiting for the dry run) and is cancelled while it runs
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
    QVERIFY(wizard.isRunning());
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
    QTRY_VERIFY(wizard.progressBar()->value() > 0);
    wizard.button(QWizard::CancelButton)->click();

    // Then the wizard closes once the import has rolled back, and the catalog is as it was
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(imported.count(), 0);
    QVERIFY(!wizard.report().has_value());
    QVERIFY2(wizard.error().contains(QStringLiteral("cancelled")), qPrintable(wizard.error()));
    QCOMPARE(movieCount(catalog), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM genres WHERE name LIKE 'Genre %'")).toInt(), 0);
}

void TestImportWizard::shouldUndoAnImportMadeInTheWindowWithCtrlZ()
{
    // Given the window on a new catalog, showing the empty state
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("list.csv"),
                               "title,release_date,director,genres\nSolaris,1972,Andrei Tarkovsky,Drama\n"
                               "Alien,1979,Ridley Scott,Horror\n");
    const QVariant genresBefore = scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM genres"));
    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));
    QCOMPARE(window.importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(window.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // When the empty state's import button opens the wizard and the list is imported through it
    QTest::mouseClick(window.emptyState()->importButton(), Qt::LeftButton);
    ImportWizard *wizard = window.importWizard();
    QVERIFY(wizard != nullptr);
    QVERIFY(wizard->isVisible());
    QVERIFY(goToOptions(*wizard, path));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPage), 10000);

    // Then the movies are in, the browser shows them, and the import is one step on the undo stack
    QCOMPARE(movieCount(catalog), 2);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import “list.csv”"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("list.csv")));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(window.importWizard() == nullptr); // closed and deleted
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));
    QTRY_COMPARE(window.browser()->model()->rowCount(), 2);

    // When Ctrl+Z is pressed in the window
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);

    // Then the imported movies, and the people and genres they brought, are gone
    QCOMPARE(movieCount(catalog), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 0);
    QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM genres")), genresBefore);
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.emptyState()));

    // And redo brings them back
    window.undoStack()->redo();
    QCOMPARE(movieCount(catalog), 2);
}

void TestImportWizard::shouldExportAllMoviesOrTheCurrentSearch()
{
    // Given a catalog of three movies, and a search that matches one
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title, release_date) VALUES ('Alphaville', '1965'), "
                                               "('Breathless', '1960'), ('Contempt', '1963')")),
             QString());
    QTemporaryDir dir;
    MovieFilter search;
    search.text = QStringLiteral("Breathless");

    // When everything is exported with a byte order mark
    {
        ExportMoviesDialog dialog(catalog.path(), catalog.catalog().mediaPath(), search, 3, 1);
        dialog.show();
        QVERIFY(dialog.searchChoice()->isEnabled());
        QVERIFY(dialog.searchChoice()->isChecked()); // a search is going on: that is what to export first
        dialog.allChoice()->setChecked(true);
        dialog.bomChoice()->setChecked(true);
        dialog.pathField()->setText(dir.filePath(QStringLiteral("all")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.exportButton()->click();
        QVERIFY(accepted.wait(10000));

        // Then the file has every movie, after a BOM, and the dialog says how many
        QCOMPARE(dialog.exportedCount(), 3);
        QCOMPARE(dialog.path(), dir.filePath(QStringLiteral("all.csv")));
    }
    QFile all(dir.filePath(QStringLiteral("all.csv")));
    QVERIFY(all.open(QIODevice::ReadOnly));
    const QByteArray allBytes = all.readAll();
    QVERIFY(allBytes.startsWith("\xef\xbb\xbftitle,"));
    QCOMPARE(allBytes.count('\n'), 4);

    // When only the current search is exported, without a BOM (the choice of BOM is remembered)
    ExportMoviesDialog dialog(catalog.path(), catalog.catalog().mediaPath(), search, 3, 1);
    dialog.show();
    QVERIFY(dialog.bomChoice()->isChecked());
    dialog.bomChoice()->setChecked(false);
    dialog.pathField()->setText(dir.filePath(QStringLiteral("search.csv")));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.exportButton()->click();
    QVERIFY(accepted.wait(10000));

    // Then the file has that movie only
    QCOMPARE(dialog.exportedCount(), 1);
    QFile found(dir.filePath(QStringLiteral("search.csv")));
    QVERIFY(found.open(QIODevice::ReadOnly));
    const QByteArray foundBytes = found.readAll();
    QVERIFY(foundBytes.startsWith("title,"));
    QCOMPARE(foundBytes.count('\n'), 2);
    QVERIFY(foundBytes.contains("Breathless"));
}

void TestImportWizard::shouldOfferTheCurrentSearchOnlyWhenThereIsOne()
{
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    ExportMoviesDialog dialog(catalog.path(), catalog.catalog().mediaPath(), MovieFilter(), 0, 0);
    dialog.show();
    QVERIFY(!dialog.searchChoice()->isEnabled());
    QVERIFY(dialog.allChoice()->isChecked());

    // An export to a folder that does not exist fails with a message and leaves the dialog open
    QTemporaryDir dir;
    dialog.pathField()->setText(dir.filePath(QStringLiteral("missing/movies.csv")));
    QSignalSpy finished(&dialog, &ExportMoviesDialog::exportFinished);
    dialog.exportButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
}

void TestImportWizard::shouldOpenTheExportWithCtrlEWhileTypingASearch()
{
    // Given the window on a catalog, with a search typed in the search field
    TemporaryCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    QCOMPARE(exec(catalog.db(), QStringLiteral("INSERT INTO movies (title) VALUES ('Alphaville'), ('Breathless')")),
             QString());
    MainWindow window(catalog.catalog());
    window.show();
    QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.browser()));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.browser()->focusSearch();
    QTest::keyClicks(window.browser()->searchField(), QStringLiteral("Breathless"));
    QTRY_COMPARE(window.browser()->model()->rowCount(), 1);

    // When Ctrl+E is pressed there (on X11 a line edit takes it as "end of line"; the offscreen
    // platform has no such binding, so this checks the shortcut and the choice, not that override)
    QTest::keyClick(window.browser()->searchField(), Qt::Key_E, Qt::ControlModifier);

    // Then the export opens, offering the search first
    auto *dialog = window.findChild<ExportMoviesDialog *>();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->searchChoice()->isChecked());
    QVERIFY(dialog->searchChoice()->text().contains(QStringLiteral("(1)")));
    QVERIFY(dialog->allChoice()->text().contains(QStringLiteral("(2)")));
    dialog->reject();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
