/* aarch64 values of the open() flags whose bits differ between architectures. */
#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_DIRECTORY 040000
#define O_NOFOLLOW 0100000
#define O_DIRECT 0200000
#define O_LARGEFILE 0400000
#endif
