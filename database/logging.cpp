#include "logging.h"

Q_LOGGING_CATEGORY(lcTiming, "reelkeeper.timing", QtInfoMsg)
