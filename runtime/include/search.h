/* search.h: hash tables, binary search trees, linear search and queues (POSIX XSI). */
#ifndef _SEARCH_H
#define _SEARCH_H
#include <features.h>
#include <bits/types/size_t.h>

__PURE_BEGIN_DECLS

typedef enum { FIND, ENTER } ACTION;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

typedef struct entry {
  char *key;
  void *data;
} ENTRY;

int hcreate(size_t __nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY __item, ACTION __action);

void insque(void *__element, void *__pred);
void remque(void *__element);

void *lsearch(const void *__key, void *__base, size_t *__nelp, size_t __width,
              int (*__compar)(const void *, const void *));
void *lfind(const void *__key, const void *__base, size_t *__nelp, size_t __width,
            int (*__compar)(const void *, const void *));

void *tsearch(const void *__key, void **__rootp, int (*__compar)(const void *, const void *));
void *tfind(const void *__key, void *const *__rootp,
            int (*__compar)(const void *, const void *));
void *tdelete(const void *__PURE_RESTRICT __key, void **__PURE_RESTRICT __rootp,
              int (*__compar)(const void *, const void *));
void twalk(const void *__root, void (*__action)(const void *, VISIT, int));

#if __PURE_GNU
/* The element layout insque/remque expect (any struct starting with two such links works). */
struct qelem {
  struct qelem *q_forw;
  struct qelem *q_back;
  char q_data[1];
};

/* Zero-initialise before hcreate_r; the members are private to the library. */
struct hsearch_data {
  void *__table;
  unsigned int __size;
  unsigned int __filled;
};

int hcreate_r(size_t __nel, struct hsearch_data *__htab);
void hdestroy_r(struct hsearch_data *__htab);
int hsearch_r(ENTRY __item, ACTION __action, ENTRY **__retval, struct hsearch_data *__htab);

void tdestroy(void *__root, void (*__free_node)(void *));
#endif

__PURE_END_DECLS

#endif
