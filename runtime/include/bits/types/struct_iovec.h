#ifndef __PURE_TYPE_STRUCT_IOVEC
#define __PURE_TYPE_STRUCT_IOVEC
struct iovec { void *iov_base; __SIZE_TYPE__ iov_len; };
#endif
