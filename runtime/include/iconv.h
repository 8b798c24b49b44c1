/* pure libc: <iconv.h>. Character set conversion between UTF-8, UTF-16, UTF-32, UCS-2,
   UCS-4, WCHAR_T, ASCII, ISO-8859-1..16 (but 12), Windows-125x and KOI8-R/U; tocode may
   end in //TRANSLIT and //IGNORE. docs/LOCALE.md lists the names and the limits. */
#ifndef _ICONV_H
#define _ICONV_H
#include <features.h>
#include <bits/types/size_t.h>

typedef void *iconv_t;

__PURE_BEGIN_DECLS

iconv_t iconv_open(const char *__tocode, const char *__fromcode);
size_t iconv(iconv_t __cd, char **__PURE_RESTRICT __inbuf, size_t *__PURE_RESTRICT __inbytesleft,
             char **__PURE_RESTRICT __outbuf, size_t *__PURE_RESTRICT __outbytesleft);
int iconv_close(iconv_t __cd);

__PURE_END_DECLS

#endif
