// res_query, res_search, res_querydomain: a query and its answer, with the search list
// and "options ndots:" deciding which names to try (resolv.conf(5)).
#include <errno.h>
#include <netdb.h>
#include <resolv.h>
#include <string.h>

#include "net/resolver.h"

namespace pure::net {

int query(const char* name, int cls, int type, unsigned char* answer, int anslen, int* herr) {
  unsigned char q[NS_PACKETSZ];
  if (anslen < NS_HFIXEDSZ) {
    *herr = NO_RECOVERY;
    return -1;
  }
  int qlen = res_mkquery(ns_o_query, name, cls, type, nullptr, 0, nullptr, q, sizeof q);
  if (qlen < 0) {
    *herr = NO_RECOVERY;
    return -1;
  }
  int r = send_query(q, qlen, answer, anslen);
  if (r < 0) {
    *herr = TRY_AGAIN;
    return -1;
  }
  unsigned rcode = answer[3] & 0x0f;
  unsigned ancount = (unsigned{answer[6]} << 8) | answer[7];
  if (rcode != ns_r_noerror || ancount == 0) {
    switch (rcode) {
      case ns_r_nxdomain: *herr = HOST_NOT_FOUND; break;
      case ns_r_servfail: *herr = TRY_AGAIN; break;
      case ns_r_noerror: *herr = NO_DATA; break;
      default: *herr = NO_RECOVERY; break;
    }
    return -1;
  }
  return r;
}

namespace {

// name + "." + domain into out; false if it does not fit.
bool join(const char* name, const char* domain, char* out, size_t size) {
  size_t n = strlen(name), d = domain ? strlen(domain) : 0;
  if (n && name[n - 1] == '.') n--;
  if (n + 1 + d + 1 > size) return false;
  memcpy(out, name, n);
  if (d) {
    out[n] = '.';
    memcpy(out + n + 1, domain, d + 1);
  } else {
    out[n] = '\0';
  }
  return true;
}

}  // namespace

int search(const char* name, int cls, int type, unsigned char* answer, int anslen, int* herr) {
  struct __res_state& st = resolver();
  size_t len = strlen(name);
  int dots = 0;
  for (const char* p = name; *p; p++) dots += *p == '.';
  // A trailing dot means the name is complete: no search list.
  if (len && name[len - 1] == '.') return query(name, cls, type, answer, anslen, herr);
  bool tried_as_is = false;
  int saved_herr = HOST_NOT_FOUND;
  bool got_try_again = false;
  if (dots >= static_cast<int>(st.ndots)) {
    int r = query(name, cls, type, answer, anslen, herr);
    if (r >= 0) return r;
    tried_as_is = true;
    saved_herr = *herr;
    if (*herr == TRY_AGAIN) got_try_again = true;
  }
  if ((dots == 0 && (st.options & RES_DEFNAMES)) || (dots > 0 && (st.options & RES_DNSRCH))) {
    for (int i = 0; i < MAXDNSRCH && st.dnsrch[i]; i++) {
      char full[NS_MAXDNAME];
      if (!join(name, st.dnsrch[i], full, sizeof full)) continue;
      int r = query(full, cls, type, answer, anslen, herr);
      if (r >= 0) return r;
      if (*herr == TRY_AGAIN) got_try_again = true;
      else if (*herr == NO_DATA) saved_herr = NO_DATA;
      else if (*herr != HOST_NOT_FOUND) break;  // the server cannot help: stop searching
    }
  }
  if (!tried_as_is) {
    int r = query(name, cls, type, answer, anslen, herr);
    if (r >= 0) return r;
    if (*herr == TRY_AGAIN) got_try_again = true;
    else if (*herr == NO_DATA) saved_herr = NO_DATA;
  }
  // NO_DATA (the name exists) beats HOST_NOT_FOUND; a timeout anywhere means "try again".
  *herr = saved_herr == NO_DATA ? NO_DATA : got_try_again ? TRY_AGAIN : *herr;
  return -1;
}

}  // namespace pure::net

extern "C" {

int res_query(const char* dname, int cls, int type, unsigned char* answer, int anslen) {
  int herr = 0;
  int r = pure::net::query(dname, cls, type, answer, anslen, &herr);
  if (r < 0) h_errno = herr;
  return r;
}

int res_search(const char* dname, int cls, int type, unsigned char* answer, int anslen) {
  int herr = 0;
  int r = pure::net::search(dname, cls, type, answer, anslen, &herr);
  if (r < 0) h_errno = herr;
  return r;
}

int res_querydomain(const char* name, const char* domain, int cls, int type, unsigned char* answer,
                    int anslen) {
  char full[NS_MAXDNAME];
  if (!pure::net::join(name, domain, full, sizeof full)) {
    h_errno = NO_RECOVERY;
    errno = EMSGSIZE;
    return -1;
  }
  return res_query(full, cls, type, answer, anslen);
}

}  // extern "C"
