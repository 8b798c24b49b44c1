/* sys/swap.h: swap areas (Linux). */
#ifndef _SYS_SWAP_H
#define _SYS_SWAP_H
#include <features.h>

/* swapon() flags: a priority in the low bits when SWAP_FLAG_PREFER is set, and discards. */
#define SWAP_FLAG_PREFER 0x8000
#define SWAP_FLAG_PRIO_MASK 0x7fff
#define SWAP_FLAG_PRIO_SHIFT 0
#define SWAP_FLAG_DISCARD 0x10000
#define SWAP_FLAG_DISCARD_ONCE 0x20000
#define SWAP_FLAG_DISCARD_PAGES 0x40000

__PURE_BEGIN_DECLS
int swapon(const char *__path, int __flags);
int swapoff(const char *__path);
__PURE_END_DECLS

#endif
