/* sys/poll.h: the historical name of poll.h. */
#include <poll.h>
