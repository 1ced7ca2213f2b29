// Browsing a large catalog through MovieListModel, without a window: how soon the first rows of
// the catalog, of each sort order and of each search keystroke are in, how long scrolling far
// takes, and the resident memory on the way.
//
//     bench_browse CATALOG.sqlite
#include "benchsupport.h"
#include "catalog.h"
#include "movielistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;
using Reelkeeper::Bench::residentKb;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// Times a change of the model until its first rows are in and until it is idle.
std::pair<qint64, qint64> timeChange(MovieListModel &model, const std::function<void()> &change)
{
    QSignalSpy first(&model, &MovieListModel::firstRowsLoaded);
    QElapsedTimer timer;
    timer.start();
    change();
    waitUntil([&] { return first.count() > 0; });
    const qint64 firstRows = timer.elapsed();
    waitUntil([&] { return !model.isBusy(); });
    return {firstRows, timer.elapsed()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: bench_browse CATALOG.sqlite\n";
        return 2;
    }
    const QString path = app.arguments().at(1);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(path);
    if (!catalog)
        return 1;
    out << "open catalog: " << timer.elapsed() << " ms, resident " << residentKb() / 1024 << " MB\n";

    timer.start();
    MovieListModel model(path);
    QSignalSpy first(&model, &MovieListModel::firstRowsLoaded);
    waitUntil([&] { return first.count() > 0; });
    out << "first rows of " << model.movieCount() << " movies: " << timer.elapsed() << " ms\n";
    waitUntil([&] { return !model.isBusy(); });
    out << "all ids in title order: " << timer.elapsed() << " ms, resident " << residentKb() / 1024 << " MB\n";

    // Scrolling: a view asks for rows spread over the whole catalog, block after block.
    timer.start();
    const int rows = model.rowCount();
    const int jumps = 400;
    for (int i = 0; i < jumps; ++i)
        model.data(model.index(int(qint64(rows - 1) * i / (jumps - 1)), 0));
    waitUntil([&] { return !model.isBusy(); });
    out << jumps << " far blocks fetched: " << timer.elapsed() << " ms, resident " << residentKb() / 1024 << " MB\n";

    for (int column = MovieListModel::Year; column < MovieListModel::ColumnCount; ++column) {
        const auto [firstRows, idle] = timeChange(model, [&] { model.sort(column, Qt::AscendingOrder); });
        out << "sort by " << model.headerData(column, Qt::Horizontal).toString() << ": first rows " << firstRows
            << " ms, all ids " << idle << " ms\n";
    }
    timeChange(model, [&] { model.sort(MovieListModel::Title, Qt::AscendingOrder); });

    QList<double> keystrokes;
    qint64 worst = 0;
    for (const QString &word : {QStringLiteral("Harbor"), QStringLiteral("Dubois"), QStringLiteral("Velvet Storm"),
                                QStringLiteral("zzyzx")}) {
        for (qsizetype length = 1; length <= word.size(); ++length) {
            MovieFilter filter;
            filter.text = word.left(length);
            const auto [firstRows, idle] = timeChange(model, [&] { model.setFilter(filter); });
            Q_UNUSED(idle);
            keystrokes.append(double(firstRows));
            worst = std::max(worst, firstRows);
        }
    }
    out << "search keystrokes: " << keystrokes.size() << ", first rows median " << median(keystrokes) << " ms, worst "
        << worst << " ms\n";
    out << "resident at the end: " << residentKb() / 1024 << " MB\n";
    return 0;
}
