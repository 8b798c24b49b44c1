/* sys/klog.h: the kernel log buffer (Linux syslog(2)). */
#ifndef _SYS_KLOG_H
#define _SYS_KLOG_H
#include <features.h>

__PURE_BEGIN_DECLS
int klogctl(int __type, char *__buf, int __len);
__PURE_END_DECLS

#endif
