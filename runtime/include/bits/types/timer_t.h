#ifndef __PURE_TYPE_TIMER_T
#define __PURE_TYPE_TIMER_T
typedef void *timer_t;
#endif
