#ifndef __PURE_TYPE_MODE_T
#define __PURE_TYPE_MODE_T
typedef unsigned int mode_t;
#endif
