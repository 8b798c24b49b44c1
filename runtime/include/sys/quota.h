/* sys/quota.h: disk quotas (Linux quotactl(2)). The commands, QCMD and the QIF_* bits
   are the kernel's own, from <linux/quota.h>; struct dqblk and struct dqinfo are its
   if_dqblk and if_dqinfo under the names programs use. */
#ifndef _SYS_QUOTA_H
#define _SYS_QUOTA_H
#include <features.h>
#include <stdint.h>
#include <linux/quota.h>

struct dqblk {
  uint64_t dqb_bhardlimit; /* in QIF_DQBLKSIZE blocks */
  uint64_t dqb_bsoftlimit;
  uint64_t dqb_curspace; /* in bytes */
  uint64_t dqb_ihardlimit;
  uint64_t dqb_isoftlimit;
  uint64_t dqb_curinodes;
  uint64_t dqb_btime; /* grace deadlines */
  uint64_t dqb_itime;
  uint32_t dqb_valid; /* QIF_* */
};

struct dqinfo {
  uint64_t dqi_bgrace;
  uint64_t dqi_igrace;
  uint32_t dqi_flags;
  uint32_t dqi_valid; /* IIF_* */
};

#define dbtob(blocks) ((uint64_t)(blocks) << QIF_DQBLKSIZE_BITS)
#define btodb(bytes) (((uint64_t)(bytes) + QIF_DQBLKSIZE - 1) >> QIF_DQBLKSIZE_BITS)

__PURE_BEGIN_DECLS
int quotactl(int __cmd, const char *__special, int __id, char *__addr);
__PURE_END_DECLS

#endif
