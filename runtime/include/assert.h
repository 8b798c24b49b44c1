/* pure libc: <assert.h>. No include guard: the standard lets a program re-include it
   with NDEBUG changed. */
#include <features.h>

#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#ifdef __cplusplus
#define __PURE_ASSERT_FUNCTION __extension__ __PRETTY_FUNCTION__
#else
#define __PURE_ASSERT_FUNCTION __func__
#endif
#define assert(expr) \
  ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __PURE_ASSERT_FUNCTION))
#endif

#ifndef __PURE_ASSERT_DECLARED
#define __PURE_ASSERT_DECLARED
__PURE_BEGIN_DECLS
/* Prints "file:line: func: Assertion `expr' failed." on stderr, then aborts. */
__PURE_NORETURN void __assert_fail(const char *__expr, const char *__file, unsigned int __line,
                                   const char *__func);
__PURE_END_DECLS
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L && \
    !defined(__cplusplus)
#undef static_assert
#define static_assert _Static_assert
#endif
