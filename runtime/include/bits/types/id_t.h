#ifndef __PURE_TYPE_ID_T
#define __PURE_TYPE_ID_T
typedef unsigned int id_t;
#endif
