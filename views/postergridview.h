#pragma once

#include "mediastore.h"
#include "thumbnailcache.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QListView>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QSet>
#include <QString>

namespace Reelkeeper {

// The movies as a grid of poster cards, the browser's alternative to the table. Works on any model
// that answers MovieListModel's roles (MovieIdRole, PosterKeyRole, LoadedRole) on column 0 and
// has the year in the MovieListModel::Year column.
//
// Only cards that are painted ask for their poster. The thumbnail is made (or read from the
// thumbnail cache) on the global thread pool, newest requests first, at most MaxRequestsInFlight
// at a time and always leaving one pool thread free: Qt's raster engine paints large areas on that
// pool and waits for it. Requests for cards scrolled away before their turn are dropped. Meanwhile
// the card shows a placeholder, which is also what a movie without a poster shows. Painting never
// decodes an image, touches a file or waits.
//
// Thread rule: use from the GUI thread.
class PosterGridView final : public QListView
{
    Q_OBJECT
public:
    static constexpr int DefaultPosterHeight = 160; // logical pixels; posters are 2:3
    static constexpr int MinimumPosterHeight = 60;
    static constexpr int MaximumPosterHeight = 600;
    static constexpr int MaxRequestsInFlight = 8;
    static constexpr int CachedPosters = 400; // decoded thumbnails kept for scrolling back

    PosterGridView(QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);
    ~PosterGridView() override;

    void setModel(QAbstractItemModel *model) override;

    int posterEdge() const { return m_posterHeight; }
    // The height of the posters in logical pixels (their width is two thirds of it), clamped to
    // [MinimumPosterHeight, MaximumPosterHeight]. Lays the grid out again.
    void setPosterEdge(int height);

    // The size of one card: poster, two lines of title and the year.
    QSize cardSize() const;
    // Where the poster of the card at index is drawn, in viewport coordinates.
    QRect posterRect(const QModelIndex &index) const;
    // Where the favorite heart of the card at index is drawn (the poster's top right corner), in
    // viewport coordinates; empty while favorites are off.
    QRect heartRect(const QModelIndex &index) const;

    // Whether cards show the favorite heart (MovieListModel::FavoriteRole): filled on favorites,
    // outlined on the card under the mouse. Off for a guest, who has no favorites.
    bool favoritesEnabled() const { return m_favoritesEnabled; }
    void setFavoritesEnabled(bool enabled);

    // For tests and benchmarks: thumbnail requests waiting or running, and made since construction.
    int pendingThumbnailCount() const;
    int thumbnailRequestsMade() const { return m_requestsMade; }
    // Whether the poster with that media key is decoded and ready to paint.
    bool hasThumbnail(const QString &posterKey) const { return m_pixmaps.contains(posterKey); }

Q_SIGNALS:
    // A card was double-clicked or Enter was pressed on it.
    void movieActivated(qint64 movieId);
    // A card's heart was clicked: the window adds the movie to (favorite true) or removes it from
    // the signed-in user's favorites. The view writes nothing itself.
    void favoriteToggleRequested(const QList<qint64> &movieIds, bool favorite);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    class CardDelegate;
    friend class CardDelegate;

    // For the delegate, while painting: the thumbnail of posterKey, or nullptr after asking for it
    // on behalf of the card at index.
    const QPixmap *thumbnail(const QString &posterKey, const QModelIndex &index);
    // The thumbnail size in device pixels follows the poster height and the screen's pixel ratio;
    // when either changes, everything cached or asked for at the old size is dropped.
    void syncThumbnailSize();
    void resetThumbnails();
    void scheduleRequests();
    void startRequests();
    bool isWanted(const QString &posterKey) const;
    void thumbnailReady(const QString &posterKey, quint64 generation, QImage image);

    MediaStore m_media;
    ThumbnailCache m_thumbnails;
    CardDelegate *m_delegate = nullptr;
    int m_posterHeight = DefaultPosterHeight;
    bool m_favoritesEnabled = false;

    int m_thumbnailEdge = 0;  // device pixels, as asked of the ThumbnailCache
    qreal m_pixelRatio = 1;   // of the viewport when m_thumbnailEdge was computed
    quint64 m_generation = 0; // answers for an older size are dropped
    QCache<QString, QPixmap> m_pixmaps; // by media key; cost in bytes
    QSet<QString> m_unreadable;         // keys whose thumbnail could not be made: placeholder
    // Keys asked for and not answered yet, with the cards waiting for them.
    QHash<QString, QSet<QPersistentModelIndex>> m_waiting;
    QList<QString> m_painted;  // keys first asked for during the current paint, in paint order
    QList<QString> m_queue;    // keys waiting for a free slot; the newest are taken first
    int m_inFlight = 0;        // requests running on the pool, of any generation
    int m_requestsMade = 0;
    bool m_requestsScheduled = false;
};

} // namespace Reelkeeper
