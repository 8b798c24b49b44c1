/* pure libc: <spawn.h> - posix_spawn, posix_spawnp and their attribute/file-action objects. */
#ifndef _SPAWN_H
#define _SPAWN_H
#include <features.h>
#include <bits/types/pid_t.h>
#include <bits/types/mode_t.h>
#include <bits/types/sigset_t.h>
#include <sched.h>

__PURE_BEGIN_DECLS

#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER 0x20
#define POSIX_SPAWN_SETSID 0x80

typedef struct {
  short __flags;
  pid_t __pgroup;
  sigset_t __sigdefault;
  sigset_t __sigmask;
  int __policy;
  struct sched_param __param;
  int __pad[16];
} posix_spawnattr_t;

/* The actions live in a heap array owned by the object (see posix_spawn_file_actions_destroy). */
typedef struct {
  int __allocated;
  int __used;
  void *__actions;
  int __pad[16];
} posix_spawn_file_actions_t;

int posix_spawn(pid_t *__PURE_RESTRICT __pid, const char *__PURE_RESTRICT __path,
                const posix_spawn_file_actions_t *__file_actions,
                const posix_spawnattr_t *__PURE_RESTRICT __attr, char *const __argv[],
                char *const __envp[]);
int posix_spawnp(pid_t *__PURE_RESTRICT __pid, const char *__PURE_RESTRICT __file,
                 const posix_spawn_file_actions_t *__file_actions,
                 const posix_spawnattr_t *__PURE_RESTRICT __attr, char *const __argv[],
                 char *const __envp[]);

int posix_spawnattr_init(posix_spawnattr_t *__attr);
int posix_spawnattr_destroy(posix_spawnattr_t *__attr);
int posix_spawnattr_getflags(const posix_spawnattr_t *__PURE_RESTRICT __attr, short *__PURE_RESTRICT __flags);
int posix_spawnattr_setflags(posix_spawnattr_t *__attr, short __flags);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__PURE_RESTRICT __attr, pid_t *__PURE_RESTRICT __pgroup);
int posix_spawnattr_setpgroup(posix_spawnattr_t *__attr, pid_t __pgroup);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__PURE_RESTRICT __attr,
                                  sigset_t *__PURE_RESTRICT __sigdefault);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__PURE_RESTRICT __attr,
                                  const sigset_t *__PURE_RESTRICT __sigdefault);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *__PURE_RESTRICT __attr, sigset_t *__PURE_RESTRICT __sigmask);
int posix_spawnattr_setsigmask(posix_spawnattr_t *__PURE_RESTRICT __attr, const sigset_t *__PURE_RESTRICT __sigmask);
int posix_spawnattr_getschedparam(const posix_spawnattr_t *__PURE_RESTRICT __attr,
                                  struct sched_param *__PURE_RESTRICT __param);
int posix_spawnattr_setschedparam(posix_spawnattr_t *__PURE_RESTRICT __attr,
                                  const struct sched_param *__PURE_RESTRICT __param);
int posix_spawnattr_getschedpolicy(const posix_spawnattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __policy);
int posix_spawnattr_setschedpolicy(posix_spawnattr_t *__attr, int __policy);

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *__actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *__actions);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *__PURE_RESTRICT __actions, int __fd,
                                     const char *__PURE_RESTRICT __path, int __oflag, mode_t __mode);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *__actions, int __fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *__actions, int __fd, int __newfd);
int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t *__PURE_RESTRICT __actions,
                                      const char *__PURE_RESTRICT __path);
int posix_spawn_file_actions_addfchdir(posix_spawn_file_actions_t *__actions, int __fd);
#if __PURE_GNU || __PURE_DEFAULT
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__PURE_RESTRICT __actions,
                                         const char *__PURE_RESTRICT __path);
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *__actions, int __fd);
#endif

__PURE_END_DECLS

#endif
