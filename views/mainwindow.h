#pragma once

#include "bundle.h"
#include "movierecord.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QMessageBox;
class QProgressDialog;
class QStackedWidget;
class QUndoStack;

namespace Reelkeeper {

class Catalog;
class AvatarButton;
class BundleTask;
class Session;
class CatalogSummary;
class EmptyStateWidget;
class ImportWizard;
class MovieBrowser;
class PeopleBrowser;
struct ImportReport;

// The main window wires the pages, menus and actions together; every page and dialog is its own
// class. It does not own the catalog.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    EmptyStateWidget *emptyState() const { return m_emptyState; }
    MovieBrowser *browser() const { return m_browser; }
    // Made when the People page is first shown; null before.
    PeopleBrowser *peopleBrowser() const { return m_people; }
    QAction *showMoviesAction() const { return m_showMovies; }
    QAction *showPeopleAction() const { return m_showPeople; }
    QAction *newPersonAction() const { return m_newPerson; }
    CatalogSummary *summary() const { return m_summary; }
    QWidget *currentPage() const;
    QAction *addMovieAction() const { return m_addMovie; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *exportBundleAction() const { return m_exportBundle; }
    QAction *importBundleAction() const { return m_importBundle; }
    QAction *manageTaxonomyAction() const { return m_manageTaxonomy; }
    Session *session() const { return m_session; }
    AvatarButton *avatarButton() const { return m_avatar; }
    QAction *toggleFavoriteAction() const { return m_toggleFavorite; }
    // Shows the sign-in dialog (window-modal) when the catalog has accounts, or offers to create
    // the first one; main() calls it once the window is on screen.
    void offerSignIn();
    // The sign-in dialog, with username chosen (empty: the last user, or the list).
    void showSignIn(const QString &username = QString());
    void manageAccounts();
    // The bundle export or import running now, if any.
    BundleTask *bundleTask() const { return m_bundleTask; }
    // Exports the catalog as a bundle into folder (created; it must not exist or be empty).
    void exportBundleTo(const QString &folder);
    // Checks the bundle in folder, asks (showing what it holds), then imports it as one undo step.
    void importBundleFrom(const QString &folder);
    // The import wizard while it is open, else null.
    ImportWizard *importWizard() const;
    QAction *deleteAction() const { return m_delete; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QLabel *damageWarning() const { return m_warning; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showSummary();
    void startIntegrityCheck();
    void showDamageWarning(const QString &problem);
    void deleteSelectedMovies();
    void addMovie();
    void editMovie(qint64 movieId);
    void duplicateMovie();
    // Shows the editor on movie and saves the result as one undoable step; false when cancelled.
    bool runEditor(const MovieRecord &movie);
    void catalogChanged(const QString &error);
    void openImportWizard();
    // After a committed import: one undo step, the browser refreshed, a word in the status bar.
    void importDone(const ImportReport &report);
    void exportMovies();
    void exportBundle();
    void showMovies();
    void showPeople();
    void createPeoplePage();
    void editPerson(qint64 personId); // 0: a new person
    void deleteSelectedPeople();
    void userChanged();
    void toggleFavorites(const QList<qint64> &movieIds, bool favorite);
    void importBundle();
    void bundleTaskFinished(BundleTask *task);
    void askToImportBundle(const Bundle::Report &check);
    std::function<void(qint64, qint64)> undoProgress(const QString &label);

    Catalog &m_catalog;
    CatalogSummary *m_summary = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_loadingPage = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    MovieBrowser *m_browser = nullptr;
    PeopleBrowser *m_people = nullptr;
    QAction *m_showMovies = nullptr;
    QAction *m_showPeople = nullptr;
    QAction *m_newPerson = nullptr;
    qint64 m_peopleTotal = -1; // everyone in the catalog, once the people list has counted
    bool m_peopleStale = false; // the catalog changed while the people were not shown
    QLabel *m_warning = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_addMovie = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportBundle = nullptr;
    QAction *m_importBundle = nullptr;
    QAction *m_manageTaxonomy = nullptr;
    BundleTask *m_bundleTask = nullptr;
    Session *m_session = nullptr;
    AvatarButton *m_avatar = nullptr;
    QAction *m_toggleFavorite = nullptr;
    QAction *m_showFavorites = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_find = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_editMovie = nullptr;
    QAction *m_duplicateMovie = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QProgressDialog *m_undoProgress = nullptr; // while a big import is undone or redone
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace Reelkeeper
