/* x86_64 values of the open() flags whose bits differ between architectures. */
#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_DIRECT 00040000
#define O_LARGEFILE 00100000
#define O_DIRECTORY 00200000
#define O_NOFOLLOW 00400000
#endif
