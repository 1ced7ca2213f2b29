#include "mainwindow.h"

#include "accountsdialog.h"
#include "avatarbutton.h"
#include "bundletask.h"
#include "favoritecommands.h"
#include "catalog.h"
#include "catalogsummary.h"
#include "connection.h"
#include "emptystatewidget.h"
#include "exportmoviesdialog.h"
#include "importwizard.h"
#include "moviebrowser.h"
#include "moviecommands.h"
#include "moviedetailpane.h"
#include "movieeditordialog.h"
#include "movielistmodel.h"
#include "peoplebrowser.h"
#include "personcommands.h"
#include "personeditordialog.h"
#include "personrecord.h"
#include "session.h"
#include "signindialog.h"
#include "catalogpaths.h"
#include "taxonomydialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScopeGuard>
#include <QThread>
#include <QToolBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Reelkeeper {

namespace {

// Lets a window shortcut through a text field that would take the keys for itself: on X11 a line
// edit reads Ctrl+E as "end of line", and exporting the current search is just what is wanted
// while typing it.
class LetShortcutThrough final : public QObject
{
public:
    LetShortcutThrough(QAction *action, QObject *parent)
        : QObject(parent)
        , m_action(action)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && QKeySequence(static_cast<QKeyEvent *>(event)->keyCombination()) == m_action->shortcut()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_action;
};

} // namespace

