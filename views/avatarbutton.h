#pragma once

#include "thumbnailcache.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QToolButton>

class QAction;

namespace Reelkeeper {

class Session;

// How avatars are drawn everywhere: the image cropped to a centered square and shown as a circle;
// without an image, the initials on a disc whose colour comes from the name.
namespace Avatars {

// The largest centered square of the image (the image itself when it is square or null).
QImage squareCrop(const QImage &image);
// A circle of edge x edge logical pixels for a screen of devicePixelRatio.
QPixmap render(const QImage &square, const QString &name, int edge, qreal devicePixelRatio);

} // namespace Avatars

// Square-cropped avatar images by media key, decoded off the GUI thread through the thumbnail
// cache and kept in memory (a catalog has a handful of users).
//
// Thread rule: use from the GUI thread.
class AvatarLoader final : public QObject
{
    Q_OBJECT
public:
    // The longest side asked of the thumbnail cache: enough for the largest display (96 px at 2x).
    static constexpr int SourceEdge = 256;

    AvatarLoader(QString mediaFolder, QString thumbnailFolder, QObject *parent = nullptr);

    // The cropped image when it is loaded; otherwise a null image, and loaded(key) follows once it
    // is (a key that cannot be read stays null and is not asked for again).
    QImage image(const QString &key);

Q_SIGNALS:
    void loaded(const QString &key);

private:
    QString m_mediaFolder;
    ThumbnailCache m_thumbnails;
    QHash<QString, QImage> m_images;
    QSet<QString> m_pending;
};

// The toolbar's account button: the signed-in user's avatar and name, or "Guest", with a menu to
// sign in, switch user, sign out and manage accounts. Signing out is done here; the window answers
// the request signals by opening its dialogs.
//
// Thread rule: use from the GUI thread.
class AvatarButton final : public QToolButton
{
    Q_OBJECT
public:
    static constexpr int AvatarEdge = 24;

    AvatarButton(Session *session, QString thumbnailFolder, QWidget *parent = nullptr);

    QAction *signInAction() const { return m_signIn; }
    QAction *switchUserAction() const { return m_switchUser; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *manageAccountsAction() const { return m_manageAccounts; }
    // True once the shown avatar is the user's image rather than the initials placeholder.
    bool showsAvatarImage() const { return m_showsImage; }

Q_SIGNALS:
    // Sign In… or Switch User…: the window shows the sign-in dialog.
    void signInRequested();
    void manageAccountsRequested();

private:
    void refresh();

    Session *m_session;
    AvatarLoader *m_loader;
    QAction *m_signIn = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_manageAccounts = nullptr;
    bool m_showsImage = false;
};

} // namespace Reelkeeper
