// The kernel's struct termios (asm/termbits.h) beside the user's (<termios.h>). The
// kernel's is renamed so both can be seen at once; its c_cc has only 19 entries, so the
// user struct is its prefix plus room, and the speeds live in c_cflag (CBAUD, CIBAUD).
#pragma once
#define termios kernel_termios
#define termios2 kernel_termios2
#define ktermios kernel_ktermios
#include <asm/termbits.h>
#undef termios
#undef termios2
#undef ktermios
#undef NCCS
#include <stddef.h>
#include <termios.h>

namespace pure {

inline constexpr size_t kKernelNccs = sizeof(kernel_termios{}.c_cc);

static_assert(offsetof(struct termios, c_iflag) == offsetof(kernel_termios, c_iflag));
static_assert(offsetof(struct termios, c_oflag) == offsetof(kernel_termios, c_oflag));
static_assert(offsetof(struct termios, c_cflag) == offsetof(kernel_termios, c_cflag));
static_assert(offsetof(struct termios, c_lflag) == offsetof(kernel_termios, c_lflag));
static_assert(offsetof(struct termios, c_line) == offsetof(kernel_termios, c_line));
static_assert(offsetof(struct termios, c_cc) == offsetof(kernel_termios, c_cc));
static_assert(kKernelNccs <= NCCS);
static_assert(sizeof(struct termios) == 60);

}  // namespace pure
