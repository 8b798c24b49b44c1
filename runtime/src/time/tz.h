// The local time zone. TZ names it: unset means /etc/localtime; a zoneinfo name
// ("Europe/Paris", ":Europe/Paris") or path ("/etc/localtime") is read from a TZif file
// (RFC 8536) under $TZDIR or /usr/share/zoneinfo; otherwise a POSIX TZ string
// ("EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30"). Empty or unusable means UTC.
#pragma once
#include <time.h>

namespace pure {

// When a DST period starts or ends within a year.
struct TzRule {
  enum Kind : char { kJulian1, kJulian0, kMonthWeekDay } kind;  // Jn, n, Mm.w.d
  int day;    // Jn: 1..365, n: 0..365, M: d (0 = Sunday)
  int month;  // M: 1..12
  int week;   // M: 1..5 (5 = last)
  long time;  // seconds after local midnight (may be negative or beyond a day)
};

// A POSIX TZ string, parsed.
struct PosixZone {
  const char* std_name;  // stays valid for tm_zone: interned, or inside a TzFile
  const char* dst_name;  // null without DST
  long std_offset;       // seconds east of UTC (the opposite sign of TZ's)
  long dst_offset;
  TzRule start, end;
};

// One local time type: what a wall clock shows and what it is called.
struct LocalType {
  long offset;  // seconds east of UTC
  bool dst;
  const char* name;
};

// A TZif file's transitions. Loaded tables are never freed (tm_zone points into them)
// and are shared by path, so a program switching zones holds one table per zone.
struct TzFile {
  int count;                   // transitions
  const long long* times;      // ascending UTC times
  const unsigned char* types;  // the type in effect from each time on
  int type_count;
  const LocalType* type;
  bool has_footer;
  PosixZone footer;  // after the last transition (the file's POSIX TZ footer)
};

struct Zone {
  const TzFile* file;  // null: posix alone describes the zone
  PosixZone posix;
};

// The zone TZ names now (re-read when TZ changes), copied out under the zone lock.
Zone current_zone();

// The local time type in effect at UTC time t.
LocalType zone_type_at(const Zone& z, long long t);

// The type with the given DST flag nearest to UTC time t (mktime's reading of a
// tm_isdst that differs from the one in effect); false when the zone has none.
bool zone_type_with_flag(const Zone& z, long long t, bool dst, LocalType* out);

// Parses a POSIX TZ string; names are interned by `intern` (stable storage). False when
// s is not one.
using InternFn = const char* (*)(void* ctx, const char* s, unsigned long n);
bool parse_posix_tz(const char* s, PosixZone* z, InternFn intern, void* ctx);

// Reads the TZif file at path (cached by path); null when it cannot be read or is not TZif.
const TzFile* load_tzfile(const char* path);

}  // namespace pure
