#ifndef __PURE_TYPE_WCHAR_T
#define __PURE_TYPE_WCHAR_T
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif
