#pragma once

#include "moviesearch.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace Reelkeeper {

// The movies the browser shows, for catalogs of any size. The model knows how many movies match
// (rowCount() is always the real number, not what has been fetched) and keeps only blocks of
// rows near what the views look at. Everything is read by worker threads with their own
// connections; the GUI thread never waits for SQLite.
//
// How a (filter, sort) is loaded: the count and the first block come first (that is the first
// paint), then the ids of every match in display order are collected in the background, and rows
// are fetched by id, a block at a time, as the views ask for them. Rows not fetched yet answer
// data() with nothing and LoadedRole false, and are announced with dataChanged when they arrive.
//
// Thread rule: use from the GUI thread.
class MovieListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Year, Director, Country, Genres, Duration, Favorite, ColumnCount };
    enum Role {
        MovieIdRole = Qt::UserRole + 1, // qint64
        PosterKeyRole,                  // the poster's media key, or empty
        LoadedRole,                     // false while the row is being fetched
        SortRole,                       // the raw value, for delegates
        FavoriteRole,                   // bool, on every column: a favorite of the signed-in user
    };
    static constexpr int BlockSize = 256;

    explicit MovieListModel(QString databasePath, QObject *parent = nullptr);
    ~MovieListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    MovieFilter filter() const { return m_filter; }
    // Loads the movies the filter matches; returns false when it matches what is shown already (a
    // space typed after a word, or a word still too short to search), which needs no loading.
    bool setFilter(const MovieFilter &filter);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Whose favorites the Favorite column marks and the favorites filter keeps; none while nobody
    // is signed in (a guest): then the column is empty and the filter is dropped. A filter set later
    // is always of this user, so that nothing shown comes from another user's favorites.
    void setFavoritesOf(std::optional<qint64> userId);
    std::optional<qint64> favoritesOf() const { return m_favoritesUser; }

    // Loads again with the same filter and sort, for example after an edit.
    void reload();

    // True while a filter or sort is loading or rows the views asked for are on their way.
    bool isBusy() const { return m_loading || !m_pendingBlocks.isEmpty(); }
    qint64 movieCount() const { return m_count; }
    qint64 movieIdAt(int row) const;
    // The row showing the movie, or -1 when it is not among the matches (or not known yet).
    int rowOfMovie(qint64 movieId) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged(qint64 count);
    // The first rows of a new filter or sort are in; elapsed is the time since it was asked for.
    void firstRowsLoaded(qint64 elapsedMs);
    void failed(const QString &message);

public:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QString year;
        QString director;
        QString country;
        QString genres;
        std::optional<int> duration;
        QString posterKey;
        bool favorite = false;
    };
    struct Query; // what the workers need to know, copied to them
    class PhraseMatches;

private:
    Query currentQuery() const;
    void startLoading();
    void launchFirstLoad();
    void requestBlock(int block) const;
    void storeBlock(int block, QList<Row> rows);
    void setLoading(bool loading);
    void finishIfIdle();

    QString m_databasePath;
    MovieFilter m_filter;
    int m_sortColumn = Title;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<qint64> m_favoritesUser;

    quint64 m_generation = 0; // answers for an older generation are dropped
    // The newest generation, for workers to stop work that has become useless.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_count = 0;
    bool m_loading = false;
    // One first load runs at a time; typing fast queues just the newest filter behind it.
    bool m_firstLoadRunning = false;
    bool m_firstLoadQueued = false;
    QList<qint64> m_ids; // every match in display order, once collected
    bool m_idsComplete = false;
    mutable QHash<int, QList<Row>> m_blocks;
    mutable QList<int> m_recentBlocks; // most recent last; old blocks are dropped beyond a limit
    mutable QSet<int> m_pendingBlocks;
    std::shared_ptr<PhraseMatches> m_phraseMatches;
    mutable QThreadPool m_pool;
    QElapsedTimer m_loadTimer;
};

} // namespace Reelkeeper
