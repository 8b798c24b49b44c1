/* sys/fanotify.h: file system event monitoring (Linux). FAN_* and the event structures
   are the kernel's own, from <linux/fanotify.h>. */
#ifndef _SYS_FANOTIFY_H
#define _SYS_FANOTIFY_H
#include <features.h>
#include <stdint.h>
#include <linux/fanotify.h>

__PURE_BEGIN_DECLS
int fanotify_init(unsigned int __flags, unsigned int __event_f_flags);
int fanotify_mark(int __fd, unsigned int __flags, uint64_t __mask, int __dirfd, const char *__path);
__PURE_END_DECLS

#endif
