// malloc_usable_size (GNU): the bytes a block really has, at least what was asked for.
#include <malloc.h>

#include "malloc/heap.h"

namespace pure::heap {
size_t usable_size(void* p);
}

extern "C" size_t malloc_usable_size(void* p) { return p ? pure::heap::usable_size(p) : 0; }
