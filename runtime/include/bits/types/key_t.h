#ifndef __PURE_TYPE_KEY_T
#define __PURE_TYPE_KEY_T
typedef int key_t;
#endif
