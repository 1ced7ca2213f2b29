#include "importformats.h"

namespace Reelkeeper {
} // namespace Reelkeeper
