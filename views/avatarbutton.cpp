#include "avatarbutton.h"

#include "mediastore.h"
#include "session.h"

#include <QAction>
#include <QCryptographicHash>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

namespace Reelkeeper {

namespace Avatars {

QImage squareCrop(const QImage &image)
{
    if (image.isNull() || image.width() == image.height())
        return image;
    const int edge = std::min(image.width(), image.height());
    return image.copy((image.width() - edge) / 2, (image.height() - edge) / 2, edge, edge);
}

namespace {

QString initials(const QString &name)
{
    QString letters;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QColor colorFor(const QString &name)
{
    // A stable hue per name (qHash is seeded per process, so a hash of the bytes instead), at a
    // saturation and lightness that keep white initials readable.
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    const int hue = (quint8(digest.at(0)) * 256 + quint8(digest.at(1))) % 360;
    return QColor::fromHsl(hue, 110, 95);
}

} // namespace

QPixmap render(const QImage &square, const QString &name, int edge, qreal devicePixelRatio)
{
    const int pixels = std::max(1, qRound(edge * devicePixelRatio));
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    painter.setClipPath(circle);
    if (!square.isNull()) {
        painter.drawImage(QRect(0, 0, pixels, pixels), square);
    } else {
        painter.fillRect(QRect(0, 0, pixels, pixels), colorFor(name));
        QFont font = painter.font();
        font.setPixelSize(std::max(1, pixels * 2 / 5));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, initials(name));
    }
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace Avatars

AvatarLoader::AvatarLoader(QString mediaFolder, QString thumbnailFolder, QObject *parent)
    : QObject(parent)
    , m_mediaFolder(std::move(mediaFolder))
    , m_thumbnails(std::move(thumbnailFolder))
{
}

QImage AvatarLoader::image(const QString &key)
{
    if (key.isEmpty())
        return QImage();
    if (const auto found = m_images.constFind(key); found != m_images.constEnd())
        return *found;
    if (m_pending.contains(key))
        return QImage();
    const QString path = MediaStore(m_mediaFolder).absolutePath(key);
    if (path.isEmpty()) {
        m_images.insert(key, QImage());
        return QImage();
    }
    m_pending.insert(key);
    m_thumbnails.request(path, SourceEdge)
        .then(QtFuture::Launch::Inherit, [](const QImage &image) { return Avatars::squareCrop(image); })
        .then(this, [this, key](const QImage &image) {
            m_pending.remove(key);
            m_images.insert(key, image);
            if (!image.isNull())
                Q_EMIT loaded(key);
        });
    return QImage();
}

AvatarButton::AvatarButton(Session *session, QString thumbnailFolder, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_loader(new AvatarLoader(session->mediaFolder(), std::move(thumbnailFolder), this))
{
    setObjectName(QStringLiteral("avatarButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setIconSize(QSize(AvatarEdge, AvatarEdge));

    auto *menu = new QMenu(this);
    m_signIn = menu->addAction(tr("&Sign In…"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_switchUser = menu->addAction(tr("S&witch User…"));
    m_switchUser->setObjectName(QStringLiteral("switchUser"));
    m_signOut = menu->addAction(tr("Sign &Out"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    menu->addSeparator();
    m_manageAccounts = menu->addAction(tr("&Manage Accounts…"));
    m_manageAccounts->setObjectName(QStringLiteral("manageAccounts"));
    setMenu(menu);

    connect(m_signIn, &QAction::triggered, this, &AvatarButton::signInRequested);
    connect(m_switchUser, &QAction::triggered, this, &AvatarButton::signInRequested);
    connect(m_signOut, &QAction::triggered, m_session, &Session::signOut);
    connect(m_manageAccounts, &QAction::triggered, this, &AvatarButton::manageAccountsRequested);
    connect(m_session, &Session::userChanged, this, &AvatarButton::refresh);
    connect(m_session, &Session::profileChanged, this, &AvatarButton::refresh);
    connect(m_loader, &AvatarLoader::loaded, this, &AvatarButton::refresh);
    refresh();
}

void AvatarButton::refresh()
{
    const bool signedIn = m_session->isSignedIn();
    m_signIn->setVisible(!signedIn);
    m_switchUser->setVisible(signedIn);
    m_signOut->setVisible(signedIn);
    const QString name = m_session->displayName();
    setText(name);
    setToolTip(signedIn ? tr("Signed in as %1").arg(m_session->user()->username)
                        : tr("Browsing as a guest: sign in to keep favorites"));
    const QImage image = signedIn ? m_loader->image(m_session->user()->avatarKey) : QImage();
    m_showsImage = !image.isNull();
    setIcon(QIcon(Avatars::render(image, name, AvatarEdge, devicePixelRatioF())));
}

} // namespace Reelkeeper
