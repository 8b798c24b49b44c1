#ifndef __PURE_TYPE_GID_T
#define __PURE_TYPE_GID_T
typedef unsigned int gid_t;
#endif
