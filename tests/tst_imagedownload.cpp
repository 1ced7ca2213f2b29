// ImageDownload: one image from an http(s) address, against a tiny HTTP server inside the test.
#include "imagedownload.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;
using namespace std::chrono_literals;

namespace {

// Made on first use, once the application (and with it the image plugins) exists.
const QByteArray &posterPng()
{
    static const QByteArray bytes = makeImage(64, 96, "png");
    return bytes;
}

const QByteArray &posterJpeg()
{
    static const QByteArray bytes = makeImage(64, 96, "jpeg");
    return bytes;
}

// An HTTP/1.1 server on 127.0.0.1 that serves canned answers by path and records what it saw.
// Complete answers close their connection; the ones that stall, trickle or are too large do not,
// so that the server sees the client hang up, which is how the tests see a download stopped.
class TestServer
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    // Request paths, in order. Qt's HTTP client sometimes sends a request again on a new connection
    // when the server closes the old one right after answering, so tests look at distinct paths.
    QStringList requests;
    QStringList distinctRequests() const
    {
        QStringList paths = requests;
        paths.removeDuplicates();
        return paths;
    }
    QByteArray lastRequest;         // the head of the last request
    QStringList closedByClient;     // paths whose connection the client closed while it was served
    QHash<QString, qint64> bytesSent;

    TestServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

private:
    struct Connection
    {
        QByteArray received;
        QString path;
        bool closing = false; // the server closes it
    };

