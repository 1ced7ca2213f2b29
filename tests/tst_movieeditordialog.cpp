// The movie editor: a record goes in and comes out as edited; problems keep it open; posters.
#include "movieeditordialog.h"
#include "casteditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

// A minimal HTTP/1.1 server on 127.0.0.1 (after tst_imagedownload's): /poster.png answers with a
// PNG, every other path with 404 Not Found. Each answer is complete and closes its connection.
class PosterServer
{
public:
    PosterServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QByteArray png;

private:
    void serve(QTcpSocket *socket)
    {
        auto received = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            if (received->contains("\r\n\r\n"))
                return; // answered already
            *received += socket->readAll();
            if (!received->contains("\r\n\r\n"))
                return;
            const QByteArray path = received->left(received->indexOf("\r\n")).split(' ').value(1);
            if (path == "/poster.png")
                reply(socket, "200 OK", "image/png", png);
            else
                reply(socket, "404 Not Found", "text/plain", "Nothing here.");
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

} // namespace

class TestMovieEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldGiveBackTheRecordItWasGiven();
    void shouldReflectEditsInTheRecord();
    void shouldStayOpenAndShowProblemsForInvalidFields();
    void shouldAcceptValidMovie();
    void shouldAddGenre();
    void shouldRemoveWhatItCreatedWhenCancelled();
    void shouldStorePosterFromFile();
    void shouldRefuseTextFileAsPoster();
    void shouldTakePastedImageAsPoster();
    void shouldTakeThePosterFromAWebAddress();
    void shouldShowWhyAWebAddressGaveNoPoster();
    void shouldTakeAPosterDroppedOnTheDialog();
    void shouldSaveTheCastWithTheMovie();
    void shouldRemoveCastPeopleItCreatedWhenCancelled();
    void shouldShowCastProblemsOnTheCastTab();

private:
    MovieRecord fullRecord();
    MovieEditorDialog *makeDialog();
    void clickOk(MovieEditorDialog *dialog);
    QListWidgetItem *genreItem(MovieEditorDialog *dialog, const QString &name);
    MovieEditorDialog *makeShownDialog();
    static bool drop(MovieEditorDialog *dialog, const QMimeData *mime);

    std::unique_ptr<TemporaryCatalog> m_catalog;
    std::unique_ptr<MovieEditorDialog> m_dialog;
};

