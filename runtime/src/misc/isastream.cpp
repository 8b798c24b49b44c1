// isastream: no descriptor is a STREAMS file on Linux; only a bad descriptor is an error.
#include <fcntl.h>
#include <stropts.h>

extern "C" int isastream(int fd) { return fcntl(fd, F_GETFD) < 0 ? -1 : 0; }