MainWindow::MainWindow(Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_summary(new CatalogSummary(catalog.path(), this))
    , m_undoStack(new QUndoStack(this))
{
    m_session = new Session(catalog.database(), catalog.path(), catalog.mediaPath(), this);
    setWindowTitle(tr("%1 — Reelkeeper").arg(QFileInfo(catalog.path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reelkeeper.svg")));

    createActions();
    createMenus();

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(8);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #f5c2c0; }"));

    m_loadingPage = new QLabel(tr("Opening the catalog…"), this);
    static_cast<QLabel *>(m_loadingPage)->setAlignment(Qt::AlignCenter);
    m_emptyState = new EmptyStateWidget(this);
    m_browser = new MovieBrowser(catalog, this);
    connect(m_browser, &MovieBrowser::editRequested, this, &MainWindow::editMovie);
    m_browser->searchField()->installEventFilter(new LetShortcutThrough(m_export, this));
    connect(m_browser, &MovieBrowser::countChanged, this, [this](qint64 shown, bool filtered) {
        if (!filtered && m_pages->currentWidget() != m_people)
            m_countLabel->setText(tr("%Ln movie(s)", nullptr, int(qMin<qint64>(shown, INT_MAX))));
    });

    // A director's or actor's name in the movie's details leads to that person.
    connect(m_browser->details(), &MovieDetailPane::personActivated, this, [this](qint64 personId) {
        showPeople();
        m_people->selectPerson(personId);
    });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_browser);

    // Movies and people are the catalog's two sections, one click (or Alt+1, Alt+2) apart.
    QToolBar *sections = addToolBar(tr("Sections"));
    sections->setObjectName(QStringLiteral("sections"));
    sections->setMovable(false);
    sections->setToolButtonStyle(Qt::ToolButtonTextOnly);
    sections->addAction(m_showMovies);
    sections->addAction(m_showPeople);
    // Who is signed in, at the toolbar's right end.
    auto *spacer = new QWidget(sections);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    sections->addWidget(spacer);
    m_avatar = new AvatarButton(m_session, CatalogPaths::thumbnailCache(), sections);
    sections->addWidget(m_avatar);
    m_accountMenu->addAction(m_avatar->signInAction());
    m_accountMenu->addAction(m_avatar->switchUserAction());
    m_accountMenu->addAction(m_avatar->signOutAction());
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_avatar->manageAccountsAction());
    connect(m_avatar, &AvatarButton::signInRequested, this, [this] { showSignIn(); });
    connect(m_avatar, &AvatarButton::manageAccountsRequested, this, &MainWindow::manageAccounts);
    connect(m_session, &Session::userChanged, this, &MainWindow::userChanged);
    connect(m_browser, &MovieBrowser::favoriteToggleRequested, this, &MainWindow::toggleFavorites);
    connect(m_browser->favoritesFilter(), &QAbstractButton::toggled, m_showFavorites, &QAction::setChecked);
    userChanged();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_warning);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *pathLabel = new QLabel(QDir::toNativeSeparators(catalog.path()), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(pathLabel, 1);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_emptyState, &EmptyStateWidget::addMovieRequested, m_addMovie, &QAction::trigger);
    connect(m_emptyState, &EmptyStateWidget::importRequested, m_import, &QAction::trigger);
    connect(m_summary, &CatalogSummary::loaded, this, &MainWindow::showSummary);
    connect(m_summary, &CatalogSummary::failed, this, &MainWindow::showDamageWarning);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    m_summary->refresh();
    // The check reads the whole file: it waits until the first rows are on screen, and then
    // runs at idle priority, so that it never slows down browsing.
    QTimer::singleShot(3000, this, &MainWindow::startIntegrityCheck);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_bundleTask && m_bundleTask->isRunning()) {
        const bool exporting = m_bundleTask->kind() == BundleTask::Kind::Export;
        if (QMessageBox::question(this, tr("Reelkeeper"),
                                  exporting ? tr("The bundle export is still running. Stop it and close?")
                                            : tr("The bundle import is still running. Stop it (nothing is imported) and close?"))
            != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        delete m_bundleTask; // cancels the work and waits for it: an import rolls back
        m_bundleTask = nullptr;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::createActions()
{
    m_addMovie = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Movie…"), this);
    m_addMovie->setShortcut(QKeySequence::New);
    m_addMovie->setStatusTip(tr("Add a movie to the catalog"));
    connect(m_addMovie, &QAction::triggered, this, &MainWindow::addMovie);

    m_editMovie = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Movie…"), this);
    m_editMovie->setShortcut(Qt::Key_F2);
    m_editMovie->setStatusTip(tr("Edit the selected movie"));
    connect(m_editMovie, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_browser && m_browser->currentMovieId() > 0)
            editMovie(m_browser->currentMovieId());
        else if (m_pages->currentWidget() == m_people && m_people->currentPersonId() > 0)
            editPerson(m_people->currentPersonId());
    });

    m_duplicateMovie = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate Movie"), this);
    m_duplicateMovie->setShortcut(Qt::CTRL | Qt::Key_D);
    m_duplicateMovie->setStatusTip(tr("Add a copy of the selected movie"));
    connect(m_duplicateMovie, &QAction::triggered, this, &MainWindow::duplicateMovie);

    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_import->setShortcut(Qt::CTRL | Qt::Key_I);
    m_import->setStatusTip(tr("Import movies from a CSV file"));
    connect(m_import, &QAction::triggered, this, &MainWindow::openImportWizard);

    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Movies…"), this);
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    m_export->setStatusTip(tr("Write all movies, or those of the current search, to a CSV file"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportMovies);

    m_exportBundle = new QAction(tr("Export &Bundle…"), this);
    m_exportBundle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_exportBundle->setStatusTip(tr("Write the whole catalog with its images to a folder that imports back losslessly"));
    connect(m_exportBundle, &QAction::triggered, this, &MainWindow::exportBundle);

    m_importBundle = new QAction(tr("Import B&undle…"), this);
    m_importBundle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importBundle->setStatusTip(tr("Add everything in a Reelkeeper bundle folder to this catalog"));
    connect(m_importBundle, &QAction::triggered, this, &MainWindow::importBundle);

    m_manageTaxonomy = new QAction(tr("Countries and &Genres…"), this);
    m_manageTaxonomy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    m_manageTaxonomy->setStatusTip(tr("Rename, merge and delete countries and genres"));
    connect(m_manageTaxonomy, &QAction::triggered, this, [this] {
        if (auto *open = findChild<TaxonomyDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new TaxonomyDialog(m_catalog.database(), m_undoStack,
                                          [this](const QString &error) { catalogChanged(error); }, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_showMovies = new QAction(tr("&Movies"), this);
    m_showMovies->setShortcut(Qt::ALT | Qt::Key_1);
    m_showMovies->setStatusTip(tr("Browse the movies"));
    m_showMovies->setCheckable(true);
    m_showMovies->setChecked(true);
    connect(m_showMovies, &QAction::triggered, this, &MainWindow::showMovies);
    m_showPeople = new QAction(tr("&People"), this);
    m_showPeople->setShortcut(Qt::ALT | Qt::Key_2);
    m_showPeople->setStatusTip(tr("Browse the people: directors and actors, with their photos and filmographies"));
    m_showPeople->setCheckable(true);
    connect(m_showPeople, &QAction::triggered, this, &MainWindow::showPeople);
    auto *sections = new QActionGroup(this);
    sections->addAction(m_showMovies);
    sections->addAction(m_showPeople);

    m_newPerson = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("Add &Person…"), this);
    m_newPerson->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_newPerson->setStatusTip(tr("Add a person with a photo gallery and credits"));
    connect(m_newPerson, &QAction::triggered, this, [this] { editPerson(0); });

    m_toggleFavorite = new QAction(tr("&Favorite"), this);
    m_toggleFavorite->setShortcut(Qt::CTRL | Qt::Key_B);
    m_toggleFavorite->setStatusTip(tr("Add the selected movies to your favorites, or take them out"));
    connect(m_toggleFavorite, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_browser && m_session->isSignedIn())
            m_browser->requestFavoriteToggle(); // all selected become favorites unless all are already
    });

    m_showFavorites = new QAction(tr("My &Favorites"), this);
    m_showFavorites->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_showFavorites->setStatusTip(tr("Show only the movies in your favorites"));
    m_showFavorites->setCheckable(true);
    connect(m_showFavorites, &QAction::triggered, this, [this](bool checked) {
        if (!m_session->isSignedIn())
            return;
        if (m_pages->currentWidget() != m_browser)
            showMovies();
        if (m_browser->favoritesFilter()->isChecked() != checked)
            m_browser->favoritesFilter()->click();
    });

    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search titles, people and characters"));
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_browser)
            m_browser->focusSearch();
        else if (m_pages->currentWidget() == m_people)
            m_people->focusSearch();
    });

    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected movies (undo brings them back)"));
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelectedMovies);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setShortcut(QKeySequence::Redo);

    m_close = new QAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"), this);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setStatusTip(tr("Close the catalog's window"));
    connect(m_close, &QAction::triggered, this, &QWidget::close);

    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = new QAction(tr("&About Reelkeeper"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Reelkeeper"),
                           tr("<h3>Reelkeeper %1</h3><p>A movie catalog for archivists and collectors.</p>"
                              "<p>Catalog: %2<br>Schema version %3</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_catalog.path()).toHtmlEscaped())
                               .arg(m_catalog.schemaVersion()));
    });
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_importBundle);
    file->addAction(m_exportBundle);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_manageTaxonomy);

    QMenu *movie = menuBar()->addMenu(tr("&Movie"));
    movie->addAction(m_addMovie);
    movie->addAction(m_editMovie);
    movie->addAction(m_duplicateMovie);
    movie->addAction(m_toggleFavorite);
    movie->addSeparator();
    movie->addAction(m_delete);

    QMenu *people = menuBar()->addMenu(tr("&People"));
    people->addAction(m_newPerson);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showMovies);
    view->addAction(m_showPeople);
    view->addSeparator();
    view->addAction(m_showFavorites);

    m_accountMenu = menuBar()->addMenu(tr("&Account")); // filled once the avatar button exists

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::showSummary()
{
    const CatalogSummary::Counts counts = m_summary->counts();
    if (m_pages->currentWidget() == m_people)
        return;
    m_countLabel->setText(tr("%Ln movie(s)", nullptr, int(qMin<qint64>(counts.movies, INT_MAX))));
    if (counts.movies == 0) {
        m_pages->setCurrentWidget(m_emptyState);
        m_emptyState->addMovieButton()->setFocus();
        return;
    }
    m_pages->setCurrentWidget(m_browser);
}

