#pragma once

#include "mediastore.h"
#include "peoplesearch.h"
#include "thumbnailcache.h"

#include <QAbstractListModel>
#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Reelkeeper {

// The people the browser lists, for catalogs of 200,000 people and more. A worker thread with its
// own connection lists the ids of every match in name order (ids only: 1.6 MB at 200,000) and
// reads the first block of rows; further rows are read a block at a time as the views ask for
// them, and only the blocks near what was looked at are kept. The GUI thread never waits for
// SQLite: a row not read yet answers data() with nothing and LoadedRole false, and is announced
// with dataChanged when it arrives. While a new filter loads, the old rows stay on screen.
//
// Photos: the decoration is a square thumbnail of the person's primary photo, made on the
// thumbnail pool (ThumbnailCache), with a neutral silhouette meanwhile and for people without one.
//
// Thread rule: use from the GUI thread.
class PeopleListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // qint64
        NameRole,                        // "First Last" (the display adds the birth year)
        PhotoKeyRole,                    // media key of the primary photo, or empty
        DateOfBirthRole,                 // as stored ("1972", "1972-03", "1972-03-24"), or empty
        LoadedRole,                      // false while the row is being read
    };
    static constexpr int BlockSize = 256;
    static constexpr int DefaultThumbnailEdge = 40;

    PeopleListModel(QString databasePath, QString mediaFolder, QString thumbnailFolder, QObject *parent = nullptr);
    ~PeopleListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    PersonFilter filter() const { return m_filter; }
    // Loads the people the filter matches; returns false when it matches what is shown already (a
    // space typed after a word), which needs no loading.
    bool setFilter(const PersonFilter &filter);
    // Loads again with the same filter, for example after an edit; photos are made again too.
    void reload();
    // The size of the decoration in device-independent pixels, and the screen's pixel ratio.
    void setThumbnailSize(int edge, qreal devicePixelRatio = 1.0);

    // True while a filter loads or rows the views asked for are on their way.
    bool isBusy() const { return m_loading || !m_pendingBlocks.isEmpty(); }
    qint64 personCount() const { return m_ids.size(); }
    // The person on a row (known for every row once a filter has loaded), 0 for none.
    qint64 personIdAt(int row) const { return m_ids.value(row); }
    // The row showing the person, or -1 when they are not among the matches.
    int rowOfPerson(qint64 personId) const { return int(m_ids.indexOf(personId)); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged(qint64 count);
    // The first rows of a new filter are in; elapsed is the time since the filter was set.
    void firstRowsLoaded(qint64 elapsedMs);
    void failed(const QString &message);

public:
    struct Query; // what the workers need to know, copied to them

private:
    Query currentQuery() const;
    void startLoading();
    void launchLoad();
    void requestBlock(int block) const;
    void storeBlock(int block, QList<PersonRow> rows);
    QVariant decoration(const PersonRow &row) const;
    void requestThumbnail(const QString &key) const;
    void thumbnailArrived(const QString &key, const QImage &image);
    QImage placeholder() const;
    void setLoading(bool loading);
    void finishIfIdle();

    QString m_databasePath;
    MediaStore m_media;
    ThumbnailCache m_thumbnails;
    PersonFilter m_filter;

    quint64 m_generation = 0; // answers for an older generation are dropped
    // The newest generation, for workers to stop work that has become useless.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    // One load runs at a time; typing fast queues just the newest filter behind it.
    bool m_loadRunning = false;
    bool m_loadQueued = false;
    QElapsedTimer m_loadTimer;

    QList<qint64> m_ids; // every match in name order
    mutable QHash<int, QList<PersonRow>> m_blocks;
    mutable QList<int> m_recentBlocks; // most recent last; old blocks are dropped beyond a limit
    mutable QSet<int> m_pendingBlocks;
    mutable QThreadPool m_pool;

    int m_thumbnailEdge = DefaultThumbnailEdge;
    qreal m_pixelRatio = 1.0;
    quint64 m_thumbnailEpoch = 0; // thumbnails asked for before a reload or resize are dropped
    mutable QCache<QString, QImage> m_thumbnailImages; // by media key; cost in kB
    mutable QSet<QString> m_pendingThumbnails;
    mutable QSet<QString> m_unreadablePhotos; // keep the silhouette, do not ask again
    mutable QImage m_placeholder;
};

} // namespace Reelkeeper
