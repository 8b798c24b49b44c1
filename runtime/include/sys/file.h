/* sys/file.h: BSD advisory whole-file locks. */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H
#include <features.h>
#include <fcntl.h>

#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8

#define L_SET 0
#define L_INCR 1
#define L_XTND 2

__PURE_BEGIN_DECLS
int flock(int __fd, int __operation);
__PURE_END_DECLS

#endif
