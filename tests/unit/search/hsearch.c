#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <string.h>

#include "../check.h"

static char names[200][8];

int main(void) {
  CHECK_INT(hcreate(100), 1);
  for (int i = 0; i < 100; i++) {
    snprintf(names[i], sizeof names[i], "k%d", i);
    ENTRY e = {names[i], (void *)(long)(i * 3)};
    ENTRY *r = hsearch(e, ENTER);
    CHECK(r != NULL && r->key == names[i]);
  }
  char probe[8];
  for (int i = 0; i < 100; i++) {
    snprintf(probe, sizeof probe, "k%d", i);
    ENTRY e = {probe, NULL};
    ENTRY *r = hsearch(e, FIND);
    CHECK(r != NULL && (long)r->data == i * 3);
  }
  /* ENTER of an existing key returns the existing entry, data unchanged. */
  ENTRY again = {"k7", (void *)999L};
  ENTRY *r = hsearch(again, ENTER);
  CHECK(r != NULL && (long)r->data == 21);
  ENTRY none = {"absent", NULL};
  errno = 0;
  CHECK(hsearch(none, FIND) == NULL);
  CHECK_INT(errno, ESRCH);
  hdestroy();

  /* Reentrant form: a zeroed table, fill it to the requested size. */
  struct hsearch_data tab;
  memset(&tab, 0, sizeof tab);
  CHECK_INT(hcreate_r(10, &tab), 1);
  ENTRY *ret = NULL;
  for (int i = 0; i < 10; i++) {
    snprintf(names[100 + i], 8, "x%d", i);
    ENTRY e = {names[100 + i], NULL};
    CHECK_INT(hsearch_r(e, ENTER, &ret, &tab), 1);
    CHECK(ret != NULL && ret->key == names[100 + i]);
  }
  ENTRY f = {"x3", NULL};
  CHECK_INT(hsearch_r(f, FIND, &ret, &tab), 1);
  CHECK(ret != NULL && ret->key == names[103]);
  ENTRY g = {"y", NULL};
  errno = 0;
  CHECK_INT(hsearch_r(g, FIND, &ret, &tab), 0);
  CHECK(ret == NULL);
  CHECK_INT(errno, ESRCH);
  /* The table does not grow: entering many more keys eventually fails with ENOMEM. */
  int failed = 0;
  for (int i = 10; i < 90 && !failed; i++) {
    snprintf(names[100 + i], 8, "x%d", i);
    ENTRY e = {names[100 + i], NULL};
    errno = 0;
    if (!hsearch_r(e, ENTER, &ret, &tab)) {
      failed = 1;
      CHECK_INT(errno, ENOMEM);
      CHECK(ret == NULL);
    }
  }
  CHECK(failed);
  hdestroy_r(&tab);
  errno = 0;
  CHECK_INT(hcreate_r(10, NULL), 0);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
