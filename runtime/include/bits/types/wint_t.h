#ifndef __PURE_TYPE_WINT_T
#define __PURE_TYPE_WINT_T
typedef __WINT_TYPE__ wint_t;
#endif
