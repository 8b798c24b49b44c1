/* pure libc: <ctype.h>. Byte classification; every locale pure supports classifies bytes
   as the C locale does (bytes >= 0x80 belong to no class), so the *_l forms ignore the
   locale argument. */
#ifndef _CTYPE_H
#define _CTYPE_H
#include <features.h>
#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif

__PURE_BEGIN_DECLS

int isalnum(int __c);
int isalpha(int __c);
int isblank(int __c);
int iscntrl(int __c);
int isdigit(int __c);
int isgraph(int __c);
int islower(int __c);
int isprint(int __c);
int ispunct(int __c);
int isspace(int __c);
int isupper(int __c);
int isxdigit(int __c);
int tolower(int __c);
int toupper(int __c);

/* C only (C++ wants real functions): the ASCII range tests inline. Each evaluates its
   argument once, as C17 7.1.4 requires of such macros; EOF and bytes >= 0x80 are in no
   range. */
#ifndef __cplusplus
#define isalpha(c) ((((unsigned)(c) | 32) - 'a') < 26)
#define isdigit(c) (((unsigned)(c) - '0') < 10)
#define islower(c) (((unsigned)(c) - 'a') < 26)
#define isupper(c) (((unsigned)(c) - 'A') < 26)
#define isprint(c) (((unsigned)(c) - 0x20) < 0x5f)
#define isgraph(c) (((unsigned)(c) - 0x21) < 0x5e)
#endif

#if __PURE_XOPEN || __PURE_DEFAULT
int isascii(int __c);
int toascii(int __c);
#define _tolower(c) tolower(c)
#define _toupper(c) toupper(c)
#endif

#if __PURE_POSIX >= 200809L
int isalnum_l(int __c, locale_t __loc);
int isalpha_l(int __c, locale_t __loc);
int isblank_l(int __c, locale_t __loc);
int iscntrl_l(int __c, locale_t __loc);
int isdigit_l(int __c, locale_t __loc);
int isgraph_l(int __c, locale_t __loc);
int islower_l(int __c, locale_t __loc);
int isprint_l(int __c, locale_t __loc);
int ispunct_l(int __c, locale_t __loc);
int isspace_l(int __c, locale_t __loc);
int isupper_l(int __c, locale_t __loc);
int isxdigit_l(int __c, locale_t __loc);
int tolower_l(int __c, locale_t __loc);
int toupper_l(int __c, locale_t __loc);
#endif

__PURE_END_DECLS

#endif
