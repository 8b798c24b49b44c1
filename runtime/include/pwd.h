/* pwd.h: the user database, read from /etc/passwd. */
#ifndef _PWD_H
#define _PWD_H
#include <features.h>
#include <bits/types/gid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/uid_t.h>
#if __PURE_DEFAULT
#include <bits/types/FILE.h>
#endif

struct passwd {
  char *pw_name;
  char *pw_passwd;
  uid_t pw_uid;
  gid_t pw_gid;
  char *pw_gecos;
  char *pw_dir;
  char *pw_shell;
};

__PURE_BEGIN_DECLS
struct passwd *getpwnam(const char *__name);
struct passwd *getpwuid(uid_t __uid);
int getpwnam_r(const char *__name, struct passwd *__pw, char *__buf, size_t __len, struct passwd **__result);
int getpwuid_r(uid_t __uid, struct passwd *__pw, char *__buf, size_t __len, struct passwd **__result);
#if __PURE_XOPEN || __PURE_DEFAULT
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
#endif
#if __PURE_DEFAULT
struct passwd *fgetpwent(FILE *__f);
int putpwent(const struct passwd *__pw, FILE *__f);
#endif
#if __PURE_GNU
int getpwent_r(struct passwd *__pw, char *__buf, size_t __len, struct passwd **__result);
int fgetpwent_r(FILE *__f, struct passwd *__pw, char *__buf, size_t __len, struct passwd **__result);
#endif
__PURE_END_DECLS

#endif
