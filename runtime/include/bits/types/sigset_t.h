#ifndef __PURE_TYPE_SIGSET_T
#define __PURE_TYPE_SIGSET_T
/* Room for 1024 signals, as other Linux libcs reserve; the kernel uses the first 8 bytes. */
typedef struct { unsigned long __bits[128 / sizeof(long)]; } sigset_t;
#endif
