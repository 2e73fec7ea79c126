// The system's zstd (Debian: libzstd-dev), for Anki's compressed packages.
#include <zstd.h>
