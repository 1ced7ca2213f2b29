// Search as you type in the movie browser itself, as a user types: the browser is shown at
// 1280x800 on a catalog, then each typed text is entered a key at a time with a pause between keys
// (250 ms unless given). Each keystroke's figure is what the browser logs as
// `reelkeeper.timing: search N ms`: from the key until the paint that shows that search's rows.
// The reference, measured in the same run, is one `title LIKE '%word%'` scan per text on the GUI
// thread (what a naive search would block the window for).
//
//     QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_searchwindow CATALOG.sqlite [--pause MS] [TEXT...]
#include "benchsupport.h"
#include "catalog.h"
#include "moviebrowser.h"
#include "moviesearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Reelkeeper;
using Reelkeeper::Bench::median;

namespace {

QList<double> g_searchLines;
QtMessageHandler g_previousHandler = nullptr;

void captureTimings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QRegularExpression search(QStringLiteral("^search (\\d+) ms$"));
    if (qstrcmp(context.category, "reelkeeper.timing") == 0) {
        if (const QRegularExpressionMatch match = search.match(message); match.hasMatch())
            g_searchLines.append(match.captured(1).toDouble());
        return;
    }
    g_previousHandler(type, context, message);
}

// Turns the event loop for ms milliseconds.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // the browser's settings stay out of the user's
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int pause = 250;
    if (const qsizetype at = args.indexOf(QStringLiteral("--pause")); at >= 0 && at + 1 < args.size()) {
        pause = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: bench_searchwindow CATALOG.sqlite [--pause MS] [TEXT...]\n";
        return 2;
    }
    const QString path = args.takeFirst();
    if (args.isEmpty())
        args = {QStringLiteral("harbor dubois"), QStringLiteral("rachel"), QStringLiteral("velvet storm")};

    const std::unique_ptr<Catalog> catalog = Bench::openCatalog(path);
    if (!catalog)
        return 1;
    QLoggingCategory::setFilterRules(QStringLiteral("reelkeeper.timing.info=true"));
    g_previousHandler = qInstallMessageHandler(captureTimings);

    MovieBrowser browser(*catalog);
    browser.resize(1280, 800);
    browser.show();
    if (!QTest::qWaitForWindowExposed(&browser))
        return 1;
    idle(1000); // first rows, and the background listing of every id

    QList<double> all, searched, references;
    for (const QString &text : std::as_const(args)) {
        browser.searchField()->clear();
        idle(1000);
        g_searchLines.clear();
        // Keystrokes that leave the query as it was (a space, a word of one or two letters) are
        // answered by the rows already shown; they are told apart to give the searches' own figure.
        QList<bool> changes;
        SqlCondition before = MovieSearch::condition(MovieFilter{});
        for (qsizetype length = 1; length <= text.size(); ++length) {
            MovieFilter filter;
            filter.text = text.left(length);
            const SqlCondition after = MovieSearch::condition(filter);
            changes.append(after.sql != before.sql || after.values != before.values);
            before = after;
            QTest::keyClick(browser.searchField(), text.at(length - 1).toLatin1());
            idle(pause);
        }
        if (g_searchLines.size() == changes.size()) {
            for (qsizetype i = 0; i < changes.size(); ++i) {
                if (changes.at(i))
                    searched.append(g_searchLines.at(i));
            }
        }
        out << text << ": " << g_searchLines.size() << " search lines:";
        for (double ms : std::as_const(g_searchLines))
            out << ' ' << ms;
        out << '\n';
        all.append(g_searchLines);

        QElapsedTimer timer;
        timer.start();
        QSqlQuery scan(catalog->database());
        scan.prepare(QStringLiteral("SELECT count(*) FROM movies WHERE title LIKE ?"));
        scan.addBindValue(QString(QLatin1Char('%') + text.section(QLatin1Char(' '), 0, 0) + QLatin1Char('%')));
        scan.exec();
        scan.next();
        references.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(all.begin(), all.end());
    const auto over = std::count_if(all.begin(), all.end(), [](double ms) { return ms > 50; });
    out << QStringLiteral("keystrokes shown: %1, median %2 ms, 90th percentile %3 ms, worst %4 ms, over 50 ms: %5; "
                          "reference LIKE scan median %6 ms (median ratio %7)\n")
               .arg(all.size())
               .arg(median(all), 0, 'f', 1)
               .arg(all.isEmpty() ? 0 : all.at(qsizetype(all.size() * 0.9)), 0, 'f', 1)
               .arg(all.isEmpty() ? 0 : all.constLast(), 0, 'f', 1)
               .arg(over)
               .arg(median(references), 0, 'f', 1)
               .arg(median(all) / median(references), 0, 'f', 3);
    std::sort(searched.begin(), searched.end());
    out << QStringLiteral("keystrokes that changed the query: %1, median %2 ms, 90th percentile %3 ms, worst %4 ms, "
                          "over 50 ms: %5\n")
               .arg(searched.size())
               .arg(median(searched), 0, 'f', 1)
               .arg(searched.isEmpty() ? 0 : searched.at(qsizetype(searched.size() * 0.9)), 0, 'f', 1)
               .arg(searched.isEmpty() ? 0 : searched.constLast(), 0, 'f', 1)
               .arg(std::count_if(searched.begin(), searched.end(), [](double ms) { return ms > 50; }));
    return 0;
}
