#pragma once

#include <QLoggingCategory>

// Timings the application writes one event a line ("reelkeeper.timing: first-paint 212 ms"),
// so that they can be read without a debugger (DESIGN.md, "Performance bar").
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

namespace Reelkeeper {
// Milliseconds since the process started, for timings that begin before any object exists.
qint64 msSinceStart();
} // namespace Reelkeeper
