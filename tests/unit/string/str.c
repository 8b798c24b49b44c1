/* str* functions: every small length at every alignment against reference loops, plus
   the edge cases the standards spell out. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../check.h"

static size_t (*volatile p_strlen)(const char *) = strlen;
static char *(*volatile p_strchr)(const char *, int) = strchr;
static char *(*volatile p_strrchr)(const char *, int) = strrchr;
static int (*volatile p_strcmp)(const char *, const char *) = strcmp;
static int (*volatile p_strncmp)(const char *, const char *, size_t) = strncmp;

static char a_buf[1024], b_buf[1024];
static int sign(int v) { return (v > 0) - (v < 0); }

static void test_strlen_strchr(void) {
  int bad = 0;
  for (size_t al = 0; al < 32; al++)
    for (size_t n = 0; n < 400; n += (n < 200 ? 1 : 7)) {
      memset(a_buf, 'q', sizeof a_buf);
      char *s = a_buf + 16 + al;
      for (size_t i = 0; i < n; i++) s[i] = (char)('a' + i % 23);
      s[n] = 0;
      s[-1] = 'z'; /* before the string: must be ignored */
      if (p_strlen(s) != n) bad++;
      if (strnlen(s, n + 5) != n || strnlen(s, n / 2) != n / 2) bad++;
      if (p_strchr(s, 0) != s + n || strchrnul(s, 'z') != s + n) bad++;
      if (p_strchr(s, 'z') != NULL || p_strrchr(s, 'z') != NULL) bad++;
      if (p_strrchr(s, 0) != s + n) bad++;
      if (n > 0) {
        /* first/last occurrence of the first character */
        size_t last = 0;
        for (size_t i = 0; i < n; i++)
          if (s[i] == 'a') last = i;
        if (p_strchr(s, 'a') != s) bad++;
        if (p_strrchr(s, 'a') != s + last) bad++;
        if (index(s, 'a') != s || rindex(s, 'a') != s + last) bad++;
        s[n - 1] = 'y';
        if (p_strchr(s, 'y') != s + n - 1 || strchrnul(s, 'y') != s + n - 1) bad++;
        /* a 'y' after the terminator must not be seen */
        s[n + 1] = 'y';
        if (p_strrchr(s, 'y') != s + n - 1) bad++;
      }
    }
  CHECK_INT(bad, 0);
  CHECK(p_strchr("a\xe9", 0xe9) != NULL); /* c converts to char */
}

static void test_strcmp(void) {
  int bad = 0;
  for (size_t aa = 0; aa < 20; aa++)
    for (size_t ba = 0; ba < 20; ba += 3)
      for (size_t n = 0; n < 300; n += (n < 70 ? 1 : 11)) {
        char *a = a_buf + aa, *b = b_buf + ba;
        for (size_t i = 0; i < n; i++) a[i] = b[i] = (char)('A' + i % 50);
        a[n] = b[n] = 0;
        a[n + 1] = 'x';
        b[n + 1] = 'y';
        if (p_strcmp(a, b) != 0 || p_strncmp(a, b, n + 10) != 0 || p_strncmp(a, b, n) != 0) bad++;
        for (size_t k = 0; k < n; k += (n < 70 ? 1 : 5)) {
          char save = b[k];
          b[k] = (char)0xF0; /* compares as unsigned char: greater */
          if (sign(p_strcmp(a, b)) != -1 || sign(p_strcmp(b, a)) != 1) bad++;
          if (sign(p_strncmp(a, b, k + 1)) != -1 || p_strncmp(a, b, k) != 0) bad++;
          b[k] = 0; /* b is a prefix of a */
          if (sign(p_strcmp(a, b)) != 1 || sign(p_strncmp(b, a, n)) != -1) bad++;
          b[k] = save;
        }
      }
  CHECK_INT(bad, 0);
  CHECK(p_strcmp("", "") == 0);
  CHECK(p_strncmp("abc", "abd", 0) == 0);
  CHECK(p_strncmp("abc", "abd", 2) == 0);
}

static void test_copy(void) {
  char d[64];
  CHECK(strcpy(d, "hello") == d);
  CHECK_STR(d, "hello");
  CHECK(stpcpy(d, "abc") == d + 3);
  memset(d, 'x', sizeof d);
  CHECK(strncpy(d, "ab", 5) == d);
  CHECK(memcmp(d, "ab\0\0\0x", 6) == 0); /* padded with NULs to n */
  memset(d, 'x', sizeof d);
  strncpy(d, "abcdef", 3);
  CHECK(memcmp(d, "abcx", 4) == 0); /* not terminated when src is longer */
  memset(d, 'x', sizeof d);
  CHECK(stpncpy(d, "ab", 5) == d + 2);
  CHECK(stpncpy(d, "abcdef", 3) == d + 3);
  strcpy(d, "foo");
  CHECK(strcat(d, "bar") == d);
  CHECK_STR(d, "foobar");
  CHECK(strncat(d, "bazqux", 3) == d);
  CHECK_STR(d, "foobarbaz");
  strncat(d, "", 3);
  CHECK_STR(d, "foobarbaz");

  CHECK_INT(strlcpy(d, "hello world", 6), 11);
  CHECK_STR(d, "hello");
  CHECK_INT(strlcpy(d, "hi", 0), 2);
  CHECK_STR(d, "hello");
  strcpy(d, "ab");
  CHECK_INT(strlcat(d, "cdef", 5), 6);
  CHECK_STR(d, "abcd");
  CHECK_INT(strlcat(d, "xyz", 3), 3 + 3); /* no NUL within size: size + strlen(src) */

  char *p = strdup("duplicate");
  CHECK(p != NULL);
  CHECK_STR(p, "duplicate");
  free(p);
  p = strndup("duplicate", 3);
  CHECK_STR(p, "dup");
  free(p);
  p = strndup("ab", 10);
  CHECK_STR(p, "ab");
  free(p);
}

