/* utmp.h: the login records in /var/run/utmp and /var/log/wtmp. struct utmp is the
   layout the system's own tools (login, who, last) read and write: 384 bytes on x86_64
   (32-bit times), 400 on aarch64. */
#ifndef _UTMP_H
#define _UTMP_H
#include <features.h>
#include <paths.h>
#include <stdint.h>
#include <bits/arch_types.h>
#include <bits/types/time_t.h>

#define UT_LINESIZE 32
#define UT_NAMESIZE 32
#define UT_HOSTSIZE 256

#define UT_UNKNOWN EMPTY

#define UTMP_FILE _PATH_UTMP
#define UTMP_FILENAME _PATH_UTMP
#define WTMP_FILE _PATH_WTMP
#define WTMP_FILENAME _PATH_WTMP

struct lastlog {
#if __PURE_UTMP_TIME32
  int32_t ll_time;
#else
  time_t ll_time;
#endif
  char ll_line[UT_LINESIZE];
  char ll_host[UT_HOSTSIZE];
};

#define __PURE_UTMP_TAG utmp
#define __PURE_UTMP_EXIT exit_status
#include <bits/utmp_record.h>
#undef __PURE_UTMP_TAG
#undef __PURE_UTMP_EXIT

#define ut_name ut_user
#define ut_time ut_tv.tv_sec
#define ut_xtime ut_tv.tv_sec
#define ut_addr ut_addr_v6[0]

__PURE_BEGIN_DECLS
int login_tty(int __fd);
void login(const struct utmp *__entry);
int logout(const char *__line);
void logwtmp(const char *__line, const char *__name, const char *__host);
void updwtmp(const char *__file, const struct utmp *__entry);
int utmpname(const char *__file);
struct utmp *getutent(void);
void setutent(void);
void endutent(void);
struct utmp *getutid(const struct utmp *__id);
struct utmp *getutline(const struct utmp *__line);
struct utmp *pututline(const struct utmp *__entry);
#if __PURE_DEFAULT
int getutent_r(struct utmp *__buf, struct utmp **__result);
int getutid_r(const struct utmp *__id, struct utmp *__buf, struct utmp **__result);
int getutline_r(const struct utmp *__line, struct utmp *__buf, struct utmp **__result);
#endif
__PURE_END_DECLS

#endif
