/* pure libc: <locale.h>. Supported locales: "C"/"POSIX" (single-byte, ASCII) and UTF-8
   locales ("C.UTF-8" and any "language[_territory].UTF-8" / ".utf8" name), whose
   categories other than LC_CTYPE behave as in "C". */
#ifndef _LOCALE_H
#define _LOCALE_H
#include <features.h>
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

/* Category numbers as on other Linux libcs (LC_ALL in the middle, the GNU extras after). */
#define LC_CTYPE 0
#define LC_NUMERIC 1
#define LC_TIME 2
#define LC_COLLATE 3
#define LC_MONETARY 4
#define LC_MESSAGES 5
#define LC_ALL 6
#if __PURE_GNU
#define LC_PAPER 7
#define LC_NAME 8
#define LC_ADDRESS 9
#define LC_TELEPHONE 10
#define LC_MEASUREMENT 11
#define LC_IDENTIFICATION 12
#endif

/* C17 7.11.1 members, in the order other Linux libcs lay them out. */
struct lconv {
  char *decimal_point;
  char *thousands_sep;
  char *grouping;
  char *int_curr_symbol;
  char *currency_symbol;
  char *mon_decimal_point;
  char *mon_thousands_sep;
  char *mon_grouping;
  char *positive_sign;
  char *negative_sign;
  char int_frac_digits;
  char frac_digits;
  char p_cs_precedes;
  char p_sep_by_space;
  char n_cs_precedes;
  char n_sep_by_space;
  char p_sign_posn;
  char n_sign_posn;
  char int_p_cs_precedes;
  char int_p_sep_by_space;
  char int_n_cs_precedes;
  char int_n_sep_by_space;
  char int_p_sign_posn;
  char int_n_sign_posn;
};

__PURE_BEGIN_DECLS

char *setlocale(int __category, const char *__locale);
struct lconv *localeconv(void);

#if __PURE_POSIX >= 200809L
#define LC_CTYPE_MASK (1 << 0)
#define LC_NUMERIC_MASK (1 << 1)
#define LC_TIME_MASK (1 << 2)
#define LC_COLLATE_MASK (1 << 3)
#define LC_MONETARY_MASK (1 << 4)
#define LC_MESSAGES_MASK (1 << 5)
#if __PURE_GNU
#define LC_PAPER_MASK (1 << 7)
#define LC_NAME_MASK (1 << 8)
#define LC_ADDRESS_MASK (1 << 9)
#define LC_TELEPHONE_MASK (1 << 10)
#define LC_MEASUREMENT_MASK (1 << 11)
#define LC_IDENTIFICATION_MASK (1 << 12)
#endif
/* Every category, the GNU extras included (bit 6, LC_ALL's number, is unused). */
#define LC_ALL_MASK 0x1fbf
/* Passed to uselocale: the thread follows the global locale set by setlocale. */
#define LC_GLOBAL_LOCALE ((locale_t)-1L)

locale_t newlocale(int __mask, const char *__locale, locale_t __base);
locale_t duplocale(locale_t __loc);
void freelocale(locale_t __loc);
locale_t uselocale(locale_t __loc);
#endif

#if __PURE_DEFAULT
/* POSIX 2024: the name of one category of a locale object (or of the global locale). */
const char *getlocalename_l(int __category, locale_t __loc);
#endif

__PURE_END_DECLS

#endif
