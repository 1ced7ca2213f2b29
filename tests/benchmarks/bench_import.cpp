// Importing and exporting a movie list, against sqlite3's own CSV import and export in the same
// run (DESIGN.md: import within 4x of `sqlite3 .import` of the same file into one flat table,
// export within 3x of `sqlite3 -csv` selecting the movies table).
//
// It writes a movie list of N movies (100,000 unless given) with 5 cast entries each into a
// temporary folder, then, RUNS times (3 unless given): imports it into a new catalog with
// Reelkeeper, imports it with `sqlite3 :memory:`-free `.import` into a new flat database, exports
// the catalog as a movie list, and runs `sqlite3 -csv CATALOG "SELECT * FROM movies"`. It prints
// each time, the medians and the ratios, the longest gap between two progress reports, and the
// resident memory growth of the import for N/4, N/2 and N movies (flat memory: it should not grow
// with the file).
//
//     build/tests/benchmarks/bench_import [MOVIES] [RUNS]
#include "benchsupport.h"
#include "catalog.h"
#include "movieexport.h"
#include "movieimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;

namespace {

const QStringList Firsts = {u"Anna"_qs,  u"Jean"_qs, u"Maria"_qs, u"Peter"_qs,  u"Rachel"_qs, u"Luis"_qs,  u"Akira"_qs,
                            u"Olga"_qs,  u"Samuel"_qs, u"Ingrid"_qs, u"Pierre"_qs, u"Mei"_qs, u"Omar"_qs, u"Lena"_qs};
const QStringList Lasts = {u"Dubois"_qs, u"Smith"_qs, u"Kowalski"_qs, u"Tanaka"_qs, u"Rossi"_qs, u"Garcia"_qs,
                           u"Novak"_qs,  u"Larsen"_qs, u"Okafor"_qs, u"Silva"_qs,  u"Khan"_qs,  u"Berg"_qs};
const QStringList Words = {u"Velvet"_qs, u"Storm"_qs,  u"Harbor"_qs, u"Night"_qs, u"Silent"_qs, u"River"_qs,
                           u"Golden"_qs, u"Shadow"_qs, u"Winter"_qs, u"Echo"_qs,  u"Crimson"_qs, u"Paper"_qs};
const QStringList Genres = {u"Drama"_qs,   u"Comedy"_qs,  u"Thriller"_qs,        u"Horror"_qs,
                            u"Romance"_qs, u"Western"_qs, u"Science Fiction"_qs, u"Documentary"_qs};
const QStringList Countries = {u"France"_qs, u"Japan"_qs, u"Italy"_qs, u"United States"_qs, u"Germany"_qs, u"Brazil"_qs};
const QStringList Roles = {u"lead"_qs, u"supporting"_qs, u"minor"_qs, u"cameo"_qs};

// A deterministic movie list: about 300 bytes a movie, 30,000 distinct people.
bool writeMovieList(const QString &path, int movies)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(42);
    const auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    const auto person = [&] { return QStringLiteral("%1 %2%3").arg(pick(Firsts), pick(Lasts)).arg(random.bounded(30000)); };
    QTextStream out(&file);
    out << "title,release_date,duration,budget,description,director,country,genres,cast\n";
    for (int i = 0; i < movies; ++i) {
        QStringList words = {pick(Words)};
        for (int extra = random.bounded(3); extra > 0; --extra)
            words.append(pick(Words));
        words.append(QString::number(i));
        const QString title = words.join(u' ');
        QStringList cast;
        for (int c = 0; c < 5; ++c)
            cast.append(QStringLiteral("%1|%2 %3|%4").arg(person(), pick(Firsts), pick(Lasts), pick(Roles)));
        out << title << ',' << QString::asprintf("%04d-%02d-%02d", 1920 + random.bounded(104), 1 + random.bounded(12),
                                                 1 + random.bounded(28))
            << ',' << 60 + random.bounded(140) << ',' << random.bounded(10000, 100000000) << ".50,"
            << "A film about " << title.toLower() << ".," << person() << ',' << pick(Countries) << ','
            << pick(Genres) << ';' << pick(Genres) << ',' << cast.join(u';') << '\n';
    }
    return out.status() == QTextStream::Ok;
}

// Runs sqlite3 with the arguments; its wall time in ms, or -1.
double runSqlite(const QStringList &arguments, const QString &outputFile = QString())
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        QTextStream(stderr) << "sqlite3 failed: " << process.readAllStandardError() << '\n';
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

struct ImportRun
{
    double ms = -1;
    qint64 longestProgressGapMs = 0;
    qint64 reports = 0;
    qint64 residentGrowthKb = 0;
    ImportReport report;
};

