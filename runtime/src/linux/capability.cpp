// capget and capset: the kernel's capability sets. The structures come from
// <linux/capability.h>, which is also where programs find them.
#include <linux/capability.h>

#include "support/errno.h"

extern "C" {

int capget(cap_user_header_t header, cap_user_data_t data);
int capset(cap_user_header_t header, const cap_user_data_t data);

int capget(cap_user_header_t header, cap_user_data_t data) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_capget, header, data)));
}

int capset(cap_user_header_t header, const cap_user_data_t data) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_capset, header, data)));
}

}  // extern "C"
