#ifndef __PURE_TYPE_SA_FAMILY_T
#define __PURE_TYPE_SA_FAMILY_T
typedef unsigned short sa_family_t;
#endif