ImportRun importInto(const QString &catalogPath, const QString &listPath)
{
    ImportRun run;
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(catalogPath);
    if (!catalog)
        return run;
    ImportOptions options;
    options.mediaFolder = catalog->mediaPath();
    QElapsedTimer timer, gap;
    const qint64 residentBefore = Bench::residentKb();
    qint64 residentPeak = residentBefore;
    timer.start();
    gap.start();
    Result<ImportReport> report = MovieImport::importFile(
        catalog->database(), listPath, ImportFormats::Format::Movies, options, [&](qint64, qint64) {
            run.longestProgressGapMs = std::max(run.longestProgressGapMs, gap.restart());
            ++run.reports;
            residentPeak = std::max(residentPeak, Bench::residentKb());
            return true;
        });
    run.ms = timer.nsecsElapsed() / 1e6;
    run.residentGrowthKb = residentPeak - residentBefore;
    if (!report) {
        QTextStream(stderr) << report.error() << '\n';
        run.ms = -1;
        return run;
    }
    run.report = report.value();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int movies = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("movies.csv"));
    if (!writeMovieList(list, movies)) {
        QTextStream(stderr) << "could not write " << list << '\n';
        return 1;
    }
    out << "movie list: " << movies << " movies, " << QFile(list).size() / 1024 << " kB\n";

    QList<double> imports, references, exports, exportReferences;
    qint64 longestGap = 0;
    for (int run = 1; run <= runs; ++run) {
        const QString catalogPath = dir.filePath(QStringLiteral("catalog%1.sqlite").arg(run));
        const ImportRun imported = importInto(catalogPath, list);
        if (imported.ms < 0)
            return 1;
        imports.append(imported.ms);
        longestGap = std::max(longestGap, imported.longestProgressGapMs);

        const QString flat = dir.filePath(QStringLiteral("flat%1.sqlite").arg(run));
        const double reference = runSqlite({flat, QStringLiteral(".import --csv %1 movies").arg(list)});
        references.append(reference);

        const QString exported = dir.filePath(QStringLiteral("export%1.csv").arg(run));
        QElapsedTimer timer;
        timer.start();
        {
            const std::unique_ptr<Catalog> catalog = Bench::openCatalog(catalogPath);
            MovieExport::Options options;
            options.mediaFolder = catalog->mediaPath();
            Result<qint64> written = MovieExport::exportMovies(catalog->database(), exported, options);
            if (!written) {
                QTextStream(stderr) << written.error() << '\n';
                return 1;
            }
        }
        exports.append(timer.nsecsElapsed() / 1e6);
        exportReferences.append(runSqlite({QStringLiteral("-csv"), catalogPath, QStringLiteral("SELECT * FROM movies")},
                                          dir.filePath(QStringLiteral("reference%1.csv").arg(run))));
        out << QStringLiteral("run %1: import %2 ms (%3; %4 progress reports, longest gap %5 ms), sqlite3 .import "
                              "%6 ms; export %7 ms, sqlite3 -csv %8 ms\n")
                   .arg(run)
                   .arg(imported.ms, 0, 'f', 0)
                   .arg(imported.report.summary())
                   .arg(imported.reports)
                   .arg(imported.longestProgressGapMs)
                   .arg(reference, 0, 'f', 0)
                   .arg(exports.constLast(), 0, 'f', 0)
                   .arg(exportReferences.constLast(), 0, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("import: median %1 ms, sqlite3 .import median %2 ms, ratio %3 (target <= 4)\n")
               .arg(median(imports), 0, 'f', 0)
               .arg(median(references), 0, 'f', 0)
               .arg(median(imports) / median(references), 0, 'f', 2);
    out << QStringLiteral("export: median %1 ms, sqlite3 -csv median %2 ms, ratio %3 (target <= 3)\n")
               .arg(median(exports), 0, 'f', 0)
               .arg(median(exportReferences), 0, 'f', 0)
               .arg(median(exports) / median(exportReferences), 0, 'f', 2);
    out << "longest gap between progress reports: " << longestGap << " ms (target <= 250)\n";

    // Memory as the file grows: the same import of a quarter, a half and the whole list.
    for (int part : {4, 2, 1}) {
        const QString partList = dir.filePath(QStringLiteral("part%1.csv").arg(part));
        if (!writeMovieList(partList, movies / part))
            return 1;
        const ImportRun imported = importInto(dir.filePath(QStringLiteral("memory%1.sqlite").arg(part)), partList);
        out << QStringLiteral("resident growth importing %1 movies: %2 MB\n")
                   .arg(movies / part)
                   .arg(imported.residentGrowthKb / 1024.0, 0, 'f', 1);
    }
    return 0;
}
