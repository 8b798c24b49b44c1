#ifndef __PURE_TYPE_WCTYPE_T
#define __PURE_TYPE_WCTYPE_T
typedef unsigned long wctype_t;
#endif
