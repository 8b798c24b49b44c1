#ifndef __PURE_TYPE_LOCALE_T
#define __PURE_TYPE_LOCALE_T
typedef struct __pure_locale *locale_t;
#endif
