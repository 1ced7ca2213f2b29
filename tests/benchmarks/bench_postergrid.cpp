// The poster grid while scrolling: a temporary catalog of 10,000 movies sharing 300 posters of
// realistic size (600x900 JPEGs with noise), shown at 1280x800 and scrolled from top to bottom a
// viewport height at a time, one step per 60 Hz frame, while a 5 ms timer on the GUI thread measures
// how long the event loop goes without turning. The goal is no gap over 50 ms. Figures, one a line:
// the longest gap and the 99th percentile for each pass, and how long after the last step the
// posters of the last screen are all painted; first with the thumbnail folder empty (cold), then a
// second pass in the same view (decoded thumbnails in memory), then a new view on the filled
// thumbnail folder (warm disk). As the 300 posters repeat every 300 cards, the last screen of a pass
// shows posters decoded on the way; so new views also jump from the top straight to the end, with
// the thumbnail folder filled and then emptied, to time a screen of posters never seen before.
//
//     QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_postergrid
//     xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/benchmarks/bench_postergrid
#include "catalog.h"
#include "mediastore.h"
#include "movielistmodel.h"
#include "postergridview.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace Reelkeeper;

namespace {

constexpr int Movies = 10000;
constexpr int Posters = 300;
constexpr QSize PosterSize(600, 900);
constexpr QSize WindowSize(1280, 800);
constexpr int FrameMs = 16; // one scroll step per frame
constexpr int TickMs = 5;   // the stall monitor's interval

// Counts the time between ticks of a precise 5 ms timer: a gap much longer than 5 ms is the GUI
// thread busy (or starved) instead of turning its event loop. Always running, so that waiting for
// events never sleeps long; reset() starts a new series.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_gaps.append(double(now - m_last) / 1e6);
            m_cpu.append(double(cpu - m_lastCpu) / 1e6);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }

    void reset()
    {
        m_gaps.clear();
        m_cpu.clear();
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpuNs();
    }
    QList<double> gaps() const { return m_gaps; }
    // The GUI thread's own CPU time during each gap: a long gap with little CPU time is the thread
    // waiting for a core (or for a lock), not working.
    QList<double> cpu() const { return m_cpu; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_cpu;
};

bool runUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void runFor(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(0, qsizetype(std::ceil(fraction * double(values.size()))) - 1,
                                            values.size() - 1);
    return values.at(rank);
}

