/* pure libc: <stdio_ext.h>, the Solaris/glibc stream inspection interface (see
   __fbufsize(3)). Programs such as gnulib use it to peek at a FILE's state. */
#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H
#include <features.h>
#include <stdio.h>

#define FSETLOCKING_QUERY 0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2

__PURE_BEGIN_DECLS

size_t __fbufsize(FILE *__f);
size_t __fpending(FILE *__f);
int __flbf(FILE *__f);
int __freadable(FILE *__f);
int __fwritable(FILE *__f);
int __freading(FILE *__f);
int __fwriting(FILE *__f);
int __fsetlocking(FILE *__f, int __type);
void _flushlbf(void);
void __fpurge(FILE *__f);
size_t __freadahead(FILE *__f);
const char *__freadptr(FILE *__f, size_t *__sizep);
void __freadptrinc(FILE *__f, size_t __n);
void __fseterr(FILE *__f);

__PURE_END_DECLS
#endif
