#ifndef __PURE_TYPE_PTHREAD_KEY_T
#define __PURE_TYPE_PTHREAD_KEY_T
typedef unsigned int pthread_key_t;
#endif
