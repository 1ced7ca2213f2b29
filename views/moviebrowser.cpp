#include "moviebrowser.h"

#include "catalog.h"
#include "catalogpaths.h"
#include "logging.h"
#include "moviedetailpane.h"
#include "movielistmodel.h"
#include "postergridview.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Reelkeeper {

namespace {

constexpr auto SettingsGroup = "browser";

} // namespace

MovieBrowser::MovieBrowser(Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new MovieListModel(catalog.path(), this))
{
    buildFilterBar();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("movieTable"));
    m_table->setAccessibleName(tr("Movies"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MovieListModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MovieListModel::Title, QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(MovieListModel::Year, 5 * em);
    m_table->setColumnWidth(MovieListModel::Director, 13 * em);
    m_table->setColumnWidth(MovieListModel::Country, 9 * em);
    m_table->setColumnWidth(MovieListModel::Genres, 13 * em);
    m_table->setColumnWidth(MovieListModel::Duration, 6 * em);
    m_table->setColumnWidth(MovieListModel::Favorite, 6 * em);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);

    m_grid = new PosterGridView(catalog.mediaPath(), CatalogPaths::thumbnailCache(), this);
    m_grid->setObjectName(QStringLiteral("posterGrid"));
    m_grid->setAccessibleName(tr("Posters"));
    m_grid->setModel(m_model);
    m_grid->setSelectionModel(m_table->selectionModel());
    m_grid->viewport()->installEventFilter(this);

    m_noMatches = new QLabel(this);
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(m_grid);
    m_views->addWidget(m_noMatches);

    m_details = new MovieDetailPane(catalog.database(), catalog.mediaPath(), CatalogPaths::thumbnailCache(), this);
    m_details->setObjectName(QStringLiteral("movieDetails"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_splitter, 1);

    connect(m_model, &MovieListModel::countChanged, this, &MovieBrowser::showCount);
    // A search is timed until the paint that shows its own first rows, not the old ones.
    connect(m_model, &MovieListModel::firstRowsLoaded, this, [this] {
        if (m_searchWaiting && m_pendingTiming == Timing::None)
            m_pendingTiming = Timing::Search;
        m_searchWaiting = false;
    });
    connect(m_model, &MovieListModel::modelReset, this, &MovieBrowser::restoreSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MovieBrowser::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(m_model->data(index, MovieListModel::MovieIdRole).toLongLong());
    });
    connect(m_grid, &PosterGridView::movieActivated, this, &MovieBrowser::editRequested);
    connect(m_details, &MovieDetailPane::editRequested, this, &MovieBrowser::editRequested);
    connect(m_details, &MovieDetailPane::favoriteToggleRequested, this, &MovieBrowser::favoriteToggleRequested);
    connect(m_grid, &PosterGridView::favoriteToggleRequested, this, &MovieBrowser::favoriteToggleRequested);

    restoreSettings();
    loadFilterChoices();
}

MovieBrowser::~MovieBrowser()
{
    saveSettings();
}

void MovieBrowser::buildFilterBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search titles, people and characters"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/search.svg"))),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_keystroke.start();
        m_searchWaiting = true;
        applyFilter();
    });

    m_genre = new QComboBox(this);
    m_genre->setObjectName(QStringLiteral("genreFilter"));
    m_genre->setAccessibleName(tr("Genre"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->setAccessibleName(tr("Country"));
    m_decade = new QComboBox(this);
    m_decade->setObjectName(QStringLiteral("decadeFilter"));
    m_decade->setAccessibleName(tr("Decade"));
    for (QComboBox *box : {m_genre, m_country, m_decade}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &MovieBrowser::applyFilter);
    }

    m_incomplete = new QToolButton(this);
    m_incomplete->setObjectName(QStringLiteral("incompleteFilter"));
    m_incomplete->setText(tr("Incomplete"));
    m_incomplete->setToolTip(tr("Only movies whose director, country or genres are missing"));
    m_incomplete->setCheckable(true);
    m_incomplete->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_incomplete, &QToolButton::toggled, this, &MovieBrowser::applyFilter);

    m_favoritesOnly = new QToolButton(this);
    m_favoritesOnly->setObjectName(QStringLiteral("favoritesFilter"));
    m_favoritesOnly->setText(tr("My favorites"));
    m_favoritesOnly->setToolTip(tr("Only the movies in your favorites"));
    m_favoritesOnly->setCheckable(true);
    m_favoritesOnly->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_favoritesOnly->hide(); // until someone signs in
    connect(m_favoritesOnly, &QToolButton::toggled, this, &MovieBrowser::applyFilter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("movieCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_tableButton = new QToolButton(this);
    m_tableButton->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the movies as a table (Ctrl+1)"));
    m_tableButton->setShortcut(Qt::CTRL | Qt::Key_1);
    m_gridButton = new QToolButton(this);
    m_gridButton->setIcon(QIcon::fromTheme(QStringLiteral("view-list-icons")));
    m_gridButton->setText(tr("Posters"));
    m_gridButton->setToolTip(tr("Show the movies as a grid of posters (Ctrl+2)"));
    m_gridButton->setShortcut(Qt::CTRL | Qt::Key_2);
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_tableButton, m_gridButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(QIcon::hasThemeIcon(QStringLiteral("view-list-icons")) ? Qt::ToolButtonIconOnly
                                                                                          : Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_tableButton->setChecked(true);
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setMode(Mode::Table); });
    connect(m_gridButton, &QToolButton::clicked, this, [this] { setMode(Mode::Grid); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 4);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_genre);
    bar->addWidget(m_country);
    bar->addWidget(m_decade);
    bar->addWidget(m_incomplete);
    bar->addWidget(m_favoritesOnly);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_gridButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
}