void TestMovieEditorDialog::initTestCase()
{
    // The poster server is local: a proxy from the environment must not stand in between.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

void TestMovieEditorDialog::init()
{
    m_catalog = std::make_unique<TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    QCOMPARE(exec(m_catalog->db(), QStringLiteral(R"(
        INSERT INTO people (first_name, last_name) VALUES ('Andrei', 'Tarkovsky'), ('Agnès', 'Varda'))")),
             QString());
    QCOMPARE(exec(m_catalog->db(), QStringLiteral("INSERT INTO countries (name) VALUES ('Soviet Union'), ('France')")),
             QString());
    QCOMPARE(exec(m_catalog->db(), QStringLiteral("INSERT INTO genres (name) VALUES ('Drama'), ('Science Fiction'), "
                                                  "('Comedy')")),
             QString());
}

void TestMovieEditorDialog::cleanup()
{
    m_dialog.reset();
    m_catalog.reset();
}

MovieRecord TestMovieEditorDialog::fullRecord()
{
    const QByteArray image = makeImage(20, 30, "PNG");
    const Result<qint64> poster = MediaStore(m_catalog->catalog().mediaPath()).addFile(m_catalog->db(), image,
                                                                                       QStringLiteral("solaris.png"));
    MovieRecord movie;
    movie.title = QStringLiteral("Solaris");
    movie.description = QStringLiteral("A psychologist is sent to a station orbiting a distant planet.");
    movie.budget = QStringLiteral("1000000.50");
    movie.releaseDate = QStringLiteral("1972-03-20");
    movie.duration = 167;
    movie.directorId = scalar(m_catalog->db(), QStringLiteral("SELECT id FROM people WHERE last_name = 'Tarkovsky'")).toLongLong();
    movie.countryId = scalar(m_catalog->db(), QStringLiteral("SELECT id FROM countries WHERE name = 'Soviet Union'")).toLongLong();
    if (poster)
        movie.posterFileId = poster.value();
    movie.genreIds = {1, 2};
    movie.characters = {CharacterRecord{0, QStringLiteral("Kris Kelvin"), QString(), QStringLiteral("lead")}};
    movie.cast = {CastRecord{0, *movie.directorId, 0}};
    const Result<qint64> id = MovieRecords::insert(m_catalog->db(), movie);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    const Result<MovieRecord> loaded = MovieRecords::load(m_catalog->db(), id ? id.value() : 0);
    return loaded ? loaded.value() : MovieRecord{};
}

MovieEditorDialog *TestMovieEditorDialog::makeDialog()
{
    m_dialog = std::make_unique<MovieEditorDialog>(m_catalog->db(), m_catalog->catalog().mediaPath(),
                                                   m_catalog->folder() + QStringLiteral("/thumbnails"));
    return m_dialog.get();
}

void TestMovieEditorDialog::clickOk(MovieEditorDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QListWidgetItem *TestMovieEditorDialog::genreItem(MovieEditorDialog *dialog, const QString &name)
{
    const QList<QListWidgetItem *> items = dialog->findChild<QListWidget *>(QStringLiteral("genres"))
                                               ->findItems(name, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.constFirst();
}

void TestMovieEditorDialog::shouldGiveBackTheRecordItWasGiven()
{
    // Given a stored movie with every field filled in
    const MovieRecord stored = fullRecord();
    QVERIFY(stored.id != 0);
    QVERIFY(stored.posterFileId);
    MovieEditorDialog *dialog = makeDialog();

    // When it is shown and nothing is edited
    dialog->setMovie(stored);

    // Then the same record comes back, and the title says what is edited
    QCOMPARE(dialog->movie(), stored);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit “Solaris”"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("directorMissing"))->isHidden());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("genresMissing"))->isHidden());

    dialog->setMovie(MovieRecord{});
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Movie"));
    QCOMPARE(dialog->movie(), MovieRecord{});
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("directorMissing"))->isHidden());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("titleRequired"))->isHidden());
}

void TestMovieEditorDialog::shouldReflectEditsInTheRecord()
{
    const MovieRecord stored = fullRecord();
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(stored);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // When every simple field is edited
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("  Stalker "));
    auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("releaseDate"));
    date->setText(QStringLiteral("1979-05"));
    dialog->findChild<QLineEdit *>(QStringLiteral("budget"))->setText(QStringLiteral(" 007.50"));
    dialog->findChild<QSpinBox *>(QStringLiteral("duration"))->setValue(0);
    genreItem(dialog, QStringLiteral("Drama"))->setCheckState(Qt::Unchecked);
    genreItem(dialog, QStringLiteral("Comedy"))->setCheckState(Qt::Checked);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(QStringLiteral("A zone."));
    auto *director = dialog->findChild<EntityPicker *>(QStringLiteral("director"));
    const qint64 varda = scalar(m_catalog->db(), QStringLiteral("SELECT id FROM people WHERE last_name = 'Varda'")).toLongLong();
    director->setId(varda);
    auto *country = dialog->findChild<EntityPicker *>(QStringLiteral("country"));
    country->lineEdit()->clear();
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Iceland"));
    QTest::keyClick(country->findChild<QCompleter *>()->popup(), Qt::Key_Down);
    QTest::keyClick(country->findChild<QCompleter *>()->popup(), Qt::Key_Return);

    // Then the record says so; what the dialog does not edit passes through
    const MovieRecord edited = dialog->movie();
    QCOMPARE(edited.title, QStringLiteral("Stalker"));
    QCOMPARE(edited.releaseDate, QStringLiteral("1979-05"));
    QCOMPARE(edited.budget, QStringLiteral("7.50"));
    QCOMPARE(edited.duration, std::nullopt);
    QCOMPARE(edited.genreIds, (QList<qint64>{2, 3}));
    QCOMPARE(edited.description, QStringLiteral("A zone."));
    QCOMPARE(edited.directorId, std::optional<qint64>(varda));
    QVERIFY(edited.countryId);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT name FROM countries WHERE id = ?"), {*edited.countryId}),
             QVariant(QStringLiteral("Iceland")));
    QCOMPARE(edited.characters, stored.characters);
    QCOMPARE(edited.cast, stored.cast);
    QCOMPARE(edited.id, stored.id);
    QVERIFY(MovieRecords::validate(edited).isEmpty());
}

