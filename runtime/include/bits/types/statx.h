#ifndef __PURE_TYPE_STATX
#define __PURE_TYPE_STATX
/* struct statx and its masks: the kernel's layout, the same on every architecture. */
struct statx_timestamp {
  long long tv_sec;
  unsigned int tv_nsec;
  int __reserved;
};
struct statx {
  unsigned int stx_mask;
  unsigned int stx_blksize;
  unsigned long long stx_attributes;
  unsigned int stx_nlink;
  unsigned int stx_uid;
  unsigned int stx_gid;
  unsigned short stx_mode;
  unsigned short __spare0[1];
  unsigned long long stx_ino;
  unsigned long long stx_size;
  unsigned long long stx_blocks;
  unsigned long long stx_attributes_mask;
  struct statx_timestamp stx_atime;
  struct statx_timestamp stx_btime;
  struct statx_timestamp stx_ctime;
  struct statx_timestamp stx_mtime;
  unsigned int stx_rdev_major;
  unsigned int stx_rdev_minor;
  unsigned int stx_dev_major;
  unsigned int stx_dev_minor;
  unsigned long long stx_mnt_id;
  unsigned int stx_dio_mem_align;
  unsigned int stx_dio_offset_align;
  unsigned long long __spare3[12];
};
#define STATX_TYPE 0x00000001U
#define STATX_MODE 0x00000002U
#define STATX_NLINK 0x00000004U
#define STATX_UID 0x00000008U
#define STATX_GID 0x00000010U
#define STATX_ATIME 0x00000020U
#define STATX_MTIME 0x00000040U
#define STATX_CTIME 0x00000080U
#define STATX_INO 0x00000100U
#define STATX_SIZE 0x00000200U
#define STATX_BLOCKS 0x00000400U
#define STATX_BASIC_STATS 0x000007ffU
#define STATX_BTIME 0x00000800U
#define STATX_MNT_ID 0x00001000U
#define STATX_DIOALIGN 0x00002000U
#define STATX_ALL 0x00000fffU
#define STATX_ATTR_COMPRESSED 0x00000004
#define STATX_ATTR_IMMUTABLE 0x00000010
#define STATX_ATTR_APPEND 0x00000020
#define STATX_ATTR_NODUMP 0x00000040
#define STATX_ATTR_ENCRYPTED 0x00000800
#define STATX_ATTR_AUTOMOUNT 0x00001000
#define STATX_ATTR_MOUNT_ROOT 0x00002000
#define STATX_ATTR_VERITY 0x00100000
#define STATX_ATTR_DAX 0x00200000
#endif
