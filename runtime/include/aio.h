/* aio.h: POSIX asynchronous I/O. Each request runs in a thread of its own. */
#ifndef _AIO_H
#define _AIO_H
#include <features.h>
#include <bits/types/off_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/struct_sigevent.h>
#include <bits/types/struct_timespec.h>

struct aiocb {
  int aio_fildes;
  int aio_lio_opcode; /* for lio_listio: LIO_READ, LIO_WRITE or LIO_NOP */
  int aio_reqprio;    /* accepted, not used */
  volatile void *aio_buf;
  size_t aio_nbytes;
  struct sigevent aio_sigevent;
  off_t aio_offset;
  /* The request's state, private to the library. */
  int __op;
  int __error;
  ssize_t __result;
  struct aiocb *__next;
  struct aiocb *__prev;
  void *__group;
};

/* aio_cancel results. */
#define AIO_CANCELED 0
#define AIO_NOTCANCELED 1
#define AIO_ALLDONE 2

/* lio_listio opcodes and modes. */
#define LIO_READ 0
#define LIO_WRITE 1
#define LIO_NOP 2
#define LIO_WAIT 0
#define LIO_NOWAIT 1

__PURE_BEGIN_DECLS
int aio_read(struct aiocb *__cb);
int aio_write(struct aiocb *__cb);
int aio_fsync(int __op, struct aiocb *__cb);
int aio_error(const struct aiocb *__cb);
ssize_t aio_return(struct aiocb *__cb);
int aio_suspend(const struct aiocb *const __list[], int __count, const struct timespec *__timeout);
int aio_cancel(int __fd, struct aiocb *__cb);
int lio_listio(int __mode, struct aiocb *const __PURE_RESTRICT __list[], int __count,
               struct sigevent *__PURE_RESTRICT __event);
__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define aiocb64 aiocb
#define aio_read64 aio_read
#define aio_write64 aio_write
#define aio_fsync64 aio_fsync
#define aio_error64 aio_error
#define aio_return64 aio_return
#define aio_suspend64 aio_suspend
#define aio_cancel64 aio_cancel
#define lio_listio64 lio_listio
#endif

#endif
