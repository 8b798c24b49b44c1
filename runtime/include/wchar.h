/* pure libc: <wchar.h>. wchar_t holds a Unicode code point (UTF-32) in every locale. */
#ifndef _WCHAR_H
#define _WCHAR_H
#include <features.h>
#include <bits/types/size_t.h>
#include <bits/types/wchar_t.h>
#include <bits/types/wint_t.h>
#include <bits/types/mbstate_t.h>
#include <bits/types/FILE.h>
#include <bits/types/__gnuc_va_list.h>
#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif

#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif
/* Same spelling as clang's <stdint.h>, which guards its own definitions the same way. */
#ifndef WCHAR_MAX
#define WCHAR_MAX __WCHAR_MAX__
#endif
#ifndef WCHAR_MIN
#ifdef __WCHAR_UNSIGNED__
#define WCHAR_MIN 0u
#else
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
#endif
#endif

__PURE_BEGIN_DECLS

struct tm;

/* Wide formatted I/O (implemented with stdio). */
int fwprintf(FILE *__PURE_RESTRICT __f, const wchar_t *__PURE_RESTRICT __fmt, ...);
int swprintf(wchar_t *__PURE_RESTRICT __s, size_t __n, const wchar_t *__PURE_RESTRICT __fmt, ...);
int wprintf(const wchar_t *__PURE_RESTRICT __fmt, ...);
int vfwprintf(FILE *__PURE_RESTRICT __f, const wchar_t *__PURE_RESTRICT __fmt, __gnuc_va_list __ap);
int vswprintf(wchar_t *__PURE_RESTRICT __s, size_t __n, const wchar_t *__PURE_RESTRICT __fmt,
              __gnuc_va_list __ap);
int vwprintf(const wchar_t *__PURE_RESTRICT __fmt, __gnuc_va_list __ap);
int fwscanf(FILE *__PURE_RESTRICT __f, const wchar_t *__PURE_RESTRICT __fmt, ...);
int swscanf(const wchar_t *__PURE_RESTRICT __s, const wchar_t *__PURE_RESTRICT __fmt, ...);
int wscanf(const wchar_t *__PURE_RESTRICT __fmt, ...);
int vfwscanf(FILE *__PURE_RESTRICT __f, const wchar_t *__PURE_RESTRICT __fmt, __gnuc_va_list __ap);
int vswscanf(const wchar_t *__PURE_RESTRICT __s, const wchar_t *__PURE_RESTRICT __fmt,
             __gnuc_va_list __ap);
int vwscanf(const wchar_t *__PURE_RESTRICT __fmt, __gnuc_va_list __ap);

/* Wide character I/O (implemented with stdio). */
wint_t fgetwc(FILE *__f);
wchar_t *fgetws(wchar_t *__PURE_RESTRICT __s, int __n, FILE *__PURE_RESTRICT __f);
wint_t fputwc(wchar_t __wc, FILE *__f);
int fputws(const wchar_t *__PURE_RESTRICT __s, FILE *__PURE_RESTRICT __f);
int fwide(FILE *__f, int __mode);
wint_t getwc(FILE *__f);
wint_t getwchar(void);
wint_t putwc(wchar_t __wc, FILE *__f);
wint_t putwchar(wchar_t __wc);
wint_t ungetwc(wint_t __wc, FILE *__f);

/* Numeric conversions. */
double wcstod(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end);
float wcstof(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end);
long double wcstold(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end);
long wcstol(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, int __base);
long long wcstoll(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, int __base);
unsigned long wcstoul(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end,
                      int __base);
unsigned long long wcstoull(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end,
                            int __base);

