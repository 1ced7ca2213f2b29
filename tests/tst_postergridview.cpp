// The poster grid on real catalogs, under the offscreen platform: thumbnails made off the GUI
// thread for the cards on screen only, placeholders meanwhile, activation by mouse and keyboard.
#include "mediastore.h"
#include "movielistmodel.h"
#include "postergridview.h"
#include "testsupport.h"
#include "thumbnailcache.h"

#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtMath>

#include <memory>
#include <optional>

using namespace Reelkeeper;
using namespace Reelkeeper::Test;

namespace {

constexpr QRgb Red = 0xffd02020;
constexpr QRgb Green = 0xff20b040;
constexpr QRgb Blue = 0xff2040d0;

bool isNear(QRgb actual, QRgb expected, int tolerance = 48)
{
    return qAbs(qRed(actual) - qRed(expected)) <= tolerance && qAbs(qGreen(actual) - qGreen(expected)) <= tolerance
           && qAbs(qBlue(actual) - qBlue(expected)) <= tolerance;
}

QString colorName(QRgb color)
{
    return QColor(color).name();
}

// A catalog, a model on it and the grid showing it, torn down in an order that lets thumbnail
// requests still on the pool finish before the folders they write into are removed.
struct Grid
{
    TemporaryCatalog catalog;
    QTemporaryDir thumbnailDir;
    std::unique_ptr<MovieListModel> model;
    std::unique_ptr<PosterGridView> view;

    ~Grid()
    {
        view.reset();
        model.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    QString thumbnailFolder() const { return thumbnailDir.filePath(QStringLiteral("thumbnails")); }

    // Adds a movie, with a poster of a solid color when one is given; returns its id, 0 on failure.
    qint64 addMovie(const QString &title, const QString &year, std::optional<QRgb> poster = std::nullopt,
                    QSize posterSize = QSize(600, 900))
    {
        QVariant fileId;
        if (poster) {
            Result<qint64> added = MediaStore(catalog.catalog().mediaPath())
                                       .addFile(catalog.db(), makeImage(posterSize.width(), posterSize.height(), "PNG",
                                                                        *poster),
                                                title + QStringLiteral(".png"));
            if (!added) {
                qWarning("%s", qPrintable(added.error()));
                return 0;
            }
            fileId = added.value();
        }
        const QString error = exec(catalog.db(),
                                   QStringLiteral("INSERT INTO movies (title, release_date, poster_file_id) "
                                                  "VALUES (?, ?, ?)"),
                                   {title, year.isEmpty() ? QVariant() : QVariant(year), fileId});
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return scalar(catalog.db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }

    QString posterKeyOf(qint64 movieId) const
    {
        return scalar(catalog.db(),
                      QStringLiteral("SELECT files.key FROM movies JOIN files ON files.id = movies.poster_file_id "
                                     "WHERE movies.id = ?"),
                      {movieId})
            .toString();
    }

    // Opens the grid at a fixed size and waits until the first rows are on screen.
    bool open(QSize size = QSize(800, 600))
    {
        model = std::make_unique<MovieListModel>(catalog.path());
        view = std::make_unique<PosterGridView>(catalog.catalog().mediaPath(), thumbnailFolder());
        view->setModel(model.get());
        view->resize(size);
        view->show();
        return QTest::qWaitForWindowExposed(view.get())
               && QTest::qWaitFor([&] { return !model->isBusy() && model->rowCount() > 0; }, 20000);
    }

    QModelIndex indexOf(qint64 movieId) const { return model->index(model->rowOfMovie(movieId), 0); }

    // The color of the screen at a point of the poster of the card at index, given as fractions of
    // the poster's width and height.
    QRgb posterPixel(const QModelIndex &index, qreal x, qreal y) const
    {
        const QRect poster = view->posterRect(index);
        const QPixmap shot = view->viewport()->grab();
        const qreal ratio = shot.devicePixelRatio();
        const QPointF point(poster.left() + x * poster.width(), poster.top() + y * poster.height());
        return shot.toImage().pixel((point * ratio).toPoint());
    }

    // Sample points away from the middle of the poster, where a placeholder draws its initials.
    QList<QRgb> posterSamples(const QModelIndex &index) const
    {
        return {posterPixel(index, 0.25, 0.25), posterPixel(index, 0.75, 0.2), posterPixel(index, 0.5, 0.85)};
    }

    int visibleCards() const
    {
        int count = 0;
        const QRect visible = view->viewport()->rect();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (view->visualRect(model->index(row, 0)).intersects(visible))
                ++count;
        }
        return count;
    }
};

} // namespace

class TestPosterGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShowPostersOnceTheirThumbnailsAreMade();
    void shouldPaintPlaceholderForMovieWithoutPosterWithoutAskingForIt();
    void shouldAskOnlyOnceForAPosterThatCannotBeRead();
    void shouldEmitMovieActivated_data();
    void shouldEmitMovieActivated();
    void shouldRequestThumbnailsOnlyForCardsThatBecameVisible();
    void shouldFitCardsToThePosterEdge();
    void shouldAskToToggleAFavoriteWhenItsHeartIsClicked();
    void shouldShowNoHeartToAGuest();
};

