// strerror, strerror_r (XSI and GNU), strerror_l, strerrorname_np and strerrordesc_np.
// The messages are the conventional Linux texts; the numbers come from the UAPI headers.
#include <errno.h>
#include <stdint.h>
#include <string.h>

namespace pure {
namespace {

struct ErrorText {
  int number;
  const char* name;
  const char* message;
};

// The source list, read only at compile time: kTable below packs it without pointers.
constexpr ErrorText kErrors[] = {
    {EPERM, "EPERM", "Operation not permitted"},
    {ENOENT, "ENOENT", "No such file or directory"},
    {ESRCH, "ESRCH", "No such process"},
    {EINTR, "EINTR", "Interrupted system call"},
    {EIO, "EIO", "Input/output error"},
    {ENXIO, "ENXIO", "No such device or address"},
    {E2BIG, "E2BIG", "Argument list too long"},
    {ENOEXEC, "ENOEXEC", "Exec format error"},
    {EBADF, "EBADF", "Bad file descriptor"},
    {ECHILD, "ECHILD", "No child processes"},
    {EAGAIN, "EAGAIN", "Resource temporarily unavailable"},
    {ENOMEM, "ENOMEM", "Cannot allocate memory"},
    {EACCES, "EACCES", "Permission denied"},
    {EFAULT, "EFAULT", "Bad address"},
    {ENOTBLK, "ENOTBLK", "Block device required"},
    {EBUSY, "EBUSY", "Device or resource busy"},
    {EEXIST, "EEXIST", "File exists"},
    {EXDEV, "EXDEV", "Invalid cross-device link"},
    {ENODEV, "ENODEV", "No such device"},
    {ENOTDIR, "ENOTDIR", "Not a directory"},
    {EISDIR, "EISDIR", "Is a directory"},
    {EINVAL, "EINVAL", "Invalid argument"},
    {ENFILE, "ENFILE", "Too many open files in system"},
    {EMFILE, "EMFILE", "Too many open files"},
    {ENOTTY, "ENOTTY", "Inappropriate ioctl for device"},
    {ETXTBSY, "ETXTBSY", "Text file busy"},
    {EFBIG, "EFBIG", "File too large"},
    {ENOSPC, "ENOSPC", "No space left on device"},
    {ESPIPE, "ESPIPE", "Illegal seek"},
    {EROFS, "EROFS", "Read-only file system"},
    {EMLINK, "EMLINK", "Too many links"},
    {EPIPE, "EPIPE", "Broken pipe"},
    {EDOM, "EDOM", "Numerical argument out of domain"},
    {ERANGE, "ERANGE", "Numerical result out of range"},
    {EDEADLK, "EDEADLK", "Resource deadlock avoided"},
    {ENAMETOOLONG, "ENAMETOOLONG", "File name too long"},
    {ENOLCK, "ENOLCK", "No locks available"},
    {ENOSYS, "ENOSYS", "Function not implemented"},
    {ENOTEMPTY, "ENOTEMPTY", "Directory not empty"},
    {ELOOP, "ELOOP", "Too many levels of symbolic links"},
    {ENOMSG, "ENOMSG", "No message of desired type"},
    {EIDRM, "EIDRM", "Identifier removed"},
    {ECHRNG, "ECHRNG", "Channel number out of range"},
    {EL2NSYNC, "EL2NSYNC", "Level 2 not synchronized"},
    {EL3HLT, "EL3HLT", "Level 3 halted"},
    {EL3RST, "EL3RST", "Level 3 reset"},
    {ELNRNG, "ELNRNG", "Link number out of range"},
    {EUNATCH, "EUNATCH", "Protocol driver not attached"},
    {ENOCSI, "ENOCSI", "No CSI structure available"},
    {EL2HLT, "EL2HLT", "Level 2 halted"},
    {EBADE, "EBADE", "Invalid exchange"},
    {EBADR, "EBADR", "Invalid request descriptor"},
    {EXFULL, "EXFULL", "Exchange full"},
    {ENOANO, "ENOANO", "No anode"},
    {EBADRQC, "EBADRQC", "Invalid request code"},
    {EBADSLT, "EBADSLT", "Invalid slot"},
    {EBFONT, "EBFONT", "Bad font file format"},
    {ENOSTR, "ENOSTR", "Device not a stream"},
    {ENODATA, "ENODATA", "No data available"},
    {ETIME, "ETIME", "Timer expired"},
    {ENOSR, "ENOSR", "Out of streams resources"},
    {ENONET, "ENONET", "Machine is not on the network"},
    {ENOPKG, "ENOPKG", "Package not installed"},
    {EREMOTE, "EREMOTE", "Object is remote"},
    {ENOLINK, "ENOLINK", "Link has been severed"},
    {EADV, "EADV", "Advertise error"},
    {ESRMNT, "ESRMNT", "Srmount error"},
    {ECOMM, "ECOMM", "Communication error on send"},
    {EPROTO, "EPROTO", "Protocol error"},
    {EMULTIHOP, "EMULTIHOP", "Multihop attempted"},
    {EDOTDOT, "EDOTDOT", "RFS specific error"},
    {EBADMSG, "EBADMSG", "Bad message"},
    {EOVERFLOW, "EOVERFLOW", "Value too large for defined data type"},
    {ENOTUNIQ, "ENOTUNIQ", "Name not unique on network"},
    {EBADFD, "EBADFD", "File descriptor in bad state"},
    {EREMCHG, "EREMCHG", "Remote address changed"},
    {ELIBACC, "ELIBACC", "Can not access a needed shared library"},
    {ELIBBAD, "ELIBBAD", "Accessing a corrupted shared library"},
    {ELIBSCN, "ELIBSCN", ".lib section in a.out corrupted"},
    {ELIBMAX, "ELIBMAX", "Attempting to link in too many shared libraries"},
    {ELIBEXEC, "ELIBEXEC", "Cannot exec a shared library directly"},
    {EILSEQ, "EILSEQ", "Invalid or incomplete multibyte or wide character"},
    {ERESTART, "ERESTART", "Interrupted system call should be restarted"},
    {ESTRPIPE, "ESTRPIPE", "Streams pipe error"},
    {EUSERS, "EUSERS", "Too many users"},
    {ENOTSOCK, "ENOTSOCK", "Socket operation on non-socket"},
    {EDESTADDRREQ, "EDESTADDRREQ", "Destination address required"},
    {EMSGSIZE, "EMSGSIZE", "Message too long"},
    {EPROTOTYPE, "EPROTOTYPE", "Protocol wrong type for socket"},
    {ENOPROTOOPT, "ENOPROTOOPT", "Protocol not available"},
    {EPROTONOSUPPORT, "EPROTONOSUPPORT", "Protocol not supported"},
    {ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "Socket type not supported"},
    {EOPNOTSUPP, "EOPNOTSUPP", "Operation not supported"},
    {EPFNOSUPPORT, "EPFNOSUPPORT", "Protocol family not supported"},
    {EAFNOSUPPORT, "EAFNOSUPPORT", "Address family not supported by protocol"},
    {EADDRINUSE, "EADDRINUSE", "Address already in use"},
    {EADDRNOTAVAIL, "EADDRNOTAVAIL", "Cannot assign requested address"},
    {ENETDOWN, "ENETDOWN", "Network is down"},
    {ENETUNREACH, "ENETUNREACH", "Network is unreachable"},
    {ENETRESET, "ENETRESET", "Network dropped connection because of reset"},
    {ECONNABORTED, "ECONNABORTED", "Software caused connection abort"},
    {ECONNRESET, "ECONNRESET", "Connection reset by peer"},
    {ENOBUFS, "ENOBUFS", "No buffer space available"},
    {EISCONN, "EISCONN", "Transport endpoint is already connected"},
    {ENOTCONN, "ENOTCONN", "Transport endpoint is not connected"},
    {ESHUTDOWN, "ESHUTDOWN", "Cannot send after transport endpoint shutdown"},
    {ETOOMANYREFS, "ETOOMANYREFS", "Too many references: cannot splice"},
    {ETIMEDOUT, "ETIMEDOUT", "Connection timed out"},
    {ECONNREFUSED, "ECONNREFUSED", "Connection refused"},
    {EHOSTDOWN, "EHOSTDOWN", "Host is down"},
    {EHOSTUNREACH, "EHOSTUNREACH", "No route to host"},
    {EALREADY, "EALREADY", "Operation already in progress"},
    {EINPROGRESS, "EINPROGRESS", "Operation now in progress"},
    {ESTALE, "ESTALE", "Stale file handle"},
    {EUCLEAN, "EUCLEAN", "Structure needs cleaning"},
    {ENOTNAM, "ENOTNAM", "Not a XENIX named type file"},
    {ENAVAIL, "ENAVAIL", "No XENIX semaphores available"},
    {EISNAM, "EISNAM", "Is a named type file"},
    {EREMOTEIO, "EREMOTEIO", "Remote I/O error"},
    {EDQUOT, "EDQUOT", "Disk quota exceeded"},
    {ENOMEDIUM, "ENOMEDIUM", "No medium found"},
    {EMEDIUMTYPE, "EMEDIUMTYPE", "Wrong medium type"},
    {ECANCELED, "ECANCELED", "Operation canceled"},
    {ENOKEY, "ENOKEY", "Required key not available"},
    {EKEYEXPIRED, "EKEYEXPIRED", "Key has expired"},
    {EKEYREVOKED, "EKEYREVOKED", "Key has been revoked"},
    {EKEYREJECTED, "EKEYREJECTED", "Key was rejected by service"},
    {EOWNERDEAD, "EOWNERDEAD", "Owner died"},
    {ENOTRECOVERABLE, "ENOTRECOVERABLE", "State not recoverable"},
    {ERFKILL, "ERFKILL", "Operation not possible due to RF-kill"},
    {EHWPOISON, "EHWPOISON", "Memory page has hardware error"},
};

constexpr int kMaxError = 133;

constexpr size_t length(const char* s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

constexpr size_t text_size() {
  size_t n = 0;
  for (const ErrorText& e : kErrors) n += length(e.name) + 1 + length(e.message) + 1;
  return n;
}

// The texts packed as "NAME\0message\0" pairs, found by number through 16-bit offsets.
// A table of pointers would be three words per error (3 KiB of relocated data in every
// program that can print %m); this is all read-only and needs no relocation.
struct ErrorTable {
  uint16_t at[kMaxError + 1] = {};  // 1 + offset of the error's name in text; 0: unknown
  char text[text_size()] = {};
  constexpr ErrorTable() {
    size_t pos = 0;
    for (const ErrorText& e : kErrors) {
      at[e.number] = static_cast<uint16_t>(pos + 1);
      for (const char* p = e.name; *p; p++) text[pos++] = *p;
      text[pos++] = 0;
      for (const char* p = e.message; *p; p++) text[pos++] = *p;
      text[pos++] = 0;
    }
  }
};
static_assert(text_size() < 0xffff, "offsets must fit in 16 bits");
constexpr ErrorTable kTable;

// The name of error e ("EPERM"), or null when e is unknown.
const char* name(int e) {
  if (e < 0 || e > kMaxError || !kTable.at[e]) return nullptr;
  return kTable.text + kTable.at[e] - 1;
}

const char* message(int e) {
  if (e == 0) return "Success";
  const char* p = name(e);
  if (!p) return nullptr;
  while (*p) p++;  // the message follows the name
  return p + 1;
}

// "Unknown error N" into buf (at least 32 bytes).
char* format_unknown(int e, char* buf) {
  constexpr char kPrefix[] = "Unknown error ";
  memcpy(buf, kPrefix, sizeof kPrefix - 1);
  char* p = buf + sizeof kPrefix - 1;
  unsigned v = e < 0 ? 0u - static_cast<unsigned>(e) : static_cast<unsigned>(e);
  if (e < 0) *p++ = '-';
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) *p++ = digits[--n];
  *p = 0;
  return buf;
}

constinit thread_local char unknown_buffer[32];

// Copies msg into buf, truncated to fit; returns false when it had to truncate.
bool copy_message(const char* msg, char* buf, size_t len) {
  size_t n = strlen(msg);
  if (len == 0) return false;
  if (n >= len) {
    memcpy(buf, msg, len - 1);
    buf[len - 1] = 0;
    return false;
  }
  memcpy(buf, msg, n + 1);
  return true;
}

}  // namespace
}  // namespace pure

