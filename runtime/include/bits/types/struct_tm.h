#ifndef __PURE_TYPE_STRUCT_TM
#define __PURE_TYPE_STRUCT_TM
struct tm {
  int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
  long tm_gmtoff;
  const char *tm_zone;
};
#endif
