// getopt: POSIX command-line option parsing. Arguments are not permuted: parsing stops at
// the first operand (as POSIX says; GNU's reordering is not done). Setting optind to 0
// restarts parsing from argv[1], as GNU allows; setting optreset to 1 restarts it at
// optind, as the BSDs do.
#include <string.h>
#include <unistd.h>

extern "C" {
char* optarg = nullptr;
int optind = 1;
int opterr = 1;
int optopt = 0;
// Weak: BSD-minded programs sometimes define it themselves, and then theirs is the one.
[[gnu::weak]] int optreset = 0;
}

namespace pure {

// Position inside argv[optind] of the next option letter; shared with getopt_long so both
// parse the same argument vector consistently.
[[gnu::visibility("hidden")]] constinit int next_char = 0;

namespace {

// "prog: message -- c\n" on standard error, written at once.
void complain(const char* prog, const char* message, char c) {
  char buf[512];
  size_t n = 0;
  auto add = [&](const char* s) {
    while (*s && n < sizeof buf - 4) buf[n++] = *s++;
  };
  add(prog ? prog : "");
  add(": ");
  add(message);
  add(" -- ");
  buf[n++] = c;
  buf[n++] = '\n';
  (void)write(2, buf, n);
}

}  // namespace
}  // namespace pure

extern "C" int getopt(int argc, char* const argv[], const char* optstring) {
  if (optind == 0 || optreset) {
    if (optind == 0) optind = 1;
    optreset = 0;
    pure::next_char = 0;
  }
  if (*optstring == '+' || *optstring == '-') optstring++;  // GNU ordering hints: POSIX order anyway
  bool quiet = *optstring == ':';
  if (pure::next_char == 0) {
    if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || argv[optind][1] == '\0') return -1;
    if (argv[optind][1] == '-' && argv[optind][2] == '\0') {
      optind++;
      return -1;
    }
    pure::next_char = 1;
  }
  const char* arg = argv[optind];
  char c = arg[pure::next_char++];
  const char* spec = c == ':' ? nullptr : strchr(optstring, c);
  bool last = arg[pure::next_char] == '\0';
  if (!spec) {
    optopt = c;
    if (last) optind++, pure::next_char = 0;
    if (opterr && !quiet) pure::complain(argv[0], "illegal option", c);
    return '?';
  }
  if (spec[1] != ':') {
    if (last) optind++, pure::next_char = 0;
    return c;
  }
  // The option takes an argument: the rest of this word, or the next word.
  int pos = pure::next_char;
  pure::next_char = 0;
  if (!last) {
    optarg = const_cast<char*>(arg + pos);
    optind++;
    return c;
  }
  if (optind + 1 >= argc) {
    optind += 2;  // POSIX: optind beyond argc is what signals the missing argument
    optopt = c;
    if (quiet) return ':';
    if (opterr) pure::complain(argv[0], "option requires an argument", c);
    return '?';
  }
  optarg = argv[optind + 1];
  optind += 2;
  return c;
}
