// res_mkquery: a standard query message (one question) for dname, class and type.
#include <errno.h>
#include <resolv.h>
#include <stdlib.h>

#include "net/dns_core.h"
#include "net/resolver.h"

extern "C" int res_mkquery(int op, const char* dname, int cls, int type, const unsigned char* data,
                           int datalen, const unsigned char* newrr, unsigned char* buf, int buflen) {
  struct __res_state& st = pure::net::resolver();
  uint8_t wire[pure::dns::kMaxWireName];
  int wlen = pure::dns::text_to_wire(dname, wire);
  // Only plain queries are built; the notify/update opcodes need record data we do not take.
  if (op != ns_o_query || wlen < 0 || buflen < NS_HFIXEDSZ + wlen + NS_QFIXEDSZ) return -1;
  unsigned id = arc4random() & 0xffff;
  st.id = static_cast<unsigned short>(id);
  pure::dns::put16(id, buf);
  buf[2] = (st.options & RES_RECURSE) ? 0x01 : 0x00;  // QR=0, opcode QUERY, RD
  buf[3] = 0;
  pure::dns::put16(1, buf + 4);  // one question
  pure::dns::put16(0, buf + 6);
  pure::dns::put16(0, buf + 8);
  pure::dns::put16(0, buf + 10);
  for (int i = 0; i < wlen; i++) buf[NS_HFIXEDSZ + i] = wire[i];
  unsigned char* q = buf + NS_HFIXEDSZ + wlen;
  pure::dns::put16(static_cast<unsigned>(type), q);
  pure::dns::put16(static_cast<unsigned>(cls), q + 2);
  return NS_HFIXEDSZ + wlen + NS_QFIXEDSZ;
}
