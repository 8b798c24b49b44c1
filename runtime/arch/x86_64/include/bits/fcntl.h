/* x86_64 values of the open() flags whose bits differ between architectures. */
#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_DIRECT 040000
#define O_LARGEFILE 0100000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#endif
