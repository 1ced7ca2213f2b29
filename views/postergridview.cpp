#include "postergridview.h"

#include "movielistmodel.h"

#include <QApplication>
#include <QFuture>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QThreadPool>

#include <QtMath>

namespace Reelkeeper {

namespace {

constexpr int Padding = 8;  // inside the card, around poster and text
constexpr int TextGap = 6;  // between the poster and the title
constexpr int CardGap = 6;  // between cards
constexpr int TitleLines = 2;

int posterWidthFor(int height)
{
    return qRound(height * 2.0 / 3.0);
}

// Where the parts of a card go inside its item rectangle.
struct CardGeometry
{
    QRect poster;
    QRect title; // two lines
    QRect year;
};

CardGeometry cardGeometry(const QRect &item, int posterHeight, int lineSpacing)
{
    CardGeometry geometry;
    const int posterWidth = posterWidthFor(posterHeight);
    geometry.poster = QRect(item.left() + (item.width() - posterWidth) / 2, item.top() + Padding, posterWidth,
                            posterHeight);
    const int textLeft = item.left() + Padding / 2;
    const int textWidth = item.width() - Padding;
    geometry.title = QRect(textLeft, geometry.poster.bottom() + 1 + TextGap, textWidth, TitleLines * lineSpacing);
    geometry.year = QRect(textLeft, geometry.title.bottom() + 1, textWidth, lineSpacing);
    return geometry;
}

// Up to two letters standing for the title: the first letter of its first two words.
QString initialsOf(const QString &title)
{
    QString initials;
    bool atWordStart = true;
    for (const QChar c : title) {
        if (c.isLetterOrNumber()) {
            if (atWordStart) {
                initials.append(c.toUpper());
                if (initials.size() == 2)
                    break;
            }
            atWordStart = false;
        } else if (c.isSpace()) {
            atWordStart = true;
        }
    }
    return initials;
}

// The title broken into at most two lines, the second elided when the title is longer.
std::pair<QString, QString> titleLines(const QString &title, const QFont &font, int width)
{
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return {};
    }
    first.setLineWidth(width);
    QTextLine second = layout.createLine();
    if (second.isValid())
        second.setLineWidth(width);
    layout.endLayout();
    const QString firstText = title.mid(first.textStart(), first.textLength()).trimmed();
    if (!second.isValid())
        return {firstText, QString()};
    const QString rest = title.mid(second.textStart()).trimmed();
    return {firstText, QFontMetrics(font).elidedText(rest, Qt::ElideRight, width)};
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

// The heart's box in the poster's top right corner, scaled with the poster but never tiny.
QRect heartBox(const QRect &poster)
{
    const int edge = qBound(14, poster.width() / 6, 28);
    return QRect(poster.right() - edge - 4, poster.top() + 4, edge, edge);
}

// A heart on a dark disc, readable on any poster: filled red for a favorite, outlined otherwise.
void paintHeart(QPainter *painter, const QRect &box, bool filled)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 110));
    painter->drawEllipse(box);
    const QRectF r = QRectF(box).adjusted(box.width() * 0.2, box.height() * 0.22, -box.width() * 0.2,
                                          -box.height() * 0.18);
    QPainterPath heart;
    heart.moveTo(r.center().x(), r.bottom());
    heart.cubicTo(r.left() - r.width() * 0.1, r.top() + r.height() * 0.45, r.left() + r.width() * 0.15,
                  r.top() - r.height() * 0.15, r.center().x(), r.top() + r.height() * 0.25);
    heart.cubicTo(r.right() - r.width() * 0.15, r.top() - r.height() * 0.15, r.right() + r.width() * 0.1,
                  r.top() + r.height() * 0.45, r.center().x(), r.bottom());
    painter->setPen(QPen(filled ? QColor(0xff, 0x4d, 0x6d) : QColor(255, 255, 255, 230), 1.5));
    painter->setBrush(filled ? QBrush(QColor(0xff, 0x4d, 0x6d)) : QBrush(Qt::NoBrush));
    painter->drawPath(heart);
    painter->restore();
}

// The thumbnail in the format a raster pixmap uses, so that making the pixmap on the GUI thread
// is a copy and not a conversion.
QImage preparedForPixmap(QImage image)
{
    if (image.isNull())
        return image;
    const QImage::Format format
        = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    return std::move(image).convertToFormat(format);
}

