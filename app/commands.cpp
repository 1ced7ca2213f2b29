#include "commands.h"

#include "bundle.h"
#include "catalog.h"
#include "catalogcheck.h"
#include "catalogpaths.h"
#include "mediastore.h"
#include "movieexport.h"
#include "movieimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::Commands)
};

QString catalogPath(const Invocation &invocation)
{
    if (!invocation.databasePath.isEmpty())
        return invocation.databasePath;
    const QString path = CatalogPaths::defaultCatalog();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// Commands that only read open the catalog shared, so that they may run beside an open window;
// those that write need it to themselves, and check it first.
std::unique_ptr<Catalog> openCatalog(const Invocation &invocation, QTextStream &err, bool forWriting)
{
    Catalog::Options options;
    options.access = forWriting ? Catalog::Access::Exclusive : Catalog::Access::Shared;
    options.quickCheck = forWriting;
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(catalogPath(invocation), options);
    if (!catalog) {
        err << "reelkeeper: " << catalog.error() << Qt::endl;
        return nullptr;
    }
    return std::move(catalog.value());
}

int check(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // Read only (its full integrity check supersedes the quick one on opening).
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    const MediaStore media(catalog->mediaPath());
    const CheckReport report = checkCatalog(catalog->database(), media);
    for (const QString &error : report.errors)
        out << Tr::tr("error: %1").arg(error) << '\n';
    for (const QString &warning : report.warnings)
        out << Tr::tr("warning: %1").arg(warning) << '\n';
    out << Tr::tr("check: %1: %2 error(s), %3 warning(s)")
               .arg(QDir::toNativeSeparators(catalog->path()))
               .arg(report.errors.size())
               .arg(report.warnings.size())
        << Qt::endl;
    return report.isHealthy() ? 0 : 1;
}

int import(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString path = invocation.arguments.value(0);
    const QFileInfo info(path);
    if (!info.exists()) {
        err << "reelkeeper: " << Tr::tr("%1 does not exist; nothing was imported.").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return 1;
    }
    if (invocation.format == QLatin1String("bundle") || info.isDir()) {
        // The folder, or its manifest.json.
        const QString folder = info.isDir() ? path : info.absolutePath();
        const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
        if (!catalog)
            return 1;
        Result<Bundle::Report> report =
            Bundle::importBundle(catalog->database(), catalog->mediaPath(), folder, invocation.dryRun);
        if (!report) {
            err << "reelkeeper: " << report.error() << Qt::endl;
            return 1;
        }
        out << report->importSummary() << Qt::endl;
        return 0;
    }
    std::optional<ImportFormats::Format> format;
    if (invocation.format != QLatin1String("auto"))
        format = ImportFormats::fromName(invocation.format);
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, true);
    if (!catalog)
        return 1;
    ImportOptions options;
    options.dryRun = invocation.dryRun;
    options.strict = invocation.strict;
    options.mediaFolder = catalog->mediaPath();
    options.onDuplicate = invocation.onDuplicate == QLatin1String("update") ? OnDuplicate::Update
                          : invocation.onDuplicate == QLatin1String("add")  ? OnDuplicate::Add
                                                                           : OnDuplicate::Skip;
    Result<ImportReport> report = MovieImport::importFile(catalog->database(), path, format, options);
    if (!report) {
        err << "reelkeeper: " << report.error() << Qt::endl;
        return 1;
    }
    for (const ImportNote &note : std::as_const(report->notes))
        err << report->format(note) << '\n';
    err.flush();
    out << report->summary() << Qt::endl;
    return 0;
}

int exportMovies(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    const QString path = invocation.arguments.value(1);
    MovieExport::Options options;
    options.filter.text = invocation.search;
    options.mediaFolder = catalog->mediaPath();
    Result<qint64> written = MovieExport::exportMovies(catalog->database(), path, options);
    if (!written) {
        err << "reelkeeper: " << written.error() << Qt::endl;
        return 1;
    }
    out << Tr::tr("exported: %1 movies to %2").arg(written.value()).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}

int exportBundle(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<Catalog> catalog = openCatalog(invocation, err, false);
    if (!catalog)
        return 1;
    Result<Bundle::Report> report = Bundle::exportBundle(catalog->database(), catalog->mediaPath(),
                                                         invocation.arguments.value(1), invocation.includeUsers);
    if (!report) {
        err << "reelkeeper: " << report.error() << Qt::endl;
        return 1;
    }
    out << report->exportSummary() << Qt::endl;
    return 0;
}

} // namespace

int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.command == QLatin1String("check"))
        return check(invocation, out, err);
    if (invocation.command == QLatin1String("import"))
        return import(invocation, out, err);
    if (invocation.command == QLatin1String("export") && invocation.arguments.value(0) == QLatin1String("movies"))
        return exportMovies(invocation, out, err);
    if (invocation.command == QLatin1String("export") && invocation.arguments.value(0) == QLatin1String("bundle"))
        return exportBundle(invocation, out, err);
    err << "reelkeeper: " << Tr::tr("\"%1\" is not available in this version yet; nothing was changed.").arg(invocation.command)
        << Qt::endl;
    return 1;
}

} // namespace Reelkeeper
