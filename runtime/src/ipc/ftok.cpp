// ftok: a System V IPC key from a file's identity and an 8-bit project number.
#include <sys/ipc.h>
#include <sys/stat.h>

extern "C" key_t ftok(const char* path, int id) {
  struct stat st;
  if (stat(path, &st) != 0) return -1;
  // The traditional packing: id in the top byte, then the low byte of the device number
  // and the low 16 bits of the inode number.
  return static_cast<key_t>((static_cast<unsigned>(id & 0xff) << 24) |
                            (static_cast<unsigned>(st.st_dev & 0xff) << 16) |
                            static_cast<unsigned>(st.st_ino & 0xffff));
}
