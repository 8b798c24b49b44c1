/* pure libc: <wctype.h>. Wide characters are Unicode code points in every locale, and
   their classification follows the Unicode Character Database in every locale (the *_l
   forms accept any valid locale). */
#ifndef _WCTYPE_H
#define _WCTYPE_H
#include <features.h>
#include <bits/types/wint_t.h>
#include <bits/types/wctype_t.h>
#include <bits/types/wctrans_t.h>
#if __PURE_POSIX >= 200809L
#include <bits/types/locale_t.h>
#endif

#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif

__PURE_BEGIN_DECLS

int iswalnum(wint_t __wc);
int iswalpha(wint_t __wc);
int iswblank(wint_t __wc);
int iswcntrl(wint_t __wc);
int iswdigit(wint_t __wc);
int iswgraph(wint_t __wc);
int iswlower(wint_t __wc);
int iswprint(wint_t __wc);
int iswpunct(wint_t __wc);
int iswspace(wint_t __wc);
int iswupper(wint_t __wc);
int iswxdigit(wint_t __wc);
int iswctype(wint_t __wc, wctype_t __desc);
wctype_t wctype(const char *__name);
wint_t towlower(wint_t __wc);
wint_t towupper(wint_t __wc);
wint_t towctrans(wint_t __wc, wctrans_t __desc);
wctrans_t wctrans(const char *__name);

#if __PURE_POSIX >= 200809L
int iswalnum_l(wint_t __wc, locale_t __loc);
int iswalpha_l(wint_t __wc, locale_t __loc);
int iswblank_l(wint_t __wc, locale_t __loc);
int iswcntrl_l(wint_t __wc, locale_t __loc);
int iswdigit_l(wint_t __wc, locale_t __loc);
int iswgraph_l(wint_t __wc, locale_t __loc);
int iswlower_l(wint_t __wc, locale_t __loc);
int iswprint_l(wint_t __wc, locale_t __loc);
int iswpunct_l(wint_t __wc, locale_t __loc);
int iswspace_l(wint_t __wc, locale_t __loc);
int iswupper_l(wint_t __wc, locale_t __loc);
int iswxdigit_l(wint_t __wc, locale_t __loc);
int iswctype_l(wint_t __wc, wctype_t __desc, locale_t __loc);
wctype_t wctype_l(const char *__name, locale_t __loc);
wint_t towlower_l(wint_t __wc, locale_t __loc);
wint_t towupper_l(wint_t __wc, locale_t __loc);
wint_t towctrans_l(wint_t __wc, wctrans_t __desc, locale_t __loc);
wctrans_t wctrans_l(const char *__name, locale_t __loc);
#endif

__PURE_END_DECLS

#endif
