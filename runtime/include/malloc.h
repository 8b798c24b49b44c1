/* pure libc: <malloc.h> (the GNU/SVID allocator extras). */
#ifndef _MALLOC_H
#define _MALLOC_H
#include <features.h>
#include <bits/types/size_t.h>

__PURE_BEGIN_DECLS

void *malloc(size_t __size);
void *calloc(size_t __nmemb, size_t __size);
void *realloc(void *__ptr, size_t __size);
void *reallocarray(void *__ptr, size_t __nmemb, size_t __size);
void free(void *__ptr);
void *aligned_alloc(size_t __alignment, size_t __size);
int posix_memalign(void **__memptr, size_t __alignment, size_t __size);
void *memalign(size_t __alignment, size_t __size);
void *valloc(size_t __size);
void *pvalloc(size_t __size);
size_t malloc_usable_size(void *__ptr);
int malloc_trim(size_t __pad);

__PURE_END_DECLS
#endif
