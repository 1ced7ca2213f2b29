#pragma once

#include "moviecommands.h"
#include "taxonomy.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSqlQueryModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Reelkeeper {

// One list of the manager: the countries or the genres with how many movies (and people) use each,
// a filter, and Add, Rename (F2 or in place), Merge Into… and Delete (unused ones only). Every
// change is an undo command pushed on the given stack; the list re-reads itself whenever the stack
// moves. The rows are few (hundreds), so the list is a QSqlQueryModel read whole, filtered and
// sorted in a proxy: no user text ever reaches SQL.
class TaxonomyPage final : public QWidget
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, MoviesColumn, PeopleColumn };

    // undoStack (not null) is the window's; changed goes to every command, which may outlive the page.
    TaxonomyPage(QSqlDatabase db, TaxonomyKind kind, QUndoStack *undoStack, CatalogChanged changed,
                 QWidget *parent = nullptr);

    TaxonomyKind kind() const { return m_kind; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *deleteButton() const { return m_delete; }
    // Shown instead of the list when it is empty or nothing matches the filter.
    QLabel *emptyLabel() const { return m_empty; }
    bool isShowingEmptyState() const;
    // Why the last change was refused, shown under the list until the next change succeeds.
    QLabel *messageLabel() const { return m_message; }

    // Re-reads the list, keeping the selection (by id) where the rows still exist.
    void refresh();
    QList<qint64> selectedIds() const;
    void select(const QList<qint64> &ids);

    // What the buttons do once their questions are answered. Each pushes one undo command, or
    // tells the user why nothing changed; true when the catalog changed.
    bool addNamed(const QString &name);
    bool renameTo(qint64 id, const QString &name);
    bool mergeInto(const QList<qint64> &ids, qint64 intoId);
    bool removeIds(const QList<qint64> &ids);

private:
    void editSelectedName();
    void addClicked();
    void mergeClicked();
    void deleteClicked();
    void updateState();
    void showError(const QString &message);
    QString nameOf(qint64 id) const;
    TaxonomyUsage usageAt(int sourceRow) const;
    int sourceRowOf(qint64 id) const;

    QSqlDatabase m_db;
    TaxonomyKind m_kind;
    QUndoStack *m_undoStack = nullptr;
    CatalogChanged m_changed;
    QSqlQueryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_sorted = false; // the first list comes by name; later the user's sort column stays
};

// "Countries and Genres": the manager of both lists, one tab each. Changes go on the window's undo
// stack (undo and redo also work from here, with the usual shortcuts), and changed is called after
// each do, undo and redo so that the window can refresh what it shows.
class TaxonomyDialog final : public QDialog
{
    Q_OBJECT
public:
    TaxonomyDialog(QSqlDatabase db, QUndoStack *undoStack, CatalogChanged changed, QWidget *parent = nullptr);

    TaxonomyPage *page(TaxonomyKind kind) const;
    void showPage(TaxonomyKind kind);
    // Re-reads both lists, for when the catalog changed outside the dialog while it is open.
    void refresh();

private:
    QTabWidget *m_tabs = nullptr;
    TaxonomyPage *m_countries = nullptr;
    TaxonomyPage *m_genres = nullptr;
};

} // namespace Reelkeeper
