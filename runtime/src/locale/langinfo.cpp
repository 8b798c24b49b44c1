// nl_langinfo, nl_langinfo_l: the strings of a locale. Only CODESET differs between pure's
// locales; everything else is the "C" locale's (POSIX "LC_TIME Category in the POSIX Locale").
#include <langinfo.h>
#include <locale.h>

#include "locale/locale.h"

namespace {

constexpr const char* kTime[] = {
    // ABDAY_1..7, DAY_1..7
    "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    // ABMON_1..12, MON_1..12
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    // AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM
    "AM", "PM", "%a %b %e %H:%M:%S %Y", "%m/%d/%y", "%H:%M:%S", "%I:%M:%S %p",
    // ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT: the C locale has none
    "", "", "", "", "",
};
static_assert(sizeof kTime / sizeof kTime[0] == ERA_T_FMT - ABDAY_1 + 1);

const char* lookup(nl_item item, const __pure_locale* loc) {
  int category = item >> 16;
  int index = item & 0xffff;
  switch (category) {
    case LC_CTYPE:
      if (item == CODESET) return loc->utf8 ? "UTF-8" : "ANSI_X3.4-1968";
      break;
    case LC_NUMERIC:
      if (item == RADIXCHAR) return ".";
      if (item == THOUSEP) return "";
      break;
    case LC_TIME:
      if (item >= ABDAY_1 && item <= ERA_T_FMT) return kTime[index];
      // Stand-alone month names are the ordinary ones in English.
      if (item >= ALTMON_1 && item <= ALTMON_12) return kTime[MON_1 - ABDAY_1 + item - ALTMON_1];
      if (item >= ABALTMON_1 && item <= ABALTMON_12)
        return kTime[ABMON_1 - ABDAY_1 + item - ABALTMON_1];
      break;
    case LC_MONETARY:
      // No currency symbol; glibc's C locale spells that "-".
      if (item == CRNCYSTR) return "-";
      break;
    case LC_MESSAGES:
      if (item == YESEXPR) return "^[yY]";
      if (item == NOEXPR) return "^[nN]";
      if (item == YESSTR || item == NOSTR) return "";
      break;
  }
  return "";  // POSIX: an invalid item gives an empty string
}

}  // namespace

extern "C" char* nl_langinfo_l(nl_item item, locale_t loc) {
  return const_cast<char*>(lookup(item, pure::resolve_locale(loc)));
}

extern "C" char* nl_langinfo(nl_item item) {
  return const_cast<char*>(lookup(item, pure::current_locale()));
}
