#ifndef __PURE_TYPE_FILE
#define __PURE_TYPE_FILE
typedef struct __pure_file FILE;
#endif
