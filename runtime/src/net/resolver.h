// The DNS stub resolver inside the libc: its configuration (struct __res_state, read
// from /etc/resolv.conf once) and the query path that getaddrinfo, gethostbyname and
// the res_* functions share.
#pragma once
#include <resolv.h>

namespace pure::net {

// The resolver state, read from resolv.conf (and LOCALDOMAIN / RES_OPTIONS) on first use.
struct __res_state& resolver();

// res_send: the answer's length, or -errno.
int send_query(const unsigned char* msg, int msglen, unsigned char* answer, int anslen);

// res_search for the public functions and the name lookups: returns the answer's length
// and stores h_errno's value in *herr on failure (-1).
int search(const char* name, int cls, int type, unsigned char* answer, int anslen, int* herr);
int query(const char* name, int cls, int type, unsigned char* answer, int anslen, int* herr);

}  // namespace pure::net
