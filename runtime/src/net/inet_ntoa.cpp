// inet_ntoa: dotted decimal in a per-thread buffer (each call overwrites the last).
#include <arpa/inet.h>

#include "net/inet_core.h"

namespace pure {
namespace {
constinit thread_local char ntoa_buffer[INET_ADDRSTRLEN];
}
}  // namespace pure

extern "C" char* inet_ntoa(struct in_addr in) {
  pure::inet::format_ipv4(reinterpret_cast<const uint8_t*>(&in.s_addr), pure::ntoa_buffer);
  return pure::ntoa_buffer;
}