extern "C" {

char* strerror(int e) {
  const char* m = pure::message(e);
  return m ? const_cast<char*>(m) : pure::format_unknown(e, pure::unknown_buffer);
}

char* strerror_l(int e, locale_t) { return strerror(e); }

// XSI: fills buf; EINVAL for an unknown number (buf still gets "Unknown error N"),
// ERANGE when buf is too small. Its C name is strerror_r; string.h (built with
// _GNU_SOURCE here) gives that C++ name to the GNU variant, so this one is renamed.
int xsi_strerror_r(int e, char* buf, size_t len) __asm__("strerror_r");
int xsi_strerror_r(int e, char* buf, size_t len) {
  const char* m = pure::message(e);
  char tmp[32];
  if (!m) m = pure::format_unknown(e, tmp);
  if (!pure::copy_message(m, buf, len)) return ERANGE;
  return pure::message(e) ? 0 : EINVAL;
}

// GNU: returns the message, which may or may not be in buf (symbol __gnu_strerror_r).
char* strerror_r(int e, char* buf, size_t len) {
  const char* m = pure::message(e);
  if (m) return const_cast<char*>(m);
  char tmp[32];
  pure::copy_message(pure::format_unknown(e, tmp), buf, len);
  return len ? buf : const_cast<char*>("Unknown error");
}

const char* strerrorname_np(int e) {
  return pure::name(e);
}

const char* strerrordesc_np(int e) { return pure::message(e); }

}  // extern "C"
