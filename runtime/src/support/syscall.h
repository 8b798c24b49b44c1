// The one door to the kernel: raw system calls through inline assembly.
// Calls return the kernel's value: >= 0 on success, -errno on failure. Public functions
// turn that into the C convention with pure::to_errno() at their boundary.
#pragma once
#include <asm/unistd.h>  // __NR_* numbers, straight from the kernel UAPI headers

namespace pure {

namespace detail {
template <class T> inline long as_arg(T v) {
  if constexpr (__is_pointer(T)) return reinterpret_cast<long>(v);
  else return static_cast<long>(v);
}
inline long as_arg(decltype(nullptr)) { return 0; }

#if defined(__x86_64__)
inline long raw(long n) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a, long b) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a, long b, long c) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a, long b, long c, long d) {
  long r;
  register long r10 asm("r10") = d;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a, long b, long c, long d, long e) {
  long r;
  register long r10 asm("r10") = d;
  register long r8 asm("r8") = e;
  asm volatile("syscall"
               : "=a"(r)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
               : "rcx", "r11", "memory");
  return r;
}
inline long raw(long n, long a, long b, long c, long d, long e, long f) {
  long r;
  register long r10 asm("r10") = d;
  register long r8 asm("r8") = e;
  register long r9 asm("r9") = f;
  asm volatile("syscall"
               : "=a"(r)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return r;
}
#elif defined(__aarch64__)
// x8 holds the number, x0..x5 the arguments; x0 the result.
#define PURE_SVC(...) asm volatile("svc #0" : "=r"(x0) : "r"(x8), ##__VA_ARGS__ : "memory")
inline long raw(long n) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0");
  PURE_SVC();
  return x0;
}
inline long raw(long n, long a) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8) : "memory");
  return x0;
}
inline long raw(long n, long a, long b) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
  return x0;
}
inline long raw(long n, long a, long b, long c) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  register long x2 asm("x2") = c;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
  return x0;
}
inline long raw(long n, long a, long b, long c, long d) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  register long x2 asm("x2") = c;
  register long x3 asm("x3") = d;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
  return x0;
}
inline long raw(long n, long a, long b, long c, long d, long e) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  register long x2 asm("x2") = c;
  register long x3 asm("x3") = d;
  register long x4 asm("x4") = e;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4) : "memory");
  return x0;
}
inline long raw(long n, long a, long b, long c, long d, long e, long f) {
  register long x8 asm("x8") = n;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  register long x2 asm("x2") = c;
  register long x3 asm("x3") = d;
  register long x4 asm("x4") = e;
  register long x5 asm("x5") = f;
  asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
  return x0;
}
#undef PURE_SVC
#else
#error "pure libc: unsupported architecture"
#endif
}  // namespace detail

// pure::syscall(__NR_write, fd, buf, len): any mix of integers and pointers.
template <class... Args> inline long syscall(long number, Args... args) {
  static_assert(sizeof...(Args) <= 6, "Linux system calls take at most six arguments");
  return detail::raw(number, detail::as_arg(args)...);
}

// True when a raw kernel return value is an error (-4095..-1).
inline bool is_error(long r) { return static_cast<unsigned long>(r) > -4096UL; }

}  // namespace pure
