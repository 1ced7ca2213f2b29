#pragma once

#include "commandline.h"

#include <QTextStream>

namespace Reelkeeper {

// Runs a subcommand without a display; returns the process exit status (0, 1 or 2).
int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace Reelkeeper
