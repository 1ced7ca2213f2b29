#include "photogallery.h"

#include "boundquery.h"
#include "imagedownload.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Reelkeeper {

PhotoGallery::PhotoGallery(QString mediaFolder, QString thumbnailFolder, QWidget *parent)
    : QWidget(parent)
    , m_media(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
{
    m_model = new QStandardItemModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("photoGrid"));
    m_view->setViewMode(QListView::IconMode);
    // IconMode turns on moving items by drag; the gallery takes drops of new images instead.
    m_view->setMovement(QListView::Static);
    m_view->setDragEnabled(false);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(QSize(ThumbnailEdge, ThumbnailEdge));
    m_view->setGridSize(QSize(ThumbnailEdge + 24, ThumbnailEdge + 40));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_model);
    m_view->setToolTip(tr("Drop images here, or paste one with %1.")
                           .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    setAcceptDrops(true);

    auto *remove = new QAction(tr("Remove Photo"), m_view);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &PhotoGallery::removeSelected);
    m_view->addAction(remove);
    auto *pasteAction = new QAction(tr("Paste Photo"), m_view);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteAction, &QAction::triggered, this, &PhotoGallery::paste);
    addAction(pasteAction);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) { viewLarge(index.row()); });

    auto *addFilesButton = new QPushButton(tr("Add &Photos…"), this);
    addFilesButton->setObjectName(QStringLiteral("addPhotos"));
    auto *addUrlButton = new QPushButton(tr("Add from &Address…"), this);
    addUrlButton->setObjectName(QStringLiteral("addPhotoFromUrl"));
    m_primaryButton = new QPushButton(tr("Set &Primary"), this);
    m_primaryButton->setObjectName(QStringLiteral("setPrimaryPhoto"));
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("removePhoto"));
    for (QPushButton *button : {addFilesButton, addUrlButton, m_primaryButton, m_removeButton})
        button->setAutoDefault(false);

    connect(addFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add Photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    connect(addUrlButton, &QPushButton::clicked, this, [this] {
        const QString address = QInputDialog::getText(this, tr("Photo From Address"),
                                                      tr("Address of the image (http or https):"));
        if (!address.trimmed().isEmpty())
            addFromUrl(QUrl::fromUserInput(address.trimmed()));
    });
    connect(m_primaryButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            setPrimary(current.row());
    });
    connect(m_removeButton, &QPushButton::clicked, this, &PhotoGallery::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PhotoGallery::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("galleryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    QPalette alert = m_message->palette();
    alert.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(alert);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFilesButton);
    buttons->addWidget(addUrlButton);
    buttons->addStretch(1);
    buttons->addWidget(m_primaryButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();
}

PhotoGallery::~PhotoGallery() = default;

void PhotoGallery::setPhotos(const QList<PersonPhoto> &photos)
{
    m_photos = photos;
    rebuild();
}

QString PhotoGallery::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PhotoGallery::showMessages(const QStringList &messages)
{
    m_message->setText(messages.join(QLatin1Char('\n')));
    m_message->setVisible(!messages.isEmpty());
}

void PhotoGallery::updateButtons()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_primaryButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void PhotoGallery::rebuild()
{
    ++m_generation;
    m_model->clear();
    for (qsizetype i = 0; i < m_photos.size(); ++i) {
        const PersonPhoto &photo = m_photos.at(i);
        auto *item = new QStandardItem;
        item->setEditable(false);
        item->setData(int(i), PhotoIndexRole);
        item->setData(photo.isPrimary, PrimaryRole);
        item->setData(photo.key, KeyRole);
        // The badge: the primary photo is labelled and bold, the others carry their file name.
        item->setText(photo.isPrimary ? tr("★ Primary") : QString());
        item->setToolTip(photo.isPrimary ? tr("%1 (primary photo)").arg(photo.fileName) : photo.fileName);
        if (photo.isPrimary) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        QPixmap placeholder(ThumbnailEdge, ThumbnailEdge);
        placeholder.fill(palette().color(QPalette::Mid));
        item->setIcon(QIcon(placeholder));
        m_model->appendRow(item);
        requestThumbnail(item, photo.key);
    }
    updateButtons();
}

void PhotoGallery::requestThumbnail(QStandardItem *item, const QString &key)
{
    const QString path = m_media.absolutePath(key);
    if (path.isEmpty())
        return;
    const quint64 generation = m_generation;
    const int row = item->row();
    const qreal ratio = devicePixelRatioF();
    m_thumbnails.request(path, int(ThumbnailEdge * ratio)).then(this, [this, generation, row, ratio](const QImage &image) {
        if (generation != m_generation || image.isNull())
            return;
        QStandardItem *target = m_model->item(row);
        if (!target)
            return;
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(ratio);
        target->setIcon(QIcon(pixmap));
        target->setData(true, ThumbnailReadyRole);
    });
}

void PhotoGallery::addImageData(const QByteArray &bytes, const QString &fileName, const QString &url)
{
    Result<StoredImage> stored = m_media.store(bytes);
    if (!stored) {
        showMessages({tr("“%1” was not added. %2").arg(fileName, stored.error())});
        return;
    }
    if (!stored->alreadyStored && !m_newKeys.contains(stored->key))
        m_newKeys.append(stored->key);
    const bool present = std::any_of(m_photos.begin(), m_photos.end(),
                                     [&](const PersonPhoto &photo) { return photo.key == stored->key; });
    if (!present) {
        PersonPhoto photo;
        photo.key = stored->key;
        photo.fileName = fileName;
        photo.url = url;
        photo.mimeType = stored->mimeType;
        photo.isPrimary = m_photos.isEmpty();
        m_photos.append(photo);
        rebuild();
        Q_EMIT photosChanged();
    }
}

void PhotoGallery::addFiles(const QStringList &paths)
{
    QStringList problems;
    bool added = false;
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        const QFileInfo info(path);
        if (!info.isFile()) {
            problems.append(tr("“%1” is not a file.").arg(shown));
            continue;
        }
        if (info.size() > MediaStore::MaxFileBytes) {
            problems.append(tr("“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.")
                                .arg(shown)
                                .arg(info.size() / (1024 * 1024))
                                .arg(MediaStore::MaxFileBytes / (1024 * 1024)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
            continue;
        }
        Result<StoredImage> stored = m_media.store(file.readAll());
        if (!stored) {
            problems.append(tr("“%1” was not added. %2").arg(info.fileName(), stored.error()));
            continue;
        }
        if (!stored->alreadyStored && !m_newKeys.contains(stored->key))
            m_newKeys.append(stored->key);
        if (std::any_of(m_photos.begin(), m_photos.end(),
                        [&](const PersonPhoto &photo) { return photo.key == stored->key; }))
            continue; // already in this gallery
        PersonPhoto photo;
        photo.key = stored->key;
        photo.fileName = info.fileName();
        photo.mimeType = stored->mimeType;
        photo.isPrimary = m_photos.isEmpty();
        m_photos.append(photo);
        added = true;
    }
    if (added) {
        rebuild();
        Q_EMIT photosChanged();
    }
    showMessages(problems);
}

void PhotoGallery::addImage(const QImage &image)
{
    if (image.isNull()) {
        showMessages({tr("The image is empty; nothing was added.")});
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        showMessages({tr("The image could not be converted to PNG; nothing was added.")});
        return;
    }
    addImageData(png, tr("Pasted image.png"));
}

void PhotoGallery::addFromUrl(const QUrl &url)
{
    if (!m_download) {
        m_download = new ImageDownload(this);
        connect(m_download, &ImageDownload::finished, this, [this](const QByteArray &bytes, const QString &) {
            const QUrl from = m_download->url();
            QString name = QFileInfo(from.path()).fileName();
            if (name.isEmpty())
                name = from.host();
            addImageData(bytes, name, from.toString());
        });
        connect(m_download, &ImageDownload::failed, this, [this](const QString &text) { showMessages({text}); });
    }
    showMessages({});
    m_download->start(url);
}

bool PhotoGallery::offersImages(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) {
        return url.isLocalFile() || url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    });
}

