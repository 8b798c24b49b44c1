/* error.h: GNU error reporting ("prog: message: strerror") on stderr. */
#ifndef _ERROR_H
#define _ERROR_H
#include <features.h>

__PURE_BEGIN_DECLS

void error(int __status, int __errnum, const char *__fmt, ...);
void error_at_line(int __status, int __errnum, const char *__file, unsigned int __line,
                   const char *__fmt, ...);

/* Number of messages printed so far. */
extern unsigned int error_message_count;
/* When nonzero, error_at_line prints only the first of consecutive calls for one line. */
extern int error_one_per_line;
/* When set, called instead of printing "prog: ". */
extern void (*error_print_progname)(void);

__PURE_END_DECLS

#endif
