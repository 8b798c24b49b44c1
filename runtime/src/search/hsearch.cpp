// hcreate/hsearch/hdestroy and the reentrant GNU _r forms: a fixed-size open-addressed
// table with linear probing. POSIX tables never grow, so ENTER fails once it is full.
#define _GNU_SOURCE 1
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

#include "support/errno.h"

namespace pure {
namespace {

// FNV-1a: cheap and mixes short string keys well enough for linear probing.
size_t hash_key(const char *s) {
  size_t h = static_cast<size_t>(14695981039346656037ull);
  for (; *s; ++s) {
    h ^= static_cast<unsigned char>(*s);
    h *= static_cast<size_t>(1099511628211ull);
  }
  return h;
}

int create(size_t nel, hsearch_data *tab) {
  if (!tab) return fail(EINVAL, 0);
  if (tab->__table) return 0;  // already created: GNU refuses rather than leaking
  // A quarter of slack keeps probe chains short and leaves at least one slot empty.
  if (nel > (1u << 30)) return fail(ENOMEM, 0);
  size_t want = nel + nel / 3 + 1;
  size_t size = 8;
  while (size < want) size <<= 1;
  ENTRY *t = static_cast<ENTRY *>(calloc(size, sizeof(ENTRY)));
  if (!t) return 0;
  tab->__table = t;
  tab->__size = static_cast<unsigned>(size);
  tab->__filled = 0;
  return 1;
}

void destroy(hsearch_data *tab) {
  if (!tab) return;
  free(tab->__table);
  tab->__table = nullptr;
  tab->__size = tab->__filled = 0;
}

int search(ENTRY item, ACTION action, ENTRY **retval, hsearch_data *tab) {
  if (retval) *retval = nullptr;
  if (!tab || !retval || !item.key) return fail(EINVAL, 0);
  ENTRY *t = static_cast<ENTRY *>(tab->__table);
  if (!t) return fail(ESRCH, 0);
  size_t mask = tab->__size - 1;
  for (size_t i = hash_key(item.key) & mask;; i = (i + 1) & mask) {
    if (!t[i].key) {
      if (action == FIND) return fail(ESRCH, 0);
      // Keep one slot free so every probe loop meets an empty slot and ends.
      if (tab->__filled + 1 >= tab->__size) return fail(ENOMEM, 0);
      t[i] = item;
      tab->__filled++;
      *retval = &t[i];
      return 1;
    }
    if (strcmp(t[i].key, item.key) == 0) {
      *retval = &t[i];
      return 1;
    }
  }
}

constinit hsearch_data global_table = {nullptr, 0, 0};

}  // namespace
}  // namespace pure

extern "C" {

int hcreate_r(size_t nel, struct hsearch_data *htab) { return pure::create(nel, htab); }
void hdestroy_r(struct hsearch_data *htab) { pure::destroy(htab); }
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab) {
  return pure::search(item, action, retval, htab);
}

int hcreate(size_t nel) { return pure::create(nel, &pure::global_table); }
void hdestroy(void) { pure::destroy(&pure::global_table); }
ENTRY *hsearch(ENTRY item, ACTION action) {
  ENTRY *result;
  pure::search(item, action, &result, &pure::global_table);
  return result;
}

}
