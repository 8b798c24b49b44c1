#ifndef __PURE_TYPE_PTHREAD_ATTR_T
#define __PURE_TYPE_PTHREAD_ATTR_T
typedef union { char __size[56]; long __align; } pthread_attr_t;
#endif
