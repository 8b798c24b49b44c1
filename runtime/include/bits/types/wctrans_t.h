#ifndef __PURE_TYPE_WCTRANS_T
#define __PURE_TYPE_WCTRANS_T
typedef const struct __pure_wctrans *wctrans_t;
#endif
