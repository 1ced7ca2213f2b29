// The countries and genres manager: in-place rename, merge through its dialog, delete only unused
// ones, empty states, and undo of each through the window's undo stack.
#include "taxonomydialog.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

class TestTaxonomyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldListCountsAndShowPeopleOnlyForCountries();
    void shouldRenameInPlaceAndUndoThroughTheStack();
    void shouldSayWhyARenameIsRefused();
    void shouldMergeThroughTheDialogAndUndo();
    void shouldDisableDeleteForUsedOnesAndDeleteUnusedOnes();
    void shouldAddAndSelectTheNewEntry();
    void shouldShowAnEmptyStateAndFilter();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    void run(const QString &sql);
    // The row of the list that shows name, or -1.
    static int rowOf(TaxonomyPage *page, const QString &name);
    static void selectName(TaxonomyPage *page, const QString &name);

    std::unique_ptr<TemporaryCatalog> m_catalog;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<TaxonomyDialog> m_dialog;
    QStringList m_errors;
    int m_changes = 0;
};

// Given for every test: France (2 movies, 1 person), Italy (1 movie, 1 person), Japan (unused);
// Drama (3 movies), Comedy (1), Noir (unused); the manager open on it with an empty undo stack.
void TestTaxonomyDialog::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    run(QStringLiteral("INSERT INTO countries (id, name) VALUES (1, 'France'), (2, 'Italy'), (3, 'Japan')"));
    run(QStringLiteral("INSERT INTO genres (id, name) VALUES (1, 'Drama'), (2, 'Comedy'), (3, 'Noir')"));
    run(QStringLiteral("INSERT INTO people (id, last_name, country_id) VALUES (1, 'Varda', 1), (2, 'Fellini', 2)"));
    run(QStringLiteral("INSERT INTO movies (id, title, country_id) VALUES (1, 'Amélie', 1), (2, 'Rififi', 1), "
                       "(3, 'La Strada', 2)"));
    run(QStringLiteral("INSERT INTO movie_genres (movie_id, genre_id) VALUES (1, 1), (1, 2), (2, 1), (3, 1)"));
    m_errors.clear();
    m_changes = 0;
    m_stack = std::make_unique<QUndoStack>();
    m_dialog = std::make_unique<TaxonomyDialog>(db(), m_stack.get(), [this](const QString &error) {
        ++m_changes;
        if (!error.isEmpty())
            m_errors.append(error);
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestTaxonomyDialog::cleanup()
{
    m_dialog.reset();
    m_stack.reset();
    m_catalog.reset();
}

void TestTaxonomyDialog::run(const QString &sql)
{
    const QString error = exec(db(), sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int TestTaxonomyDialog::rowOf(TaxonomyPage *page, const QString &name)
{
    QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TaxonomyPage::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestTaxonomyDialog::selectName(TaxonomyPage *page, const QString &name)
{
    const int row = rowOf(page, name);
    QVERIFY2(row >= 0, qPrintable(name));
    page->view()->selectionModel()->clearSelection();
    page->view()->selectRow(row);
}

void TestTaxonomyDialog::shouldListCountsAndShowPeopleOnlyForCountries()
{
    TaxonomyPage *countries = m_dialog->page(TaxonomyKind::Countries);
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);
    QAbstractItemModelTester countriesTester(countries->view()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester genresTester(genres->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(countries->view()->model());
    QVERIFY(proxy);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Then the countries come by name with movies and people counted
    QAbstractItemModel *model = countries->view()->model();
    QCOMPARE(model->rowCount(), 3);
    const int france = rowOf(countries, QStringLiteral("France"));
    QCOMPARE(france, 0);
    QCOMPARE(model->index(france, TaxonomyPage::MoviesColumn).data().toLongLong(), 2);
    QCOMPARE(model->index(france, TaxonomyPage::PeopleColumn).data().toLongLong(), 1);
    QCOMPARE(model->headerData(TaxonomyPage::MoviesColumn, Qt::Horizontal).toString(), QStringLiteral("Movies"));
    QCOMPARE(model->headerData(TaxonomyPage::PeopleColumn, Qt::Horizontal).toString(), QStringLiteral("People"));
    QVERIFY(!countries->view()->isColumnHidden(TaxonomyPage::PeopleColumn));
    QVERIFY(countries->view()->isColumnHidden(TaxonomyPage::IdColumn));

    // And the genres have no people column
    QCOMPARE(genres->view()->model()->index(rowOf(genres, QStringLiteral("Drama")), TaxonomyPage::MoviesColumn)
                 .data()
                 .toLongLong(),
             3);
    QVERIFY(genres->view()->isColumnHidden(TaxonomyPage::PeopleColumn));

    // When the movies column header is clicked, the list sorts by count
    countries->view()->sortByColumn(TaxonomyPage::MoviesColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, TaxonomyPage::NameColumn).data().toString(), QStringLiteral("France"));
    QCOMPARE(model->index(2, TaxonomyPage::NameColumn).data().toString(), QStringLiteral("Japan"));
}

void TestTaxonomyDialog::shouldRenameInPlaceAndUndoThroughTheStack()
{
    TaxonomyPage *countries = m_dialog->page(TaxonomyKind::Countries);

    // When France is selected, Rename is clicked and a new name typed into the cell
    selectName(countries, QStringLiteral("France"));
    QVERIFY(countries->renameButton()->isEnabled());
    QTest::mouseClick(countries->renameButton(), Qt::LeftButton);
    QLineEdit *editor = countries->view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("France"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Frankreich"));
    QTest::keyClick(editor, Qt::Key_Return);

    // Then the catalog and the list have the new name, and the stack one step
    QTRY_COMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = 1")).toString(),
                 QStringLiteral("Frankreich"));
    QTRY_VERIFY(rowOf(countries, QStringLiteral("Frankreich")) >= 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(countries->selectedIds(), QList<qint64>{1});

    // When the stack undoes it, the old name is back in the catalog and the list
    m_stack->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = 1")).toString(), QStringLiteral("France"));
    QVERIFY(rowOf(countries, QStringLiteral("France")) >= 0);
    QCOMPARE(rowOf(countries, QStringLiteral("Frankreich")), -1);

    // When F2 is pressed on the selected row, its name opens for editing (Escape leaves it as it was)
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    selectName(countries, QStringLiteral("France"));
    countries->view()->setFocus();
    QTest::keyClick(countries->view(), Qt::Key_F2);
    QTRY_VERIFY(countries->view()->viewport()->findChild<QLineEdit *>()
                && countries->view()->viewport()->findChild<QLineEdit *>()->isVisible());
    QTest::keyClick(countries->view()->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
    QCOMPARE(m_stack->count(), 1);

    // And a change of case only is a rename too, through the model as the delegate does it
    QAbstractItemModel *model = countries->view()->model();
    QVERIFY(model->setData(model->index(rowOf(countries, QStringLiteral("Italy")), TaxonomyPage::NameColumn),
                           QStringLiteral("ITALY")));
    QTRY_COMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = 2")).toString(), QStringLiteral("ITALY"));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QVERIFY(countries->messageLabel()->isHidden());
}

void TestTaxonomyDialog::shouldSayWhyARenameIsRefused()
{
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);
    QAbstractItemModel *model = genres->view()->model();

    // When Comedy is renamed to "drama"
    model->setData(model->index(rowOf(genres, QStringLiteral("Comedy")), TaxonomyPage::NameColumn), QStringLiteral("drama"));

    // Then the page says that Drama exists and suggests merging, and nothing changed
    QTRY_VERIFY(genres->messageLabel()->isVisibleTo(genres));
    QVERIFY2(genres->messageLabel()->text().contains(QStringLiteral("merge")), qPrintable(genres->messageLabel()->text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM genres WHERE id = 2")).toString(), QStringLiteral("Comedy"));
    QVERIFY(rowOf(genres, QStringLiteral("Comedy")) >= 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestTaxonomyDialog::shouldMergeThroughTheDialogAndUndo()
{
    TaxonomyPage *countries = m_dialog->page(TaxonomyKind::Countries);
    selectName(countries, QStringLiteral("France"));
    QVERIFY(countries->mergeButton()->isEnabled());

    // When Merge Into… is clicked and Italy chosen in its dialog
    QStringList offered;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("mergeTargetDialog"));
        auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("mergeTargets"));
        QVERIFY(targets);
        for (int i = 0; i < targets->count(); ++i)
            offered.append(targets->item(i)->data(Qt::UserRole + 1).toString());
        const QList<QListWidgetItem *> italy = targets->findItems(QStringLiteral("Italy"), Qt::MatchStartsWith);
        QCOMPARE(italy.size(), 1);
        targets->setCurrentItem(italy.constFirst());
        QPushButton *merge = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(merge->isEnabled());
        QTest::mouseClick(merge, Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(countries->mergeButton(), Qt::LeftButton);
    QVERIFY(answered);

    // Then France's movies and person are Italy's, France is gone from the catalog and the list
    QCOMPARE(offered, (QStringList{QStringLiteral("Italy"), QStringLiteral("Japan")}));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies WHERE country_id = 2")).toInt(), 3);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM people WHERE country_id = 2")).toInt(), 2);
    QCOMPARE(rowOf(countries, QStringLiteral("France")), -1);
    QAbstractItemModel *model = countries->view()->model();
    QCOMPARE(model->index(rowOf(countries, QStringLiteral("Italy")), TaxonomyPage::MoviesColumn).data().toLongLong(), 3);
    QCOMPARE(countries->selectedIds(), QList<qint64>{2});
    QCOMPARE(m_stack->count(), 1);

    // When the stack undoes it, France is back with its movies and person
    m_stack->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movies WHERE country_id = 1")).toInt(), 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM people WHERE country_id = 1")).toInt(), 1);
    QCOMPARE(model->index(rowOf(countries, QStringLiteral("France")), TaxonomyPage::MoviesColumn).data().toLongLong(), 2);

    // And genres merge through the page the same way (Comedy into Drama, where Amélie has both)
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);
    QVERIFY(genres->mergeInto({2}, 1));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movie_genres")).toInt(), 3);
    m_stack->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM movie_genres")).toInt(), 4);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

void TestTaxonomyDialog::shouldDisableDeleteForUsedOnesAndDeleteUnusedOnes()
{
    TaxonomyPage *countries = m_dialog->page(TaxonomyKind::Countries);

    // When nothing is selected, Delete is disabled
    countries->view()->clearSelection();
    QVERIFY(!countries->deleteButton()->isEnabled());

    // When France (used) is selected, Delete is disabled and says why
    selectName(countries, QStringLiteral("France"));
    QVERIFY(!countries->deleteButton()->isEnabled());
    QVERIFY2(countries->deleteButton()->toolTip().contains(QStringLiteral("2 movie")),
             qPrintable(countries->deleteButton()->toolTip()));

    // When Japan (unused) is selected and deleted, it is gone
    selectName(countries, QStringLiteral("Japan"));
    QVERIFY(countries->deleteButton()->isEnabled());
    QTest::mouseClick(countries->deleteButton(), Qt::LeftButton);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM countries WHERE id = 3")).toInt(), 0);
    QCOMPARE(rowOf(countries, QStringLiteral("Japan")), -1);

    // And the stack undoes the delete
    m_stack->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT name FROM countries WHERE id = 3")).toString(), QStringLiteral("Japan"));
    QVERIFY(rowOf(countries, QStringLiteral("Japan")) >= 0);

    // And a used genre among the selection keeps Delete disabled
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);
    genres->view()->selectAll();
    QVERIFY(!genres->deleteButton()->isEnabled());
    QVERIFY(!genres->removeIds({1, 3}));
    QVERIFY(genres->messageLabel()->isVisibleTo(genres));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 3);
}

void TestTaxonomyDialog::shouldAddAndSelectTheNewEntry()
{
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);

    // When a genre is added
    QVERIFY(genres->addNamed(QStringLiteral(" Western ")));

    // Then it is listed, selected and unused (so it can be deleted)
    const qint64 id = scalar(db(), QStringLiteral("SELECT id FROM genres WHERE name = 'Western'")).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(genres->selectedIds(), QList<qint64>{id});
    QVERIFY(genres->deleteButton()->isEnabled());

    // And an existing name is refused with a message, and undo removes the added one
    QVERIFY(!genres->addNamed(QStringLiteral("WESTERN")));
    QVERIFY(genres->messageLabel()->isVisibleTo(genres));
    m_stack->undo();
    QCOMPARE(rowOf(genres, QStringLiteral("Western")), -1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 3);
}