// How many thumbnails may be asked for at once: enough to keep the thumbnail pool busy (it is
// separate from Qt's global pool, which the raster painter borrows while the GUI thread waits),
// few enough that newer requests for what is on screen now do not queue behind old ones.
int requestSlots()
{
    return qBound(1, ThumbnailCache::threadPool()->maxThreadCount() + 1, PosterGridView::MaxRequestsInFlight);
}

} // namespace

// Paints one card from what is at hand: the decoded thumbnail when the view has it, a
// placeholder otherwise. Nothing here decodes, reads a file or waits.
class PosterGridView::CardDelegate final : public QStyledItemDelegate
{
public:
    explicit CardDelegate(PosterGridView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return m_view->cardSize();
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const CardGeometry geometry
            = cardGeometry(option.rect, m_view->posterEdge(), option.fontMetrics.lineSpacing());
        const QPalette::ColorGroup group = colorGroup(option);
        const bool selected = option.state & QStyle::State_Selected;

        painter->save();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

        const QVariant loaded = index.data(MovieListModel::LoadedRole);
        if (loaded.isValid() && !loaded.toBool()) {
            paintSkeleton(painter, option, geometry);
        } else {
            const QString title = index.data(Qt::DisplayRole).toString();
            const QString key = index.data(MovieListModel::PosterKeyRole).toString();
            const QPixmap *pixmap = key.isEmpty() ? nullptr : m_view->thumbnail(key, index);
            if (pixmap)
                paintPoster(painter, geometry.poster, *pixmap);
            else
                paintPlaceholder(painter, option, geometry.poster, title);
            if (m_view->favoritesEnabled()) {
                const bool favorite = index.data(MovieListModel::FavoriteRole).toBool();
                if (favorite || (option.state & QStyle::State_MouseOver))
                    paintHeart(painter, heartBox(geometry.poster), favorite);
            }

            const auto [first, second] = titleLines(title, option.font, geometry.title.width());
            painter->setFont(option.font);
            painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
            const int lineSpacing = option.fontMetrics.lineSpacing();
            painter->drawText(geometry.title.adjusted(0, 0, 0, -lineSpacing), Qt::AlignHCenter | Qt::AlignTop, first);
            painter->drawText(geometry.title.adjusted(0, lineSpacing, 0, 0), Qt::AlignHCenter | Qt::AlignTop, second);

            const QString year = index.siblingAtColumn(MovieListModel::Year).data().toString();
            if (!selected)
                painter->setPen(option.palette.color(group, QPalette::PlaceholderText));
            painter->drawText(geometry.year, Qt::AlignHCenter | Qt::AlignTop, year);
        }

        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
            focus.backgroundColor = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
        painter->restore();
    }

private:
    static void paintPoster(QPainter *painter, const QRect &poster, const QPixmap &pixmap)
    {
        // Letterboxed when the image is not 2:3; a pixel or two of difference is stretched instead,
        // which leaves the usual case an unscaled copy.
        QSize size = pixmap.deviceIndependentSize().toSize().scaled(poster.size(), Qt::KeepAspectRatio);
        if (qAbs(size.width() - poster.width()) <= 2 && qAbs(size.height() - poster.height()) <= 2)
            size = poster.size();
        const QRect target(poster.left() + (poster.width() - size.width()) / 2,
                           poster.top() + (poster.height() - size.height()) / 2, size.width(), size.height());
        if (target != poster)
            painter->fillRect(poster, QColor(0x20, 0x20, 0x20));
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(target, pixmap);
    }

    static void paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option, const QRect &poster,
                                 const QString &title)
    {
        // A soft gradient whose hue follows the title, so neighbouring cards are told apart.
        const int hue = int(qHash(title) % 360);
        QLinearGradient gradient(poster.topLeft(), poster.bottomRight());
        gradient.setColorAt(0, QColor::fromHsl(hue, 70, 150));
        gradient.setColorAt(1, QColor::fromHsl((hue + 40) % 360, 60, 95));
        painter->fillRect(poster, gradient);

        QFont font = option.font;
        font.setPixelSize(qMax(8, poster.width() / 3));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(255, 255, 255, 210));
        painter->drawText(poster, Qt::AlignCenter, initialsOf(title));
    }

    static void paintSkeleton(QPainter *painter, const QStyleOptionViewItem &option, const CardGeometry &geometry)
    {
        QColor shade = option.palette.color(QPalette::Text);
        shade.setAlpha(28);
        painter->fillRect(geometry.poster, shade);
        const int barHeight = qMax(4, option.fontMetrics.height() / 2);
        const int lineSpacing = option.fontMetrics.lineSpacing();
        const auto bar = [&](const QRect &line, int percent) {
            const int width = line.width() * percent / 100;
            return QRect(line.left() + (line.width() - width) / 2, line.top() + (lineSpacing - barHeight) / 2, width,
                         barHeight);
        };
        painter->fillRect(bar(geometry.title, 80), shade);
        painter->fillRect(bar(geometry.year, 30), shade);
    }

    PosterGridView *m_view;
};

