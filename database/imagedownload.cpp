#include "imagedownload.h"
