#ifndef __PURE_TYPE_BLKCNT_T
#define __PURE_TYPE_BLKCNT_T
typedef long blkcnt_t;
#endif
