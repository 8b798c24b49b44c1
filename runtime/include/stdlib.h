/* pure libc: <stdlib.h>. */
#ifndef _STDLIB_H
#define _STDLIB_H
#include <features.h>
#include <bits/types/size_t.h>
#include <bits/types/wchar_t.h>
#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif
#if __PURE_DEFAULT
#include <alloca.h>
#endif

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
/* Bytes in the longest multibyte character of the current locale. */
#define MB_CUR_MAX (__ctype_get_mb_cur_max())

/* The wait status decoders, which POSIX also places here (same as <sys/wait.h>). */
#if __PURE_POSIX && !defined(WEXITSTATUS)
#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (WTERMSIG(s) == 0)
#define WIFSTOPPED(s) (((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s) (((s) & 0xffff) - 1U < 0xffu)
#define WNOHANG 1
#define WUNTRACED 2
#endif

__PURE_BEGIN_DECLS

typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;

size_t __ctype_get_mb_cur_max(void);

/* Numeric conversions. */
double atof(const char *__s);
int atoi(const char *__s);
long atol(const char *__s);
long long atoll(const char *__s);
double strtod(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end);
float strtof(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end);
long double strtold(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end);
long strtol(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base);
long long strtoll(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base);
unsigned long strtoul(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base);
unsigned long long strtoull(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end,
                            int __base);
#if __PURE_POSIX >= 200809L
double strtod_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, locale_t __loc);
float strtof_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, locale_t __loc);
long double strtold_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end,
                      locale_t __loc);
#endif
#if __PURE_GNU
long strtol_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base,
              locale_t __loc);
unsigned long strtoul_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base,
                        locale_t __loc);
/* libc++ in its musl mode (docs/LIBCXX.md) defines these two itself, inline, with the same
   meaning; declaring them too would clash with its definitions. */
#if !defined(_LIBCPP_HAS_MUSL_LIBC)
long long strtoll_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end, int __base,
                    locale_t __loc);
unsigned long long strtoull_l(const char *__PURE_RESTRICT __s, char **__PURE_RESTRICT __end,
                              int __base, locale_t __loc);
#endif
#endif

/* Pseudo-random numbers. */
int rand(void);
void srand(unsigned int __seed);
#if __PURE_POSIX
int rand_r(unsigned int *__seed);
#endif
#if __PURE_XOPEN || __PURE_DEFAULT
long random(void);
void srandom(unsigned int __seed);
char *initstate(unsigned int __seed, char *__state, size_t __size);
char *setstate(char *__state);
double drand48(void);
double erand48(unsigned short __xsubi[3]);
long lrand48(void);
long nrand48(unsigned short __xsubi[3]);
long mrand48(void);
long jrand48(unsigned short __xsubi[3]);
void srand48(long __seed);
unsigned short *seed48(unsigned short __seed16v[3]);
void lcong48(unsigned short __param[7]);
long a64l(const char *__s);
char *l64a(long __value);
#endif
#if __PURE_DEFAULT
/* Cryptographically strong random numbers from the kernel (BSD, GNU). */
unsigned int arc4random(void);
void arc4random_buf(void *__buf, size_t __n);
unsigned int arc4random_uniform(unsigned int __upper_bound);
#endif

/* Memory. */
void *malloc(size_t __size);
void *calloc(size_t __nmemb, size_t __size);
void *realloc(void *__ptr, size_t __size);
void free(void *__ptr);
void *aligned_alloc(size_t __alignment, size_t __size);
#if __PURE_POSIX >= 200112L
int posix_memalign(void **__memptr, size_t __alignment, size_t __size);
#endif
#if __PURE_DEFAULT
void *reallocarray(void *__ptr, size_t __nmemb, size_t __size);
void *valloc(size_t __size);
#endif
#if __PURE_GNU
void *memalign(size_t __alignment, size_t __size);
void *pvalloc(size_t __size);
#endif