void MovieBrowser::loadFilterChoices()
{
    // Small lists (tens of genres, a few hundred countries), read on the GUI thread.
    const auto fill = [this](QComboBox *box, const QString &all, const QString &sql) {
        const QVariant kept = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        QSqlQuery query(m_catalog.database());
        query.setForwardOnly(true);
        if (query.exec(sql)) {
            while (query.next())
                box->addItem(query.value(1).toString(), query.value(0));
        }
        const int index = box->findData(kept);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    fill(m_genre, tr("All genres"), QStringLiteral("SELECT id, name FROM genres ORDER BY name COLLATE NOCASE"));
    fill(m_country, tr("All countries"), QStringLiteral("SELECT id, name FROM countries ORDER BY name COLLATE NOCASE"));

    const QVariant keptDecade = m_decade->currentData();
    const QSignalBlocker blocker(m_decade);
    m_decade->clear();
    m_decade->addItem(tr("Any year"));
    QSqlQuery years(m_catalog.database());
    if (years.exec(QStringLiteral("SELECT min(release_date), max(release_date) FROM movies")) && years.next()
        && !years.value(0).isNull()) {
        const int first = years.value(0).toString().left(4).toInt() / 10 * 10;
        const int last = years.value(1).toString().left(4).toInt() / 10 * 10;
        for (int decade = last; decade >= first; decade -= 10)
            m_decade->addItem(tr("%1s").arg(decade), decade);
    }
    const int index = m_decade->findData(keptDecade);
    m_decade->setCurrentIndex(index < 0 ? 0 : index);
}

void MovieBrowser::applyFilter()
{
    MovieFilter filter;
    filter.text = m_search->text();
    if (m_genre->currentIndex() > 0)
        filter.genreIds = {m_genre->currentData().toLongLong()};
    if (m_country->currentIndex() > 0)
        filter.countryId = m_country->currentData().toLongLong();
    if (m_decade->currentIndex() > 0) {
        filter.yearFrom = m_decade->currentData().toInt();
        filter.yearTo = *filter.yearFrom + 9;
    }
    filter.incompleteOnly = m_incomplete->isChecked();
    if (m_favoritesOnly->isChecked())
        filter.favoritesOf = m_user;
    if (!m_model->setFilter(filter)) {
        // Same matches as before (a space, or a word still too short): answered by what is shown.
        if (m_searchWaiting && !m_model->isBusy()) {
            qCInfo(lcTiming, "search %lld ms", static_cast<long long>(m_keystroke.elapsed()));
            m_searchWaiting = false;
        }
        showCount();
    }
}

void MovieBrowser::showCount()
{
    const qint64 count = m_model->movieCount();
    const bool filtered = !m_model->filter().isEmpty();
    m_count->setText(filtered ? tr("%Ln match(es)", nullptr, int(qMin<qint64>(count, INT_MAX)))
                              : tr("%Ln movie(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    if (count == 0 && filtered) {
        MovieFilter others = m_model->filter();
        others.favoritesOf.reset();
        if (m_model->filter().favoritesOf && others.isEmpty())
            m_noMatches->setText(tr("No favorites yet.\nClick the heart of a movie to add it here."));
        else
            m_noMatches->setText(m_search->text().trimmed().isEmpty()
                                     ? tr("No movies match these filters.")
                                     : tr("No movies match “%1”.\nSearch looks in titles, people and characters.")
                                           .arg(m_search->text().trimmed()));
        m_views->setCurrentWidget(m_noMatches);
        if (m_searchWaiting) {
            qCInfo(lcTiming, "search %lld ms", static_cast<long long>(m_keystroke.elapsed()));
            m_searchWaiting = false;
        }
    } else {
        m_views->setCurrentWidget(mode() == Mode::Grid ? static_cast<QWidget *>(m_grid) : m_table);
    }
    Q_EMIT countChanged(count, filtered);
}

MovieBrowser::Mode MovieBrowser::mode() const
{
    return m_gridButton->isChecked() ? Mode::Grid : Mode::Table;
}

void MovieBrowser::setMode(Mode mode)
{
    (mode == Mode::Grid ? m_gridButton : m_tableButton)->setChecked(true);
    if (m_views->currentWidget() != m_noMatches)
        m_views->setCurrentWidget(mode == Mode::Grid ? static_cast<QWidget *>(m_grid) : m_table);
    QAbstractItemView *view = mode == Mode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_table;
    if (m_table->currentIndex().isValid())
        view->scrollTo(m_table->currentIndex());
}

qint64 MovieBrowser::currentMovieId() const
{
    return m_selectedMovie;
}

QList<qint64> MovieBrowser::selectedMovieIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const qint64 id = m_model->data(row, MovieListModel::MovieIdRole).toLongLong();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

void MovieBrowser::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->data(current, MovieListModel::MovieIdRole).toLongLong() : 0;
    if (id == 0 && current.isValid())
        return; // the row is still being fetched; keep showing what was there
    m_selectedMovie = id;
    m_details->showMovie(id);
}

void MovieBrowser::restoreSelection()
{
    // A new filter or sort resets the model; the movie that was selected stays selected when it
    // is among the results.
    const int row = m_selectedMovie ? m_model->rowOfMovie(m_selectedMovie) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, MovieListModel::Title);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else if (m_model->rowCount() > 0 && m_model->data(m_model->index(0, 0), MovieListModel::LoadedRole).toBool()) {
        // Nothing to keep: the first movie is selected, so that the details are never blank.
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, MovieListModel::Title),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (m_selectedMovie) {
        m_selectedMovie = 0;
        m_details->showMovie(0);
    }
}

