#ifndef __PURE_TYPE_STRUCT_WINSIZE
#define __PURE_TYPE_STRUCT_WINSIZE
/* Terminal window size (TIOCGWINSZ/TIOCSWINSZ), the kernel's layout. */
struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};
#endif
