/* pure libc: <bits/alltypes.h>, a small compatibility header for code written against
   musl's convention of "#define __NEED_<type>" then "#include <bits/alltypes.h>". libc++
   built in its musl-compatible mode (LIBCXX_HAS_MUSL_LIBC) gets mbstate_t this way
   (libcxx/include/__mbstate_t.h). Each type still comes from its own bits/types header;
   this file only forwards the requests, so it deliberately has no include guard. */
#include <features.h>

#ifdef __NEED_mbstate_t
#include <bits/types/mbstate_t.h>
#endif
#ifdef __NEED_size_t
#include <bits/types/size_t.h>
#endif
#ifdef __NEED_wchar_t
#include <bits/types/wchar_t.h>
#endif
#ifdef __NEED_wint_t
#include <bits/types/wint_t.h>
#endif
#ifdef __NEED_wctype_t
#include <bits/types/wctype_t.h>
#endif
#ifdef __NEED_locale_t
#include <bits/types/locale_t.h>
#endif
#ifdef __NEED_FILE
#include <bits/types/FILE.h>
#endif
#ifdef __NEED_va_list
#include <bits/types/va_list.h>
#endif
