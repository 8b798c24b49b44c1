/* pure libc: <strings.h>. */
#ifndef _STRINGS_H
#define _STRINGS_H
#include <features.h>
#include <bits/types/size_t.h>
#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif

__PURE_BEGIN_DECLS

int ffs(int __i);
#if __PURE_DEFAULT
int ffsl(long __i);
int ffsll(long long __i);
#endif
int strcasecmp(const char *__a, const char *__b);
int strncasecmp(const char *__a, const char *__b, size_t __n);
#if __PURE_POSIX >= 200809L
int strcasecmp_l(const char *__a, const char *__b, locale_t __loc);
int strncasecmp_l(const char *__a, const char *__b, size_t __n, locale_t __loc);
#endif

/* Removed from POSIX 2008 but still widely used. */
#if __PURE_DEFAULT || (__PURE_XOPEN && __PURE_POSIX < 200809L)
int bcmp(const void *__a, const void *__b, size_t __n);
void bcopy(const void *__src, void *__dst, size_t __n);
void bzero(void *__s, size_t __n);
char *index(const char *__s, int __c);
char *rindex(const char *__s, int __c);
#endif

__PURE_END_DECLS
#endif
