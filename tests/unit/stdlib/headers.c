/* The limits, inttypes, endian and byteswap headers: values the standards fix. */
#include <byteswap.h>
#include <endian.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <alloca.h>

#include "../check.h"

_Static_assert(CHAR_BIT == 8, "CHAR_BIT");
_Static_assert(SCHAR_MIN == -128 && SCHAR_MAX == 127 && UCHAR_MAX == 255, "char limits");
_Static_assert(SHRT_MIN == -32768 && SHRT_MAX == 32767 && USHRT_MAX == 65535, "short limits");
_Static_assert(INT_MIN == -INT_MAX - 1 && INT_MAX == 2147483647 && UINT_MAX == 4294967295u, "int");
_Static_assert(LONG_MAX == 9223372036854775807L && ULONG_MAX == 18446744073709551615ul, "long");
_Static_assert(LLONG_MIN == -LLONG_MAX - 1 && ULLONG_MAX == 18446744073709551615ull, "llong");
_Static_assert(MB_LEN_MAX >= 4, "UTF-8 needs 4 bytes");
_Static_assert(PATH_MAX == 4096 && NAME_MAX == 255 && PIPE_BUF == 4096, "Linux file limits");
_Static_assert(IOV_MAX == 1024 && LONG_BIT == 64 && WORD_BIT == 32, "misc limits");
_Static_assert(SSIZE_MAX == LONG_MAX, "ssize_t");
_Static_assert(_POSIX_PATH_MAX == 256 && _POSIX_ARG_MAX == 4096, "POSIX minimums");
_Static_assert(PTHREAD_KEYS_MAX >= _POSIX_THREAD_KEYS_MAX, "keys");
_Static_assert(BYTE_ORDER == LITTLE_ENDIAN, "both targets are little-endian");

int main(void) {
  char buf[128];
  snprintf(buf, sizeof buf, "%" PRId64 " %" PRIu32 " %" PRIx8 " %" PRIdMAX " %" PRIXPTR, (int64_t)-5,
           (uint32_t)4000000000u, (uint8_t)255, (intmax_t)INTMAX_MIN, (uintptr_t)0xABC);
  CHECK_STR(buf, "-5 4000000000 ff -9223372036854775808 ABC");
  snprintf(buf, sizeof buf, "%" PRIdLEAST16 " %" PRIuFAST16 " %" PRIoFAST32 " %" PRIiFAST64, (int_least16_t)-7,
           (uint_fast16_t)65535, (uint_fast32_t)8, (int_fast64_t)1);
  CHECK_STR(buf, "-7 65535 10 1");
  /* LP64: 64-bit types are long; scanf needs hh for 8-bit types. */
  CHECK_STR(SCNd64, "ld");
  CHECK_STR(SCNu8, "hhu");
  CHECK_STR(SCNxPTR, "lx");

  CHECK(bswap_16(0x1234) == 0x3412);
  CHECK(bswap_32(0x12345678u) == 0x78563412u);
  CHECK(bswap_64(0x0102030405060708ull) == 0x0807060504030201ull);
  CHECK(htobe32(0x01020304u) == 0x04030201u && le16toh(0x1234) == 0x1234);
  CHECK(be64toh(htobe64(0x1122334455667788ull)) == 0x1122334455667788ull);

  char *a = alloca(100);
  a[99] = 1;
  CHECK(a[99] == 1);
  return check_done();
}
