/* pure libc: <nl_types.h>. Message catalogs in the format gencat writes, found through
   NLSPATH (docs/LOCALE.md). */
#ifndef _NL_TYPES_H
#define _NL_TYPES_H
#include <features.h>
#include <bits/types/nl_item.h>

#define NL_SETD 1
#define NL_CAT_LOCALE 1

typedef void *nl_catd;

__PURE_BEGIN_DECLS

nl_catd catopen(const char *__name, int __flag);
char *catgets(nl_catd __catd, int __set_id, int __msg_id, const char *__s);
int catclose(nl_catd __catd);

__PURE_END_DECLS

#endif
