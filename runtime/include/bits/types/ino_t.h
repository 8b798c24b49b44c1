#ifndef __PURE_TYPE_INO_T
#define __PURE_TYPE_INO_T
typedef unsigned long ino_t;
#endif
