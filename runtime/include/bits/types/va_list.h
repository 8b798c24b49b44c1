#ifndef __PURE_TYPE_VA_LIST
#define __PURE_TYPE_VA_LIST
typedef __builtin_va_list va_list;
#endif
