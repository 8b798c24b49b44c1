/* sys/io.h: x86 I/O port access. ioperm() and iopl() grant the permission; the in/out
   functions are single instructions. (Only x86 has I/O ports, hence only x86 has this
   header.) */
#ifndef _SYS_IO_H
#define _SYS_IO_H
#include <features.h>

__PURE_BEGIN_DECLS

int ioperm(unsigned long __from, unsigned long __num, int __turn_on);
int iopl(int __level);

static __inline unsigned char inb(unsigned short __port) {
  unsigned char __v;
  __asm__ __volatile__("inb %w1, %b0" : "=a"(__v) : "Nd"(__port));
  return __v;
}
static __inline unsigned short inw(unsigned short __port) {
  unsigned short __v;
  __asm__ __volatile__("inw %w1, %w0" : "=a"(__v) : "Nd"(__port));
  return __v;
}
static __inline unsigned int inl(unsigned short __port) {
  unsigned int __v;
  __asm__ __volatile__("inl %w1, %0" : "=a"(__v) : "Nd"(__port));
  return __v;
}
/* The historical argument order: value first, then port. */
static __inline void outb(unsigned char __v, unsigned short __port) {
  __asm__ __volatile__("outb %b0, %w1" : : "a"(__v), "Nd"(__port));
}
static __inline void outw(unsigned short __v, unsigned short __port) {
  __asm__ __volatile__("outw %w0, %w1" : : "a"(__v), "Nd"(__port));
}
static __inline void outl(unsigned int __v, unsigned short __port) {
  __asm__ __volatile__("outl %0, %w1" : : "a"(__v), "Nd"(__port));
}
/* The _p forms pause after the access by writing to the unused port 0x80. */
static __inline unsigned char inb_p(unsigned short __port) {
  unsigned char __v = inb(__port);
  outb(0, 0x80);
  return __v;
}
static __inline void outb_p(unsigned char __v, unsigned short __port) {
  outb(__v, __port);
  outb(0, 0x80);
}

__PURE_END_DECLS

#endif