void PhotoGallery::take(const QMimeData *mime)
{
    QStringList files;
    QList<QUrl> remote;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            remote.append(url);
    }
    if (!files.isEmpty())
        addFiles(files);
    else if (mime->hasImage())
        addImage(qvariant_cast<QImage>(mime->imageData()));
    else if (!remote.isEmpty())
        addFromUrl(remote.constFirst()); // one download at a time
}

void PhotoGallery::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!offersImages(mime)) {
        showMessages({tr("The clipboard holds no image.")});
        return;
    }
    take(mime);
}

void PhotoGallery::dragEnterEvent(QDragEnterEvent *event)
{
    if (offersImages(event->mimeData()))
        event->acceptProposedAction();
}

void PhotoGallery::dropEvent(QDropEvent *event)
{
    if (!offersImages(event->mimeData()))
        return;
    event->acceptProposedAction();
    take(event->mimeData());
}

void PhotoGallery::setPrimary(int row)
{
    if (row < 0 || row >= m_photos.size())
        return;
    for (qsizetype i = 0; i < m_photos.size(); ++i)
        m_photos[i].isPrimary = i == row;
    rebuild();
    m_view->setCurrentIndex(m_model->index(row, 0));
    Q_EMIT photosChanged();
}

void PhotoGallery::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool primaryRemoved = false;
    for (const int row : rows) {
        if (row < 0 || row >= m_photos.size())
            continue;
        primaryRemoved = primaryRemoved || m_photos.at(row).isPrimary;
        m_photos.removeAt(row);
    }
    // As the catalog does (person_photos_primary_deleted): the oldest remaining photo takes over.
    if (primaryRemoved && !m_photos.isEmpty())
        m_photos.first().isPrimary = true;
    rebuild();
    Q_EMIT photosChanged();
}