void MainWindow::startIntegrityCheck()
{
    // quick_check reads the whole file, which takes seconds on a million movies: it runs in a
    // worker with its own connection while the window is already usable.
    QtConcurrent::run([path = m_catalog.path()] {
        const QThread::Priority priority = QThread::currentThread()->priority();
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        const auto restore = qScopeGuard([priority] {
            QThread::currentThread()->setPriority(priority == QThread::InheritPriority ? QThread::NormalPriority
                                                                                       : priority);
        });
        ThreadConnection connection(path);
        if (!connection.isOpen())
            return connection.error();
        Result<void> sound = Catalog::quickCheck(connection.database());
        return sound ? QString() : sound.error();
    }).then(this, [this](const QString &problem) {
        if (!problem.isEmpty())
            showDamageWarning(problem);
    });
}

void MainWindow::showDamageWarning(const QString &problem)
{
    m_warning->setText(tr("<b>This catalog looks damaged.</b> %1<br>Make a copy of the catalog file now, then run "
                          "<tt>reelkeeper --db \"%2\" check</tt> for a full report.")
                           .arg(problem.toHtmlEscaped(), QDir::toNativeSeparators(m_catalog.path()).toHtmlEscaped()));
    m_warning->setVisible(true);
}

} // namespace Reelkeeper

