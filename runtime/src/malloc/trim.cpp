// malloc_trim (GNU): gives free memory back to the kernel now instead of when the
// allocator's thresholds say so. The padding argument does not apply to this allocator.
#include <malloc.h>

#include "malloc/heap.h"

extern "C" int malloc_trim(size_t) { return pure::malloc_trim_all() ? 1 : 0; }
