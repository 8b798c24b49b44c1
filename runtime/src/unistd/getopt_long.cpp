// getopt_long and getopt_long_only: GNU long options ("--name", "--name=value", unique
// abbreviations) layered over getopt, sharing its optind/optarg/optopt state. Like getopt,
// arguments are not permuted: parsing stops at the first operand.
#include <getopt.h>
#include <string.h>
#include <unistd.h>

namespace pure {

extern int next_char;  // getopt.cpp

namespace {

// "prog: what 'dashname'\n" on standard error, written at once.
void complain_long(const char* prog, const char* what, const char* dashes, const char* name,
                   size_t name_len, const char* tail) {
  char buf[512];
  size_t n = 0;
  auto add = [&](const char* s, size_t len) {
    for (size_t i = 0; i < len && s[i] && n < sizeof buf - 2; i++) buf[n++] = s[i];
  };
  add(prog ? prog : "", 256);
  add(": ", 2);
  add(what, 64);
  add(" '", 2);
  add(dashes, 2);
  add(name, name_len);
  add("'", 1);
  add(tail, 64);
  buf[n++] = '\n';
  (void)write(2, buf, n);
}

bool same_option(const option& a, const option& b) {
  return a.has_arg == b.has_arg && a.flag == b.flag && a.val == b.val;
}

// Parses argv[optind] as a long option whose name starts at `name`. Returns -2 when
// long_only found no long option and the word should be tried as short options instead.
int parse_long(int argc, char* const argv[], const char* optstring, const option* longopts,
               int* longindex, const char* name, const char* dashes, bool long_only) {
  const char* eq = strchr(name, '=');
  size_t len = eq ? static_cast<size_t>(eq - name) : strlen(name);
  const char* opts = optstring;
  if (*opts == '+' || *opts == '-') opts++;
  bool quiet = *opts == ':';
  bool report = opterr && !quiet;

  int found = -1;
  bool ambiguous = false;
  for (int i = 0; longopts && longopts[i].name; i++) {
    if (strncmp(longopts[i].name, name, len) != 0) continue;
    if (longopts[i].name[len] == '\0') {  // an exact match beats every abbreviation
      found = i;
      ambiguous = false;
      break;
    }
    if (found < 0)
      found = i;
    else if (!same_option(longopts[found], longopts[i]))
      ambiguous = true;
  }
  // getopt_long_only: "-x" that is no long option but is a short one goes to getopt.
  if (long_only && dashes[1] == '\0' && (found < 0 || ambiguous) && len >= 1 &&
      strchr(opts, name[0]) && name[0] != ':')
    return -2;
  if (ambiguous) {
    if (report) complain_long(argv[0], "option", dashes, name, len, " is ambiguous");
    optind++;
    optopt = 0;
    return '?';
  }
  if (found < 0) {
    if (report) complain_long(argv[0], "unrecognized option", dashes, name, len, "");
    optind++;
    optopt = 0;
    return '?';
  }
  const option& o = longopts[found];
  optind++;
  optarg = nullptr;
  if (o.has_arg == no_argument && eq) {
    if (report) complain_long(argv[0], "option", dashes, o.name, strlen(o.name), " doesn't allow an argument");
    optopt = o.val;
    return '?';
  }
  if (eq && o.has_arg != no_argument) {
    optarg = const_cast<char*>(eq + 1);
  } else if (o.has_arg == required_argument) {
    if (optind >= argc) {
      if (report) complain_long(argv[0], "option", dashes, o.name, strlen(o.name), " requires an argument");
      optopt = o.val;
      return quiet ? ':' : '?';
    }
    optarg = argv[optind++];
  }
  if (longindex) *longindex = found;
  if (o.flag) {
    *o.flag = o.val;
    return 0;
  }
  return o.val;
}

int getopt_long_common(int argc, char* const argv[], const char* optstring,
                       const option* longopts, int* longindex, bool long_only) {
  if (optind == 0 || optreset) {
    if (optind == 0) optind = 1;
    optreset = 0;
    next_char = 0;
  }
  // Between words, a "--name" (or "-name" for long_only) word is a long option; anything
  // else, including the rest of a short-option cluster, is getopt's job.
  if (next_char == 0 && optind < argc && argv[optind] && argv[optind][0] == '-') {
    const char* arg = argv[optind];
    if (arg[1] == '-' && arg[2] != '\0')
      return parse_long(argc, argv, optstring, longopts, longindex, arg + 2, "--", false);
    if (long_only && arg[1] != '-' && arg[1] != '\0') {
      int r = parse_long(argc, argv, optstring, longopts, longindex, arg + 1, "-", true);
      if (r != -2) return r;
    }
  }
  return getopt(argc, argv, optstring);
}

}  // namespace
}  // namespace pure

extern "C" {

int getopt_long(int argc, char* const argv[], const char* optstring, const option* longopts,
                int* longindex) {
  return pure::getopt_long_common(argc, argv, optstring, longopts, longindex, false);
}

int getopt_long_only(int argc, char* const argv[], const char* optstring, const option* longopts,
                     int* longindex) {
  return pure::getopt_long_common(argc, argv, optstring, longopts, longindex, true);
}

}  // extern "C"