namespace Reelkeeper {

void MainWindow::deleteSelectedMovies()
{
    if (m_pages->currentWidget() == m_people) {
        deleteSelectedPeople();
        return;
    }
    if (m_pages->currentWidget() != m_browser)
        return;
    const QList<qint64> ids = m_browser->selectedMovieIds();
    if (ids.isEmpty())
        return;
    Result<std::unique_ptr<DeleteMoviesCommand>> command = DeleteMoviesCommand::perform(
        m_catalog.database(), ids, [this](const QString &error) { catalogChanged(error); });
    if (!command) {
        QMessageBox::warning(this, tr("Delete Movies"), command.error());
        return;
    }
    const QString text = command.value()->text();
    m_undoStack->push(command.value().release());
    statusBar()->showMessage(tr("%1 — undo with %2").arg(text, m_undo->shortcut().toString(QKeySequence::NativeText)),
                             8000);
}

void MainWindow::catalogChanged(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Reelkeeper"), error);
    m_session->reload(); // an undone bundle import may have taken the signed-in account
    m_browser->refresh();
    m_summary->refresh();
    if (m_pages->currentWidget() == m_people)
        m_people->reload();
    else
        m_peopleStale = true;
}

void MainWindow::offerSignIn()
{
    if (m_session->offersSignInAtStart())
        showSignIn();
}

void MainWindow::showSignIn(const QString &username)
{
    if (findChild<SignInDialog *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *dialog = new SignInDialog(m_session, CatalogPaths::thumbnailCache(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!username.isEmpty())
        dialog->setUsername(username);
    dialog->open();
}

void MainWindow::manageAccounts()
{
    if (findChild<AccountsDialog *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *dialog = new AccountsDialog(m_session, CatalogPaths::thumbnailCache(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::signInRequested, this, &MainWindow::showSignIn, Qt::QueuedConnection);
    dialog->open();
}

// Everything that shows favorites follows the signed-in user; a guest has none.
void MainWindow::userChanged()
{
    m_browser->setCurrentUser(m_session->userId());
    m_toggleFavorite->setEnabled(m_session->isSignedIn());
    m_showFavorites->setEnabled(m_session->isSignedIn());
    const QString name = m_session->isSignedIn() ? m_session->displayName() : tr("Guest");
    setWindowTitle(tr("%1 — %2 — Reelkeeper").arg(QFileInfo(m_catalog.path()).fileName(), name));
}

void MainWindow::toggleFavorites(const QList<qint64> &movieIds, bool favorite)
{
    // Only ever the signed-in user's own favorites.
    if (!m_session->isSignedIn() || movieIds.isEmpty())
        return;
    Result<std::unique_ptr<ToggleFavoritesCommand>> command = ToggleFavoritesCommand::perform(
        m_catalog.database(), *m_session->userId(), movieIds, favorite,
        [this](const QString &error) { catalogChanged(error); });
    if (!command) {
        QMessageBox::warning(this, tr("Favorites"), command.error());
        return;
    }
    if (command.value())
        m_undoStack->push(command.value().release());
}

void MainWindow::showMovies()
{
    m_showMovies->setChecked(true);
    m_pages->setCurrentWidget(m_loadingPage);
    if (m_summary->isLoaded())
        showSummary(); // the browser, or the empty catalog's page; otherwise when it is loaded
}

// The people page lists everyone when it is made: made when first shown, so that a window that
// never shows it does not read every person at start.
void MainWindow::createPeoplePage()
{
    m_people = new PeopleBrowser(m_catalog, this);
    connect(m_people, &PeopleBrowser::editRequested, this, &MainWindow::editPerson);
    connect(m_people, &PeopleBrowser::newPersonRequested, m_newPerson, &QAction::trigger);
    connect(m_people, &PeopleBrowser::deleteRequested, this, &MainWindow::deleteSelectedPeople);
    connect(m_people, &PeopleBrowser::movieActivated, this, &MainWindow::editMovie);
    connect(m_people, &PeopleBrowser::countChanged, this, [this](qint64 shown, bool filtered) {
        if (filtered)
            return;
        m_peopleTotal = shown;
        if (m_pages->currentWidget() == m_people)
            m_countLabel->setText(tr("%Ln person(s)", nullptr, int(qMin<qint64>(shown, INT_MAX))));
    });
    m_pages->addWidget(m_people);
    m_peopleStale = false;
}

void MainWindow::showPeople()
{
    m_showPeople->setChecked(true);
    if (!m_people)
        createPeoplePage();
    m_pages->setCurrentWidget(m_people);
    if (std::exchange(m_peopleStale, false))
        m_people->reload();
    m_countLabel->setText(m_peopleTotal < 0 ? QString()
                                            : tr("%Ln person(s)", nullptr, int(qMin<qint64>(m_peopleTotal, INT_MAX))));
    m_people->focusSearch();
}

void MainWindow::editPerson(qint64 personId)
{
    PersonEditorDialog editor(m_catalog.database(), m_catalog.mediaPath(), CatalogPaths::thumbnailCache(), this);
    if (personId > 0) {
        Result<PersonRecord> person = PersonRecords::load(m_catalog.database(), personId);
        if (!person) {
            QMessageBox::warning(this, tr("Edit Person"), person.error());
            return;
        }
        editor.setPerson(person.value());
    }
    // The editor saves on OK as one undo step, and stays open with the reason when it cannot.
    editor.setUndoStack(m_undoStack, [this](const QString &error) { catalogChanged(error); });
    if (editor.exec() != QDialog::Accepted)
        return;
    if (m_pages->currentWidget() != m_people)
        showPeople();
    m_people->selectPerson(editor.savedPersonId());
}

void MainWindow::deleteSelectedPeople()
{
    if (!m_people)
        return;
    const QList<qint64> ids = m_people->selectedPersonIds();
    if (ids.isEmpty() || !confirmPeopleRemoval(this, m_catalog.database(), ids))
        return;
    Result<std::unique_ptr<RemovePeopleCommand>> command =
        RemovePeopleCommand::perform(m_catalog.database(), ids, [this](const QString &error) { catalogChanged(error); });
    if (!command) {
        QMessageBox::warning(this, tr("Delete People"), command.error());
        return;
    }
    m_undoStack->push(command.value().release());
    statusBar()->showMessage(tr("Deleted %Ln person(s) — undo with %1", nullptr, int(ids.size()))
                                 .arg(m_undo->shortcut().toString(QKeySequence::NativeText)),
                             10000);
}

} // namespace Reelkeeper

namespace Reelkeeper {

bool MainWindow::runEditor(const MovieRecord &movie)
{
    MovieEditorDialog editor(m_catalog.database(), m_catalog.mediaPath(), CatalogPaths::thumbnailCache(), this);
    editor.setMovie(movie);
    if (editor.exec() != QDialog::Accepted)
        return false;
    const MovieRecord edited = editor.movie();
    const auto changed = [this](const QString &error) { catalogChanged(error); };
    // People, countries and genres made in the editor join the movie's undo step.
    Result<QList<CreatedRow>> created = CreatedRows::take(m_catalog.database(), editor.createdRows());
    const auto discardCreated = [this, &created] {
        if (!created)
            return;
        if (Result<void> removed = CreatedRows::remove(m_catalog.database(), created.value()); !removed)
            qWarning("%s", qPrintable(removed.error()));
    };
    std::unique_ptr<QUndoCommand> command;
    if (edited.id == 0) {
        Result<std::unique_ptr<AddMovieCommand>> added = AddMovieCommand::perform(m_catalog.database(), edited, changed);
        if (!added) {
            discardCreated();
            QMessageBox::warning(this, tr("Add Movie"), added.error());
            return false;
        }
        command = std::move(added.value());
    } else {
        Result<std::unique_ptr<EditMovieCommand>> saved = EditMovieCommand::perform(m_catalog.database(), edited, changed);
        if (!saved) {
            discardCreated();
            QMessageBox::warning(this, tr("Edit Movie"), saved.error());
            return false;
        }
        command = std::move(saved.value());
    }
    if (created && !created->isEmpty())
        command = std::make_unique<MovieWithNewRowsCommand>(m_catalog.database(), created.value(), std::move(command),
                                                            changed);
    m_undoStack->push(command.release());
    return true;
}

void MainWindow::addMovie()
{
    runEditor(MovieRecord());
}

void MainWindow::editMovie(qint64 movieId)
{
    if (movieId <= 0)
        return;
    Result<MovieRecord> movie = MovieRecords::load(m_catalog.database(), movieId);
    if (!movie) {
        QMessageBox::warning(this, tr("Edit Movie"), movie.error());
        return;
    }
    runEditor(movie.value());
}

void MainWindow::duplicateMovie()
{
    if (m_pages->currentWidget() != m_browser || m_browser->currentMovieId() <= 0)
        return;
    Result<MovieRecord> copy = MovieRecords::duplicate(m_catalog.database(), m_browser->currentMovieId());
    if (!copy) {
        QMessageBox::warning(this, tr("Duplicate Movie"), copy.error());
        return;
    }
    runEditor(copy.value());
}

} // namespace Reelkeeper

namespace Reelkeeper {

ImportWizard *MainWindow::importWizard() const
{
    return findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::openImportWizard()
{
    if (ImportWizard *open = importWizard()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Window-modal and not exec(): the window keeps painting while the import runs.
    auto *wizard = new ImportWizard(m_catalog.path(), m_catalog.mediaPath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::importDone);
    connect(wizard, &ImportWizard::importFinished, this, [this, wizard] {
        if (!wizard->report())
            statusBar()->showMessage(
                tr("Nothing was imported from %1.").arg(QFileInfo(wizard->filePath()).fileName()), 10000);
    });
    wizard->open();
}

// Undoing a big import takes a while: the window shows how far it is and keeps painting (user
// input waits until it is done, so nothing else changes the catalog meanwhile).
std::function<void(qint64, qint64)> MainWindow::undoProgress(const QString &label)
{
    return [this, label](qint64 done, qint64 total) {
        if (!m_undoProgress) {
            m_undoProgress = new QProgressDialog(label, QString(), 0, 1000, this);
            m_undoProgress->setWindowModality(Qt::WindowModal);
            m_undoProgress->setMinimumDuration(400);
            m_undoProgress->setAutoReset(false);
            m_undoProgress->setAutoClose(false);
        }
        m_undoProgress->setLabelText(label);
        m_undoProgress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 1000);
        if (done >= total)
            m_undoProgress->reset();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
}

void MainWindow::importDone(const ImportReport &report)
{
    auto *command = new ImportCommand(m_catalog.database(), report, [this](const QString &error) { catalogChanged(error); });
    command->setProgress(undoProgress(tr("Undoing or redoing the import…")));
    m_undoStack->push(command);
    catalogChanged(QString());
    const QString file = QFileInfo(report.fileName).fileName();
    const QString undo = m_undo->shortcut().toString(QKeySequence::NativeText);
    const int added = int(std::min<qint64>(report.added, INT_MAX));
    const QString what = report.updated == 0
                             ? tr("Imported %Ln movie(s) from %1", nullptr, added).arg(file)
                             : tr("Imported %1 from %2")
                                   .arg(tr("%Ln new movie(s)", nullptr, added) + QStringLiteral(", ")
                                            + tr("%Ln updated", nullptr, int(std::min<qint64>(report.updated, INT_MAX))),
                                        file);
    statusBar()->showMessage(tr("%1 — undo with %2").arg(what, undo), 10000);
}

void MainWindow::exportMovies()
{
    if (findChild<ExportMoviesDialog *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    const MovieFilter search = m_pages->currentWidget() == m_browser ? m_browser->model()->filter() : MovieFilter();
    const qint64 searchCount = m_browser->model()->movieCount();
    auto *dialog = new ExportMoviesDialog(m_catalog.path(), m_catalog.mediaPath(), search,
                                          m_summary->isLoaded() ? m_summary->counts().movies : -1, searchCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Exported %Ln movie(s) to %1", nullptr,
                                    int(std::min<qint64>(dialog->exportedCount(), INT_MAX)))
                                     .arg(QDir::toNativeSeparators(dialog->path())),
                                 10000);
    });
    dialog->open();
}

void MainWindow::exportBundle()
{
    if (m_bundleTask)
        return;
    const QString place = QFileDialog::getExistingDirectory(
        this, tr("Export Bundle: Choose Where to Put It"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (place.isEmpty())
        return;
    // An empty folder takes the bundle; otherwise it goes into a new folder there.
    QString folder = place;
    if (!QDir(place).isEmpty()) {
        const QString name = tr("Reelkeeper bundle %1").arg(QDate::currentDate().toString(Qt::ISODate));
        folder = QDir(place).filePath(name);
        for (int n = 2; QFileInfo::exists(folder); ++n)
            folder = QDir(place).filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
    }
    exportBundleTo(folder);
}

void MainWindow::exportBundleTo(const QString &folder)
{
    if (m_bundleTask)
        return;
    m_bundleTask = new BundleTask(BundleTask::Kind::Export, m_catalog.path(), m_catalog.mediaPath(), folder, this);
    connect(m_bundleTask, &BundleTask::finished, this, [this, task = m_bundleTask] { bundleTaskFinished(task); });
    m_bundleTask->start();
}

void MainWindow::importBundle()
{
    if (m_bundleTask)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Bundle"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importBundleFrom(folder);
}

void MainWindow::importBundleFrom(const QString &folder)
{
    if (m_bundleTask)
        return;
    if (!Bundle::looksLikeBundle(folder)) {
        QMessageBox::warning(this, tr("Import Bundle"),
                             tr("%1 is not a Reelkeeper bundle: it has no manifest.json.\n\nTo import a CSV file, "
                                "use File › Import….")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    // Checked first (a dry run), so that the user sees what the bundle holds before it is added.
    m_bundleTask = new BundleTask(BundleTask::Kind::Check, m_catalog.path(), m_catalog.mediaPath(), folder, this);
    connect(m_bundleTask, &BundleTask::finished, this, [this, task = m_bundleTask] { bundleTaskFinished(task); });
    m_bundleTask->start();
}

void MainWindow::bundleTaskFinished(BundleTask *task)
{
    task->deleteLater();
    if (m_bundleTask == task)
        m_bundleTask = nullptr;
    const Result<Bundle::Report> &result = *task->result();
    const QString title = task->kind() == BundleTask::Kind::Export ? tr("Export Bundle") : tr("Import Bundle");
    if (!result) {
        if (task->wasCancelled())
            statusBar()->showMessage(task->kind() == BundleTask::Kind::Export ? tr("The export was cancelled.")
                                                                             : tr("Nothing was imported."),
                                     10000);
        else
            QMessageBox::warning(this, title, result.error());
        return;
    }
    const Bundle::Report &report = result.value();
    switch (task->kind()) {
    case BundleTask::Kind::Export:
        statusBar()->showMessage(tr("Exported %Ln movie(s) with %1 images to %2", nullptr,
                                    int(std::min<qint64>(report.rows(QStringLiteral("movies")), INT_MAX)))
                                     .arg(report.mediaFiles)
                                     .arg(QDir::toNativeSeparators(report.folder)),
                                 10000);
        break;
    case BundleTask::Kind::Check:
        askToImportBundle(report);
        break;
    case BundleTask::Kind::Import: {
        auto *command = new BundleImportCommand(m_catalog.database(), report,
                                                [this](const QString &error) { catalogChanged(error); });
        command->setProgress(undoProgress(tr("Undoing or redoing the bundle import…")));
        m_undoStack->push(command);
        catalogChanged(QString());
        statusBar()->showMessage(tr("%1 — undo with %2")
                                     .arg(tr("Imported %Ln movie(s) from the bundle", nullptr,
                                             int(std::min<qint64>(report.rows(QStringLiteral("movies")), INT_MAX))),
                                          m_undo->shortcut().toString(QKeySequence::NativeText)),
                                 10000);
        break;
    }
    }
}

void MainWindow::askToImportBundle(const Bundle::Report &check)
{
    QStringList lines;
    const auto line = [&](const QString &table, const QString &text) {
        const qint64 added = check.rows(table);
        const qint64 merged = check.merged(table);
        if (added > 0 || merged > 0)
            lines.append(merged > 0 ? tr("%1 (%2 already in the catalog)").arg(text.arg(added + merged)).arg(merged)
                                    : text.arg(added));
    };
    line(QStringLiteral("movies"), tr("%1 movies"));
    line(QStringLiteral("people"), tr("%1 people"));
    line(QStringLiteral("characters"), tr("%1 characters"));
    line(QStringLiteral("countries"), tr("%1 countries"));
    line(QStringLiteral("genres"), tr("%1 genres"));
    line(QStringLiteral("files"), tr("%1 images"));
    line(QStringLiteral("users"), tr("%1 user accounts"));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Bundle"),
                                tr("The bundle %1 is whole and can be imported. It holds:")
                                    .arg(QDir::toNativeSeparators(check.folder)),
                                QMessageBox::Cancel, this);
    box->setInformativeText((lines.isEmpty() ? tr("nothing") : lines.join(QLatin1Char('\n'))) + QStringLiteral("\n\n")
                            + (check.idsKept ? tr("The catalog is empty, so the records keep their numbers.")
                                             : tr("The records get new numbers in this catalog."))
                            + QLatin1Char(' ') + tr("Undo removes the import again."));
    QPushButton *import = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    box->setDefaultButton(import);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importBundleQuestion"));
    connect(box, &QMessageBox::finished, this, [this, box, import, folder = check.folder] {
        if (box->clickedButton() != import || m_bundleTask)
            return;
        m_bundleTask = new BundleTask(BundleTask::Kind::Import, m_catalog.path(), m_catalog.mediaPath(), folder, this);
        connect(m_bundleTask, &BundleTask::finished, this, [this, task = m_bundleTask] { bundleTaskFinished(task); });
        m_bundleTask->start();
    });
    box->open();
}

} // namespace Reelkeeper