    void serve(QTcpSocket *socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->received += socket->readAll();
            const qsizetype end = connection->received.indexOf("\r\n\r\n");
            if (!connection->path.isEmpty() || end < 0)
                return;
            const QByteArray head = connection->received.left(end);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            connection->path = requestLine.value(1).isEmpty() ? QStringLiteral("/")
                                                               : QString::fromLatin1(requestLine.value(1));
            requests.append(connection->path);
            lastRequest = head;
            answer(socket, connection);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, connection] {
            if (!connection->closing && !connection->path.isEmpty())
                closedByClient.append(connection->path);
            socket->deleteLater();
        });
    }

    void send(QTcpSocket *socket, Connection &connection, const QByteArray &bytes)
    {
        socket->write(bytes);
        bytesSent[connection.path] += bytes.size();
    }

    // A complete answer, after which the server closes the connection.
    void reply(QTcpSocket *socket, Connection &connection, const QByteArray &status, const QByteArray &headers,
               const QByteArray &body)
    {
        send(socket, connection,
             "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
        connection.closing = true;
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &connection)
    {
        const QString &path = connection->path;
        Connection &c = *connection;
        if (path == QLatin1String("/poster.png")) {
            reply(socket, c, "200 OK", "Content-Type: image/png\r\n", posterPng());
        } else if (path == QLatin1String("/poster.jpg")) { // a server that does not know what it serves
            reply(socket, c, "200 OK", "Content-Type: application/octet-stream\r\n", posterJpeg());
        } else if (path == QLatin1String("/page.html")) {
            reply(socket, c, "200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                  "<html><head><title>Poster</title></head><body><img src=\"poster.png\"></body></html>");
        } else if (path == QLatin1String("/truncated")) {
            reply(socket, c, "200 OK", "Content-Type: image/png\r\n", posterPng().left(posterPng().size() / 2));
        } else if (path == QLatin1String("/redirect")) {
            reply(socket, c, "302 Found", "Location: /poster.png\r\n", QByteArray());
        } else if (path == QLatin1String("/redirect-to-file")) {
            reply(socket, c, "302 Found", "Location: file:///etc/passwd\r\n", QByteArray());
        } else if (path.startsWith(QLatin1String("/redirect-chain/"))) { // step n redirects to step n + 1
            const int step = QStringView(path).mid(16).toInt();
            reply(socket, c, "302 Found", "Location: /redirect-chain/" + QByteArray::number(step + 1) + "\r\n",
                  QByteArray());
        } else if (path == QLatin1String("/slow")) { // the headers, then silence
            send(socket, c, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n");
        } else if (path == QLatin1String("/trickle")) { // a byte every 20 ms: never idle, never done
            send(socket, c, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [this, socket, connection] {
                send(socket, *connection, "x");
            });
            timer->start(20);
        } else if (path == QLatin1String("/huge")) { // announces and sends 5000 bytes
            QByteArray body = posterPng().left(16);
            body.append(5000 - body.size(), 'x');
            send(socket, c,
                 "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 5000\r\n\r\n" + body);
        } else if (path == QLatin1String("/endless")) { // no length: streams until the client hangs up
            send(socket, c, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            const auto more = [this, socket, connection] {
                constexpr qint64 Cap = 16 * 1024 * 1024; // a client that never stops fails the test later
                if (connection->closing || socket->bytesToWrite() > 16 * 1024)
                    return;
                if (bytesSent[connection->path] > Cap) {
                    connection->closing = true;
                    socket->disconnectFromHost();
                    return;
                }
                send(socket, *connection, QByteArray(4096, 'x'));
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            send(socket, c, posterPng().left(16));
        } else {
            reply(socket, c, "404 Not Found", "Content-Type: text/plain\r\n", "Nothing here.");
        }
    }

    QTcpServer m_server;
};

// The replies the download has made and not yet deleted.
qsizetype liveReplies(const ImageDownload &download)
{
    return download.findChildren<QNetworkReply *>().size();
}

} // namespace

class TestImageDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldDownloadAnImage_data();
    void shouldDownloadAnImage();
    void shouldIntroduceItselfAsReelkeeper();
    void shouldDownloadAgainWithTheSameObject();
    void shouldReportTheServersAnswerWhenItIsAnError();
    void shouldReportAServerThatCannotBeReached();
    void shouldTimeOutWhenTheServerStopsSending();
    void shouldTimeOutWhenTheDownloadTakesTooLongAltogether();
    void shouldRefuseAWebPage();
    void shouldRefuseATruncatedImage();
    void shouldStopAsSoonAsTheFileIsTooLarge_data();
    void shouldStopAsSoonAsTheFileIsTooLarge();
    void shouldFollowARedirect();
    void shouldRefuseARedirectToAnotherScheme();
    void shouldGiveUpAfterFiveRedirects();
    void shouldRefuseAddressesThatAreNotWebAddresses_data();
    void shouldRefuseAddressesThatAreNotWebAddresses();
    void shouldEmitCancelledOnceWhenCancelled();
    void shouldIgnoreCancelWhenNothingRuns();
    void shouldCancelARefusedAddressBeforeItsFailureArrives();
    void shouldCancelTheRunningDownloadWhenStartedAgain();
    void shouldStopTheTransferWhenDestroyed();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestImageDownload::initTestCase()
{
    // The test server is local: a proxy from the environment must not stand in between.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QLocale::setDefault(QLocale::c());
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(!posterPng().isEmpty());
    QVERIFY(!posterJpeg().isEmpty());
}

void TestImageDownload::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
}

void TestImageDownload::cleanup()
{
    m_server.reset();
}

void TestImageDownload::shouldDownloadAnImage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("png") << QStringLiteral("/poster.png") << posterPng() << QStringLiteral("image/png");
    QTest::newRow("jpeg served as octet-stream") << QStringLiteral("/poster.jpg") << posterJpeg()
                                                 << QStringLiteral("image/jpeg");
}

void TestImageDownload::shouldDownloadAnImage()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);

    // Given
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy cancelled(&download, &ImageDownload::cancelled);
    QSignalSpy progress(&download, &ImageDownload::progress);

    // When
    download.start(m_server->url(path));
    QVERIFY(download.isRunning());

    // Then
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toByteArray(), bytes);
    QCOMPARE(finished.at(0).at(1).toString(), mimeType);
    QVERIFY(!download.isRunning());
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(bytes.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(bytes.size()));
    QCOMPARE(m_server->distinctRequests(), QStringList{path});
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestImageDownload::shouldIntroduceItselfAsReelkeeper()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    download.start(m_server->url(QStringLiteral("/poster.png")));
    QVERIFY(finished.wait());
    QVERIFY2(m_server->lastRequest.contains("\r\nUser-Agent: Reelkeeper/9.8.7\r\n"), m_server->lastRequest.constData());
}

void TestImageDownload::shouldDownloadAgainWithTheSameObject()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    download.start(m_server->url(QStringLiteral("/poster.png")));
    QVERIFY(finished.wait());
    download.start(m_server->url(QStringLiteral("/poster.jpg")));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toByteArray(), posterJpeg());
    QCOMPARE(download.url(), m_server->url(QStringLiteral("/poster.jpg")));
    QTRY_COMPARE(liveReplies(download), 0);
}

