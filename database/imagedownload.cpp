#include "imagedownload.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <utility>

namespace Reelkeeper {

namespace {

// What MediaStore::inspect() said about the bytes, as a value that can leave the thread pool.
struct Inspection
{
    QString mimeType; // empty when refused
    QString error;
};

bool isWebScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QByteArray userAgent()
{
    QString version = QCoreApplication::applicationVersion();
#ifdef REELKEEPER_VERSION
    if (version.isEmpty())
        version = QStringLiteral(REELKEEPER_VERSION);
#endif
    return QStringLiteral("Reelkeeper/%1").arg(version).toUtf8();
}

// An address as shown in messages: never with its password, and long ones (data: URLs) cut short.
QString shownUrl(const QUrl &url)
{
    constexpr qsizetype MaxLength = 200;
    const QString text = url.toDisplayString(QUrl::RemovePassword);
    return text.size() <= MaxLength ? text : text.left(MaxLength - 1) + QChar(0x2026);
}

int clampedMilliseconds(std::chrono::milliseconds duration)
{
    return int(std::clamp<qint64>(duration.count(), 0, std::numeric_limits<int>::max()));
}

} // namespace

ImageDownload::ImageDownload(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadlineTimer(this)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ImageDownload::onDeadline);
}

ImageDownload::~ImageDownload()
{
    stop();
}

void ImageDownload::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds::zero());
}

void ImageDownload::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = std::max(deadline, std::chrono::milliseconds::zero());
}

void ImageDownload::setMaximumBytes(qint64 bytes)
{
    m_maximumBytes = std::max<qint64>(bytes, 0);
}

void ImageDownload::start(const QUrl &url)
{
    // A receiver of cancelled() may call start() itself; that download is cancelled in turn, so
    // that every start() still ends with exactly one signal and the latest one wins.
    while (m_running)
        cancel();

    m_url = url;
    m_running = true;
    ++m_generation;

    // Only the web: a file:, data: or ftp: address from an imported list must not read local
    // files or reach other services, so those are refused before anything touches the network.
    if (url.isEmpty()) {
        failLater(tr("No address was given for the image."));
        return;
    }
    if (!url.isValid() || url.isRelative()) {
        failLater(tr("\"%1\" is not a web address; Reelkeeper downloads images from http and https addresses.")
                      .arg(shownUrl(url)));
        return;
    }
    if (!isWebScheme(url.scheme())) {
        failLater(tr("Reelkeeper downloads images only from http and https addresses, not from %1.")
                      .arg(shownUrl(url)));
        return;
    }
    if (url.host().isEmpty()) {
        failLater(tr("The address %1 names no server.").arg(shownUrl(url)));
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    request.setTransferTimeout(clampedMilliseconds(m_timeout));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Servers that negotiate formats should send one that MediaStore accepts (not AVIF or JPEG XL).
    request.setRawHeader("Accept", "image/jpeg, image/png, image/webp, image/gif, image/*;q=0.5, */*;q=0.1");

    m_bytes.clear();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ImageDownload::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ImageDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ImageDownload::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progress(received, total < 0 ? -1 : total);
    });
    if (m_deadline.count() > 0)
        m_deadlineTimer.start(m_deadline);
}

void ImageDownload::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void ImageDownload::onMetaDataChanged()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    const int code = status.toInt();
    if (code >= 400) {
        // The error page is of no use: stop before it is downloaded. Not from inside this signal,
        // though: the reply reports its own error right after it, and an abort() here makes
        // QNetworkReply warn that its error was set twice.
        failLater(httpError());
        return;
    }
    if (code < 200 || code > 299) // a redirect on its way, or an answer judged when it ends
        return;
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_maximumBytes)
        fail(tr("The file at %1 is %2, larger than the %3 that Reelkeeper accepts; the download was stopped.")
                 .arg(shownUrl(m_reply->url()),
                      QLocale().formattedDataSize(length, 1, QLocale::DataSizeTraditionalFormat),
                      QLocale().formattedDataSize(m_maximumBytes, 1, QLocale::DataSizeTraditionalFormat)));
}

void ImageDownload::onReadyRead()
{
    // Checked before reading, so that no more than the limit is ever held in memory.
    if (m_bytes.size() + m_reply->bytesAvailable() > m_maximumBytes) {
        fail(tr("The file at %1 is larger than the %2 that Reelkeeper accepts; the download was stopped.")
                 .arg(shownUrl(m_reply->url()),
                      QLocale().formattedDataSize(m_maximumBytes, 1, QLocale::DataSizeTraditionalFormat)));
        return;
    }
    m_bytes += m_reply->readAll();
}