void PhotoGallery::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (!rows.isEmpty())
        removeRows(rows);
}

void PhotoGallery::viewLarge(int row)
{
    if (row < 0 || row >= m_photos.size())
        return;
    const PersonPhoto &photo = m_photos.at(row);
    MediaStore::applyAllocationLimit();
    QImageReader reader(m_media.absolutePath(photo.key));
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    auto *viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("photoViewer"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(photo.fileName.isEmpty() ? tr("Photo") : photo.fileName);
    auto *label = new QLabel(viewer);
    label->setAlignment(Qt::AlignCenter);
    if (image.isNull()) {
        label->setText(tr("The photo cannot be shown: %1").arg(reader.errorString()));
    } else {
        QSize room(1024, 768);
        if (const QScreen *screen = this->screen())
            room = screen->availableSize() * 0.8;
        label->setPixmap(QPixmap::fromImage(image.size().width() > room.width() || image.size().height() > room.height()
                                                ? image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                                : image));
    }
    auto *scroll = new QScrollArea(viewer);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(scroll);
    viewer->resize(label->sizeHint().boundedTo(QSize(1200, 900)) + QSize(40, 40));
    viewer->show();
}

void PhotoGallery::discardNewImages(QSqlDatabase db)
{
    for (const QString &key : std::as_const(m_newKeys)) {
        QSqlQuery query(db);
        if (!execBound(query, "SELECT 1 FROM files WHERE key = ?", {key}) || query.next())
            continue; // listed (or unknown): the catalog may use it
        const QString path = m_media.absolutePath(key);
        if (!path.isEmpty())
            QFile::remove(path);
    }
    m_newKeys.clear();
}

} // namespace Reelkeeper