void TestPosterGridView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPosterGridView::shouldShowPostersOnceTheirThumbnailsAreMade()
{
    // Given movies with red, green and blue posters
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const QList<std::pair<qint64, QRgb>> movies = {
        {grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red), Red},
        {grid.addMovie(QStringLiteral("Brazil"), QStringLiteral("1985"), Green), Green},
        {grid.addMovie(QStringLiteral("Chinatown"), QStringLiteral("1974"), Blue), Blue},
    };
    for (const auto &[id, color] : movies)
        QVERIFY(id > 0);

    // When the grid shows them
    QVERIFY(grid.open());
    QCOMPARE(grid.model->rowCount(), 3);

    // Then each poster's thumbnail is made and cached on disk, and its card shows the poster
    const ThumbnailCache cache(grid.thumbnailFolder());
    const MediaStore media(grid.catalog.catalog().mediaPath());
    const int edge = qCeil(grid.view->posterEdge() * grid.view->viewport()->devicePixelRatio());
    for (const auto &[id, color] : movies) {
        const QString key = grid.posterKeyOf(id);
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY(grid.view->hasThumbnail(key));
        QVERIFY(QFile::exists(cache.cachePathFor(media.absolutePath(key), edge)));
        const QModelIndex index = grid.indexOf(id);
        QVERIFY(index.isValid());
        for (const QRgb pixel : grid.posterSamples(index))
            QVERIFY2(isNear(pixel, color),
                     qPrintable(colorName(pixel) + QStringLiteral(" is not ") + colorName(color)));
    }
    QCOMPARE(grid.view->thumbnailRequestsMade(), 3);
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);
}

void TestPosterGridView::shouldPaintPlaceholderForMovieWithoutPosterWithoutAskingForIt()
{
    // Given one movie with a poster and two without
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const qint64 withPoster = grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red);
    const qint64 withoutPoster = grid.addMovie(QStringLiteral("Brazil"), QStringLiteral("1985"));
    QVERIFY(grid.addMovie(QStringLiteral("Chinatown"), QString()) > 0);
    QVERIFY(withPoster > 0 && withoutPoster > 0);

    // When the grid shows them and the one poster is in
    QVERIFY(grid.open());
    QTRY_VERIFY(grid.view->hasThumbnail(grid.posterKeyOf(withPoster)));
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);

    // Then only that poster was asked for, and the other cards paint a placeholder: neither the
    // poster's color nor the empty background
    QCOMPARE(grid.view->thumbnailRequestsMade(), 1);
    const QRgb background = grid.view->viewport()->palette().color(QPalette::Base).rgb();
    for (const QRgb pixel : grid.posterSamples(grid.indexOf(withoutPoster))) {
        QVERIFY2(!isNear(pixel, Red), qPrintable(colorName(pixel)));
        QVERIFY2(!isNear(pixel, background, 8), qPrintable(colorName(pixel)));
    }
    // Painting again asks for nothing more
    grid.view->viewport()->grab();
    QCOMPARE(grid.view->thumbnailRequestsMade(), 1);
    QCOMPARE(grid.view->pendingThumbnailCount(), 0);
}

void TestPosterGridView::shouldAskOnlyOnceForAPosterThatCannotBeRead()
{
    // Given a movie whose poster file has gone from the media folder
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const qint64 id = grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red);
    QVERIFY(id > 0);
    QVERIFY(QFile::remove(MediaStore(grid.catalog.catalog().mediaPath()).absolutePath(grid.posterKeyOf(id))));

    // When the grid shows it
    QVERIFY(grid.open());
    QTRY_COMPARE(grid.view->thumbnailRequestsMade(), 1);
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);

    // Then the card keeps its placeholder, and repainting does not ask again
    QVERIFY(!grid.view->hasThumbnail(grid.posterKeyOf(id)));
    for (const QRgb pixel : grid.posterSamples(grid.indexOf(id)))
        QVERIFY2(!isNear(pixel, Red), qPrintable(colorName(pixel)));
    grid.view->viewport()->grab();
    QCOMPARE(grid.view->thumbnailRequestsMade(), 1);
    QCOMPARE(grid.view->pendingThumbnailCount(), 0);
}