static void test_span(void) {
  CHECK_INT(strspn("aabbcd", "ab"), 4);
  CHECK_INT(strspn("aabbcd", ""), 0);
  CHECK_INT(strspn("aaa", "a"), 3);
  CHECK_INT(strcspn("hello, world", ", "), 5);
  CHECK_INT(strcspn("hello", ""), 5);
  CHECK_INT(strcspn("hello", "o"), 4);
  CHECK_INT(strspn("\xff\xfe" "a", "\xfe\xff"), 2);
  const char *s = "find the vowel";
  CHECK(strpbrk(s, "aeiou") == s + 1);
  CHECK(strpbrk(s, "xyz") == NULL);
}

static void test_strstr(void) {
  const char *h = "the quick brown fox";
  CHECK(strstr(h, "") == h);
  CHECK(strstr(h, "quick") == h + 4);
  CHECK(strstr(h, "fox") == h + 16);
  CHECK(strstr(h, "foxy") == NULL);
  CHECK(strstr(h, "t") == h);
  CHECK(strstr("aaab", "aab") != NULL);
  CHECK(strstr("", "a") == NULL);
  CHECK(strcasestr(h, "QUICK") == h + 4);
  CHECK(strcasestr(h, "") == h);
  CHECK(strcasestr(h, "Z") == NULL);
  /* Every position of a needle in a longer text. */
  static char text[300];
  int bad = 0;
  for (int len = 1; len < 40; len += 3)
    for (int pos = 0; pos + len < 299; pos += 17) {
      memset(text, 'a', 299);
      text[299] = 0;
      char needle[64];
      for (int i = 0; i < len; i++) needle[i] = (char)('a' + (i % 3 == 2));
      needle[len] = 0;
      memcpy(text + pos, needle, (size_t)len);
      char *want = NULL;
      for (int i = 0; i + len <= 299 && !want; i++)
        if (memcmp(text + i, needle, (size_t)len) == 0) want = text + i;
      if (strstr(text, needle) != want) bad++;
    }
  CHECK_INT(bad, 0);
}

static void test_tok(void) {
  char s[] = "  one, two,,three  ";
  char *save;
  CHECK_STR(strtok_r(s, " ,", &save), "one");
  CHECK_STR(strtok_r(NULL, " ,", &save), "two");
  CHECK_STR(strtok_r(NULL, " ,", &save), "three");
  CHECK(strtok_r(NULL, " ,", &save) == NULL);
  CHECK(strtok_r(NULL, " ,", &save) == NULL);
  char t[] = "a:b";
  CHECK_STR(strtok(t, ":"), "a");
  CHECK_STR(strtok(NULL, ":"), "b");
  CHECK(strtok(NULL, ":") == NULL);
  char e[] = ":::";
  CHECK(strtok(e, ":") == NULL);

  char u[] = "a,,b";
  char *p = u;
  CHECK_STR(strsep(&p, ","), "a");
  CHECK_STR(strsep(&p, ","), "");
  CHECK_STR(strsep(&p, ","), "b");
  CHECK(p == NULL);
  CHECK(strsep(&p, ",") == NULL);
}

static void test_case(void) {
  CHECK(strcasecmp("Hello", "hELLO") == 0);
  CHECK(strcasecmp("a", "B") < 0);
  CHECK(strcasecmp("[", "a") < 0); /* '[' (0x5b) < 'a'; uppercase would say otherwise */
  CHECK(strncasecmp("abcX", "ABCy", 3) == 0);
  CHECK(strncasecmp("abcX", "ABCy", 4) < 0);
  CHECK(strncasecmp("x", "y", 0) == 0);
}

static void test_ffs(void) {
  CHECK_INT(ffs(0), 0);
  CHECK_INT(ffs(1), 1);
  CHECK_INT(ffs(0x80), 8);
  CHECK_INT(ffs((int)0x80000000u), 32);
  CHECK_INT(ffsl(1L << 40), 41);
  CHECK_INT(ffsll(1LL << 63), 64);
  CHECK_INT(ffsll(0), 0);
}

static void test_strerror(void) {
  CHECK_STR(strerror(ENOENT), "No such file or directory");
  CHECK_STR(strerror(EINVAL), "Invalid argument");
  CHECK_STR(strerror(EACCES), "Permission denied");
  CHECK_STR(strerror(12345), "Unknown error 12345");
  CHECK_STR(strerror(-3), "Unknown error -3");
  CHECK_STR(strerrorname_np(EPIPE), "EPIPE");
  CHECK(strerrorname_np(9999) == NULL);
  CHECK_STR(strerrordesc_np(EEXIST), "File exists");
  /* GNU strerror_r (this file has _GNU_SOURCE). */
  char buf[64];
  CHECK_STR(strerror_r(EISDIR, buf, sizeof buf), "Is a directory");
  CHECK_STR(strerror_r(777, buf, sizeof buf), "Unknown error 777");
  CHECK_STR(strerror_r(777, buf, 8), "Unknown");
  CHECK(strerror(EDOM) != NULL && strerror(ERANGE) != NULL);
  /* Every number the kernel defines has a message. */
  int bad = 0;
  for (int e = 1; e < 134; e++) {
    if (e == 41 || e == 58) continue; /* unused numbers */
    if (strncmp(strerror(e), "Unknown error", 13) == 0) bad++;
  }
  CHECK_INT(bad, 0);
}

int main(void) {
  test_strlen_strchr();
  test_strcmp();
  test_copy();
  test_span();
  test_strstr();
  test_tok();
  test_case();
  test_ffs();
  test_strerror();
  return check_done();
}
