// Undoing and redoing a whole import in the window's undo stack: the time of each, for a movie
// list of N movies (10,000 unless given) with 5 cast entries each, imported into a new catalog.
//
//     build/tests/benchmarks/bench_importundo [MOVIES]
#include "benchsupport.h"
#include "catalog.h"
#include "moviecommands.h"
#include "movieimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace Reelkeeper;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int movies = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("list.csv")));
    if (!list.open(QIODevice::WriteOnly))
        return 1;
    list.write("title,release_date,director,genres,cast\n");
    for (int i = 0; i < movies; ++i) {
        QByteArray row = "Movie " + QByteArray::number(i) + ",1999,Director " + QByteArray::number(i % 5000) + ",Drama,";
        for (int c = 0; c < 5; ++c)
            row += (c ? ";" : "") + QByteArray("Actor ") + QByteArray::number((i * 5 + c) % 40000) + "|Role " + QByteArray::number(c);
        list.write(row + '\n');
    }
    list.close();
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (!catalog)
        return 1;
    ImportOptions options;
    options.keepUndo = true;
    options.mediaFolder = catalog->mediaPath();
    QElapsedTimer timer;
    timer.start();
    Result<ImportReport> report = MovieImport::importFile(catalog->database(), list.fileName(), std::nullopt, options);
    if (!report) {
        QTextStream(stderr) << report.error() << '\n';
        return 1;
    }
    const qint64 importMs = timer.elapsed();
    QUndoStack stack;
    qint64 longestGap = 0;
    QElapsedTimer gap;
    auto *command = new ImportCommand(catalog->database(), report.value(), [](const QString &error) {
        if (!error.isEmpty())
            QTextStream(stderr) << error << '\n';
    });
    command->setProgress([&](qint64, qint64) { longestGap = std::max(longestGap, gap.restart()); });
    stack.push(command);
    gap.start();
    timer.restart();
    stack.undo();
    const qint64 undoMs = timer.restart();
    gap.restart();
    stack.redo();
    const qint64 redoMs = timer.elapsed();
    out << QStringLiteral("%1 movies: import %2 ms, undo %3 ms, redo %4 ms, longest gap between progress reports %5 ms\n")
               .arg(movies)
               .arg(importMs)
               .arg(undoMs)
               .arg(redoMs)
               .arg(longestGap);
    return 0;
}
