#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <cstring>

namespace Reelkeeper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reelkeeper::CommandLine)
};

Invocation usageError(const QString &message)
{
    Invocation invocation;
    invocation.kind = Invocation::Kind::UsageError;
    invocation.error = message;
    return invocation;
}

} // namespace

bool needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            if (++i == argc)
                return true; // --db without a path: a usage error
            continue;
        }
        if (std::strncmp(argv[i], "--db=", 5) == 0)
            continue;
        return true; // a command, --help, --version, or something to report as a usage error
    }
    return false;
}

QString usageText()
{
    return Tr::tr(
        "Usage:\n"
        "  reelkeeper [--db PATH]                       open the window\n"
        "  reelkeeper [--db PATH] import FILE|DIR [--format auto|movies|bundle|imdb|letterboxd|tellico]\n"
        "                                   [--on-duplicate skip|update|add] [--dry-run] [--strict]\n"
        "  reelkeeper [--db PATH] export movies FILE.csv [--search TEXT]\n"
        "  reelkeeper [--db PATH] export bundle DIR [--include-users]\n"
        "  reelkeeper [--db PATH] check\n"
        "  reelkeeper [--db PATH] user add|passwd|remove|list [NAME]\n"
        "  reelkeeper --version | --help\n"
        "\n"
        "Options:\n"
        "  --db PATH      the catalog to use (created when it does not exist yet);\n"
        "                 by default the catalog in the application data folder\n"
        "  -h, --help     show this help\n"
        "  -v, --version  show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure (the catalog is unchanged), 2 usage error.\n");
}

Invocation parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"), QString(), QStringLiteral("POLICY"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QString());
    const QCommandLineOption strict(QStringLiteral("strict"), QString());
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption includeUsers(QStringLiteral("include-users"), QString());
    parser.addOptions({help, version, db, format, onDuplicate, dryRun, strict, search, includeUsers});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    // Options given more than once are ambiguous: refuse rather than pick one.
    for (const QString &name : parser.optionNames()) {
        if (parser.optionNames().count(name) > 1)
            return usageError(Tr::tr("The option --%1 is given more than once.").arg(name));
    }

    Invocation invocation;
    if (parser.isSet(help)) {
        invocation.kind = Invocation::Kind::Help;
        return invocation;
    }
    if (parser.isSet(version)) {
        invocation.kind = Invocation::Kind::Version;
        return invocation;
    }
    if (parser.isSet(db)) {
        invocation.databasePath = parser.value(db);
        if (invocation.databasePath.isEmpty())
            return usageError(Tr::tr("--db needs the path of a catalog file."));
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        for (const QCommandLineOption &option : {format, onDuplicate, dryRun, strict, search, includeUsers}) {
            if (parser.isSet(option))
                return usageError(Tr::tr("The option --%1 belongs to a command.").arg(option.names().constFirst()));
        }
        return invocation;
    }

    invocation.kind = Invocation::Kind::Command;
    invocation.command = positional.takeFirst();
    invocation.arguments = positional;

    // Which options each command takes.
    const QHash<QString, QList<const QCommandLineOption *>> allowed = {
        {QStringLiteral("import"), {&format, &onDuplicate, &dryRun, &strict}},
        {QStringLiteral("export"), {&search, &includeUsers}},
        {QStringLiteral("check"), {}},
        {QStringLiteral("user"), {}},
    };
    if (!allowed.contains(invocation.command))
        return usageError(Tr::tr("Unknown command \"%1\".").arg(invocation.command));
    for (const QCommandLineOption *option : {&format, &onDuplicate, &dryRun, &strict, &search, &includeUsers}) {
        if (parser.isSet(*option) && !allowed.value(invocation.command).contains(option))
            return usageError(Tr::tr("The option --%1 does not go with \"%2\".")
                                  .arg(option->names().constFirst(), invocation.command));
    }

    const QStringList &args = invocation.arguments;
    if (invocation.command == QLatin1String("check")) {
        if (!args.isEmpty())
            return usageError(Tr::tr("\"check\" takes no arguments."));
    } else if (invocation.command == QLatin1String("import")) {
        if (args.size() != 1)
            return usageError(Tr::tr("\"import\" takes one file or folder."));
        invocation.format = parser.isSet(format) ? parser.value(format) : QStringLiteral("auto");
        static const QStringList formats = {QStringLiteral("auto"), QStringLiteral("movies"), QStringLiteral("bundle"),
                                            QStringLiteral("imdb"), QStringLiteral("letterboxd"),
                                            QStringLiteral("tellico")};
        if (!formats.contains(invocation.format))
            return usageError(Tr::tr("Unknown format \"%1\"; use one of %2.")
                                  .arg(invocation.format, formats.join(QStringLiteral(", "))));
        invocation.onDuplicate = parser.isSet(onDuplicate) ? parser.value(onDuplicate) : QStringLiteral("skip");
        static const QStringList policies = {QStringLiteral("skip"), QStringLiteral("update"), QStringLiteral("add")};
        if (!policies.contains(invocation.onDuplicate))
            return usageError(Tr::tr("Unknown duplicate policy \"%1\"; use skip, update or add.")
                                  .arg(invocation.onDuplicate));
        invocation.dryRun = parser.isSet(dryRun);
        invocation.strict = parser.isSet(strict);
    } else if (invocation.command == QLatin1String("export")) {
        if (args.size() != 2 || (args.at(0) != QLatin1String("movies") && args.at(0) != QLatin1String("bundle")))
            return usageError(Tr::tr("Use \"export movies FILE.csv\" or \"export bundle DIR\"."));
        if (args.at(0) == QLatin1String("movies") && parser.isSet(includeUsers))
            return usageError(Tr::tr("--include-users goes with \"export bundle\"."));
        if (args.at(0) == QLatin1String("bundle") && parser.isSet(search))
            return usageError(Tr::tr("--search goes with \"export movies\"."));
        invocation.search = parser.value(search);
        invocation.includeUsers = parser.isSet(includeUsers);
    } else if (invocation.command == QLatin1String("user")) {
        static const QStringList actions = {QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("remove"),
                                            QStringLiteral("list")};
        if (args.isEmpty() || !actions.contains(args.at(0)))
            return usageError(Tr::tr("Use \"user add|passwd|remove|list [NAME]\"."));
        const bool needsName = args.at(0) != QLatin1String("list");
        if (args.size() != (needsName ? 2 : 1))
            return usageError(needsName ? Tr::tr("\"user %1\" takes one user name.").arg(args.at(0))
                                        : Tr::tr("\"user list\" takes no user name."));
    }
    return invocation;
}

} // namespace Reelkeeper
