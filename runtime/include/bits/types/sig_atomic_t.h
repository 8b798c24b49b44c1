#ifndef __PURE_TYPE_SIG_ATOMIC_T
#define __PURE_TYPE_SIG_ATOMIC_T
typedef int sig_atomic_t;
#endif
