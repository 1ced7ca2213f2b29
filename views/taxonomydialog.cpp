#include "taxonomydialog.h"

#include "taxonomycommands.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQueryModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace Reelkeeper {

namespace {

// The list of one page. Names are edited in place, but the model never writes SQL itself: an edit
// is handed to the page, which renames through an undo command (with its checks and messages)
// and re-reads the list.
class TaxonomyTableModel final : public QSqlQueryModel
{
public:
    TaxonomyTableModel(TaxonomyKind kind, QObject *parent)
        : QSqlQueryModel(parent)
        , m_kind(kind)
    {
    }

    std::function<void(qint64 id, const QString &name)> renameRequested;

    Result<void> reload(QSqlDatabase db)
    {
        Result<QSqlQuery> query = Taxonomy::listQuery(db, m_kind);
        if (!query) {
            clear();
            return Error{query.error()};
        }
        setQuery(std::move(query.value()));
        // Hundreds of rows: read them all, so that the filter and the sort see every one.
        while (canFetchMore())
            fetchMore();
        return {};
    }

    qint64 idAt(int row) const { return QSqlQueryModel::data(index(row, TaxonomyPage::IdColumn)).toLongLong(); }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QSqlQueryModel::flags(index);
        if (index.column() == TaxonomyPage::NameColumn)
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::TextAlignmentRole && index.column() >= TaxonomyPage::MoviesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QSqlQueryModel::data(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || index.column() != TaxonomyPage::NameColumn || !renameRequested)
            return false;
        renameRequested(idAt(index.row()), value.toString());
        return true;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return QSqlQueryModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole) {
            switch (section) {
            case TaxonomyPage::NameColumn:
                return TaxonomyPage::tr("Name");
            case TaxonomyPage::MoviesColumn:
                return TaxonomyPage::tr("Movies");
            case TaxonomyPage::PeopleColumn:
                return TaxonomyPage::tr("People");
            default:
                return QVariant();
            }
        }
        if (role == Qt::ToolTipRole) {
            if (section == TaxonomyPage::MoviesColumn)
                return m_kind == TaxonomyKind::Countries ? TaxonomyPage::tr("Movies made in this country")
                                                         : TaxonomyPage::tr("Movies of this genre");
            if (section == TaxonomyPage::PeopleColumn)
                return TaxonomyPage::tr("People from this country");
        }
        return QSqlQueryModel::headerData(section, orientation, role);
    }

private:
    TaxonomyKind m_kind;
};

TaxonomyTableModel *tableModel(QSqlQueryModel *model)
{
    return static_cast<TaxonomyTableModel *>(model);
}

} // namespace

TaxonomyPage::TaxonomyPage(QSqlDatabase db, TaxonomyKind kind, QUndoStack *undoStack, CatalogChanged changed,
                           QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_kind(kind)
    , m_undoStack(undoStack)
    , m_changed(std::move(changed))
{
    const bool countries = kind == TaxonomyKind::Countries;
    auto *model = new TaxonomyTableModel(kind, this);
    // Queued: the rename re-reads the model, which must not happen inside the view's setData call.
    model->renameRequested = [this](qint64 id, const QString &name) {
        QMetaObject::invokeMethod(this, [this, id, name] { renameTo(id, name); }, Qt::QueuedConnection);
    };
    m_model = model;

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(countries ? tr("Filter countries") : tr("Filter genres"));

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed, as a hint rather than content

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_add = new QPushButton(tr("&Add…"), this);
    m_rename = new QPushButton(tr("&Rename"), this);
    m_merge = new QPushButton(tr("&Merge Into…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_add->setToolTip(countries ? tr("Add a country") : tr("Add a genre"));
    m_rename->setToolTip(tr("Rename the selected entry (F2, or double-click its name)"));
    m_merge->setToolTip(countries ? tr("Make the selected countries one: everything that uses them uses the "
                                       "country you choose instead")
                                  : tr("Make the selected genres one: every movie that has them has the genre "
                                       "you choose instead"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; "
                                            "padding: 6px; border-radius: 4px; }"));
    m_message->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *listAndButtons = new QHBoxLayout;
    listAndButtons->addWidget(m_stack, 1);
    listAndButtons->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(listAndButtons, 1);
    layout->addWidget(m_message);

    auto *renameAction = new QAction(this);
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(renameAction);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(deleteAction);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_add, &QPushButton::clicked, this, &TaxonomyPage::addClicked);
    connect(m_rename, &QPushButton::clicked, this, &TaxonomyPage::editSelectedName);
    connect(renameAction, &QAction::triggered, this, &TaxonomyPage::editSelectedName);
    connect(m_merge, &QPushButton::clicked, this, &TaxonomyPage::mergeClicked);
    connect(m_delete, &QPushButton::clicked, this, &TaxonomyPage::deleteClicked);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (m_delete->isEnabled())
            deleteClicked();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaxonomyPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaxonomyPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TaxonomyPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TaxonomyPage::updateState);
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &TaxonomyPage::refresh);

    refresh();
}