// A poster-like image: a gradient, a few shapes, and noise so that JPEG keeps it at a realistic
// size (about 100-200 KB) instead of compressing it to nothing.
QByteArray makePoster(int number, QRandomGenerator &random)
{
    QImage image(PosterSize, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        const int hue = (number * 37) % 360;
        QLinearGradient gradient(0, 0, PosterSize.width(), PosterSize.height());
        gradient.setColorAt(0, QColor::fromHsv(hue, 200, 230));
        gradient.setColorAt(1, QColor::fromHsv((hue + 90) % 360, 220, 60));
        painter.fillRect(image.rect(), gradient);
        for (int i = 0; i < 12; ++i) {
            painter.setBrush(QColor::fromHsv(int(random.bounded(360)), 180, 200, 160));
            painter.setPen(Qt::NoPen);
            const QPoint center(int(random.bounded(PosterSize.width())), int(random.bounded(PosterSize.height())));
            painter.drawEllipse(center, int(random.bounded(40, 200)), int(random.bounded(40, 200)));
        }
        QFont font;
        font.setPixelSize(120);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(image.rect(), Qt::AlignCenter, QString::number(number));
    }
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(41)) - 20;
            const QRgb pixel = line[x];
            line[x] = qRgb(qBound(0, qRed(pixel) + noise, 255), qBound(0, qGreen(pixel) + noise, 255),
                           qBound(0, qBlue(pixel) + noise, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    writer.write(image);
    return bytes;
}

bool buildCatalog(Catalog &catalog, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20240611);
    const MediaStore media(catalog.mediaPath());
    QSqlDatabase db = catalog.database();
    QList<qint64> fileIds;
    qint64 bytes = 0;
    for (int i = 0; i < Posters; ++i) {
        const QByteArray poster = makePoster(i, random);
        bytes += poster.size();
        Result<qint64> added = media.addFile(db, poster, QStringLiteral("poster-%1.jpg").arg(i));
        if (!added) {
            out << "cannot store a poster: " << added.error() << '\n';
            return false;
        }
        fileIds.append(added.value());
    }
    static const QStringList words = {
        QStringLiteral("Silent"),  QStringLiteral("Harbor"),  QStringLiteral("Midnight"), QStringLiteral("River"),
        QStringLiteral("Glass"),   QStringLiteral("Empire"),  QStringLiteral("Winter"),   QStringLiteral("Crimson"),
        QStringLiteral("Stranger"), QStringLiteral("Garden"), QStringLiteral("Iron"),     QStringLiteral("Paper"),
        QStringLiteral("Golden"),  QStringLiteral("Broken"),  QStringLiteral("Northern"), QStringLiteral("Lights"),
        QStringLiteral("Shadow"),  QStringLiteral("Velvet"),  QStringLiteral("Storm"),    QStringLiteral("Island"),
        QStringLiteral("Mirror"),  QStringLiteral("Falcon"),  QStringLiteral("Desert"),   QStringLiteral("Letters"),
    };
    if (!db.transaction()) {
        out << "cannot start a transaction: " << db.lastError().text() << '\n';
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO movies (title, release_date, poster_file_id) VALUES (?, ?, ?)"));
    for (int i = 0; i < Movies; ++i) {
        QStringList title;
        for (int w = 0, count = 1 + int(random.bounded(4)); w < count; ++w)
            title.append(words.at(int(random.bounded(words.size()))));
        insert.addBindValue(QString(QStringLiteral("The ") + title.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                    + QString::number(i)));
        insert.addBindValue(QString::number(1920 + int(random.bounded(105))));
        insert.addBindValue(fileIds.at(i % Posters)); // round-robin, so neighbours differ
        if (!insert.exec()) {
            out << "cannot insert a movie: " << insert.lastError().text() << '\n';
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        out << "cannot commit: " << db.lastError().text() << '\n';
        return false;
    }
    out << "catalog: " << Movies << " movies, " << Posters << " posters of " << PosterSize.width() << 'x'
        << PosterSize.height() << " averaging " << bytes / Posters / 1024 << " KB, built in " << timer.elapsed()
        << " ms\n";
    return true;
}

int filesIn(const QString &folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// Whether every card on screen shows its poster (rows loaded, thumbnails decoded).
bool screenLoaded(const PosterGridView &view, const MovieListModel &model)
{
    // Find a card of the top row (a point may fall between cards), then start a row earlier.
    const QRect visible = view.viewport()->rect();
    const QSize card = view.cardSize();
    QModelIndex first;
    for (int y = 0; !first.isValid() && y < card.height() + 2 * view.spacing(); y += 4)
        first = view.indexAt(QPoint(view.spacing() + card.width() / 2, y));
    const int columns = qMax(1, visible.width() / card.width());
    int row = first.isValid() ? qMax(0, first.row() - columns - 1) : 0;
    bool seenVisible = false;
    for (; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QRect rect = view.visualRect(index);
        if (!rect.intersects(visible)) {
            if (seenVisible && rect.top() > visible.bottom())
                break;
            continue;
        }
        seenVisible = true;
        if (!index.data(MovieListModel::LoadedRole).toBool())
            return false;
        const QString key = index.data(MovieListModel::PosterKeyRole).toString();
        if (!key.isEmpty() && !view.hasThumbnail(key))
            return false;
    }
    return seenVisible;
}

void report(QTextStream &out, const QString &phase, const StallMonitor &monitor)
{
    const QList<double> gaps = monitor.gaps();
    const QList<double> cpu = monitor.cpu();
    const auto longestAt = std::max_element(gaps.begin(), gaps.end());
    const double longest = longestAt == gaps.end() ? 0 : *longestAt;
    const double longestCpu = longestAt == gaps.end() ? 0 : cpu.at(longestAt - gaps.begin());
    const qsizetype over = std::count_if(gaps.begin(), gaps.end(), [](double gap) { return gap > 50; });
    out << phase << ": longest GUI-thread gap " << QString::number(longest, 'f', 1) << " ms ("
        << QString::number(longestCpu, 'f', 1) << " ms of it on the CPU)\n";
    out << phase << ": 99th percentile gap " << QString::number(percentile(gaps, 0.99), 'f', 1) << " ms (timer "
        << TickMs << " ms, " << gaps.size() << " ticks)\n";
    out << phase << ": gaps over 50 ms " << over << '\n';
}

// Opens a grid and waits for its first screen of posters.
std::pair<std::unique_ptr<MovieListModel>, std::unique_ptr<PosterGridView>>
openGrid(const Catalog &catalog, const QString &thumbnails, StallMonitor &monitor, QTextStream &out,
         const QString &phase)
{
    QElapsedTimer timer;
    timer.start();
    monitor.reset();
    auto model = std::make_unique<MovieListModel>(catalog.path());
    auto view = std::make_unique<PosterGridView>(catalog.mediaPath(), thumbnails);
    view->setModel(model.get());
    view->resize(WindowSize);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        out << phase << ": the window was not exposed\n";
    runUntil([&] { return model->rowCount() == Movies && screenLoaded(*view, *model); });
    out << phase << ": first screen of posters in " << timer.elapsed() << " ms\n";
    report(out, phase + QStringLiteral(" opening"), monitor);
    return {std::move(model), std::move(view)};
}

void scrollPass(PosterGridView &view, MovieListModel &model, StallMonitor &monitor, QTextStream &out,
                const QString &phase)
{
    QScrollBar *bar = view.verticalScrollBar();
    const int requestsBefore = view.thumbnailRequestsMade();
    bar->setValue(0);
    runUntil([&] { return screenLoaded(view, model); });

    monitor.reset();
    QElapsedTimer pass;
    pass.start();
    QElapsedTimer sinceLastStep;
    int steps = 0;
    for (int value = 0;; value += view.viewport()->height()) {
        bar->setValue(qMin(value, bar->maximum()));
        sinceLastStep.start();
        ++steps;
        runFor(FrameMs);
        if (value >= bar->maximum())
            break;
    }
    const bool loaded = runUntil([&] { return screenLoaded(view, model); });
    const qint64 lastScreen = sinceLastStep.elapsed();

    out << phase << ": " << steps << " steps of " << view.viewport()->height() << " px in " << pass.elapsed()
        << " ms\n";
    report(out, phase, monitor);
    out << phase << ": last screen of posters " << (loaded ? QString::number(lastScreen) : QStringLiteral("never"))
        << (loaded ? " ms after the last step\n" : " (timed out)\n");
    out << phase << ": thumbnails requested " << view.thumbnailRequestsMade() - requestsBefore << '\n';
}

// Jumps from the top to the last screen in one step, as the End key does.
void jumpToEnd(PosterGridView &view, MovieListModel &model, StallMonitor &monitor, QTextStream &out,
               const QString &phase)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    runUntil([&] { return screenLoaded(view, model); });
    const int requestsBefore = view.thumbnailRequestsMade();
    monitor.reset();
    QElapsedTimer timer;
    timer.start();
    bar->setValue(bar->maximum());
    const bool loaded = runUntil([&] { return screenLoaded(view, model); });
    out << phase << ": last screen of posters " << (loaded ? QString::number(timer.elapsed()) : QStringLiteral("never"))
        << (loaded ? " ms after the jump\n" : " (timed out)\n");
    out << phase << ": thumbnails requested " << view.thumbnailRequestsMade() - requestsBefore << '\n';
    report(out, phase, monitor);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot make a temporary folder\n";
        return 1;
    }
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (!opened) {
        out << opened.error() << '\n';
        return 1;
    }
    Catalog &catalog = *opened.value();
    if (!buildCatalog(catalog, out))
        return 1;
    const QString thumbnails = dir.filePath(QStringLiteral("thumbnails"));
    out << "platform: " << QGuiApplication::platformName() << ", window " << WindowSize.width() << 'x'
        << WindowSize.height() << ", pool threads " << QThreadPool::globalInstance()->maxThreadCount() << '\n';

    StallMonitor monitor;
    {
        auto [model, view] = openGrid(catalog, thumbnails, monitor, out, QStringLiteral("cold"));
        const QSize card = view->cardSize();
        const int columns = qMax(1, (view->viewport()->width() - view->spacing()) / (card.width() + view->spacing()));
        out << "grid: " << columns << " columns of " << card.width() << 'x' << card.height() << " px cards, "
            << (Movies + columns - 1) / columns << " rows\n";
        scrollPass(*view, *model, monitor, out, QStringLiteral("cold pass 1"));
        scrollPass(*view, *model, monitor, out, QStringLiteral("cold pass 2 (decoded thumbnails in memory)"));
    }
    QThreadPool::globalInstance()->waitForDone();
    out << "thumbnail folder: " << filesIn(thumbnails) << " thumbnails\n";
    {
        auto [model, view] = openGrid(catalog, thumbnails, monitor, out, QStringLiteral("warm disk"));
        scrollPass(*view, *model, monitor, out, QStringLiteral("warm disk pass 1"));
    }
    QThreadPool::globalInstance()->waitForDone();
    // Straight to the end of the catalog in a new view, with the thumbnail folder filled, then emptied.
    {
        auto [model, view] = openGrid(catalog, thumbnails, monitor, out, QStringLiteral("warm disk again"));
        jumpToEnd(*view, *model, monitor, out, QStringLiteral("warm disk jump to the end"));
    }
    QThreadPool::globalInstance()->waitForDone();
    QDir(thumbnails).removeRecursively();
    {
        auto [model, view] = openGrid(catalog, thumbnails, monitor, out, QStringLiteral("cold again"));
        jumpToEnd(*view, *model, monitor, out, QStringLiteral("cold jump to the end"));
    }
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}
