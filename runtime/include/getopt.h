/* getopt.h: GNU long option parsing on top of POSIX getopt. */
#ifndef _GETOPT_H
#define _GETOPT_H
#include <features.h>

__PURE_BEGIN_DECLS

extern char *optarg;
extern int optind, opterr, optopt;
/* BSD: set to 1 to make the next call start over at optind. */
extern int optreset;

struct option {
  const char *name;
  int has_arg; /* no_argument, required_argument or optional_argument */
  int *flag;   /* when non-null, receives val and getopt_long returns 0 */
  int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt(int __argc, char *const __argv[], const char *__optstring);
int getopt_long(int __argc, char *const __argv[], const char *__optstring,
                const struct option *__longopts, int *__longindex);
int getopt_long_only(int __argc, char *const __argv[], const char *__optstring,
                     const struct option *__longopts, int *__longindex);

__PURE_END_DECLS

#endif