/* Wide strings and arrays. */
wchar_t *wcscpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src);
wchar_t *wcsncpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
wchar_t *wcscat(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src);
wchar_t *wcsncat(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
int wcscmp(const wchar_t *__a, const wchar_t *__b);
int wcsncmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
int wcscoll(const wchar_t *__a, const wchar_t *__b);
size_t wcsxfrm(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
wchar_t *wcschr(const wchar_t *__s, wchar_t __wc);
wchar_t *wcsrchr(const wchar_t *__s, wchar_t __wc);
size_t wcsspn(const wchar_t *__s, const wchar_t *__accept);
size_t wcscspn(const wchar_t *__s, const wchar_t *__reject);
wchar_t *wcspbrk(const wchar_t *__s, const wchar_t *__accept);
wchar_t *wcsstr(const wchar_t *__PURE_RESTRICT __haystack, const wchar_t *__PURE_RESTRICT __needle);
wchar_t *wcstok(wchar_t *__PURE_RESTRICT __s, const wchar_t *__PURE_RESTRICT __delim,
                wchar_t **__PURE_RESTRICT __save);
size_t wcslen(const wchar_t *__s);
wchar_t *wmemcpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
wchar_t *wmemmove(wchar_t *__dst, const wchar_t *__src, size_t __n);
wchar_t *wmemset(wchar_t *__s, wchar_t __wc, size_t __n);
int wmemcmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
wchar_t *wmemchr(const wchar_t *__s, wchar_t __wc, size_t __n);

/* Time formatting (implemented with the time functions). */
size_t wcsftime(wchar_t *__PURE_RESTRICT __s, size_t __max, const wchar_t *__PURE_RESTRICT __fmt,
                const struct tm *__PURE_RESTRICT __tm);

/* Multibyte / wide conversions, following the thread's LC_CTYPE. */
wint_t btowc(int __c);
int wctob(wint_t __wc);
int mbsinit(const mbstate_t *__ps);
size_t mbrlen(const char *__PURE_RESTRICT __s, size_t __n, mbstate_t *__PURE_RESTRICT __ps);
size_t mbrtowc(wchar_t *__PURE_RESTRICT __pwc, const char *__PURE_RESTRICT __s, size_t __n,
               mbstate_t *__PURE_RESTRICT __ps);
size_t wcrtomb(char *__PURE_RESTRICT __s, wchar_t __wc, mbstate_t *__PURE_RESTRICT __ps);
size_t mbsrtowcs(wchar_t *__PURE_RESTRICT __dst, const char **__PURE_RESTRICT __src, size_t __n,
                 mbstate_t *__PURE_RESTRICT __ps);
size_t wcsrtombs(char *__PURE_RESTRICT __dst, const wchar_t **__PURE_RESTRICT __src, size_t __n,
                 mbstate_t *__PURE_RESTRICT __ps);

#if __PURE_XOPEN
int wcwidth(wchar_t __wc);
int wcswidth(const wchar_t *__s, size_t __n);
#endif

#if __PURE_POSIX >= 200809L
size_t mbsnrtowcs(wchar_t *__PURE_RESTRICT __dst, const char **__PURE_RESTRICT __src, size_t __nms,
                  size_t __n, mbstate_t *__PURE_RESTRICT __ps);
size_t wcsnrtombs(char *__PURE_RESTRICT __dst, const wchar_t **__PURE_RESTRICT __src, size_t __nwc,
                  size_t __n, mbstate_t *__PURE_RESTRICT __ps);
wchar_t *wcsdup(const wchar_t *__s);
size_t wcsnlen(const wchar_t *__s, size_t __maxlen);
wchar_t *wcpcpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src);
wchar_t *wcpncpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
int wcscasecmp(const wchar_t *__a, const wchar_t *__b);
int wcsncasecmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
int wcscasecmp_l(const wchar_t *__a, const wchar_t *__b, locale_t __loc);
int wcsncasecmp_l(const wchar_t *__a, const wchar_t *__b, size_t __n, locale_t __loc);
int wcscoll_l(const wchar_t *__a, const wchar_t *__b, locale_t __loc);
size_t wcsxfrm_l(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n,
                 locale_t __loc);
FILE *open_wmemstream(wchar_t **__buf, size_t *__size);
#endif

#if __PURE_DEFAULT
size_t wcslcpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
size_t wcslcat(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
#endif

#if __PURE_GNU
wchar_t *wcschrnul(const wchar_t *__s, wchar_t __wc);
wchar_t *wmempcpy(wchar_t *__PURE_RESTRICT __dst, const wchar_t *__PURE_RESTRICT __src, size_t __n);
size_t wcsftime_l(wchar_t *__PURE_RESTRICT __s, size_t __max, const wchar_t *__PURE_RESTRICT __fmt,
                  const struct tm *__PURE_RESTRICT __tm, locale_t __loc);
long wcstol_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, int __base,
              locale_t __loc);
long long wcstoll_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, int __base,
                    locale_t __loc);
unsigned long wcstoul_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end,
                        int __base, locale_t __loc);
unsigned long long wcstoull_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end,
                              int __base, locale_t __loc);
float wcstof_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, locale_t __loc);
double wcstod_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end, locale_t __loc);
long double wcstold_l(const wchar_t *__PURE_RESTRICT __s, wchar_t **__PURE_RESTRICT __end,
                      locale_t __loc);
wint_t fgetwc_unlocked(FILE *__f);
wint_t getwc_unlocked(FILE *__f);
wint_t getwchar_unlocked(void);
wint_t fputwc_unlocked(wchar_t __wc, FILE *__f);
wint_t putwc_unlocked(wchar_t __wc, FILE *__f);
wint_t putwchar_unlocked(wchar_t __wc);
wchar_t *fgetws_unlocked(wchar_t *__PURE_RESTRICT __s, int __n, FILE *__PURE_RESTRICT __f);
int fputws_unlocked(const wchar_t *__PURE_RESTRICT __s, FILE *__PURE_RESTRICT __f);
#endif

#if __PURE_XOPEN
wchar_t *wcswcs(const wchar_t *__haystack, const wchar_t *__needle);
#endif

__PURE_END_DECLS

#endif
