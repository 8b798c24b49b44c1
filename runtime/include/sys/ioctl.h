/* sys/ioctl.h: device control. The request numbers are the kernel's own (asm/ioctls.h,
   which also brings the _IO/_IOR/_IOW/_IOWR encoders, and linux/sockios.h for the
   socket and interface requests, SIOCGIFINDEX and the like); both targets share them. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#include <features.h>
#include <asm/ioctls.h>
#include <linux/sockios.h>
#include <bits/types/struct_winsize.h>

__PURE_BEGIN_DECLS
int ioctl(int __fd, unsigned long __request, ...);
__PURE_END_DECLS

#endif
