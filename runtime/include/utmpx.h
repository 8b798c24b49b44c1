/* utmpx.h: the POSIX view of the login records; struct utmpx has the layout of struct
   utmp (<utmp.h>), and both families read and write the same files. */
#ifndef _UTMPX_H
#define _UTMPX_H
#include <features.h>
#include <paths.h>

#define _PATH_UTMPX _PATH_UTMP
#define _PATH_WTMPX _PATH_WTMP
#define UTMPX_FILE _PATH_UTMPX
#define UTMPX_FILENAME _PATH_UTMPX
#define WTMPX_FILE _PATH_WTMPX
#define WTMPX_FILENAME _PATH_WTMPX

#define __PURE_UTMP_TAG utmpx
#define __PURE_UTMP_EXIT __exit_status
#include <bits/utmp_record.h>
#undef __PURE_UTMP_TAG
#undef __PURE_UTMP_EXIT

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