bool TaxonomyPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TaxonomyPage::refresh()
{
    const QList<qint64> selected = selectedIds();
    if (Result<void> loaded = tableModel(m_model)->reload(m_db); !loaded)
        showError(loaded.error());
    // The header knows the columns only once a query has run, and forgets their modes on a reset.
    if (m_model->columnCount() > PeopleColumn) {
        m_view->setColumnHidden(IdColumn, true);
        m_view->setColumnHidden(PeopleColumn, m_kind != TaxonomyKind::Countries);
        m_view->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
        if (!m_sorted) {
            m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
            m_sorted = true;
        }
    }
    select(selected);
    updateState();
}

QList<qint64> TaxonomyPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    for (const QModelIndex &index : rows)
        ids.append(tableModel(m_model)->idAt(m_proxy->mapToSource(index).row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TaxonomyPage::select(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int sourceRow = sourceRowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, NameColumn));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    if (first.isValid())
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_view->scrollTo(first);
}

bool TaxonomyPage::addNamed(const QString &name)
{
    auto command = AddTaxonomyCommand::perform(m_db, m_kind, name, m_changed);
    if (!command) {
        showError(command.error());
        return false;
    }
    const qint64 id = command.value()->row().id;
    m_message->hide();
    m_undoStack->push(command.value().release());
    m_filter->clear();
    refresh();
    select({id});
    return true;
}

bool TaxonomyPage::renameTo(qint64 id, const QString &name)
{
    auto command = RenameTaxonomyCommand::perform(m_db, m_kind, id, name, m_changed);
    if (!command) {
        showError(command.error());
        refresh(); // the name the editor left on screen goes back to the stored one
        return false;
    }
    m_message->hide();
    if (!command.value())
        return false; // the same name: nothing to do
    m_undoStack->push(command.value().release());
    refresh();
    select({id});
    return true;
}

bool TaxonomyPage::mergeInto(const QList<qint64> &ids, qint64 intoId)
{
    // A country of a large catalog moves tens of thousands of rows: a second or more.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto command = MergeTaxonomyCommand::perform(m_db, m_kind, ids, intoId, m_changed);
    QGuiApplication::restoreOverrideCursor();
    if (!command) {
        showError(command.error());
        return false;
    }
    m_message->hide();
    m_undoStack->push(command.value().release());
    refresh();
    select({intoId});
    return true;
}

bool TaxonomyPage::removeIds(const QList<qint64> &ids)
{
    auto command = DeleteTaxonomyCommand::perform(m_db, m_kind, ids, m_changed);
    if (!command) {
        showError(command.error());
        return false;
    }
    m_message->hide();
    m_undoStack->push(command.value().release());
    refresh();
    return true;
}

