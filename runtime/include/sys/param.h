/* sys/param.h: old BSD system parameters and helper macros. */
#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H
#include <features.h>
#include <endian.h>
#include <limits.h>
#include <sys/types.h>

#define MAXSYMLINKS 20
#define MAXHOSTNAMELEN 64
#define MAXNAMLEN 255
#define MAXPATHLEN 4096
#define NOFILE 256
#define NGROUPS 65536
#define NCARGS 131072
#define EXEC_PAGESIZE 4096
#define DEV_BSIZE 512
#define NBBY 8
#define HZ 100
#define CANBSIZ 255
#ifndef NULL
#define __need_NULL
#include <stddef.h>
#endif

#define setbit(a, i) (((unsigned char *)(a))[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i) (((unsigned char *)(a))[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i) (((const unsigned char *)(a))[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i) ((((const unsigned char *)(a))[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x) ((((x) - 1) & (x)) == 0)
#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))

#endif
