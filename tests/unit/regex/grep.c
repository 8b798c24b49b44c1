/* A tiny grep on top of <regex.h>: lines are written to a temporary file, read back with
   getline, and the selected lines (with -v/-n/-o style options) are printed into a memory
   stream that is compared with the output grep(1) is specified to give. */
#define _GNU_SOURCE
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "../check.h"

enum { OPT_INVERT = 1, OPT_NUMBER = 2, OPT_ONLY = 4, OPT_COUNT = 8 };

/* Returns 0 when a line was selected, 1 when none, 2 on error (grep's exit status). */
static int grep(const char *pattern, int cflags, int opts, FILE *in, FILE *out) {
  regex_t re;
  int rc = regcomp(&re, pattern, cflags | ((opts & OPT_ONLY) ? 0 : REG_NOSUB));
  if (rc != 0) {
    char msg[128];
    regerror(rc, &re, msg, sizeof msg);
    fprintf(out, "grep: %s\n", msg);
    return 2;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lineno = 0, selected = 0;
  while ((len = getline(&line, &cap, in)) != -1) {
    lineno++;
    if (len > 0 && line[len - 1] == '\n') line[--len] = '\0';
    if (opts & OPT_ONLY) {
      /* every non-empty match, scanning on after each one as grep -o does */
      regmatch_t pm[1];
      const char *p = line;
      int eflags = 0;
      int any = 0;
      while (*p && regexec(&re, p, 1, pm, eflags) == 0) {
        if (pm[0].rm_eo == pm[0].rm_so) {
          p++;
        } else {
          if (opts & OPT_NUMBER) fprintf(out, "%ld:", lineno);
          fprintf(out, "%.*s\n", (int)(pm[0].rm_eo - pm[0].rm_so), p + pm[0].rm_so);
          p += pm[0].rm_eo;
          any = 1;
        }
        eflags = REG_NOTBOL;
      }
      selected += any;
      continue;
    }
    int hit = regexec(&re, line, 0, NULL, 0) == 0;
    if (hit != !(opts & OPT_INVERT)) continue;
    selected++;
    if (opts & OPT_COUNT) continue;
    if (opts & OPT_NUMBER) fprintf(out, "%ld:", lineno);
    fprintf(out, "%s\n", line);
  }
  if (opts & OPT_COUNT) fprintf(out, "%ld\n", selected);
  free(line);
  regfree(&re);
  return selected ? 0 : 1;
}

static FILE *input;

static void run(int line, const char *pattern, int cflags, int opts, int want_rc,
                const char *want) {
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  rewind(input);
  int rc = grep(pattern, cflags, opts, input, out);
  fclose(out);
  check_count++;
  if (rc != want_rc || strcmp(buf, want) != 0) {
    check_failures++;
    fprintf(stderr, "line %d: grep '%s': rc %d, want %d; output:\n%s---want:\n%s---\n", line,
            pattern, rc, want_rc, buf, want);
  }
  free(buf);
}
#define RUN(p, c, o, rc, want) run(__LINE__, p, c, o, rc, want)

int main(void) {
  input = tmpfile();
  CHECK(input != NULL);
  if (!input) return check_done();
  fputs("The quick brown fox\n"
        "jumps over the lazy dog\n"
        "\n"
        "foo bar baz\n"
        "FOO 42 foofoo\n"
        "2026-11-23 date line\n"
        "no newline at end",
        input);

  RUN("fox", 0, 0, 0, "The quick brown fox\n");
  RUN("^$", 0, OPT_NUMBER, 0, "3:\n");
  RUN("o\\{2\\}", 0, 0, 0, "foo bar baz\nFOO 42 foofoo\n");
  RUN("foo", REG_ICASE, OPT_COUNT, 0, "2\n");
  RUN("^[[:upper:]]", 0, OPT_NUMBER, 0, "1:The quick brown fox\n5:FOO 42 foofoo\n");
  RUN("[0-9]{4}-[0-9]{2}-[0-9]{2}", REG_EXTENDED, OPT_ONLY, 0, "2026-11-23\n");
  RUN("(foo)+", REG_EXTENDED, OPT_ONLY | OPT_NUMBER, 0, "4:foo\n5:foofoo\n");
  RUN("\\(o\\)\\1", 0, OPT_COUNT, 0, "2\n");
  RUN("e$", 0, 0, 0, "2026-11-23 date line\n");
  RUN("end$", 0, 0, 0, "no newline at end\n");
  RUN("o", 0, OPT_INVERT | OPT_NUMBER, 0, "3:\n6:2026-11-23 date line\n");
  RUN("cat|dog", REG_EXTENDED, OPT_NUMBER, 0, "2:jumps over the lazy dog\n");
  RUN("cat|dog", 0, 0, 1, "");
  RUN("[[:digit:]]+", REG_EXTENDED, OPT_ONLY, 0, "42\n2026\n11\n23\n");
  RUN("a[", 0, 0, 2, "grep: Unmatched [, [^, [:, [., or [=\n");
  fclose(input);
  return check_done();
}
