// dn_comp, dn_expand, dn_skipname, ns_name_uncompress: DNS names between presentation
// form and the (compressed) wire form.
#include <errno.h>
#include <resolv.h>

#include "net/dns_core.h"

extern "C" {

int ns_name_uncompress(const unsigned char* msg, const unsigned char* eom, const unsigned char* src,
                       char* dst, size_t dstsiz) {
  uint8_t wire[pure::dns::kMaxWireName];
  int n = pure::dns::read_wire_name(msg, eom, src, wire);
  if (n < 0) {
    errno = EMSGSIZE;
    return -1;
  }
  if (pure::dns::wire_to_text(wire, dst, dstsiz) < 0) {
    errno = EMSGSIZE;
    return -1;
  }
  return n;
}

// As ns_name_uncompress, except that the root comes out as "" (the classic behaviour).
int dn_expand(const unsigned char* msg, const unsigned char* eom, const unsigned char* src, char* dst,
              int dstsiz) {
  if (dstsiz <= 0) return -1;
  int n = ns_name_uncompress(msg, eom, src, dst, static_cast<size_t>(dstsiz));
  if (n > 0 && dst[0] == '.' && dst[1] == '\0') dst[0] = '\0';
  return n;
}

int dn_comp(const char* src, unsigned char* dst, int dstsiz, unsigned char** dnptrs,
            unsigned char** lastdnptr) {
  uint8_t wire[pure::dns::kMaxWireName];
  if (pure::dns::text_to_wire(src, wire) < 0) {
    errno = EMSGSIZE;
    return -1;
  }
  int n = pure::dns::compress_wire(wire, dst, dstsiz, dnptrs, lastdnptr);
  if (n < 0) errno = EMSGSIZE;
  return n;
}

int dn_skipname(const unsigned char* src, const unsigned char* eom) {
  int n = pure::dns::skip_name(src, eom);
  if (n < 0) errno = EMSGSIZE;
  return n;
}

}  // extern "C"