void MovieBrowser::refresh()
{
    loadFilterChoices();
    m_model->reload();
    m_details->refresh();
}

void MovieBrowser::setCurrentUser(std::optional<qint64> userId)
{
    if (userId == m_user)
        return;
    m_user = userId;
    m_favoritesOnly->setVisible(userId.has_value());
    if (!userId) {
        const QSignalBlocker blocker(m_favoritesOnly);
        m_favoritesOnly->setChecked(false);
    }
    // The model first, so that a filter of favorites follows the new user rather than loading twice.
    m_model->setFavoritesOf(userId);
    applyFilter();
    m_grid->setFavoritesEnabled(userId.has_value());
    m_details->setCurrentUser(userId);
}

void MovieBrowser::requestFavoriteToggle()
{
    if (!m_user)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<qint64> ids;
    bool allFavorites = true;
    for (const QModelIndex &row : rows) {
        const qint64 id = m_model->data(row, MovieListModel::MovieIdRole).toLongLong();
        if (id <= 0)
            continue; // not fetched yet
        ids.append(id);
        allFavorites = allFavorites && m_model->data(row, MovieListModel::FavoriteRole).toBool();
    }
    if (!ids.isEmpty())
        Q_EMIT favoriteToggleRequested(ids, !allFavorites);
}

void MovieBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MovieBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // The Favorite column toggles on a click of its star, and on Space while it has the focus.
    if (m_user && watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier && index.isValid()
            && index.column() == MovieListModel::Favorite
            && m_model->data(index, MovieListModel::LoadedRole).toBool()) {
            Q_EMIT favoriteToggleRequested({m_model->data(index, MovieListModel::MovieIdRole).toLongLong()},
                                           !m_model->data(index, MovieListModel::FavoriteRole).toBool());
        }
    }
    if (m_user && watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier
        && m_table->currentIndex().column() == MovieListModel::Favorite) {
        requestFavoriteToggle();
        return true;
    }
    // Timings are logged once rows are on screen: after the paint that shows them.
    if (event->type() == QEvent::Paint && m_pendingTiming != Timing::None && m_model->rowCount() > 0
        && m_model->data(m_model->index(0, 0), MovieListModel::LoadedRole).toBool()
        && (watched == m_table->viewport() || watched == m_grid->viewport())) {
        const Timing timing = m_pendingTiming;
        m_pendingTiming = Timing::None;
        QTimer::singleShot(0, this, [this, timing] {
            if (timing == Timing::FirstPaint)
                qCInfo(lcTiming, "first-paint %lld ms", static_cast<long long>(msSinceStart()));
            else
                qCInfo(lcTiming, "search %lld ms", static_cast<long long>(m_keystroke.elapsed()));
        });
    }
    return QWidget::eventFilter(watched, event);
}

void MovieBrowser::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mode"), mode() == Mode::Grid ? QStringLiteral("grid") : QStringLiteral("table"));
}

void MovieBrowser::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    // The header state carries the sort column and order, which the model then loads.
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({900, 340});
    if (settings.value(QStringLiteral("mode")).toString() == QLatin1String("grid"))
        setMode(Mode::Grid);
}

} // namespace Reelkeeper
