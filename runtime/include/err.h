/* err.h: BSD formatted error messages ("prog: message: strerror") on stderr. */
#ifndef _ERR_H
#define _ERR_H
#include <features.h>
#include <bits/types/__gnuc_va_list.h>

__PURE_BEGIN_DECLS

void warn(const char *__fmt, ...);
void vwarn(const char *__fmt, __gnuc_va_list __ap);
void warnx(const char *__fmt, ...);
void vwarnx(const char *__fmt, __gnuc_va_list __ap);
__PURE_NORETURN void err(int __status, const char *__fmt, ...);
__PURE_NORETURN void verr(int __status, const char *__fmt, __gnuc_va_list __ap);
__PURE_NORETURN void errx(int __status, const char *__fmt, ...);
__PURE_NORETURN void verrx(int __status, const char *__fmt, __gnuc_va_list __ap);

__PURE_END_DECLS

#endif
