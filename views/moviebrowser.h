#pragma once

#include "moviesearch.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Reelkeeper {

class Catalog;
class MovieDetailPane;
class MovieListModel;
class PosterGridView;

// The catalog's main page: search as you type, filters, the movie table or the poster grid, and
// the details of the selected movie. It reads through MovieListModel, so it stays responsive on a
// million movies; it writes nothing itself and asks the window to edit (editRequested).
class MovieBrowser final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Table, Grid };

    explicit MovieBrowser(Catalog &catalog, QWidget *parent = nullptr);
    ~MovieBrowser() override;

    MovieListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    PosterGridView *grid() const { return m_grid; }
    MovieDetailPane *details() const { return m_details; }
    QComboBox *genreFilter() const { return m_genre; }
    QComboBox *countryFilter() const { return m_country; }
    QComboBox *decadeFilter() const { return m_decade; }
    QToolButton *incompleteFilter() const { return m_incomplete; }
    // "My favorites": only the signed-in user's favorites. Hidden for a guest.
    QToolButton *favoritesFilter() const { return m_favoritesOnly; }
    QLabel *countLabel() const { return m_count; }

    Mode mode() const;
    void setMode(Mode mode);
    // The movie shown in the details, 0 when none.
    qint64 currentMovieId() const;
    QList<qint64> selectedMovieIds() const;

    // Reads the genre and country lists again and reloads the movies (after edits).
    void refresh();
    // Puts the cursor in the search field, selecting what is there.
    void focusSearch();

    // The signed-in user, whose favorites the table, the grid and the details show; none for a
    // guest, who sees no favorites and no "My favorites" filter.
    void setCurrentUser(std::optional<qint64> userId);
    std::optional<qint64> currentUser() const { return m_user; }
    // For the window's "Toggle Favorite" action: asks to add the selected movies to the user's
    // favorites, or, when all of them are favorites already, to remove them. Nothing for a guest.
    void requestFavoriteToggle();

Q_SIGNALS:
    void editRequested(qint64 movieId);
    // The heart of a movie was clicked (table, grid or details), Space was pressed on the Favorite
    // column, or requestFavoriteToggle() was called: the window pushes a ToggleFavoritesCommand for
    // the signed-in user and refreshes. The browser writes nothing itself.
    void favoriteToggleRequested(const QList<qint64> &movieIds, bool favorite);
    void countChanged(qint64 shown, bool filtered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterBar();
    void loadFilterChoices();
    void applyFilter();
    void showCount();
    void selectionChanged();
    void restoreSelection();
    void saveSettings() const;
    void restoreSettings();

    Catalog &m_catalog;
    MovieListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_decade = nullptr;
    QToolButton *m_incomplete = nullptr;
    QToolButton *m_favoritesOnly = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_gridButton = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    PosterGridView *m_grid = nullptr;
    QLabel *m_noMatches = nullptr;
    MovieDetailPane *m_details = nullptr;

    qint64 m_selectedMovie = 0;
    std::optional<qint64> m_user;
    // A timing logged when the view next paints rows (DESIGN.md: reelkeeper.timing).
    enum class Timing { None, FirstPaint, Search };
    Timing m_pendingTiming = Timing::FirstPaint;
    bool m_searchWaiting = false; // a keystroke's results have not arrived yet
    QElapsedTimer m_keystroke;
};

} // namespace Reelkeeper
