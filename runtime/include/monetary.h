/* pure libc: <monetary.h>. Every pure locale has the "C" locale's LC_MONETARY: no currency
   symbol, '.' as the radix, no grouping, '-' for negative amounts. */
#ifndef _MONETARY_H
#define _MONETARY_H
#include <features.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/locale_t.h>

__PURE_BEGIN_DECLS

ssize_t strfmon(char *__PURE_RESTRICT __s, size_t __maxsize, const char *__PURE_RESTRICT __format, ...);
ssize_t strfmon_l(char *__PURE_RESTRICT __s, size_t __maxsize, locale_t __locale,
                  const char *__PURE_RESTRICT __format, ...);

__PURE_END_DECLS

#endif
