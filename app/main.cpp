#include "catalog.h"
#include "catalogpaths.h"
#include "commandline.h"
#include "commands.h"
#include "logging.h"
#include "mainwindow.h"
#include "migrator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <QTranslator>
#include <QtSql/QSqlDatabase>

#include <sqlite3.h>

#include <memory>

using namespace Reelkeeper;

namespace {

void installTranslations(QCoreApplication &app)
{
    // English is the source language, but its plural forms ("1 movie", "2 movies") come from a
    // translation too: it is the fallback when the user's language has none.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("reelkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/reelkeeper_en.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Reelkeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("reelkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REELKEEPER_VERSION));
}

int runWithoutDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const Invocation invocation = parseCommandLine(QCoreApplication::arguments());
    switch (invocation.kind) {
    case Invocation::Kind::Help:
        out << usageText();
        return 0;
    case Invocation::Kind::Version:
        out << "reelkeeper " << QCoreApplication::applicationVersion() << " ("
            << QCoreApplication::translate("main", "catalog schema %1").arg(Migrator().latestVersion()) << ", Qt "
            << qVersion() << ", SQLite " << sqlite3_libversion() << ")\n";
        return 0;
    case Invocation::Kind::UsageError:
        err << "reelkeeper: " << invocation.error << "\n\n" << usageText();
        return 2;
    case Invocation::Kind::Command:
        return runCommand(invocation, out, err);
    case Invocation::Kind::OpenWindow:
        break;
    }
    return 2;
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Reelkeeper"));
    QApplication::setDesktopFileName(QStringLiteral("reelkeeper"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reelkeeper.svg")));
    installTranslations(app);
    // Poster downloads go through the proxy the desktop is set up with.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QElapsedTimer startup;
    startup.start();
    const Invocation invocation = parseCommandLine(QCoreApplication::arguments());
    if (invocation.kind != Invocation::Kind::OpenWindow) {
        QTextStream(stderr) << "reelkeeper: " << invocation.error << "\n\n" << usageText();
        return 2;
    }
    QString path = invocation.databasePath;
    if (path.isEmpty()) {
        path = CatalogPaths::defaultCatalog();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Catalog::Options options;
    options.quickCheck = false; // the window runs it in the background instead (MainWindow)
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(path, options);
    if (!catalog) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Reelkeeper"),
                              QCoreApplication::translate("main", "The catalog could not be opened.\n\n%1")
                                  .arg(catalog.error()));
        return 1;
    }
    qCInfo(lcTiming, "open-catalog %lld ms", static_cast<long long>(startup.elapsed()));

    MainWindow window(**catalog);
    window.show();
    window.offerSignIn();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Subcommands, --help and --version run without a display, as scripts and CI need them to.
    if (needsNoDisplay(argc, argv))
        return runWithoutDisplay(argc, argv);
    return runWindow(argc, argv);
}
