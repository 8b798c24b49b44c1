// The utmp file layer shared by the utmp and utmpx families: whole records read and
// written at record boundaries, under an fcntl lock so other programs see no torn record.
#pragma once
#include <utmp.h>

namespace pure::utmp {

// Reads the next record of the open file into *out; false at the end or on error
// (errno set on error).
bool read_next(struct utmp* out);
// The first record from the current position on that `match` accepts, or null.
struct utmp* find(const struct utmp* key, bool (*match)(const struct utmp*, const struct utmp*),
                  struct utmp* buf);
bool same_id(const struct utmp* key, const struct utmp* u);
bool same_line(const struct utmp* key, const struct utmp* u);
// Takes (F_WRLCK/F_RDLCK) or releases (F_UNLCK) the whole-file lock; 0 or -errno.
long lock_file(int fd, short type);

}  // namespace pure::utmp
