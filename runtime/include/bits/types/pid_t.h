#ifndef __PURE_TYPE_PID_T
#define __PURE_TYPE_PID_T
typedef int pid_t;
#endif
