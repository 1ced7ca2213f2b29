#include "csvreader.h"

namespace Reelkeeper {
} // namespace Reelkeeper
