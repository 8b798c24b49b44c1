// ftime: the current time to the millisecond. The time zone fields are zero, as in other
// current libcs (the old meanings were never reliable).
#include <sys/timeb.h>
#include <time.h>

extern "C" int ftime(struct timeb* tp) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  tp->time = ts.tv_sec;
  tp->millitm = static_cast<unsigned short>(ts.tv_nsec / 1000000);
  tp->timezone = 0;
  tp->dstflag = 0;
  return 0;
}
