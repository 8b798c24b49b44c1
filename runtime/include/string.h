/* pure libc: <string.h>. */
#ifndef _STRING_H
#define _STRING_H
#include <features.h>
#include <bits/types/size_t.h>

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif

#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif
#if __PURE_DEFAULT
#include <strings.h>
#endif

__PURE_BEGIN_DECLS

void *memcpy(void *__PURE_RESTRICT __dst, const void *__PURE_RESTRICT __src, size_t __n);
void *memmove(void *__dst, const void *__src, size_t __n);
void *memset(void *__s, int __c, size_t __n);
int memcmp(const void *__a, const void *__b, size_t __n);
void *memchr(const void *__s, int __c, size_t __n);

char *strcpy(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src);
char *strncpy(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n);
char *strcat(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src);
char *strncat(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n);
int strcmp(const char *__a, const char *__b);
int strncmp(const char *__a, const char *__b, size_t __n);
int strcoll(const char *__a, const char *__b);
size_t strxfrm(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n);
char *strchr(const char *__s, int __c);
char *strrchr(const char *__s, int __c);
size_t strspn(const char *__s, const char *__accept);
size_t strcspn(const char *__s, const char *__reject);
char *strpbrk(const char *__s, const char *__accept);
char *strstr(const char *__haystack, const char *__needle);
char *strtok(char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __delim);
size_t strlen(const char *__s);
char *strerror(int __errnum);

#if __PURE_POSIX
char *strtok_r(char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __delim,
               char **__PURE_RESTRICT __save);
#endif

#if __PURE_XOPEN || __PURE_POSIX >= 200809L
void *memccpy(void *__PURE_RESTRICT __dst, const void *__PURE_RESTRICT __src, int __c, size_t __n);
#endif

#if __PURE_XOPEN || __PURE_POSIX >= 200809L || __PURE_DEFAULT
char *strdup(const char *__s);
#endif

#if __PURE_POSIX >= 200809L
char *strndup(const char *__s, size_t __n);
size_t strnlen(const char *__s, size_t __maxlen);
char *stpcpy(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src);
char *stpncpy(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n);
char *strsignal(int __sig);
int strcoll_l(const char *__a, const char *__b, locale_t __loc);
size_t strxfrm_l(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n,
                 locale_t __loc);
char *strerror_l(int __errnum, locale_t __loc);
#endif

/* strerror_r: POSIX's int-returning one by default, GNU's char*-returning one with
   _GNU_SOURCE (both exist in the library; the GNU one is also __gnu_strerror_r). */
#if __PURE_GNU
char *strerror_r(int __errnum, char *__buf, size_t __buflen) __asm__("__gnu_strerror_r");
#elif __PURE_POSIX >= 200112L
int strerror_r(int __errnum, char *__buf, size_t __buflen);
#endif

#if __PURE_DEFAULT
void *memmem(const void *__haystack, size_t __hlen, const void *__needle, size_t __nlen);
char *strsep(char **__PURE_RESTRICT __sp, const char *__PURE_RESTRICT __delim);
size_t strlcpy(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __size);
size_t strlcat(char *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __size);
void explicit_bzero(void *__s, size_t __n);
#endif

#if __PURE_GNU
void *mempcpy(void *__PURE_RESTRICT __dst, const void *__PURE_RESTRICT __src, size_t __n);
void *memrchr(const void *__s, int __c, size_t __n);
void *rawmemchr(const void *__s, int __c);
char *strchrnul(const char *__s, int __c);
char *strcasestr(const char *__haystack, const char *__needle);
int strverscmp(const char *__a, const char *__b);
const char *strerrorname_np(int __errnum);
const char *strerrordesc_np(int __errnum);
#ifndef __cplusplus
/* basename: GNU's variant, which never modifies its argument (libgen.h has POSIX's). */
char *basename(const char *__path) __asm__("__gnu_basename");
#endif
#define strdupa(s)                                                         \
  (__extension__({                                                        \
    const char *__pure_s = (s);                                           \
    __SIZE_TYPE__ __pure_n = strlen(__pure_s) + 1;                        \
    (char *)memcpy(__builtin_alloca(__pure_n), __pure_s, __pure_n);       \
  }))
#define strndupa(s, n)                                                    \
  (__extension__({                                                        \
    const char *__pure_s = (s);                                           \
    __SIZE_TYPE__ __pure_n = strnlen(__pure_s, (n));                      \
    char *__pure_d = (char *)__builtin_alloca(__pure_n + 1);              \
    __pure_d[__pure_n] = 0;                                               \
    (char *)memcpy(__pure_d, __pure_s, __pure_n);                         \
  }))
#endif

__PURE_END_DECLS
#endif
