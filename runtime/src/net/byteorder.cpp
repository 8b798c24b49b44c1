// htonl, htons, ntohl, ntohs as functions, for code that takes their address or is C++.
#include <netinet/in.h>

#undef htonl
#undef htons
#undef ntohl
#undef ntohs

extern "C" {

uint32_t htonl(uint32_t v) { return __builtin_bswap32(v); }
uint16_t htons(uint16_t v) { return __builtin_bswap16(v); }
uint32_t ntohl(uint32_t v) { return __builtin_bswap32(v); }
uint16_t ntohs(uint16_t v) { return __builtin_bswap16(v); }

}  // extern "C"