void TestImageDownload::shouldReportTheServersAnswerWhenItIsAnError()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/missing")));
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("The server answered 404 Not Found for %1.")
                 .arg(m_server->url(QStringLiteral("/missing")).toString()));
    QVERIFY(!download.isRunning());
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldReportAServerThatCannotBeReached()
{
    // Given a port that nobody listens on
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/poster.png").arg(closed.serverPort()));
    closed.close();

    ImageDownload download;
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(url);
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Could not download %1: ").arg(url.toString())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(message));
}

void TestImageDownload::shouldTimeOutWhenTheServerStopsSending()
{
    ImageDownload download;
    download.setTimeout(300ms);
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/slow")));
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("timed out after 0.3 seconds")), qPrintable(message));
    QVERIFY2(message.contains(m_server->url(QStringLiteral("/slow")).toString()), qPrintable(message));
    QTRY_VERIFY(m_server->closedByClient.contains(QStringLiteral("/slow")));
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldTimeOutWhenTheDownloadTakesTooLongAltogether()
{
    // Given a server that sends a byte now and then, so that the transfer is never idle
    ImageDownload download;
    download.setTimeout(10s);
    download.setDeadline(300ms);
    QSignalSpy failed(&download, &ImageDownload::failed);

    // When
    download.start(m_server->url(QStringLiteral("/trickle")));

    // Then
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("timed out after 0.3 seconds")), qPrintable(message));
    QTRY_VERIFY(m_server->closedByClient.contains(QStringLiteral("/trickle")));
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(failed.size(), 1);
}

void TestImageDownload::shouldRefuseAWebPage()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/page.html")));
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("not an image")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("web page")), qPrintable(message));
    QVERIFY2(message.contains(m_server->url(QStringLiteral("/page.html")).toString()), qPrintable(message));
    QVERIFY(!download.isRunning());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldRefuseATruncatedImage()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/truncated")));
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("incomplete")), qPrintable(message));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldStopAsSoonAsTheFileIsTooLarge_data()
{
    QTest::addColumn<QString>("path");
    // The 5000 bytes announced reach the client in one go, so the server cannot see it hang up.
    QTest::addColumn<bool>("whileSending");
    QTest::newRow("announced by Content-Length") << QStringLiteral("/huge") << false;
    QTest::newRow("streamed without a length") << QStringLiteral("/endless") << true;
}

void TestImageDownload::shouldStopAsSoonAsTheFileIsTooLarge()
{
    QFETCH(QString, path);
    QFETCH(bool, whileSending);

    // Given
    ImageDownload download;
    download.setMaximumBytes(1000);
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy progress(&download, &ImageDownload::progress);

    // When
    download.start(m_server->url(path));

    // Then it fails naming the limit, having taken in no more than the limit, and hangs up while
    // the server is still sending (an endless stream could not end otherwise)
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("larger than the 1000 bytes")), qPrintable(message));
    for (const QList<QVariant> &arguments : std::as_const(progress))
        QVERIFY(arguments.at(0).toLongLong() <= 1000);
    if (whileSending)
        QTRY_VERIFY(m_server->closedByClient.contains(path));
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldFollowARedirect()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/redirect")));
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).toByteArray(), posterPng());
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("image/png"));
    QCOMPARE(m_server->distinctRequests(), (QStringList{QStringLiteral("/redirect"), QStringLiteral("/poster.png")}));
    QCOMPARE(failed.size(), 0);
}

void TestImageDownload::shouldRefuseARedirectToAnotherScheme()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/redirect-to-file")));
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("file:///etc/passwd")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("only from http and https")), qPrintable(message));
    QCOMPARE(m_server->distinctRequests(), QStringList{QStringLiteral("/redirect-to-file")});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldGiveUpAfterFiveRedirects()
{
    ImageDownload download;
    QSignalSpy failed(&download, &ImageDownload::failed);
    download.start(m_server->url(QStringLiteral("/redirect-chain/0")));
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("redirected more than 5 times")), qPrintable(message));
    QStringList expected;
    for (int step = 0; step <= ImageDownload::MaximumRedirects; ++step)
        expected.append(QStringLiteral("/redirect-chain/%1").arg(step));
    QCOMPARE(m_server->distinctRequests(), expected);
}

