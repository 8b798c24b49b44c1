/* sys/random.h: getrandom and getentropy. */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H
#include <features.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>

#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM 0x0002
#define GRND_INSECURE 0x0004

__PURE_BEGIN_DECLS
ssize_t getrandom(void *__buf, size_t __len, unsigned int __flags);
int getentropy(void *__buf, size_t __len);
__PURE_END_DECLS

#endif