void TestMovieEditorDialog::shouldStayOpenAndShowProblemsForInvalidFields()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // When the title is blank and the date is not a date
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("   "));
    dialog->findChild<QLineEdit *>(QStringLiteral("releaseDate"))->setText(QStringLiteral("1972-02-30"));
    dialog->findChild<QLineEdit *>(QStringLiteral("budget"))->setText(QStringLiteral("1,500"));
    clickOk(dialog);

    // Then the dialog stays open with each problem next to its field, in validate()'s words
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    const QList<FieldProblem> problems = MovieRecords::validate(dialog->movie());
    QCOMPARE(problems.size(), 3);
    for (const FieldProblem &problem : problems) {
        auto *label = dialog->findChild<QLabel *>(problem.field + QStringLiteral("Problem"));
        QVERIFY2(label, qPrintable(problem.field));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), problem.message);
    }
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("durationProblem"))->isHidden());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("title")));

    // And once fixed, OK closes it
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Solaris"));
    dialog->findChild<QLineEdit *>(QStringLiteral("releaseDate"))->setText(QStringLiteral("1972"));
    dialog->findChild<QLineEdit *>(QStringLiteral("budget"))->setText(QStringLiteral("1500"));
    clickOk(dialog);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestMovieEditorDialog::shouldAcceptValidMovie()
{
    // Seed-mandatory fields left empty only hint; they do not block saving
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Untitled Project"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("titleRequired"))->isHidden());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("countryMissing"))->isVisible());
    clickOk(dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->movie().title, QStringLiteral("Untitled Project"));
}

void TestMovieEditorDialog::shouldAddGenre()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newGenre"));
    name->setText(QStringLiteral("Mystery"));
    QTest::keyClick(name, Qt::Key_Return);

    QCOMPARE(dialog->result(), int(QDialog::Rejected)); // Enter added the genre, it did not press OK
    const qint64 id = scalar(m_catalog->db(), QStringLiteral("SELECT id FROM genres WHERE name = 'Mystery'")).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(dialog->movie().genreIds, QList<qint64>{id});

    // A name that exists in another case ticks the existing genre
    name->setText(QStringLiteral("drama"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addGenre")), Qt::LeftButton);
    QCOMPARE(dialog->movie().genreIds, (QList<qint64>{1, id}));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 4);
}

void TestMovieEditorDialog::shouldRemoveWhatItCreatedWhenCancelled()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newGenre"));
    name->setText(QStringLiteral("Mystery"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(dialog->createdRows().size(), 1);
    QCOMPARE(dialog->createdRows().constFirst().table, CreatedRow::Table::Genres);

    dialog->reject();

    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM genres WHERE name = 'Mystery'")).toInt(), 0);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM genres")).toInt(), 3);
    QVERIFY(dialog->createdRows().isEmpty());
}

void TestMovieEditorDialog::shouldStorePosterFromFile()
{
    const QString path = m_catalog->folder() + QStringLiteral("/poster.jpg");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeImage(40, 60, "JPG"));
    file.close();
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    dialog->setPosterFromFile(path);

    const std::optional<qint64> poster = dialog->movie().posterFileId;
    QVERIFY(poster);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT file_name FROM files WHERE id = ?"), {*poster}),
             QVariant(QStringLiteral("poster.jpg")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("posterMessage"))->isHidden());
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("posterPreview"));
    QTRY_VERIFY(!preview->pixmap().isNull());

    // Remove takes it off the movie
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removePoster")), Qt::LeftButton);
    QVERIFY(!dialog->movie().posterFileId);
}