PosterGridView::PosterGridView(QString mediaFolder, QString thumbnailFolder, QWidget *parent)
    : QListView(parent)
    , m_media(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
    , m_delegate(new CardDelegate(this))
{
    // A wrapping list rather than IconMode: the list layout keeps two arrays of positions, while
    // IconMode makes an item and a BSP tree entry per row, too much for a million movies.
    setViewMode(ListMode);
    setFlow(LeftToRight);
    setWrapping(true);
    setResizeMode(Adjust);
    setMovement(Static);
    setUniformItemSizes(true);
    setLayoutMode(Batched);
    setBatchSize(5000);
    setSpacing(CardGap);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(m_delegate);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(MovieListModel::MovieIdRole);
        if (id.isValid())
            Q_EMIT movieActivated(id.toLongLong());
    });
    syncThumbnailSize();
}

// Requests still running finish on the pool; their continuations die with this object.
PosterGridView::~PosterGridView() = default;

void PosterGridView::setModel(QAbstractItemModel *model)
{
    // Cards waiting for a thumbnail belong to the old model; running requests still fill the cache.
    m_waiting.clear();
    m_painted.clear();
    m_queue.clear();
    QListView::setModel(model);
}

void PosterGridView::setPosterEdge(int height)
{
    height = qBound(MinimumPosterHeight, height, MaximumPosterHeight);
    if (height == m_posterHeight)
        return;
    m_posterHeight = height;
    syncThumbnailSize();
    scheduleDelayedItemsLayout();
}

QSize PosterGridView::cardSize() const
{
    const int lineSpacing = fontMetrics().lineSpacing();
    return QSize(posterWidthFor(m_posterHeight) + 2 * Padding,
                 Padding + m_posterHeight + TextGap + (TitleLines + 1) * lineSpacing + Padding);
}

QRect PosterGridView::posterRect(const QModelIndex &index) const
{
    const QRect item = visualRect(index);
    if (item.isEmpty())
        return QRect();
    return cardGeometry(item, m_posterHeight, fontMetrics().lineSpacing()).poster;
}

QRect PosterGridView::heartRect(const QModelIndex &index) const
{
    const QRect poster = m_favoritesEnabled ? posterRect(index) : QRect();
    return poster.isEmpty() ? QRect() : heartBox(poster);
}

void PosterGridView::setFavoritesEnabled(bool enabled)
{
    if (enabled == m_favoritesEnabled)
        return;
    m_favoritesEnabled = enabled;
    // The outlined heart follows the mouse.
    viewport()->setAttribute(Qt::WA_Hover, enabled);
    viewport()->update();
}

void PosterGridView::mousePressEvent(QMouseEvent *event)
{
    // A click on the heart asks for the toggle and leaves the selection alone.
    const QModelIndex index = m_favoritesEnabled ? indexAt(event->position().toPoint()) : QModelIndex();
    if (index.isValid() && event->button() == Qt::LeftButton && heartRect(index).contains(event->position().toPoint())) {
        const QVariant id = index.data(MovieListModel::MovieIdRole);
        const QVariant favorite = index.data(MovieListModel::FavoriteRole);
        if (id.isValid() && favorite.isValid())
            Q_EMIT favoriteToggleRequested({id.toLongLong()}, !favorite.toBool());
        event->accept();
        return;
    }
    QListView::mousePressEvent(event);
}

void PosterGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Two quick clicks on the heart are two toggles, not an activation of the card.
    const QModelIndex index = m_favoritesEnabled ? indexAt(event->position().toPoint()) : QModelIndex();
    if (index.isValid() && heartRect(index).contains(event->position().toPoint())) {
        mousePressEvent(event);
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

int PosterGridView::pendingThumbnailCount() const
{
    return m_inFlight + int(m_queue.size() + m_painted.size());
}

void PosterGridView::paintEvent(QPaintEvent *event)
{
    syncThumbnailSize();
    QListView::paintEvent(event);
}

void PosterGridView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        scheduleDelayedItemsLayout(); // the card height follows the font
}

const QPixmap *PosterGridView::thumbnail(const QString &posterKey, const QModelIndex &index)
{
    if (const QPixmap *pixmap = m_pixmaps.object(posterKey))
        return pixmap;
    if (m_unreadable.contains(posterKey))
        return nullptr;
    auto waiting = m_waiting.find(posterKey);
    if (waiting == m_waiting.end()) {
        waiting = m_waiting.insert(posterKey, {});
        m_painted.append(posterKey);
        scheduleRequests();
    }
    waiting->insert(QPersistentModelIndex(index));
    return nullptr;
}

void PosterGridView::syncThumbnailSize()
{
    const qreal ratio = viewport()->devicePixelRatio();
    const int edge = qCeil(m_posterHeight * ratio);
    if (edge == m_thumbnailEdge && ratio == m_pixelRatio)
        return;
    m_thumbnailEdge = edge;
    m_pixelRatio = ratio;
    resetThumbnails();
}

void PosterGridView::resetThumbnails()
{
    ++m_generation;
    const qsizetype posterBytes = qsizetype(qCeil(m_thumbnailEdge * 2.0 / 3.0)) * m_thumbnailEdge * 4;
    m_pixmaps.clear();
    m_pixmaps.setMaxCost(CachedPosters * posterBytes);
    m_unreadable.clear();
    m_waiting.clear();
    m_painted.clear();
    m_queue.clear();
    viewport()->update();
}

void PosterGridView::scheduleRequests()
{
    // After the paint: the keys a paint asked for join the queue together, in paint order.
    if (m_requestsScheduled)
        return;
    m_requestsScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_requestsScheduled = false;
            while (!m_painted.isEmpty())
                m_queue.append(m_painted.takeLast());
            startRequests();
        },
        Qt::QueuedConnection);
}

void PosterGridView::startRequests()
{
    const int capacity = requestSlots();
    while (m_inFlight < capacity && !m_queue.isEmpty()) {
        const QString key = m_queue.takeLast();
        // Scrolled away before its turn: asked for again when painted again.
        if (!isWanted(key)) {
            m_waiting.remove(key);
            continue;
        }
        const QString path = m_media.absolutePath(key);
        if (path.isEmpty()) {
            m_waiting.remove(key);
            m_unreadable.insert(key);
            continue;
        }
        ++m_inFlight;
        ++m_requestsMade;
        m_thumbnails.request(path, m_thumbnailEdge)
            .then([](QImage image) { return preparedForPixmap(std::move(image)); })
            .then(this, [this, key, generation = m_generation](QImage image) {
                thumbnailReady(key, generation, std::move(image));
            });
    }
}

bool PosterGridView::isWanted(const QString &posterKey) const
{
    const auto waiting = m_waiting.constFind(posterKey);
    if (waiting == m_waiting.constEnd())
        return false;
    const QRect visible = viewport()->rect();
    for (const QPersistentModelIndex &index : *waiting) {
        if (index.isValid() && index.model() == model() && visualRect(index).intersects(visible))
            return true;
    }
    return false;
}

void PosterGridView::thumbnailReady(const QString &posterKey, quint64 generation, QImage image)
{
    --m_inFlight;
    if (generation == m_generation) {
        const QSet<QPersistentModelIndex> cards = m_waiting.take(posterKey);
        if (image.isNull()) {
            m_unreadable.insert(posterKey); // the placeholder stays
        } else {
            const qsizetype bytes = image.sizeInBytes();
            auto *pixmap = new QPixmap(QPixmap::fromImage(std::move(image)));
            pixmap->setDevicePixelRatio(m_pixelRatio);
            m_pixmaps.insert(posterKey, pixmap, bytes);
            const QRect visible = viewport()->rect();
            for (const QPersistentModelIndex &index : cards) {
                if (!index.isValid() || index.model() != model())
                    continue;
                const QRect card = visualRect(index);
                if (card.intersects(visible))
                    viewport()->update(card);
            }
        }
    }
    startRequests();
}

} // namespace Reelkeeper
