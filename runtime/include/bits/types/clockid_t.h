#ifndef __PURE_TYPE_CLOCKID_T
#define __PURE_TYPE_CLOCKID_T
typedef int clockid_t;
#endif
