#ifndef __PURE_TYPE_OFF_T
#define __PURE_TYPE_OFF_T
typedef long off_t;
#endif