void ImageDownload::onReplyFinished()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    const QUrl where = m_reply->url();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int code = status.toInt();

    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Not our abort(): stop() disconnects before it aborts. So it is the transfer timeout.
        fail(tr("The download of %1 timed out after %2 seconds without receiving data.")
                 .arg(shownUrl(m_url), QLocale().toString(double(m_timeout.count()) / 1000, 'g', 3)));
        return;
    }
    if (error == QNetworkReply::TooManyRedirectsError) {
        fail(tr("The address %1 redirected more than %2 times; the download was stopped.")
                 .arg(shownUrl(m_url))
                 .arg(MaximumRedirects));
        return;
    }
    if (error == QNetworkReply::InsecureRedirectError) {
        fail(tr("The address %1 redirected from https to an unencrypted http address, which Reelkeeper does "
                "not follow.")
                 .arg(shownUrl(m_url)));
        return;
    }
    if (error == QNetworkReply::ProtocolUnknownError && code >= 300 && code <= 399) {
        // Qt refuses redirects to schemes other than http and https with this error.
        const QUrl target = where.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
        fail(tr("The address %1 redirected to %2, which Reelkeeper does not follow: it downloads images only "
                "from http and https addresses.")
                 .arg(shownUrl(m_url), shownUrl(target)));
        return;
    }
    if (status.isValid() && (code < 200 || code > 299)) {
        fail(httpError());
        return;
    }
    if (error != QNetworkReply::NoError) {
        fail(tr("Could not download %1: %2").arg(shownUrl(m_url), m_reply->errorString()));
        return;
    }

    onReadyRead(); // whatever arrived with the end of the reply
    if (!m_running)
        return;
    const QString contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QByteArray bytes = std::exchange(m_bytes, QByteArray());
    m_deadlineTimer.stop();
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    inspect(bytes, where, contentType);
}

void ImageDownload::inspect(const QByteArray &bytes, const QUrl &where, const QString &contentType)
{
    // Decoding a large image takes a while, so it happens on the thread pool.
    auto *watcher = new QFutureWatcher<Inspection>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, bytes, where, contentType, generation = m_generation] {
                watcher->deleteLater();
                if (!m_running || generation != m_generation) // cancelled meanwhile
                    return;
                const Inspection inspection = watcher->result();
                if (inspection.mimeType.isEmpty()) {
                    QString message = tr("The download from %1 was refused. %2").arg(shownUrl(where), inspection.error);
                    if (contentType.startsWith(QLatin1String("text/html"), Qt::CaseInsensitive))
                        message += QLatin1Char(' ')
                            + tr("The address leads to a web page: use the address of the image itself.");
                    fail(message);
                    return;
                }
                stop();
                Q_EMIT finished(bytes, inspection.mimeType);
            });
    watcher->setFuture(QtConcurrent::run([bytes] {
        const Result<StoredImage> image = MediaStore::inspect(bytes);
        return image ? Inspection{image->mimeType, QString()} : Inspection{QString(), image.error()};
    }));
}

QString ImageDownload::httpError() const
{
    // "404 Not Found"; HTTP/2 has no reason phrases, so there it is the number alone.
    QString answer = QString::number(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    if (!reason.isEmpty())
        answer += QLatin1Char(' ') + reason;
    return tr("The server answered %1 for %2.").arg(answer, shownUrl(m_reply->url()));
}

void ImageDownload::onDeadline()
{
    if (!m_reply)
        return;
    fail(tr("The download of %1 timed out after %2 seconds.")
             .arg(shownUrl(m_url), QLocale().toString(double(m_deadline.count()) / 1000, 'g', 3)));
}

void ImageDownload::stop()
{
    ++m_generation; // whatever is still on its way for the old download is dropped
    m_running = false;
    m_deadlineTimer.stop();
    m_bytes.clear();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this); // before abort(), which would report OperationCanceledError
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void ImageDownload::fail(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

void ImageDownload::failLater(const QString &message)
{
    QMetaObject::invokeMethod(
        this,
        [this, message, generation = m_generation] {
            if (m_running && generation == m_generation)
                fail(message);
        },
        Qt::QueuedConnection);
}

} // namespace Reelkeeper
