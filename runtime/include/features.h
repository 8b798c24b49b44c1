/* pure libc: feature-test macros and the helpers every public header uses. */
#ifndef _FEATURES_H
#define _FEATURES_H

#define __pure_libc__ 1

/* _GNU_SOURCE turns on everything. */
#if defined(_GNU_SOURCE)
#undef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#undef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif

/* With no feature-test macro at all (and not strict ISO C), expose the default set:
   POSIX 2008, X/Open 7 and the common BSD/SVID extensions, as other Linux libcs do. */
#if !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) && !defined(_XOPEN_SOURCE) && \
    !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(_BSD_SOURCE) && \
    !defined(__STRICT_ANSI__)
#define _DEFAULT_SOURCE 1
#endif
#if defined(_BSD_SOURCE) && !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE 1
#endif
#if defined(_DEFAULT_SOURCE) && !defined(_XOPEN_SOURCE)
#define _XOPEN_SOURCE 700
#endif
#if defined(_XOPEN_SOURCE) && !defined(_POSIX_C_SOURCE)
#if _XOPEN_SOURCE + 0 >= 700
#define _POSIX_C_SOURCE 200809L
#elif _XOPEN_SOURCE + 0 >= 600
#define _POSIX_C_SOURCE 200112L
#else
#define _POSIX_C_SOURCE 199506L
#endif
#endif
#if defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 1
#endif

/* What a header may expose; headers test these, never the user's macros directly. */
#if defined(_POSIX_C_SOURCE)
#define __PURE_POSIX (_POSIX_C_SOURCE + 0)
#else
#define __PURE_POSIX 0
#endif
#if defined(_XOPEN_SOURCE)
#define __PURE_XOPEN 1
#else
#define __PURE_XOPEN 0
#endif
#if defined(_DEFAULT_SOURCE)
#define __PURE_DEFAULT 1
#else
#define __PURE_DEFAULT 0
#endif
#if defined(_GNU_SOURCE)
#define __PURE_GNU 1
#else
#define __PURE_GNU 0
#endif
/* The LFS64 names (open64, struct stat64, off64_t, ...), as glibc and musl offer them. */
#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define __PURE_LFS64 1
#else
#define __PURE_LFS64 0
#endif

#ifdef __cplusplus
#define __PURE_BEGIN_DECLS extern "C" {
#define __PURE_END_DECLS }
#define __PURE_RESTRICT __restrict
#else
#define __PURE_BEGIN_DECLS
#define __PURE_END_DECLS
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define __PURE_RESTRICT restrict
#else
#define __PURE_RESTRICT __restrict
#endif
#endif

#define __PURE_NORETURN __attribute__((__noreturn__))
#define __PURE_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))
#define __PURE_SCANF(fmt, args) __attribute__((__format__(__scanf__, fmt, args)))
#define __PURE_DEPRECATED(msg) __attribute__((__deprecated__(msg)))

#endif
