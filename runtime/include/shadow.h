/* shadow.h: the shadow password database, read from /etc/shadow (root only). Numeric
   fields left empty in the file read as -1 (sp_flag as ~0UL). */
#ifndef _SHADOW_H
#define _SHADOW_H
#include <features.h>
#include <paths.h>
#include <bits/types/FILE.h>
#include <bits/types/size_t.h>

#define SHADOW _PATH_SHADOW

struct spwd {
  char *sp_namp;
  char *sp_pwdp;
  long sp_lstchg;
  long sp_min;
  long sp_max;
  long sp_warn;
  long sp_inact;
  long sp_expire;
  unsigned long sp_flag;
};

__PURE_BEGIN_DECLS
void setspent(void);
void endspent(void);
struct spwd *getspent(void);
struct spwd *getspnam(const char *__name);
struct spwd *sgetspent(const char *__line);
struct spwd *fgetspent(FILE *__f);
int putspent(const struct spwd *__sp, FILE *__f);
int getspent_r(struct spwd *__sp, char *__buf, size_t __len, struct spwd **__result);
int getspnam_r(const char *__name, struct spwd *__sp, char *__buf, size_t __len, struct spwd **__result);
int sgetspent_r(const char *__line, struct spwd *__sp, char *__buf, size_t __len, struct spwd **__result);
int fgetspent_r(FILE *__f, struct spwd *__sp, char *__buf, size_t __len, struct spwd **__result);
int lckpwdf(void);
int ulckpwdf(void);
__PURE_END_DECLS

#endif