void TaxonomyPage::editSelectedName()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || selectedIds().size() != 1)
        return;
    const QModelIndex name = m_proxy->index(current.row(), NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void TaxonomyPage::addClicked()
{
    const bool countries = m_kind == TaxonomyKind::Countries;
    bool ok = false;
    const QString name = QInputDialog::getText(this, countries ? tr("Add Country") : tr("Add Genre"),
                                               countries ? tr("Name of the new country:") : tr("Name of the new genre:"),
                                               QLineEdit::Normal, m_filter->text().trimmed(), &ok);
    if (ok)
        addNamed(name);
}

void TaxonomyPage::mergeClicked()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool countries = m_kind == TaxonomyKind::Countries;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("mergeTargetDialog"));
    dialog.setWindowTitle(countries ? tr("Merge Countries") : tr("Merge Genres"));
    const QString what = ids.size() == 1 ? tr("“%1”").arg(nameOf(ids.constFirst()))
                         : countries    ? tr("%n countries", nullptr, int(ids.size()))
                                        : tr("%n genres", nullptr, int(ids.size()));
    auto *question = new QLabel(tr("Merge %1 into:").arg(what), &dialog);
    auto *filter = new QLineEdit(&dialog);
    filter->setClearButtonEnabled(true);
    filter->setPlaceholderText(tr("Filter"));
    auto *targets = new QListWidget(&dialog);
    targets->setObjectName(QStringLiteral("mergeTargets"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TaxonomyUsage usage = usageAt(row);
        if (ids.contains(usage.id))
            continue;
        const QString counts = countries ? tr("%n movie(s)", nullptr, int(usage.movies)) + QStringLiteral(", ")
                                               + tr("%n person(s)", nullptr, int(usage.people))
                                         : tr("%n movie(s)", nullptr, int(usage.movies));
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(usage.name, counts), targets);
        item->setData(Qt::UserRole, usage.id);
        item->setData(Qt::UserRole + 1, usage.name);
    }
    targets->sortItems();
    auto *explanation = new QLabel(countries ? tr("Every movie and person from %1 will be from the chosen country, "
                                                  "and %1 will be deleted. You can undo this.").arg(what)
                                             : tr("Every movie of %1 will have the chosen genre instead, and %1 "
                                                  "will be deleted. You can undo this.").arg(what),
                                   &dialog);
    explanation->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(question);
    layout->addWidget(filter);
    layout->addWidget(targets, 1);
    layout->addWidget(explanation);
    layout->addWidget(box);

    connect(filter, &QLineEdit::textChanged, &dialog, [targets](const QString &text) {
        for (int i = 0; i < targets->count(); ++i) {
            QListWidgetItem *item = targets->item(i);
            item->setHidden(!item->data(Qt::UserRole + 1).toString().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    connect(targets, &QListWidget::currentItemChanged, &dialog,
            [ok](QListWidgetItem *current) { ok->setEnabled(current != nullptr && !current->isHidden()); });
    connect(targets, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    if (dialog.exec() != QDialog::Accepted || !targets->currentItem())
        return;
    mergeInto(ids, targets->currentItem()->data(Qt::UserRole).toLongLong());
}

void TaxonomyPage::deleteClicked()
{
    removeIds(selectedIds());
}

void TaxonomyPage::updateState()
{
    const bool countries = m_kind == TaxonomyKind::Countries;
    const QList<qint64> ids = selectedIds();

    m_rename->setEnabled(ids.size() == 1);
    m_merge->setEnabled(!ids.isEmpty() && m_model->rowCount() > ids.size());

    QString used;
    for (qint64 id : ids) {
        const TaxonomyUsage usage = usageAt(sourceRowOf(id));
        if (!usage.isUsed())
            continue;
        if (!countries)
            used = tr("“%1” is the genre of %n movie(s). Merge it into another genre instead.", nullptr,
                      int(usage.movies)).arg(usage.name);
        else if (usage.people == 0)
            used = tr("“%1” is the country of %n movie(s). Merge it into another country instead.", nullptr,
                      int(usage.movies)).arg(usage.name);
        else if (usage.movies == 0)
            used = tr("“%1” is the country of %n person(s). Merge it into another country instead.", nullptr,
                      int(usage.people)).arg(usage.name);
        else
            used = tr("“%1” is the country of %2 and %3. Merge it into another country instead.")
                       .arg(usage.name, tr("%n movie(s)", nullptr, int(usage.movies)),
                            tr("%n person(s)", nullptr, int(usage.people)));
        break;
    }
    m_delete->setEnabled(!ids.isEmpty() && used.isEmpty());
    m_delete->setToolTip(ids.isEmpty() ? (countries ? tr("Select unused countries to delete them")
                                                    : tr("Select unused genres to delete them"))
                         : used.isEmpty() ? tr("Delete the selected entries")
                                          : used);

    if (m_model->rowCount() == 0) {
        m_empty->setText(countries ? tr("No countries yet.\nThey are added with movies and people, by imports, "
                                        "or here with Add…")
                                   : tr("No genres yet.\nThey are added with movies, by imports, or here with Add…"));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(countries ? tr("No country matches “%1”.").arg(m_filter->text().trimmed())
                                   : tr("No genre matches “%1”.").arg(m_filter->text().trimmed()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
}

void TaxonomyPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

QString TaxonomyPage::nameOf(qint64 id) const
{
    return usageAt(sourceRowOf(id)).name;
}

TaxonomyUsage TaxonomyPage::usageAt(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return {};
    const auto value = [this, sourceRow](int column) { return m_model->data(m_model->index(sourceRow, column)); };
    return TaxonomyUsage{value(IdColumn).toLongLong(), value(NameColumn).toString(), value(MoviesColumn).toLongLong(),
                         value(PeopleColumn).toLongLong()};
}

int TaxonomyPage::sourceRowOf(qint64 id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (tableModel(m_model)->idAt(row) == id)
            return row;
    }
    return -1;
}

TaxonomyDialog::TaxonomyDialog(QSqlDatabase db, QUndoStack *undoStack, CatalogChanged changed, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Countries and Genres"));
    m_countries = new TaxonomyPage(db, TaxonomyKind::Countries, undoStack, changed, this);
    m_genres = new TaxonomyPage(db, TaxonomyKind::Genres, undoStack, changed, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_countries, tr("&Countries"));
    m_tabs->addTab(m_genres, tr("&Genres"));

    // Undo and redo from here too: the window's Edit menu is out of reach while this is open.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (undoStack) {
        QAction *undo = undoStack->createUndoAction(this);
        QAction *redo = undoStack->createRedoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
        for (QAction *action : {undo, redo}) {
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            buttons->addButton(button, QDialogButtonBox::ResetRole);
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

TaxonomyPage *TaxonomyDialog::page(TaxonomyKind kind) const
{
    return kind == TaxonomyKind::Countries ? m_countries : m_genres;
}

void TaxonomyDialog::showPage(TaxonomyKind kind)
{
    m_tabs->setCurrentWidget(page(kind));
}

void TaxonomyDialog::refresh()
{
    m_countries->refresh();
    m_genres->refresh();
}

} // namespace Reelkeeper
