#ifndef __PURE_TYPE_PTRDIFF_T
#define __PURE_TYPE_PTRDIFF_T
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