void TestMovieEditorDialog::shouldRefuseTextFileAsPoster()
{
    const QString path = m_catalog->folder() + QStringLiteral("/notes.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image at all\n");
    file.close();
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    dialog->setPosterFromFile(path);

    QVERIFY(!dialog->movie().posterFileId);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("posterMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("notes.txt")), qPrintable(message->text()));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 0);
}

void TestMovieEditorDialog::shouldTakePastedImageAsPoster()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QImage image(30, 45, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QGuiApplication::clipboard()->setImage(image);

    // Ctrl+V where no text field takes it
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removePoster"));
    auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("chooseFile"));
    choose->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), choose);
    QTest::keyClick(choose, Qt::Key_V, Qt::ControlModifier);

    QTRY_VERIFY(dialog->movie().posterFileId);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT mime_type FROM files WHERE id = ?"),
                    {*dialog->movie().posterFileId}),
             QVariant(QStringLiteral("image/png")));
    QVERIFY(remove->isEnabled());
}

MovieEditorDialog *TestMovieEditorDialog::makeShownDialog()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

// Drags mime over the poster preview and drops it there, as a drag from another application
// would; says whether the dialog took the drop. The dialog itself accepts drops.
bool TestMovieEditorDialog::drop(MovieEditorDialog *dialog, const QMimeData *mime)
{
    const auto *preview = dialog->findChild<QLabel *>(QStringLiteral("posterPreview"));
    const QPoint at = preview->mapTo(dialog, preview->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog, &dropped);
    return dropped.isAccepted();
}

void TestMovieEditorDialog::shouldTakeThePosterFromAWebAddress()
{
    // Given a web server with a PNG poster
    PosterServer server;
    server.png = makeImage(40, 60, "PNG");
    QVERIFY(!server.png.isEmpty());
    QVERIFY(server.listen());
    MovieEditorDialog *dialog = makeShownDialog();
    QVERIFY(dialog);
    QSignalSpy changed(dialog, &MovieEditorDialog::posterChanged);
    const QUrl address = server.url(QStringLiteral("/poster.png"));

    // When the poster is taken from its address
    dialog->downloadPoster(address);

    // Then a progress dialog shows, without blocking, until the download is done
    auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("downloadProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QTRY_VERIFY(dialog->movie().posterFileId);
    QTRY_VERIFY(!dialog->findChild<QProgressDialog *>(QStringLiteral("downloadProgress")));

    // And the stored file remembers where it came from
    const qint64 poster = *dialog->movie().posterFileId;
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<std::optional<qint64>>(), std::optional<qint64>(poster));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT url FROM files WHERE id = ?"), {poster}),
             QVariant(address.toString()));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT mime_type FROM files WHERE id = ?"), {poster}),
             QVariant(QStringLiteral("image/png")));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT file_name FROM files WHERE id = ?"), {poster}),
             QVariant(QStringLiteral("poster.png")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("posterMessage"))->isHidden());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("removePoster"))->isEnabled());
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("posterPreview"));
    QTRY_VERIFY(!preview->pixmap().isNull());
}

void TestMovieEditorDialog::shouldShowWhyAWebAddressGaveNoPoster()
{
    // Given a web server that has no such image
    PosterServer server;
    QVERIFY(server.listen());
    MovieEditorDialog *dialog = makeShownDialog();
    QVERIFY(dialog);
    QSignalSpy changed(dialog, &MovieEditorDialog::posterChanged);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("posterMessage"));

    // When the poster is taken from that address
    dialog->downloadPoster(server.url(QStringLiteral("/missing.png")));

    // Then the server's answer shows under the poster, and the movie has none
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("404")), qPrintable(message->text()));
    QTRY_VERIFY(!dialog->findChild<QProgressDialog *>(QStringLiteral("downloadProgress")));
    QVERIFY(!dialog->movie().posterFileId);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removePoster"))->isEnabled());
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 0);
}

