#include "logging.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcTiming, "reelkeeper.timing", QtInfoMsg)

namespace {
// Started while the program's static objects are set up, before main() runs.
const QElapsedTimer processTimer = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();
} // namespace

qint64 Reelkeeper::msSinceStart()
{
    return processTimer.elapsed();
}
