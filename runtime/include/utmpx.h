/* utmpx.h: the POSIX view of the login records; struct utmpx has the layout of struct
   utmp (<utmp.h>), and both families read and write the same files. */
#ifndef _UTMPX_H
#define _UTMPX_H
#include <features.h>
#include <paths.h>
#include <stdint.h>
#include <bits/arch_types.h>
#include <bits/types/pid_t.h>
#include <bits/types/struct_timeval.h>

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

#define _PATH_UTMPX _PATH_UTMP
#define _PATH_WTMPX _PATH_WTMP
#define UTMPX_FILE _PATH_UTMPX
#define UTMPX_FILENAME _PATH_UTMPX
#define WTMPX_FILE _PATH_WTMPX
#define WTMPX_FILENAME _PATH_WTMPX

struct __exit_status {
  short e_termination;
  short e_exit;
};

struct utmpx {
  short ut_type;
  pid_t ut_pid;
  char ut_line[32];
  char ut_id[4];
  char ut_user[32];
  char ut_host[256];
  struct __exit_status ut_exit;
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
  char __unused[20];
};

__PURE_BEGIN_DECLS
void setutxent(void);
void endutxent(void);
struct utmpx *getutxent(void);
struct utmpx *getutxid(const struct utmpx *__id);
struct utmpx *getutxline(const struct utmpx *__line);
struct utmpx *pututxline(const struct utmpx *__entry);
#if __PURE_DEFAULT
struct utmp;
int utmpxname(const char *__file);
void updwtmpx(const char *__file, const struct utmpx *__entry);
void getutmp(const struct utmpx *__ux, struct utmp *__u);
void getutmpx(const struct utmp *__u, struct utmpx *__ux);
#endif
__PURE_END_DECLS

#endif
