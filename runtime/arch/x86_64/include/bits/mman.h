/* x86_64-only mmap() flags. */
#ifndef _BITS_MMAN_H
#define _BITS_MMAN_H
#define MAP_32BIT 0x40
#endif