void TestMovieEditorDialog::shouldTakeAPosterDroppedOnTheDialog()
{
    QTemporaryDir folder;
    QVERIFY2(folder.isValid(), qPrintable(folder.errorString()));
    const QString imagePath = folder.filePath(QStringLiteral("dropped.png"));
    QFile image(imagePath);
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(makeImage(40, 60, "PNG"));
    image.close();
    const QString textPath = folder.filePath(QStringLiteral("notes.txt"));
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image at all\n");
    text.close();
    MovieEditorDialog *dialog = makeShownDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->acceptDrops());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("posterMessage"));

    // When a text file is dropped, it is refused and the dialog says why
    QMimeData textMime;
    textMime.setUrls({QUrl::fromLocalFile(textPath)});
    QVERIFY(drop(dialog, &textMime));
    QVERIFY(!dialog->movie().posterFileId);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("notes.txt")), qPrintable(message->text()));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM files")).toInt(), 0);

    // When an image file is dropped, it becomes the poster and the message goes
    QMimeData imageMime;
    imageMime.setUrls({QUrl::fromLocalFile(imagePath)});
    QVERIFY(drop(dialog, &imageMime));
    QTRY_VERIFY(dialog->movie().posterFileId);
    const qint64 poster = *dialog->movie().posterFileId;
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT file_name FROM files WHERE id = ?"), {poster}),
             QVariant(QStringLiteral("dropped.png")));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT mime_type FROM files WHERE id = ?"), {poster}),
             QVariant(QStringLiteral("image/png")));
    QVERIFY(message->isHidden());

    // And plain text offers no poster: the drag is not even accepted
    QMimeData plain;
    plain.setText(QStringLiteral("just some words"));
    QVERIFY(!drop(dialog, &plain));
    QCOMPARE(dialog->movie().posterFileId, std::optional<qint64>(poster));
}

void TestMovieEditorDialog::shouldSaveTheCastWithTheMovie()
{
    // Given Solaris with Kris Kelvin played by Tarkovsky, open in the editor
    const MovieRecord stored = fullRecord();
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(stored);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *cast = dialog->findChild<CastEditor *>(QStringLiteral("castEditor"));
    QVERIFY(cast);
    dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(cast);
    CastTableModel *model = cast->model();
    QCOMPARE(model->rowCount(), 1);

    // When Varda is picked as Hari (supporting) and billed first, and Snaut is listed without actor
    EntityPicker *picker = cast->actorPicker();
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("Varda"));
    QTRY_VERIFY(picker->isPopupVisible());
    QTest::keyClick(picker->findChild<QCompleter *>()->popup(), Qt::Key_Down);
    QTest::keyClick(picker->findChild<QCompleter *>()->popup(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return); // Enter in the picker does not press OK
    QVERIFY(dialog->isVisible());
    QVERIFY(model->setData(model->index(1, CastTableModel::CharacterColumn), QStringLiteral("Hari")));
    QVERIFY(model->setData(model->index(1, CastTableModel::RoleColumn), QStringLiteral("supporting")));
    QVERIFY(model->moveRow(1, 0));
    QVERIFY(model->setData(model->index(model->addCharacter(), CastTableModel::CharacterColumn),
                           QStringLiteral("Snaut")));
    clickOk(dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Result<void> saved = MovieRecords::update(m_catalog->db(), dialog->movie());
    QVERIFY2(saved, qPrintable(saved.error()));

    // Then the catalog has the characters and the cast links in billing order, all of this movie
    const QVariant id = stored.id;
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral(R"(
        SELECT group_concat(name || ':' || ifnull(role, '-'), ',') FROM (SELECT name, role FROM characters
        WHERE movie_id = ? ORDER BY name))"), {id}).toString(),
             QStringLiteral("Hari:supporting,Kris Kelvin:lead,Snaut:-"));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral(R"(
        SELECT group_concat(last_name || ':' || name, ',') FROM (SELECT people.last_name, characters.name
        FROM movie_actors JOIN people ON people.id = movie_actors.person_id
        JOIN characters ON characters.id = movie_actors.character_id
        WHERE movie_actors.movie_id = ? ORDER BY movie_actors.id))"), {id}).toString(),
             QStringLiteral("Varda:Hari,Tarkovsky:Kris Kelvin"));
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral(R"(
        SELECT count(*) FROM movie_actors JOIN characters ON characters.id = movie_actors.character_id
        WHERE characters.movie_id <> movie_actors.movie_id)")).toInt(), 0);

    // And opened again, the editor shows the same table
    const Result<MovieRecord> reloaded = MovieRecords::load(m_catalog->db(), stored.id);
    QVERIFY(reloaded);
    dialog->setMovie(reloaded.value());
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, CastTableModel::ActorColumn).data().toString() + QLatin1Char('/')
                    + model->index(row, CastTableModel::CharacterColumn).data().toString());
    QCOMPARE(rows, (QStringList{QStringLiteral("Agnès Varda/Hari"), QStringLiteral("Andrei Tarkovsky/Kris Kelvin"),
                                QStringLiteral("(no actor)/Snaut")}));
    QCOMPARE(dialog->movie(), reloaded.value());
}

