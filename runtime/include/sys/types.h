/* sys/types.h: the POSIX data types. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H
#include <features.h>

#include <bits/types/blkcnt_t.h>
#include <bits/types/blksize_t.h>
#include <bits/types/clock_t.h>
#include <bits/types/clockid_t.h>
#include <bits/types/dev_t.h>
#include <bits/types/fsblkcnt_t.h>
#include <bits/types/fsfilcnt_t.h>
#include <bits/types/gid_t.h>
#include <bits/types/id_t.h>
#include <bits/types/ino_t.h>
#include <bits/types/key_t.h>
#include <bits/types/mode_t.h>
#include <bits/types/nlink_t.h>
#include <bits/types/off_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/suseconds_t.h>
#include <bits/types/time_t.h>
#include <bits/types/timer_t.h>
#include <bits/types/uid_t.h>
#include <bits/types/useconds_t.h>

#if __PURE_DEFAULT || __PURE_GNU
/* BSD and System V names, still used by much real code. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
/* Shared with clang's stdint.h through its __int8_t_defined convention. */
#ifndef __int8_t_defined
#define __int8_t_defined
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
#endif
typedef __UINT8_TYPE__ u_int8_t;
typedef __UINT16_TYPE__ u_int16_t;
typedef __UINT32_TYPE__ u_int32_t;
typedef __UINT64_TYPE__ u_int64_t;
typedef long long quad_t;
typedef unsigned long long u_quad_t;
typedef char *caddr_t;
typedef long register_t;
typedef long loff_t;
#include <sys/sysmacros.h>
#include <sys/select.h>
#endif

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
typedef off_t off64_t;
typedef ino_t ino64_t;
typedef blkcnt_t blkcnt64_t;
typedef fsblkcnt_t fsblkcnt64_t;
typedef fsfilcnt_t fsfilcnt64_t;
#endif

#endif