void TestPosterGridView::shouldEmitMovieActivated_data()
{
    QTest::addColumn<bool>("doubleClick");
    QTest::newRow("double click") << true;
    QTest::newRow("enter") << false;
}

void TestPosterGridView::shouldEmitMovieActivated()
{
    QFETCH(bool, doubleClick);
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    QVERIFY(grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red) > 0);
    const qint64 brazil = grid.addMovie(QStringLiteral("Brazil"), QStringLiteral("1985"));
    QVERIFY(grid.addMovie(QStringLiteral("Chinatown"), QStringLiteral("1974"), Blue) > 0);
    QVERIFY(brazil > 0);
    QVERIFY(grid.open());
    QSignalSpy activated(grid.view.get(), &PosterGridView::movieActivated);

    // When the second card is double-clicked, or made current and Enter pressed
    const QModelIndex index = grid.indexOf(brazil);
    QVERIFY(index.isValid());
    if (doubleClick) {
        // Through the window, so that press, release, press and double click come as from a mouse
        const QPoint point = grid.view->viewport()->mapTo(grid.view.get(), grid.view->visualRect(index).center());
        QTest::mouseDClick(grid.view->windowHandle(), Qt::LeftButton, {}, point);
    } else {
        grid.view->setCurrentIndex(index);
        QTest::keyClick(grid.view.get(), Qt::Key_Return);
    }

    // Then its movie is activated, once
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), brazil);
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);
}

void TestPosterGridView::shouldRequestThumbnailsOnlyForCardsThatBecameVisible()
{
    // Given a thousand movies, each with a poster of its own (stored in one transaction: a commit
    // per movie would make this test slow)
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    constexpr int Movies = 1000;
    const MediaStore media(grid.catalog.catalog().mediaPath());
    QCOMPARE(exec(grid.catalog.db(), QStringLiteral("BEGIN")), QString());
    qint64 last = 0;
    for (int i = 0; i < Movies; ++i) {
        const QRgb color = qRgb(i % 256, (i / 256) * 60, 128);
        const Result<StoredImage> stored = media.store(makeImage(20, 30, "PNG", color));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
        QCOMPARE(exec(grid.catalog.db(),
                      QStringLiteral("INSERT INTO files (file_name, mime_type, key) VALUES ('poster.png', ?, ?)"),
                      {stored->mimeType, stored->key}),
                 QString());
        QCOMPARE(exec(grid.catalog.db(),
                      QStringLiteral("INSERT INTO movies (title, poster_file_id) VALUES (?, last_insert_rowid())"),
                      {QStringLiteral("Movie %1").arg(i, 4, 10, QLatin1Char('0'))}),
                 QString());
        last = scalar(grid.catalog.db(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }
    QCOMPARE(exec(grid.catalog.db(), QStringLiteral("COMMIT")), QString());
    QVERIFY(grid.open());
    QCOMPARE(grid.model->rowCount(), Movies);
    QTRY_VERIFY(grid.view->thumbnailRequestsMade() > 0);
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);
    const int firstScreen = grid.visibleCards();
    QVERIFY(firstScreen > 0 && firstScreen < 100);
    QCOMPARE(grid.view->thumbnailRequestsMade(), firstScreen);

    // When the user, on the first card, jumps to the end
    grid.view->setCurrentIndex(grid.model->index(0, 0));
    QTest::keyClick(grid.view.get(), Qt::Key_End);
    QTRY_VERIFY(grid.model->index(Movies - 1, 0).data(MovieListModel::LoadedRole).toBool());
    QCOMPARE(grid.view->verticalScrollBar()->value(), grid.view->verticalScrollBar()->maximum());
    QTRY_VERIFY(grid.view->hasThumbnail(grid.posterKeyOf(last)));
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);

    // Then thumbnails were made for the first and the last screen, not for the cards in between
    const int lastScreen = grid.visibleCards();
    QVERIFY(grid.view->thumbnailRequestsMade() >= firstScreen + lastScreen - 1);
    QVERIFY2(grid.view->thumbnailRequestsMade() <= firstScreen + lastScreen + PosterGridView::MaxRequestsInFlight,
             qPrintable(QString::number(grid.view->thumbnailRequestsMade())));
}

