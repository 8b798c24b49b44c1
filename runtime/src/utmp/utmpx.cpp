// The utmpx family: struct utmpx is laid out as struct utmp, so each function is its
// utmp counterpart on the same record.
#define _DEFAULT_SOURCE 1
#include <stddef.h>
#include <string.h>
#include <utmp.h>
#include <utmpx.h>

static_assert(sizeof(struct utmpx) == sizeof(struct utmp));
static_assert(offsetof(struct utmpx, ut_tv) == offsetof(struct utmp, ut_tv));
static_assert(offsetof(struct utmpx, ut_session) == offsetof(struct utmp, ut_session));
static_assert(offsetof(struct utmpx, ut_addr_v6) == offsetof(struct utmp, ut_addr_v6));

namespace {
struct utmp* as_utmp(const struct utmpx* u) { return reinterpret_cast<struct utmp*>(const_cast<struct utmpx*>(u)); }
struct utmpx* as_utmpx(struct utmp* u) { return reinterpret_cast<struct utmpx*>(u); }
}  // namespace

extern "C" {

void setutxent(void) { setutent(); }
void endutxent(void) { endutent(); }
struct utmpx* getutxent(void) { return as_utmpx(getutent()); }
struct utmpx* getutxid(const struct utmpx* id) { return as_utmpx(getutid(as_utmp(id))); }
struct utmpx* getutxline(const struct utmpx* line) { return as_utmpx(getutline(as_utmp(line))); }
struct utmpx* pututxline(const struct utmpx* entry) { return as_utmpx(pututline(as_utmp(entry))); }
int utmpxname(const char* file) { return utmpname(file); }
void updwtmpx(const char* file, const struct utmpx* entry) { updwtmp(file, as_utmp(entry)); }
void getutmp(const struct utmpx* ux, struct utmp* u) { memcpy(u, ux, sizeof *u); }
void getutmpx(const struct utmp* u, struct utmpx* ux) { memcpy(ux, u, sizeof *ux); }

}  // extern "C"
