#pragma once

#include <QString>
#include <QStringList>

namespace Reelkeeper {

// What the user asked for on the command line (DESIGN.md, "Command line").
struct Invocation
{
    enum class Kind { OpenWindow, Help, Version, Command, UsageError };

    Kind kind = Kind::OpenWindow;
    QString databasePath;  // empty: the default catalog
    QString command;       // import, export, check, user
    QStringList arguments; // the command's positional arguments
    QString format = QStringLiteral("auto");
    QString onDuplicate = QStringLiteral("skip");
    QString search;
    bool dryRun = false;
    bool strict = false;
    bool includeUsers = false;
    QString error; // for UsageError
};

// True when the arguments ask for anything but the window, so that no display is needed.
bool needsNoDisplay(int argc, char **argv);

Invocation parseCommandLine(const QStringList &arguments);

QString usageText();

} // namespace Reelkeeper