void TestMovieEditorDialog::shouldRemoveCastPeopleItCreatedWhenCancelled()
{
    // Given a stored movie open in the editor
    const MovieRecord stored = fullRecord();
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(stored);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *cast = dialog->findChild<CastEditor *>(QStringLiteral("castEditor"));
    dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(cast);

    // When a new person is added from the cast picker, and the editor cancelled
    EntityPicker *picker = cast->actorPicker();
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("Donatas Banionis"));
    QTRY_VERIFY(picker->isPopupVisible());
    QAbstractItemView *popup = picker->findChild<QCompleter *>()->popup();
    for (int i = 0; i < picker->suggestions()->rowCount(); ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM people WHERE last_name = 'Banionis'")).toInt(), 1);
    QCOMPARE(dialog->createdRows().size(), 1);
    QCOMPARE(dialog->createdRows().constFirst().table, CreatedRow::Table::People);
    QCOMPARE(cast->model()->rowCount(), 2);
    dialog->reject();

    // Then the person is gone and the movie's cast is as it was
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM people WHERE last_name = 'Banionis'")).toInt(), 0);
    QCOMPARE(scalar(m_catalog->db(), QStringLiteral("SELECT count(*) FROM people")).toInt(), 2);
    const Result<MovieRecord> after = MovieRecords::load(m_catalog->db(), stored.id);
    QVERIFY(after);
    QCOMPARE(after.value(), stored);
}

void TestMovieEditorDialog::shouldShowCastProblemsOnTheCastTab()
{
    MovieEditorDialog *dialog = makeDialog();
    dialog->setMovie(MovieRecord{});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Solaris"));

    // When a character has a description but no name and OK is clicked on the Details tab
    auto *cast = dialog->findChild<CastEditor *>(QStringLiteral("castEditor"));
    CastTableModel *model = cast->model();
    QVERIFY(model->setData(model->index(model->addCharacter(), CastTableModel::DescriptionColumn),
                           QStringLiteral("The ocean's gift")));
    clickOk(dialog);

    // Then the editor stays open on the Cast tab, with the problem under the table
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(), cast);
    auto *problem = cast->findChild<QLabel *>(QStringLiteral("castProblem"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Row 1: The character needs a name."));
    QCOMPARE(cast->view()->currentIndex().row(), 0);

    // And named, the movie is accepted
    QVERIFY(model->setData(model->index(0, CastTableModel::CharacterColumn), QStringLiteral("Hari")));
    QVERIFY(problem->isHidden());
    clickOk(dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->movie().characters,
             (QList<CharacterRecord>{{0, QStringLiteral("Hari"), QStringLiteral("The ocean's gift"), QString()}}));
}

QTEST_MAIN(TestMovieEditorDialog)
#include "tst_movieeditordialog.moc"
