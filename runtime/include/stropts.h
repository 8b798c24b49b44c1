/* stropts.h: XSI STREAMS. Linux has no STREAMS: isastream() tells that about any valid
   descriptor, and ioctl() is the ordinary one. */
#ifndef _STROPTS_H
#define _STROPTS_H
#include <features.h>

__PURE_BEGIN_DECLS
int isastream(int __fd);
int ioctl(int __fd, unsigned long __request, ...);
__PURE_END_DECLS

#endif
