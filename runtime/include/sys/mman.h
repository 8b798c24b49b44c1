/* sys/mman.h: memory management. */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H
#include <features.h>
#include <bits/mman.h>
#include <bits/types/mode_t.h>
#include <bits/types/off_t.h>
#include <bits/types/size_t.h>

#define PROT_NONE 0x0
#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4
#define PROT_SEM 0x8
#define PROT_GROWSDOWN 0x01000000
#define PROT_GROWSUP 0x02000000

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_SHARED_VALIDATE 0x03
#define MAP_TYPE 0x0f
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_ANON MAP_ANONYMOUS
#define MAP_FILE 0
#define MAP_GROWSDOWN 0x0100
#define MAP_DENYWRITE 0x0800
#define MAP_EXECUTABLE 0x1000
#define MAP_LOCKED 0x2000
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x008000
#define MAP_NONBLOCK 0x010000
#define MAP_STACK 0x020000
#define MAP_HUGETLB 0x040000
#define MAP_SYNC 0x080000
#define MAP_FIXED_NOREPLACE 0x100000
#define MAP_UNINITIALIZED 0x4000000
#ifndef HUGETLB_FLAG_ENCODE_SHIFT
#define HUGETLB_FLAG_ENCODE_SHIFT 26
#define HUGETLB_FLAG_ENCODE_MASK 0x3f
#endif
#define MAP_HUGE_SHIFT HUGETLB_FLAG_ENCODE_SHIFT
#define MAP_HUGE_MASK HUGETLB_FLAG_ENCODE_MASK
#define MAP_FAILED ((void *)-1)

#define MS_ASYNC 1
#define MS_INVALIDATE 2
#define MS_SYNC 4

#define MCL_CURRENT 1
#define MCL_FUTURE 2
#define MCL_ONFAULT 4
#define MLOCK_ONFAULT 0x01

#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4
#define MADV_FREE 8
#define MADV_REMOVE 9
#define MADV_DONTFORK 10
#define MADV_DOFORK 11
#define MADV_MERGEABLE 12
#define MADV_UNMERGEABLE 13
#define MADV_HUGEPAGE 14
#define MADV_NOHUGEPAGE 15
#define MADV_DONTDUMP 16
#define MADV_DODUMP 17
#define MADV_WIPEONFORK 18
#define MADV_KEEPONFORK 19
#define MADV_COLD 20
#define MADV_PAGEOUT 21
#define MADV_POPULATE_READ 22
#define MADV_POPULATE_WRITE 23
#define MADV_DONTNEED_LOCKED 24
#define MADV_COLLAPSE 25
#define MADV_HWPOISON 100
#define MADV_SOFT_OFFLINE 101

/* POSIX names for the advice; POSIX_MADV_DONTNEED is only a hint, so it must not map to
   the destructive MADV_DONTNEED: posix_madvise ignores it. */
#define POSIX_MADV_NORMAL 0
#define POSIX_MADV_RANDOM 1
#define POSIX_MADV_SEQUENTIAL 2
#define POSIX_MADV_WILLNEED 3
#define POSIX_MADV_DONTNEED 4

#define MREMAP_MAYMOVE 1
#define MREMAP_FIXED 2
#define MREMAP_DONTUNMAP 4

#define MFD_CLOEXEC 0x0001U
#define MFD_ALLOW_SEALING 0x0002U
#define MFD_HUGETLB 0x0004U
#define MFD_NOEXEC_SEAL 0x0008U
#define MFD_EXEC 0x0010U

__PURE_BEGIN_DECLS

void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, off_t __offset);
int munmap(void *__addr, size_t __len);
int mprotect(void *__addr, size_t __len, int __prot);
int msync(void *__addr, size_t __len, int __flags);
int mlock(const void *__addr, size_t __len);
int munlock(const void *__addr, size_t __len);
int mlockall(int __flags);
int munlockall(void);
int posix_madvise(void *__addr, size_t __len, int __advice);
int shm_open(const char *__name, int __oflag, mode_t __mode);
int shm_unlink(const char *__name);

#if __PURE_DEFAULT
int madvise(void *__addr, size_t __len, int __advice);
int mincore(void *__addr, size_t __len, unsigned char *__vec);
#endif

#if __PURE_GNU
void *mremap(void *__old_addr, size_t __old_len, size_t __new_len, int __flags, ...);
int memfd_create(const char *__name, unsigned int __flags);
int mlock2(const void *__addr, size_t __len, unsigned int __flags);
int remap_file_pages(void *__addr, size_t __size, int __prot, size_t __pgoff, int __flags);
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define mmap64 mmap
#endif

#endif
