#pragma once

#include "mediastore.h"
#include "personrecord.h"
#include "thumbnailcache.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QMimeData;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QUrl;

namespace Reelkeeper {

class ImageDownload;

// A person's photo gallery as a grid of thumbnails: add several photos at once (files, drops,
// paste, an address), mark the primary one (badged), remove (Delete), view large (double-click).
// It edits a list of PersonPhoto only: new images are written to the media folder (content
// addressed, so the same image is stored once) but nothing goes into the catalog until whoever owns
// the list saves it (PersonRecords::update). discardNewImages() removes the images it wrote that the
// catalog does not use, for a cancelled editor.
// Thumbnails are decoded off the GUI thread (ThumbnailCache).
//
// Thread rule: use from the GUI thread.
class PhotoGallery final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ThumbnailEdge = 128;
    // ThumbnailReadyRole: true once the decoded thumbnail replaced the placeholder.
    enum Role { PhotoIndexRole = Qt::UserRole + 1, PrimaryRole, KeyRole, ThumbnailReadyRole };

    PhotoGallery(QString mediaFolder, QString thumbnailFolder, QWidget *parent = nullptr);
    ~PhotoGallery() override;

    void setPhotos(const QList<PersonPhoto> &photos);
    QList<PersonPhoto> photos() const { return m_photos; }

    // Each adds what it can; an image that is refused is named in message(), the others still go in.
    // The first photo of an empty gallery becomes the primary one.
    void addFiles(const QStringList &paths);
    void addImageData(const QByteArray &bytes, const QString &fileName, const QString &url = QString());
    void addImage(const QImage &image);
    void addFromUrl(const QUrl &url);
    void paste();
    void setPrimary(int row);
    void removeRows(QList<int> rows);
    void removeSelected();
    // Opens a window with the photo at its full size (scaled down to fit the screen).
    void viewLarge(int row);

    QListView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // What went wrong with the last additions; empty when everything was added.
    QString message() const;
    // Deletes the images this gallery wrote into the media folder that no `files` row names.
    void discardNewImages(QSqlDatabase db);

Q_SIGNALS:
    void photosChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static bool offersImages(const QMimeData *mime);
    void take(const QMimeData *mime);
    void rebuild();
    void requestThumbnail(QStandardItem *item, const QString &key);
    void showMessages(const QStringList &messages);
    void updateButtons();

    MediaStore m_media;
    ThumbnailCache m_thumbnails;
    QList<PersonPhoto> m_photos;
    QStringList m_newKeys; // images this gallery wrote that were not in the media folder before
    quint64 m_generation = 0; // thumbnails of an older rebuild() are dropped
    QListView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_primaryButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    ImageDownload *m_download = nullptr;
};

} // namespace Reelkeeper
