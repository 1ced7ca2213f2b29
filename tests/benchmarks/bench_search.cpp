// Search as you type on a large catalog: for each prefix of a few typed words, the time to count
// the matches and fetch the first page in title order, as the browser does per keystroke. The
// reference measured in the same run is a plain scan of all titles with LIKE '%word%'.
//
//     bench_search CATALOG.sqlite [WORD...]
#include "benchsupport.h"
#include "catalog.h"
#include "logging.h"
#include "moviesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;

namespace {

int run(QTextStream &out, QSqlDatabase db, const QStringList &args)
{
    QElapsedTimer timer;
    QList<double> keystrokes, references;
    double worst = 0;
    for (const QString &word : std::as_const(args)) {
        for (qsizetype length = 1; length <= word.size(); ++length) {
            MovieFilter filter;
            filter.text = word.left(length);
            timer.start();
            Result<qint64> count = MovieSearch::count(db, filter);
            Result<QList<qint64>> page = MovieSearch::ids(db, filter, 200);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!count || !page) {
                QTextStream(stderr) << (count ? page.error() : count.error()) << '\n';
                return 1;
            }
            keystrokes.append(ms);
            worst = std::max(worst, ms);
            out << QStringLiteral("  %1 %2 matches, first page %3: %4 ms\n")
                       .arg(filter.text, -14)
                       .arg(count.value(), 8)
                       .arg(page->size(), 4)
                       .arg(ms, 0, 'f', 1);
        }
        QSqlQuery scan(db);
        timer.start();
        scan.prepare(QStringLiteral("SELECT count(*) FROM movies WHERE title LIKE ?"));
        scan.addBindValue(QString(QLatin1Char('%') + word + QLatin1Char('%')));
        scan.exec();
        scan.next();
        references.append(timer.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("keystrokes: %1, median %2 ms, worst %3 ms; reference LIKE scan median %4 ms "
                          "(median ratio %5)\n")
               .arg(keystrokes.size())
               .arg(median(keystrokes), 0, 'f', 1)
               .arg(worst, 0, 'f', 1)
               .arg(median(references), 0, 'f', 1)
               .arg(median(keystrokes) / median(references), 0, 'f', 3);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: bench_search CATALOG.sqlite [WORD...]\n";
        return 2;
    }
    const QString path = args.takeFirst();
    if (args.isEmpty())
        args = {QStringLiteral("Harbor"), QStringLiteral("Dubois"), QStringLiteral("Rachel"),
                QStringLiteral("Velvet Storm"), QStringLiteral("zzyzx")};

    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(path);
    if (!catalog)
        return 1;
    out << "open (including any schema upgrade): " << timer.elapsed() << " ms\n";
    return run(out, catalog->database(), args);
}
