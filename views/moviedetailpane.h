#pragma once

#include "mediastore.h"
#include "movierecord.h"
#include "thumbnailcache.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

#include <optional>

class QImage;
class QLabel;
class QLayout;
class QPixmap;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace Reelkeeper {

// One movie in full: poster, every field, genres and cast, or a calm message when there is no
// movie to show. Reading a movie is a handful of indexed lookups, done on the GUI thread; the
// poster thumbnail is made on the thread pool, with a placeholder meanwhile.
//
// Thread rule: use from the GUI thread, with the GUI thread's catalog connection.
class MovieDetailPane final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PosterWidth = 240;
    static constexpr int PosterHeight = 360; // 2:3

    MovieDetailPane(QSqlDatabase db, QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);

    // Shows the movie; 0 shows the "select a movie" message, an id the catalog does not hold (any
    // more) says so.
    void showMovie(qint64 movieId);
    // The movie asked for last, whether or not the catalog holds it; 0 for none.
    qint64 movieId() const { return m_movieId; }
    // Reads the current movie again, after an edit, a delete or an undo.
    void refresh();
    // Whose favorite the heart button shows; none for a guest, who gets no button. How many users
    // love the movie is shown to everyone: it is a number, without names.
    void setCurrentUser(std::optional<qint64> userId);
    std::optional<qint64> currentUser() const { return m_userId; }

Q_SIGNALS:
    void editRequested(qint64 movieId);
    // A director or actor name was clicked or activated from the keyboard.
    void personActivated(qint64 personId);
    // The heart button was pressed: the window adds the movie to (favorite true) or removes it from
    // the signed-in user's favorites, as an undoable command, then refreshes.
    void favoriteToggleRequested(const QList<qint64> &movieIds, bool favorite);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Everything shown of one movie, with the names its ids stand for.
    struct Details
    {
        MovieRecord movie;
        QHash<qint64, QString> personNames; // director and cast
        QString countryName;
        QStringList genreNames; // sorted for display
        QString posterKey;      // media key of the poster, empty when there is none
        qint64 lovers = 0;      // how many users have it among their favorites
        bool favorite = false;  // of the current user
    };
    enum class State { NoSelection, Missing, Failed, Shown };

    // Reads a movie; an empty optional when the catalog does not hold it.
    static Result<std::optional<Details>> read(QSqlDatabase db, qint64 movieId, std::optional<qint64> userId);
    static QString roleName(const QString &role);

    void load();
    // Shows the current state in the current language, locale and palette, without reading.
    void render();
    void renderEmpty(const QString &message);
    void renderFacts();
    void renderDirector();
    void renderGenres();
    void renderCast();
    void renderFavorite();
    void updatePoster();
    QPixmap placeholderPoster(const QString &title) const;
    QPixmap roundedPoster(const QImage &thumbnail) const;
    void updateChipStyle();
    QString hintHtml(const QString &text) const;
    QString personLink(qint64 personId) const;
    void activateLink(const QString &link);
    // The label at index of a pool, created and added to layout when the pool is that short.
    QLabel *pooledLabel(QList<QLabel *> &pool, qsizetype index, QLayout *layout, const QString &objectName);

    QSqlDatabase m_db;
    MediaStore m_media;
    ThumbnailCache m_thumbnails;

    qint64 m_movieId = 0;
    std::optional<qint64> m_userId;
    State m_state = State::NoSelection;
    std::optional<Details> m_details;
    QString m_error;

    // The poster on screen: its key, whether the thumbnail (not the placeholder) is shown, and the
    // number of the newest thumbnail request (older answers are dropped).
    QString m_posterKey;
    bool m_posterLoaded = false;
    quint64 m_posterRequest = 0;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_poster = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_favorite = nullptr;
    QLabel *m_lovers = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_director = nullptr;
    QWidget *m_genres = nullptr;
    QList<QLabel *> m_genreChips; // reused from movie to movie; the extra ones are hidden
    QLabel *m_genresHint = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_castHeading = nullptr;
    QWidget *m_cast = nullptr;
    QVBoxLayout *m_castLayout = nullptr;
    QList<QLabel *> m_castEntries; // reused like the chips
};

} // namespace Reelkeeper
