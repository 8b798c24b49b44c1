// tsearch, tfind, tdelete, twalk, tdestroy: an AVL tree. Each node starts with the key
// pointer because POSIX hands nodes to callers, who read the key through *(void **)node.
#define _GNU_SOURCE 1
#include <search.h>
#include <stdlib.h>

namespace pure {
namespace {

using Compare = int (*)(const void *, const void *);

struct Node {
  const void *key;  // must stay first: callers dereference the node as a key pointer
  Node *left;
  Node *right;
  int height;
};

// An AVL tree of height h holds at least fib(h+2)-1 nodes, so 96 levels exceed any
// address space; the path stacks below never overflow.
constexpr int kMaxDepth = 96;

int height(const Node *n) { return n ? n->height : 0; }

void update(Node *n) {
  int l = height(n->left), r = height(n->right);
  n->height = (l > r ? l : r) + 1;
}

void rotate_left(Node **link) {
  Node *n = *link, *r = n->right;
  n->right = r->left;
  r->left = n;
  update(n);
  update(r);
  *link = r;
}

void rotate_right(Node **link) {
  Node *n = *link, *l = n->left;
  n->left = l->right;
  l->right = n;
  update(n);
  update(l);
  *link = l;
}

// Restores the AVL property at *link after one of its subtrees changed height by one.
void rebalance(Node **link) {
  Node *n = *link;
  update(n);
  int balance = height(n->left) - height(n->right);
  if (balance > 1) {
    if (height(n->left->left) < height(n->left->right)) rotate_left(&n->left);
    rotate_right(link);
  } else if (balance < -1) {
    if (height(n->right->right) < height(n->right->left)) rotate_right(&n->right);
    rotate_left(link);
  }
}

void walk(const Node *n, void (*action)(const void *, VISIT, int), int depth) {
  if (!n->left && !n->right) {
    action(n, leaf, depth);
    return;
  }
  action(n, preorder, depth);
  if (n->left) walk(n->left, action, depth + 1);
  action(n, postorder, depth);
  if (n->right) walk(n->right, action, depth + 1);
  action(n, endorder, depth);
}

void destroy(Node *n, void (*free_key)(void *)) {
  while (n) {
    // Recurse on the left only; loop on the right (depth stays logarithmic either way).
    destroy(n->left, free_key);
    Node *right = n->right;
    free_key(const_cast<void *>(n->key));
    free(n);
    n = right;
  }
}

}  // namespace
}  // namespace pure

using pure::Node;

extern "C" {

void *tsearch(const void *key, void **rootp, int (*compar)(const void *, const void *)) {
  if (!rootp || !compar) return nullptr;
  Node **path[pure::kMaxDepth];
  int depth = 0;
  Node **link = reinterpret_cast<Node **>(rootp);
  while (*link) {
    int c = compar(key, (*link)->key);
    if (c == 0) return *link;
    path[depth++] = link;
    link = c < 0 ? &(*link)->left : &(*link)->right;
  }
  Node *n = static_cast<Node *>(malloc(sizeof(Node)));
  if (!n) return nullptr;  // malloc has set errno (ENOMEM)
  n->key = key;
  n->left = n->right = nullptr;
  n->height = 1;
  *link = n;
  while (depth > 0) pure::rebalance(path[--depth]);
  return n;
}

void *tfind(const void *key, void *const *rootp, int (*compar)(const void *, const void *)) {
  if (!rootp || !compar) return nullptr;
  Node *n = static_cast<Node *>(*rootp);
  while (n) {
    int c = compar(key, n->key);
    if (c == 0) return n;
    n = c < 0 ? n->left : n->right;
  }
  return nullptr;
}

void *tdelete(const void *__restrict key, void **__restrict rootp,
              int (*compar)(const void *, const void *)) {
  if (!rootp || !compar) return nullptr;
  Node **path[pure::kMaxDepth + 1];
  int depth = 0;
  Node **link = reinterpret_cast<Node **>(rootp);
  for (;;) {
    if (!*link) return nullptr;
    int c = compar(key, (*link)->key);
    path[depth++] = link;
    if (c == 0) break;
    link = c < 0 ? &(*link)->left : &(*link)->right;
  }
  Node *n = *link;
  // POSIX leaves the result for the root unspecified but non-null: rootp is.
  void *parent = depth > 1 ? static_cast<void *>(*path[depth - 2]) : static_cast<void *>(rootp);
  int top = depth - 1;  // index of the link that held n
  if (!n->left || !n->right) {
    *link = n->left ? n->left : n->right;
  } else {
    // Relink the in-order successor into n's place instead of copying keys: node
    // pointers the caller got from tsearch/tfind must keep naming the same key.
    int slot = depth;
    path[depth++] = &n->right;
    while ((*path[depth - 1])->left) {
      path[depth] = &(*path[depth - 1])->left;
      depth++;
    }
    top = depth - 1;
    Node *succ = *path[top];
    *path[top] = succ->right;
    succ->left = n->left;
    succ->right = n->right;
    succ->height = n->height;
    *link = succ;
    path[slot] = &succ->right;  // the link below the moved node now lives in succ
  }
  free(n);
  while (top > 0) pure::rebalance(path[--top]);
  return parent;
}

void twalk(const void *root, void (*action)(const void *, VISIT, int)) {
  if (root && action) pure::walk(static_cast<const Node *>(root), action, 0);
}

void tdestroy(void *root, void (*free_node)(void *)) {
  if (!free_node) return;
  pure::destroy(static_cast<Node *>(root), free_node);
}

}
