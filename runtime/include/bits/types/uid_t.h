#ifndef __PURE_TYPE_UID_T
#define __PURE_TYPE_UID_T
typedef unsigned int uid_t;
#endif
