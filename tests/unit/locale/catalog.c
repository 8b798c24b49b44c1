/* catopen / catgets / catclose on catalogs in gencat's binary format: one written by
   gencat itself (the bytes below, from `gencat t.cat t.msg` with t.msg holding
   "$set 1 / 1 Hello / 2 World / $set 3 / 5 five / 7 seven %s"), one with the other byte
   order, one built here with a hash plane larger than 1, and damaged ones. Lookup through
   a path and through NLSPATH with %N, %L, %l, %t, %c and %%. */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <nl_types.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const unsigned char kGencat[] = {
    0xde, 0x08, 0x04, 0x96, 0x01, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
    0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x07, 0x00,
    0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x0e,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x04, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x0e, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00,
    0x00, 0x00, 0x14, 0x66, 0x69, 0x76, 0x65, 0x00, 0x73, 0x65, 0x76, 0x65, 0x6e, 0x20, 0x25,
    0x73, 0x00, 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x00, 0x57, 0x6f, 0x72, 0x6c, 0x64, 0x00};

static void write_file(const char *path, const void *data, size_t n) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f) return;
  CHECK_INT(fwrite(data, 1, n, f), n);
  fclose(f);
}

static uint32_t swap(uint32_t v) { return __builtin_bswap32(v); }

/* The first catalog's messages, through any descriptor. */
static void check_gencat_messages(nl_catd cat) {
  CHECK_STR(catgets(cat, 1, 1, "x"), "Hello");
  CHECK_STR(catgets(cat, 1, 2, "x"), "World");
  CHECK_STR(catgets(cat, 3, 5, "x"), "five");
  CHECK_STR(catgets(cat, 3, 7, "x"), "seven %s");
  errno = 0;
  CHECK_STR(catgets(cat, 2, 1, "default"), "default");
  CHECK_INT(errno, ENOMSG);
  CHECK_STR(catgets(cat, 1, 3, "default"), "default");
  CHECK_STR(catgets(cat, 0, 1, "default"), "default");
  CHECK_STR(catgets(cat, -1, -1, "default"), "default");
}

