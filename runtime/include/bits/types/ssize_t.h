#ifndef __PURE_TYPE_SSIZE_T
#define __PURE_TYPE_SSIZE_T
typedef long ssize_t;
#endif
