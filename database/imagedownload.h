#pragma once

#include "mediastore.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Reelkeeper {

// Downloads one image from an http or https address (a poster or photo "from a URL"), for the
// movie editor and for imports. Only http and https are fetched, redirects are followed at most
// five times and never to another scheme or from https to http, the transfer stops as soon as it
// grows past maximumBytes(), and the bytes are accepted only when MediaStore::inspect() accepts
// them as an image. Nothing is stored: the receiver stores the bytes (MediaStore::addFile).
//
// Each start() ends with exactly one of finished(), failed() or cancelled(). finished() and
// failed() always come from the event loop, after start() has returned, even for an address that
// is refused at once; cancelled() comes from inside cancel(), or from inside the start() that
// replaces a running download. Receivers that want to delete the object use deleteLater().
// One object may serve a series of downloads, one at a time, reusing connections to the server.
// The bytes are checked with MediaStore::inspect() on the thread pool, so a large image does not
// stall the GUI while it is decoded.
//
// Thread rule: lives on the thread that created it (the GUI thread) and never blocks it.
class ImageDownload final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};
    static constexpr std::chrono::milliseconds DefaultDeadline{300'000};
    static constexpr int MaximumRedirects = 5;

    explicit ImageDownload(QObject *parent = nullptr);
    ~ImageDownload() override; // stops a running download without emitting anything

    // The limits apply from the next start().
    // The transfer fails when no data arrives for this long (QNetworkRequest::setTransferTimeout);
    // zero means no limit.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The whole transfer fails when it takes longer than this, even while data keeps trickling in
    // (five minutes by default); zero means no limit.
    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // The transfer stops as soon as the announced size or the bytes received exceed this
    // (MediaStore::MaxFileBytes by default, the most MediaStore accepts).
    void setMaximumBytes(qint64 bytes);
    qint64 maximumBytes() const { return m_maximumBytes; }

    // Starts downloading url. An address that is not http or https, or that names no server, fails
    // without any network activity. Starting while a download runs cancels that one first (it ends
    // with cancelled()), then starts the new one.
    void start(const QUrl &url);
    // Stops the running download, which then ends with cancelled(), emitted before cancel()
    // returns. Does nothing when no download runs.
    void cancel();
    // From start() until finished(), failed() or cancelled() is emitted.
    bool isRunning() const { return m_running; }
    // The address of the current or last download, as given to start().
    QUrl url() const { return m_url; }

Q_SIGNALS:
    // Bytes received so far, and the size announced by the server (-1 when it is unknown).
    void progress(qint64 received, qint64 total);
    // The download is complete and is an image Reelkeeper accepts; mimeType is sniffed from the
    // bytes (image/jpeg, image/png, image/webp or image/gif), whatever the server called it.
    void finished(const QByteArray &bytes, const QString &mimeType);
    // The download failed; message is a complete sentence for the user that names the address.
    void failed(const QString &message);
    // cancel() stopped the download, or a new start() replaced it. Nothing to tell the user.
    void cancelled();

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onDeadline();
    void inspect(const QByteArray &bytes, const QUrl &where, const QString &contentType);

    // Stops the network transfer without emitting anything; returns to the idle state.
    void stop();
    void fail(const QString &message);
    // Fails from the event loop, so that failed() never arrives inside start().
    void failLater(const QString &message);
    QString httpError() const; // for the current reply, which has an HTTP status

    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadlineTimer;
    QUrl m_url;
    QByteArray m_bytes;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    qint64 m_maximumBytes = MediaStore::MaxFileBytes;
    // Counts start() and stop() calls, so that late work for an old download (a queued refusal,
    // an inspection on the thread pool) is dropped.
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Reelkeeper
