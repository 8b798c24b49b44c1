#ifndef __PURE_TYPE_NL_ITEM
#define __PURE_TYPE_NL_ITEM
typedef int nl_item;
#endif
