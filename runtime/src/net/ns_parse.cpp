// ns_get16/32, ns_put16/32, ns_initparse, ns_skiprr, ns_parserr: reading DNS messages
// record by record, every access checked against the message's end.
#include <errno.h>
#include <resolv.h>
#include <string.h>

#include "net/dns_core.h"

namespace pure::net {
namespace {

// The bytes taken by count records of a section starting at p, or -1.
int skip_records(const uint8_t* p, const uint8_t* eom, ns_sect section, int count) {
  const uint8_t* start = p;
  for (int i = 0; i < count; i++) {
    int n = dns::skip_name(p, eom);
    if (n < 0) return -1;
    p += n;
    int fixed = section == ns_s_qd ? NS_QFIXEDSZ : NS_RRFIXEDSZ;
    if (eom - p < fixed) return -1;
    if (section != ns_s_qd) {
      unsigned rdlen = dns::get16(p + 8);
      if (static_cast<unsigned long>(eom - p - fixed) < rdlen) return -1;
      p += rdlen;
    }
    p += fixed;
  }
  return static_cast<int>(p - start);
}

}  // namespace
}  // namespace pure::net

extern "C" {

unsigned ns_get16(const unsigned char* src) { return pure::dns::get16(src); }
unsigned long ns_get32(const unsigned char* src) { return pure::dns::get32(src); }
void ns_put16(unsigned src, unsigned char* dst) { pure::dns::put16(src, dst); }
void ns_put32(unsigned long src, unsigned char* dst) { pure::dns::put32(static_cast<uint32_t>(src), dst); }

int ns_skiprr(const unsigned char* ptr, const unsigned char* eom, ns_sect section, int count) {
  int n = pure::net::skip_records(ptr, eom, section, count);
  if (n < 0) errno = EMSGSIZE;
  return n;
}

int ns_initparse(const unsigned char* msg, int msglen, ns_msg* handle) {
  if (msglen < NS_HFIXEDSZ) {
    errno = EMSGSIZE;
    return -1;
  }
  const unsigned char* eom = msg + msglen;
  handle->_msg = msg;
  handle->_eom = eom;
  handle->_id = static_cast<uint16_t>(pure::dns::get16(msg));
  handle->_flags = static_cast<uint16_t>(pure::dns::get16(msg + 2));
  const unsigned char* p = msg + NS_HFIXEDSZ;
  for (int s = 0; s < ns_s_max; s++) handle->_counts[s] = static_cast<uint16_t>(pure::dns::get16(msg + 4 + 2 * s));
  for (int s = 0; s < ns_s_max; s++) {
    if (handle->_counts[s] == 0) {
      handle->_sections[s] = nullptr;
      continue;
    }
    handle->_sections[s] = p;
    int n = pure::net::skip_records(p, eom, static_cast<ns_sect>(s), handle->_counts[s]);
    if (n < 0) {
      errno = EMSGSIZE;
      return -1;
    }
    p += n;
  }
  if (p != eom) {  // trailing bytes: not a well-formed message
    errno = EMSGSIZE;
    return -1;
  }
  handle->_sect = ns_s_max;
  handle->_rrnum = -1;
  handle->_msg_ptr = nullptr;
  return 0;
}

int ns_parserr(ns_msg* handle, ns_sect section, int rrnum, ns_rr* rr) {
  if (section < 0 || section >= ns_s_max) {
    errno = ENODEV;
    return -1;
  }
  if (rrnum < 0 || rrnum >= handle->_counts[section]) {
    errno = ENODEV;
    return -1;
  }
  const unsigned char* eom = handle->_eom;
  const unsigned char* p;
  // Continue from the last record when reading forward; otherwise skip from the start.
  if (handle->_sect == section && handle->_msg_ptr && rrnum == handle->_rrnum + 1) {
    p = handle->_msg_ptr;
  } else {
    p = handle->_sections[section];
    int n = pure::net::skip_records(p, eom, section, rrnum);
    if (n < 0) {
      errno = EMSGSIZE;
      return -1;
    }
    p += n;
  }
  int n = ns_name_uncompress(handle->_msg, eom, p, rr->name, NS_MAXDNAME);
  if (n < 0) return -1;
  if (rr->name[0] == '.' && rr->name[1] == '\0') rr->name[0] = '\0';
  p += n;
  int fixed = section == ns_s_qd ? NS_QFIXEDSZ : NS_RRFIXEDSZ;
  if (eom - p < fixed) {
    errno = EMSGSIZE;
    return -1;
  }
  rr->type = static_cast<uint16_t>(pure::dns::get16(p));
  rr->rr_class = static_cast<uint16_t>(pure::dns::get16(p + 2));
  if (section == ns_s_qd) {
    rr->ttl = 0;
    rr->rdlength = 0;
    rr->rdata = nullptr;
    p += NS_QFIXEDSZ;
  } else {
    rr->ttl = pure::dns::get32(p + 4);
    rr->rdlength = static_cast<uint16_t>(pure::dns::get16(p + 8));
    p += NS_RRFIXEDSZ;
    if (eom - p < rr->rdlength) {
      errno = EMSGSIZE;
      return -1;
    }
    rr->rdata = p;
    p += rr->rdlength;
  }
  handle->_sect = section;
  handle->_rrnum = rrnum;
  handle->_msg_ptr = p;
  return 0;
}

}  // extern "C"
