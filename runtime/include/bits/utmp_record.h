/* The login record, said once for utmp.h (struct utmp, struct exit_status) and utmpx.h
   (struct utmpx, struct __exit_status): each includes this file with __PURE_UTMP_TAG and
   __PURE_UTMP_EXIT naming its structs. No include guard on purpose. */
#include <stdint.h>
#include <bits/arch_types.h>
#include <bits/types/pid_t.h>
#include <bits/types/struct_timeval.h>

#ifndef EMPTY
/* ut_type */
#define EMPTY 0
#define RUN_LVL 1
#define BOOT_TIME 2
#define NEW_TIME 3
#define OLD_TIME 4
#define INIT_PROCESS 5
#define LOGIN_PROCESS 6
#define USER_PROCESS 7
#define DEAD_PROCESS 8
#define ACCOUNTING 9
#endif

struct __PURE_UTMP_EXIT {
  short e_termination;
  short e_exit;
};

struct __PURE_UTMP_TAG {
  short ut_type;
  pid_t ut_pid;
  char ut_line[32];
  char ut_id[4];
  char ut_user[32];
  char ut_host[256];
  struct __PURE_UTMP_EXIT ut_exit;
#if __PURE_UTMP_TIME32
  int32_t ut_session;
  struct {
    int32_t tv_sec;
    int32_t tv_usec;
  } ut_tv;
#else
  long ut_session;
  struct timeval ut_tv;
#endif
  int32_t ut_addr_v6[4];
  char __pure_reserved[20];
};
