#include "commands.h"

#include "catalog.h"
#include "catalogcheck.h"
#include "catalogpaths.h"
#include "mediastore.h"

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

int check(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    Catalog::Options options;
    options.access = Catalog::Access::Shared; // may run beside an open window
    options.quickCheck = false;               // the full integrity check below supersedes it
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(catalogPath(invocation), options);
    if (!catalog) {
        err << "reelkeeper: " << catalog.error() << Qt::endl;
        return 1;
    }
    const MediaStore media((*catalog)->mediaPath());
    const CheckReport report = checkCatalog((*catalog)->database(), media);
    for (const QString &error : report.errors)
        out << Tr::tr("error: %1").arg(error) << '\n';
    for (const QString &warning : report.warnings)
        out << Tr::tr("warning: %1").arg(warning) << '\n';
    out << Tr::tr("check: %1: %2 error(s), %3 warning(s)")
               .arg(QDir::toNativeSeparators((*catalog)->path()))
               .arg(report.errors.size())
               .arg(report.warnings.size())
        << Qt::endl;
    return report.isHealthy() ? 0 : 1;
}

} // namespace

int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (invocation.command == QLatin1String("check"))
        return check(invocation, out, err);
    err << "reelkeeper: " << Tr::tr("\"%1\" is not available in this version yet; nothing was changed.").arg(invocation.command)
        << Qt::endl;
    return 1;
}

} // namespace Reelkeeper
