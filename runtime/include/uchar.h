/* pure libc: <uchar.h>. char16_t strings are UTF-16 and char32_t strings UTF-32 in every
   locale (__STDC_UTF_16__ / __STDC_UTF_32__); the multibyte side follows LC_CTYPE. */
#ifndef _UCHAR_H
#define _UCHAR_H
#include <features.h>
#include <bits/types/size_t.h>
#include <bits/types/mbstate_t.h>

/* Keywords since C++11; typedefs in C (and in C++98, for old code that includes this). */
#if !defined(__cplusplus) || __cplusplus < 201103L
typedef __UINT_LEAST16_TYPE__ char16_t;
typedef __UINT_LEAST32_TYPE__ char32_t;
#endif
/* char8_t is a keyword in C++20; C23 makes it a typedef. */
#if !defined(__cplusplus) && ((defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L) || __PURE_GNU)
typedef unsigned char char8_t;
#define __PURE_HAVE_CHAR8_T 1
#elif defined(__cplusplus) && defined(__cpp_char8_t)
#define __PURE_HAVE_CHAR8_T 1
#endif

__PURE_BEGIN_DECLS

size_t mbrtoc16(char16_t *__PURE_RESTRICT __pc16, const char *__PURE_RESTRICT __s, size_t __n,
                mbstate_t *__PURE_RESTRICT __ps);
size_t c16rtomb(char *__PURE_RESTRICT __s, char16_t __c16, mbstate_t *__PURE_RESTRICT __ps);
size_t mbrtoc32(char32_t *__PURE_RESTRICT __pc32, const char *__PURE_RESTRICT __s, size_t __n,
                mbstate_t *__PURE_RESTRICT __ps);
size_t c32rtomb(char *__PURE_RESTRICT __s, char32_t __c32, mbstate_t *__PURE_RESTRICT __ps);
#ifdef __PURE_HAVE_CHAR8_T
size_t mbrtoc8(char8_t *__PURE_RESTRICT __pc8, const char *__PURE_RESTRICT __s, size_t __n,
               mbstate_t *__PURE_RESTRICT __ps);
size_t c8rtomb(char *__PURE_RESTRICT __s, char8_t __c8, mbstate_t *__PURE_RESTRICT __ps);
#endif

__PURE_END_DECLS

#endif
