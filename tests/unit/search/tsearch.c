#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>

#include "../check.h"

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int seen[512];
static int seen_n;
static int max_depth;
static int leaves;
static int pre_count, end_count;

static void visit(const void *node, VISIT which, int depth) {
  if (depth > max_depth) max_depth = depth;
  if (which == postorder || which == leaf) seen[seen_n++] = **(int *const *)node;
  if (which == leaf) leaves++;
  if (which == preorder) pre_count++;
  if (which == endorder) end_count++;
}

static void reset_walk(void) { seen_n = max_depth = leaves = pre_count = end_count = 0; }

static int freed;
static void free_key(void *p) {
  (void)p;
  freed++;
}

int main(void) {
  static int keys[300];
  void *root = NULL;
  /* Insert 0..299 in a scrambled order (37 is coprime with 300). */
  for (int i = 0; i < 300; i++) {
    keys[i] = (i * 37) % 300;
    void *r = tsearch(&keys[i], &root, cmp_int);
    CHECK(r != NULL);
    CHECK(*(int **)r == &keys[i]);
  }
  /* A second tsearch of an equal key returns the existing node. */
  int dup = 5;
  void *r5 = tsearch(&dup, &root, cmp_int);
  CHECK(r5 != NULL && **(int **)r5 == 5 && *(int **)r5 != &dup);
  CHECK(tfind(&dup, &root, cmp_int) == r5);
  int missing = 1000;
  CHECK(tfind(&missing, &root, cmp_int) == NULL);

  reset_walk();
  twalk(root, visit);
  CHECK_INT(seen_n, 300);
  int sorted = 1;
  for (int i = 0; i < seen_n; i++)
    if (seen[i] != i) sorted = 0;
  CHECK(sorted);
  /* Every internal node is visited three times, every leaf once. */
  CHECK_INT(pre_count, 300 - leaves);
  CHECK_INT(end_count, 300 - leaves);
  /* Balanced: an AVL tree of 300 nodes is at most 1.44*log2(302) levels deep (< 12). */
  CHECK(max_depth < 12);

  /* tdelete returns the parent (non-null) and removes the key; node pointers of the
     remaining keys stay valid. */
  int k150 = 150;
  void *n150 = tfind(&k150, &root, cmp_int);
  for (int v = 0; v < 300; v += 2) {
    if (v == 150) continue;
    CHECK(tdelete(&v, &root, cmp_int) != NULL);
    CHECK(tfind(&v, &root, cmp_int) == NULL);
  }
  CHECK(tfind(&k150, &root, cmp_int) == n150);
  CHECK(tdelete(&missing, &root, cmp_int) == NULL);
  reset_walk();
  twalk(root, visit);
  CHECK_INT(seen_n, 151);
  int ok = 1;
  /* Expected order: odd numbers 1..299 with 150 between 149 and 151. */
  int idx = 0;
  for (int v = 1; v < 300; v += 2) {
    if (v == 151) {
      if (seen[idx++] != 150) ok = 0;
    }
    if (seen[idx++] != v) ok = 0;
  }
  CHECK(ok);
  CHECK(max_depth < 10);

  /* tdelete of a child returns its parent: in the three-node tree 2(1,3). */
  void *small = NULL;
  int a = 1, b = 2, c = 3;
  tsearch(&b, &small, cmp_int);
  tsearch(&a, &small, cmp_int);
  tsearch(&c, &small, cmp_int);
  void *rootnode = small;
  CHECK(**(int **)rootnode == 2);
  CHECK(tdelete(&c, &small, cmp_int) == rootnode);
  CHECK(tdelete(&a, &small, cmp_int) == rootnode);
  CHECK(tdelete(&b, &small, cmp_int) != NULL);
  CHECK(small == NULL);
  reset_walk();
  twalk(small, visit); /* empty tree: no calls */
  CHECK_INT(seen_n, 0);

  tdestroy(root, free_key);
  CHECK_INT(freed, 151);

  CHECK(tsearch(&a, NULL, cmp_int) == NULL);
  CHECK(tfind(&a, NULL, cmp_int) == NULL);
  CHECK(tdelete(&a, NULL, cmp_int) == NULL);
  return check_done();
}