/* The environment and the process. */
__PURE_NORETURN void abort(void);
int atexit(void (*__fn)(void));
int at_quick_exit(void (*__fn)(void));
__PURE_NORETURN void exit(int __status);
__PURE_NORETURN void _Exit(int __status);
__PURE_NORETURN void quick_exit(int __status);
char *getenv(const char *__name);
int system(const char *__command);
#if __PURE_POSIX >= 200112L
int setenv(const char *__name, const char *__value, int __overwrite);
int unsetenv(const char *__name);
#endif
#if __PURE_XOPEN || __PURE_DEFAULT
int putenv(char *__string);
#endif
#if __PURE_DEFAULT
int clearenv(void);
#endif
#if __PURE_GNU
char *secure_getenv(const char *__name);
#endif

/* Temporary files. */
#if __PURE_XOPEN || __PURE_POSIX >= 200809L
int mkstemp(char *__template);
char *mkdtemp(char *__template);
#endif
#if __PURE_DEFAULT
int mkstemps(char *__template, int __suffixlen);
/* Racy (the name may be taken before it is used): prefer mkstemp. */
char *mktemp(char *__template);
/* Legacy digit-string conversions (removed in POSIX 2008); ecvt/fcvt share static buffers. */
char *ecvt(double __value, int __ndigit, int *__PURE_RESTRICT __decpt, int *__PURE_RESTRICT __sign);
char *fcvt(double __value, int __ndigit, int *__PURE_RESTRICT __decpt, int *__PURE_RESTRICT __sign);
char *gcvt(double __value, int __ndigit, char *__buf);
#endif
#if __PURE_GNU
int mkostemp(char *__template, int __flags);
int mkostemps(char *__template, int __suffixlen, int __flags);
#endif

/* Files and terminals. */
#if __PURE_XOPEN || __PURE_POSIX >= 200809L
char *realpath(const char *__PURE_RESTRICT __path, char *__PURE_RESTRICT __resolved);
int posix_openpt(int __flags);
int grantpt(int __fd);
int unlockpt(int __fd);
char *ptsname(int __fd);
int getsubopt(char **__PURE_RESTRICT __optionp, char *const *__PURE_RESTRICT __tokens,
              char **__PURE_RESTRICT __valuep);
#endif
#if __PURE_GNU
int ptsname_r(int __fd, char *__buf, size_t __buflen);
char *canonicalize_file_name(const char *__path);
#endif
#if __PURE_DEFAULT
int getloadavg(double __loadavg[], int __nelem);
#endif

/* Searching and sorting. */
void *bsearch(const void *__key, const void *__base, size_t __nmemb, size_t __size,
              int (*__compar)(const void *, const void *));
void qsort(void *__base, size_t __nmemb, size_t __size,
           int (*__compar)(const void *, const void *));
#if __PURE_GNU || __PURE_DEFAULT
/* qsort_r with GNU's argument order: the context comes last, to the comparator too. */
void qsort_r(void *__base, size_t __nmemb, size_t __size,
             int (*__compar)(const void *, const void *, void *), void *__arg);
#endif

/* Integer arithmetic. */
int abs(int __i) __attribute__((__const__));
long labs(long __i) __attribute__((__const__));
long long llabs(long long __i) __attribute__((__const__));
div_t div(int __num, int __den) __attribute__((__const__));
ldiv_t ldiv(long __num, long __den) __attribute__((__const__));
lldiv_t lldiv(long long __num, long long __den) __attribute__((__const__));

/* Multibyte characters. */
int mblen(const char *__s, size_t __n);
int mbtowc(wchar_t *__PURE_RESTRICT __pwc, const char *__PURE_RESTRICT __s, size_t __n);
int wctomb(char *__s, wchar_t __wc);
size_t mbstowcs(wchar_t *__PURE_RESTRICT __dst, const char *__PURE_RESTRICT __src, size_t __n);
size_t wcstombs(char *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define mkstemp64 mkstemp
#define mkstemps64 mkstemps
#if __PURE_GNU
#define mkostemp64 mkostemp
#define mkostemps64 mkostemps
#endif
#endif

#endif