void TestTaxonomyDialog::shouldShowAnEmptyStateAndFilter()
{
    TaxonomyPage *countries = m_dialog->page(TaxonomyKind::Countries);
    QVERIFY(!countries->isShowingEmptyState());

    // When the filter matches one country, only it is listed
    countries->filterEdit()->setText(QStringLiteral("ITA"));
    QCOMPARE(countries->view()->model()->rowCount(), 1);

    // When it matches none, the page says so
    countries->filterEdit()->setText(QStringLiteral("'); DROP TABLE countries;--"));
    QVERIFY(countries->isShowingEmptyState());
    QVERIFY(countries->emptyLabel()->text().contains(QStringLiteral("DROP TABLE")));
    countries->filterEdit()->clear();
    QVERIFY(!countries->isShowingEmptyState());

    // When the catalog has no genres at all, the genres page explains where they come from
    run(QStringLiteral("DELETE FROM movie_genres"));
    run(QStringLiteral("DELETE FROM genres"));
    m_dialog->refresh();
    TaxonomyPage *genres = m_dialog->page(TaxonomyKind::Genres);
    QVERIFY(genres->isShowingEmptyState());
    QVERIFY(genres->emptyLabel()->text().contains(QStringLiteral("No genres")));
    QVERIFY(!genres->mergeButton()->isEnabled());
    QVERIFY(genres->addButton()->isEnabled());
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM countries")).toInt(), 3);
}

QTEST_MAIN(TestTaxonomyDialog)
#include "tst_taxonomydialog.moc"
