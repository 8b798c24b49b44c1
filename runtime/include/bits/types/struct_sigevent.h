#ifndef __PURE_TYPE_STRUCT_SIGEVENT
#define __PURE_TYPE_STRUCT_SIGEVENT
#include <bits/types/union_sigval.h>
#include <bits/types/pthread_attr_t.h>
/* The kernel's sigevent: 64 bytes, the notification details in a union. */
struct sigevent {
  union sigval sigev_value;
  int sigev_signo;
  int sigev_notify;
  union {
    int __pad[12];
    int __tid;
    struct {
      void (*__function)(union sigval);
      pthread_attr_t *__attrs;
    } __thr;
  } __un;
};
#define sigev_notify_function __un.__thr.__function
#define sigev_notify_attributes __un.__thr.__attrs
#define sigev_notify_thread_id __un.__tid
#endif
