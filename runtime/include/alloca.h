/* pure libc: <alloca.h>. */
#ifndef _ALLOCA_H
#define _ALLOCA_H
#include <features.h>
#include <bits/types/size_t.h>

__PURE_BEGIN_DECLS
void *alloca(size_t __size);
__PURE_END_DECLS

#define alloca(size) __builtin_alloca(size)
#endif
