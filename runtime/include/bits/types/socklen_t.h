#ifndef __PURE_TYPE_SOCKLEN_T
#define __PURE_TYPE_SOCKLEN_T
typedef unsigned int socklen_t;
#endif
