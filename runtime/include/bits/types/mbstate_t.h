#ifndef __PURE_TYPE_MBSTATE_T
#define __PURE_TYPE_MBSTATE_T
typedef struct __pure_mbstate { unsigned int __state; unsigned int __count; } mbstate_t;
#endif
