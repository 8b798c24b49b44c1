/* grp.h: the group database, read from /etc/group. */
#ifndef _GRP_H
#define _GRP_H
#include <features.h>
#include <bits/types/gid_t.h>
#include <bits/types/size_t.h>
#if __PURE_DEFAULT
#include <bits/types/FILE.h>
#endif

struct group {
  char *gr_name;
  char *gr_passwd;
  gid_t gr_gid;
  char **gr_mem;
};

__PURE_BEGIN_DECLS
struct group *getgrnam(const char *__name);
struct group *getgrgid(gid_t __gid);
int getgrnam_r(const char *__name, struct group *__gr, char *__buf, size_t __len, struct group **__result);
int getgrgid_r(gid_t __gid, struct group *__gr, char *__buf, size_t __len, struct group **__result);
#if __PURE_XOPEN || __PURE_DEFAULT
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
#endif
#if __PURE_DEFAULT
struct group *fgetgrent(FILE *__f);
int putgrent(const struct group *__gr, FILE *__f);
int getgrouplist(const char *__user, gid_t __group, gid_t *__groups, int *__ngroups);
int initgroups(const char *__user, gid_t __group);
int setgroups(size_t __n, const gid_t *__groups);
#endif
#if __PURE_GNU
int getgrent_r(struct group *__gr, char *__buf, size_t __len, struct group **__result);
int fgetgrent_r(FILE *__f, struct group *__gr, char *__buf, size_t __len, struct group **__result);
#endif
__PURE_END_DECLS

#endif