void TestImageDownload::shouldRefuseAddressesThatAreNotWebAddresses_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"))
                          << QStringLiteral("only from http and https addresses, not from file:///etc/passwd.");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://x/y.png"))
                         << QStringLiteral("only from http and https addresses, not from ftp://x/y.png.");
    QTest::newRow("data") << QUrl(QStringLiteral("data:image/png;base64,AAAA"))
                          << QStringLiteral("only from http and https addresses, not from data:");
    QTest::newRow("empty") << QUrl(QString()) << QStringLiteral("No address was given");
    QTest::newRow("not a url") << QUrl(QStringLiteral("not a url")) << QStringLiteral("is not a web address");
    QTest::newRow("relative path") << QUrl(QStringLiteral("posters/poster.png"))
                                   << QStringLiteral("is not a web address");
    QTest::newRow("no server") << QUrl(QStringLiteral("http:///poster.png")) << QStringLiteral("names no server");
}

void TestImageDownload::shouldRefuseAddressesThatAreNotWebAddresses()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);

    // Given
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);

    // When
    download.start(url);

    // Then nothing touched the network, and the failure arrives from the event loop
    QCOMPARE(liveReplies(download), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(download.isRunning());
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!download.isRunning());
    QCOMPARE(liveReplies(download), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_server->requests.isEmpty());
}

void TestImageDownload::shouldEmitCancelledOnceWhenCancelled()
{
    // Given a download that has reached the server and waits for a body that never comes
    ImageDownload download;
    download.setTimeout(300ms);
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy cancelled(&download, &ImageDownload::cancelled);
    download.start(m_server->url(QStringLiteral("/slow")));
    QTRY_VERIFY(m_server->requests.contains(QStringLiteral("/slow")));

    // When
    download.cancel();

    // Then cancelled() has come before cancel() returned, and the reply is gone, so nothing can follow
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!download.isRunning());
    QTRY_VERIFY(m_server->closedByClient.contains(QStringLiteral("/slow")));
    QTRY_COMPARE(liveReplies(download), 0);
    download.cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 0);
}

void TestImageDownload::shouldIgnoreCancelWhenNothingRuns()
{
    ImageDownload download;
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy cancelled(&download, &ImageDownload::cancelled);
    download.cancel();
    QVERIFY(!download.isRunning());
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestImageDownload::shouldCancelARefusedAddressBeforeItsFailureArrives()
{
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy cancelled(&download, &ImageDownload::cancelled);

    download.start(QUrl(QStringLiteral("ftp://x/y.png")));
    download.cancel();
    QCOMPARE(cancelled.size(), 1);

    // The refusal was queued before this download's events, so it would have come by now.
    download.start(m_server->url(QStringLiteral("/poster.png")));
    QVERIFY(finished.wait());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestImageDownload::shouldCancelTheRunningDownloadWhenStartedAgain()
{
    // Given a download that stalls
    ImageDownload download;
    QSignalSpy finished(&download, &ImageDownload::finished);
    QSignalSpy failed(&download, &ImageDownload::failed);
    QSignalSpy cancelled(&download, &ImageDownload::cancelled);
    download.start(m_server->url(QStringLiteral("/slow")));
    QTRY_VERIFY(m_server->requests.contains(QStringLiteral("/slow")));

    // When another one starts
    download.start(m_server->url(QStringLiteral("/poster.png")));

    // Then the first ends with cancelled() at once, the second with finished()
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(download.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).toByteArray(), posterPng());
    QTRY_VERIFY(m_server->closedByClient.contains(QStringLiteral("/slow")));
    QTRY_COMPARE(liveReplies(download), 0);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestImageDownload::shouldStopTheTransferWhenDestroyed()
{
    auto download = std::make_unique<ImageDownload>();
    QSignalSpy failed(download.get(), &ImageDownload::failed);
    QSignalSpy cancelled(download.get(), &ImageDownload::cancelled);
    download->start(m_server->url(QStringLiteral("/endless")));
    QTRY_VERIFY(m_server->requests.contains(QStringLiteral("/endless")));

    download.reset();

    QTRY_VERIFY(m_server->closedByClient.contains(QStringLiteral("/endless")));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 0);
}

QTEST_GUILESS_MAIN(TestImageDownload)
#include "tst_imagedownload.moc"