void TestPosterGridView::shouldFitCardsToThePosterEdge()
{
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const qint64 id = grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red);
    QVERIFY(id > 0);
    QVERIFY(grid.open());
    QCOMPARE(grid.view->posterEdge(), PosterGridView::DefaultPosterHeight);
    QTRY_VERIFY(grid.view->hasThumbnail(grid.posterKeyOf(id)));

    // When the posters are made larger
    grid.view->setPosterEdge(240);

    // Then cards grow, posters are 2:3, and the thumbnail is made again at the new size
    const QModelIndex index = grid.indexOf(id);
    QTRY_COMPARE(grid.view->posterRect(index).size(), QSize(160, 240));
    QVERIFY(grid.view->visualRect(index).height() > 240);
    QTRY_VERIFY(grid.view->hasThumbnail(grid.posterKeyOf(id)));
    QCOMPARE(grid.view->thumbnailRequestsMade(), 2);
    for (const QRgb pixel : grid.posterSamples(index))
        QVERIFY2(isNear(pixel, Red), qPrintable(colorName(pixel)));

    // Out-of-range sizes are clamped
    grid.view->setPosterEdge(1);
    QCOMPARE(grid.view->posterEdge(), PosterGridView::MinimumPosterHeight);
    QTRY_COMPARE(grid.view->pendingThumbnailCount(), 0);
}

void TestPosterGridView::shouldAskToToggleAFavoriteWhenItsHeartIsClicked()
{
    // Given ada signed in, who loves Alien but not Brazil
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const qint64 alien = grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red);
    const qint64 brazil = grid.addMovie(QStringLiteral("Brazil"), QStringLiteral("1985"));
    QCOMPARE(exec(grid.catalog.db(), QStringLiteral("INSERT INTO users (id, username, password_hash) "
                                                    "VALUES (1, 'ada', '$argon2id$x')")),
             QString());
    QCOMPARE(exec(grid.catalog.db(), QStringLiteral("INSERT INTO favorite_movies (user_id, movie_id) VALUES (1, ?)"),
                  {alien}),
             QString());
    QVERIFY(grid.open());
    grid.model->setFavoritesOf(1);
    QTRY_VERIFY(!grid.model->isBusy() && grid.model->data(grid.indexOf(alien), MovieListModel::FavoriteRole).toBool());
    grid.view->setFavoritesEnabled(true);
    QSignalSpy toggles(grid.view.get(), &PosterGridView::favoriteToggleRequested);
    QSignalSpy activated(grid.view.get(), &PosterGridView::movieActivated);

    // When Alien's heart is clicked, then Brazil's (drawn once the mouse is over the card)
    const QRect alienHeart = grid.view->heartRect(grid.indexOf(alien));
    QVERIFY(!alienHeart.isEmpty());
    QVERIFY(grid.view->posterRect(grid.indexOf(alien)).contains(alienHeart));
    QTest::mouseClick(grid.view->viewport(), Qt::LeftButton, {}, alienHeart.center());
    QTest::mouseClick(grid.view->viewport(), Qt::LeftButton, {}, grid.view->heartRect(grid.indexOf(brazil)).center());

    // Then removing Alien and adding Brazil are asked for, without selecting or opening a card
    QCOMPARE(toggles.count(), 2);
    QCOMPARE(toggles.at(0).at(0).value<QList<qint64>>(), QList<qint64>{alien});
    QCOMPARE(toggles.at(0).at(1).toBool(), false);
    QCOMPARE(toggles.at(1).at(0).value<QList<qint64>>(), QList<qint64>{brazil});
    QCOMPARE(toggles.at(1).at(1).toBool(), true);
    QVERIFY(grid.view->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(activated.count(), 0);
    QCOMPARE(scalar(grid.catalog.db(), QStringLiteral("SELECT count(*) FROM favorite_movies")).toInt(), 1);

    // And a click elsewhere on the poster still selects the card
    QTest::mouseClick(grid.view->viewport(), Qt::LeftButton, {}, grid.view->posterRect(grid.indexOf(alien)).center());
    QCOMPARE(toggles.count(), 2);
    QVERIFY(grid.view->selectionModel()->isSelected(grid.indexOf(alien)));
}

void TestPosterGridView::shouldShowNoHeartToAGuest()
{
    Grid grid;
    QVERIFY2(grid.catalog.isValid(), qPrintable(grid.catalog.error()));
    const qint64 alien = grid.addMovie(QStringLiteral("Alien"), QStringLiteral("1979"), Red);
    QVERIFY(grid.open());
    QSignalSpy toggles(grid.view.get(), &PosterGridView::favoriteToggleRequested);

    // A guest's grid has no heart, and a click in its corner selects the card
    QVERIFY(!grid.view->favoritesEnabled());
    QVERIFY(grid.view->heartRect(grid.indexOf(alien)).isEmpty());
    const QRect poster = grid.view->posterRect(grid.indexOf(alien));
    QTest::mouseClick(grid.view->viewport(), Qt::LeftButton, {}, QPoint(poster.right() - 8, poster.top() + 8));
    QCOMPARE(toggles.count(), 0);
    QVERIFY(grid.view->selectionModel()->isSelected(grid.indexOf(alien)));
}

QTEST_MAIN(TestPosterGridView)
#include "tst_postergridview.moc"
