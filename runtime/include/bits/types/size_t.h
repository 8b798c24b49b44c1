#ifndef __PURE_TYPE_SIZE_T
#define __PURE_TYPE_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