int main(void) {
  char dir[] = "/tmp/pure-catalog-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256];

  /* By path. */
  snprintf(path, sizeof path, "%s/app.cat", dir);
  write_file(path, kGencat, sizeof kGencat);
  nl_catd cat = catopen(path, NL_CAT_LOCALE);
  CHECK(cat != (nl_catd)-1);
  if (cat != (nl_catd)-1) {
    check_gencat_messages(cat);
    CHECK_INT(catclose(cat), 0);
  }

  /* Written on a machine of the other byte order: header and table copies swapped. */
  unsigned char other[sizeof kGencat];
  const uint32_t *w = (const uint32_t *)kGencat;
  uint32_t *o = (uint32_t *)other;
  size_t entries = 1 * 4;
  for (int i = 0; i < 3; ++i) o[i] = swap(w[i]);
  for (size_t i = 0; i < 3 * entries; ++i) {
    o[3 + i] = w[3 + 3 * entries + i];      /* the swapped copy comes first */
    o[3 + 3 * entries + i] = w[3 + i];
  }
  memcpy(other + 12 + 24 * entries, kGencat + 12 + 24 * entries, sizeof kGencat - 12 - 24 * entries);
  snprintf(path, sizeof path, "%s/other.cat", dir);
  write_file(path, other, sizeof other);
  cat = catopen(path, 0);
  CHECK(cat != (nl_catd)-1);
  if (cat != (nl_catd)-1) {
    check_gencat_messages(cat);
    catclose(cat);
  }

  /* A plane of 5, 3 deep: entries at ((set + 1) * msg) % 5 + layer * 5. */
  struct { uint32_t set, msg; const char *text; } msgs[] = {
      {1, 1, "one"}, {1, 6, "six"}, {4, 1, "four-one"}, {2, 5, "two-five"}, {1, 11, "eleven"}};
  uint32_t table[5 * 3 * 3] = {0};
  char strings[128];
  size_t slen = 0;
  for (size_t m = 0; m < sizeof msgs / sizeof *msgs; ++m) {
    uint32_t slot = (msgs[m].set + 1) * msgs[m].msg % 5;
    size_t layer = 0;
    while (table[3 * (layer * 5 + slot)] != 0) ++layer;
    uint32_t *e = table + 3 * (layer * 5 + slot);
    e[0] = msgs[m].set + 1;
    e[1] = msgs[m].msg;
    e[2] = (uint32_t)slen;
    strcpy(strings + slen, msgs[m].text);
    slen += strlen(msgs[m].text) + 1;
  }
  unsigned char built[12 + 2 * sizeof table + sizeof strings];
  uint32_t head[3] = {0x960408de, 5, 3};
  memcpy(built, head, 12);
  memcpy(built + 12, table, sizeof table);
  for (size_t i = 0; i < sizeof table / 4; ++i) ((uint32_t *)(built + 12 + sizeof table))[i] = swap(table[i]);
  memcpy(built + 12 + 2 * sizeof table, strings, slen);
  size_t built_len = 12 + 2 * sizeof table + slen;

  /* Through NLSPATH: the first template that names a catalog wins. */
  snprintf(path, sizeof path, "%s/de/app.cat", dir);
  char sub[256];
  snprintf(sub, sizeof sub, "%s/de", dir);
  CHECK_INT(mkdir(sub, 0700), 0);
  write_file(path, built, built_len);
  char nlspath[512];
  snprintf(nlspath, sizeof nlspath, "%s/none/%%N:%s/%%l/%%N.cat", dir, dir);
  setenv("NLSPATH", nlspath, 1);
  setenv("LANG", "de_AT.UTF-8@euro", 1);
  cat = catopen("app", 0); /* flag 0: LANG names the locale */
  CHECK(cat != (nl_catd)-1);
  if (cat != (nl_catd)-1) {
    for (size_t m = 0; m < sizeof msgs / sizeof *msgs; ++m)
      CHECK_STR(catgets(cat, (int)msgs[m].set, (int)msgs[m].msg, "missing"), msgs[m].text);
    CHECK_STR(catgets(cat, 2, 6, "missing"), "missing");
    catclose(cat);
  }
  /* NL_CAT_LOCALE: LC_MESSAGES names it; "C" has no catalog here. */
  errno = 0;
  CHECK(catopen("app", NL_CAT_LOCALE) == (nl_catd)-1);
  CHECK_INT(errno, ENOENT);
  /* %L %t %c %% in a file name. */
  CHECK(setlocale(LC_MESSAGES, "pt_BR.UTF-8") != NULL);
  snprintf(path, sizeof path, "%s/pt_BR.UTF-8-BR-UTF-8-%%.cat", dir);
  write_file(path, kGencat, sizeof kGencat);
  snprintf(nlspath, sizeof nlspath, "%s/%%L-%%t-%%c-%%%%.cat", dir);
  setenv("NLSPATH", nlspath, 1);
  cat = catopen("ignored", NL_CAT_LOCALE);
  CHECK(cat != (nl_catd)-1);
  if (cat != (nl_catd)-1) {
    CHECK_STR(catgets(cat, 1, 2, "x"), "World");
    catclose(cat);
  }
  setlocale(LC_MESSAGES, "C");

  /* Damaged catalogs: a wrong magic, a table running past the end, an offset outside the
     strings, a string without its terminator. */
  snprintf(path, sizeof path, "%s/bad.cat", dir);
  unsigned char bad[sizeof kGencat];
  memcpy(bad, kGencat, sizeof bad);
  bad[0] ^= 1;
  write_file(path, bad, sizeof bad);
  CHECK(catopen(path, 0) == (nl_catd)-1);
  memcpy(bad, kGencat, sizeof bad);
  bad[8] = 0x40; /* depth 64 */
  write_file(path, bad, sizeof bad);
  CHECK(catopen(path, 0) == (nl_catd)-1);
  write_file(path, kGencat, 11);
  CHECK(catopen(path, 0) == (nl_catd)-1);
  memcpy(bad, kGencat, sizeof bad);
  bad[20] = 0xff; /* offset of set 3 message 5 */
  write_file(path, bad, sizeof bad - 1); /* and drop the last terminator */
  cat = catopen(path, 0);
  CHECK(cat != (nl_catd)-1);
  if (cat != (nl_catd)-1) {
    CHECK_STR(catgets(cat, 3, 5, "fallback"), "fallback");
    CHECK_STR(catgets(cat, 1, 2, "fallback"), "fallback");
    CHECK_STR(catgets(cat, 1, 1, "fallback"), "Hello");
    catclose(cat);
  }

  /* No catalog: ENOENT, and catgets/catclose on the failed descriptor. */
  errno = 0;
  nl_catd none = catopen("pure-no-such-catalog", NL_CAT_LOCALE);
  CHECK(none == (nl_catd)-1);
  CHECK_INT(errno, ENOENT);
  errno = 0;
  CHECK_STR(catgets(none, 1, 1, "default text"), "default text");
  CHECK_INT(errno, EBADF);
  errno = 0;
  CHECK_INT(catclose(none), -1);
  CHECK_INT(errno, EBADF);

  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  CHECK_INT(system(cmd), 0);
  return check_done();
}
