// The resolver state (_res) and res_init: /etc/resolv.conf's nameserver, domain, search
// and options lines, then the LOCALDOMAIN (search list) and RES_OPTIONS (options)
// environment variables, as on other Linux systems. Read once: later changes to the
// file take effect only when the program calls res_init again.
#include <arpa/inet.h>
#include <resolv.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "net/db_file.h"
#include "net/resolver.h"
#include "support/lock.h"

namespace pure::net {
namespace {

constinit struct __res_state state = {};
constinit struct sockaddr_in6 ipv6_servers[MAXNS] = {};
constinit Lock init_lock;

int clamp(const char* s, int max) {
  int v = atoi(s);
  return v < 0 ? 0 : v > max ? max : v;
}

void apply_options(struct __res_state& st, char* const* words, int count) {
  for (int i = 0; i < count; i++) {
    const char* w = words[i];
    if (!strncmp(w, "ndots:", 6)) st.ndots = static_cast<unsigned>(clamp(w + 6, RES_MAXNDOTS));
    else if (!strncmp(w, "timeout:", 8)) st.retrans = clamp(w + 8, RES_MAXRETRANS);
    else if (!strncmp(w, "attempts:", 9)) st.retry = clamp(w + 9, RES_MAXRETRY);
    else if (!strcmp(w, "rotate")) st.options |= RES_ROTATE;
    else if (!strcmp(w, "use-vc")) st.options |= RES_USEVC;
    else if (!strcmp(w, "edns0")) st.options |= RES_USE_EDNS0;
    else if (!strcmp(w, "single-request")) st.options |= RES_SNGLKUP;
    else if (!strcmp(w, "no-aaaa")) st.options |= RES_NOAAAA;
    else if (!strcmp(w, "trust-ad")) st.options |= RES_TRUSTAD;
    else if (!strcmp(w, "debug")) st.options |= RES_DEBUG;
    // Other options (inet6, no-check-names, ...) change nothing here and are ignored,
    // as resolvers do with options they do not know.
  }
}

// The search list: names copied into defdname, dnsrch pointing at them.
void set_search(struct __res_state& st, char* const* names, int count) {
  size_t used = 0;
  int n = 0;
  for (int i = 0; i < count && n < MAXDNSRCH; i++) {
    size_t len = strlen(names[i]);
    if (used + len + 1 > sizeof st.defdname) break;
    memcpy(st.defdname + used, names[i], len + 1);
    st.dnsrch[n++] = st.defdname + used;
    used += len + 1;
  }
  st.dnsrch[n] = nullptr;
  if (n == 0) st.defdname[0] = '\0';
}

void add_nameserver(struct __res_state& st, const char* text) {
  if (st.nscount >= MAXNS) return;
  int i = st.nscount;
  struct in_addr a4;
  if (inet_pton(AF_INET, text, &a4) == 1) {
    st.nsaddr_list[i] = {};
    st.nsaddr_list[i].sin_family = AF_INET;
    st.nsaddr_list[i].sin_port = htons(NS_DEFAULTPORT);
    st.nsaddr_list[i].sin_addr = a4;
    st._u._ext.nsaddrs[i] = nullptr;
    st.nscount++;
    return;
  }
  // IPv6, with an optional %scope (an interface index or name).
  char addr[INET6_ADDRSTRLEN];
  const char* pct = strchr(text, '%');
  size_t len = pct ? static_cast<size_t>(pct - text) : strlen(text);
  if (len >= sizeof addr) return;
  memcpy(addr, text, len);
  addr[len] = '\0';
  struct sockaddr_in6& s6 = ipv6_servers[i];
  s6 = {};
  if (inet_pton(AF_INET6, addr, &s6.sin6_addr) != 1) return;
  s6.sin6_family = AF_INET6;
  s6.sin6_port = htons(NS_DEFAULTPORT);
  if (pct) s6.sin6_scope_id = static_cast<uint32_t>(atoi(pct + 1));
  st.nsaddr_list[i] = {};  // family 0: this slot's server is in _u._ext.nsaddrs
  st._u._ext.nsaddrs[i] = &s6;
  st.nscount++;
}

void load(struct __res_state& st) {
  st = {};
  st.retrans = RES_TIMEOUT;
  st.retry = RES_DFLRETRY;
  st.options = RES_DEFAULT;
  st.ndots = 1;
  st._vcsock = -1;
  DbFile conf;
  bool have_search = false;
  if (conf.open(_PATH_RESCONF)) {
    while (conf.next()) {
      const char* key = conf.field[0];
      if (!strcmp(key, "nameserver") && conf.count > 1) {
        add_nameserver(st, conf.field[1]);
      } else if ((!strcmp(key, "domain") && conf.count > 1)) {
        set_search(st, conf.field + 1, 1);
        have_search = true;
      } else if (!strcmp(key, "search")) {
        set_search(st, conf.field + 1, conf.count - 1);
        have_search = true;
      } else if (!strcmp(key, "options")) {
        apply_options(st, conf.field + 1, conf.count - 1);
      }
    }
    conf.close();
  }
  if (!have_search) {
    // The local domain: what follows the first dot of the host name.
    char host[256];
    if (gethostname(host, sizeof host) == 0) {
      host[sizeof host - 1] = '\0';
      char* dot = strchr(host, '.');
      if (dot && dot[1]) {
        char* name = dot + 1;
        set_search(st, &name, 1);
      }
    }
  }
  if (const char* env = getenv("LOCALDOMAIN")) {
    char copy[256];
    char* save = nullptr;
    strncpy(copy, env, sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';
    char* words[MAXDNSRCH];
    int n = 0;
    for (char* w = strtok_r(copy, " \t\n", &save); w && n < MAXDNSRCH; w = strtok_r(nullptr, " \t\n", &save)) words[n++] = w;
    set_search(st, words, n);
  }
  if (const char* env = getenv("RES_OPTIONS")) {
    char copy[256];
    char* save = nullptr;
    strncpy(copy, env, sizeof copy - 1);
    copy[sizeof copy - 1] = '\0';
    char* words[16];
    int n = 0;
    for (char* w = strtok_r(copy, " \t\n", &save); w && n < 16; w = strtok_r(nullptr, " \t\n", &save)) words[n++] = w;
    apply_options(st, words, n);
  }
  if (st.nscount == 0) add_nameserver(st, "127.0.0.1");  // no server configured: the local one
  __atomic_store_n(&st.options, st.options | RES_INIT, __ATOMIC_RELEASE);
}

}  // namespace

struct __res_state& resolver() {
  if (!(__atomic_load_n(&state.options, __ATOMIC_ACQUIRE) & RES_INIT)) {
    LockGuard guard(init_lock);
    if (!(state.options & RES_INIT)) load(state);
  }
  return state;
}

}  // namespace pure::net

extern "C" {

struct __res_state* __res_state(void) { return &pure::net::state; }

int res_init(void) {
  pure::LockGuard guard(pure::net::init_lock);
  pure::net::load(pure::net::state);
  return 0;
}

}  // extern "C"
