/* x86_64 floating-point environment: the x87 unit and SSE (MXCSR) are kept in step.
   Exception flags are the status-word / MXCSR bit positions, rounding modes the x87
   control-word RC field (MXCSR holds the same field 3 bits higher). */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* The 28-byte x87 environment as fnstenv/fldenv store it, then MXCSR. */
typedef struct {
  unsigned short __control_word;
  unsigned short __reserved0;
  unsigned short __status_word;
  unsigned short __reserved1;
  unsigned short __tag_word;
  unsigned short __reserved2;
  unsigned int __instruction_offset;
  unsigned short __instruction_selector;
  unsigned short __opcode;
  unsigned int __operand_offset;
  unsigned short __operand_selector;
  unsigned short __reserved3;
  unsigned int __mxcsr;
} fenv_t;

#define FE_DFL_ENV ((const fenv_t *)-1)

#endif
