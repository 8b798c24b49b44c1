/* wordexp.h: shell-style word expansion (without running a shell; see docs/WORDEXP.md). */
#ifndef _WORDEXP_H
#define _WORDEXP_H
#include <features.h>
#include <bits/types/size_t.h>

typedef struct {
  size_t we_wordc; /* number of words */
  char **we_wordv; /* the words, after we_offs null pointers, ended by a null pointer */
  size_t we_offs;  /* null pointers to reserve at the start (WRDE_DOOFFS) */
} wordexp_t;

#define WRDE_DOOFFS (1 << 0)  /* reserve we_offs slots at the start of we_wordv */
#define WRDE_APPEND (1 << 1)  /* add to the words of an earlier call */
#define WRDE_NOCMD (1 << 2)   /* refuse command substitution (always the case here) */
#define WRDE_REUSE (1 << 3)   /* the structure holds an earlier result to free first */
#define WRDE_SHOWERR (1 << 4) /* let a shell's errors reach stderr (no shell is run) */
#define WRDE_UNDEF (1 << 5)   /* an unset variable is an error */

#define WRDE_NOSPACE 1 /* out of memory */
#define WRDE_BADCHAR 2 /* unquoted | & ; < > ( ) { } or newline */
#define WRDE_BADVAL 3  /* unset variable with WRDE_UNDEF */
#define WRDE_CMDSUB 4  /* command substitution, which is never performed */
#define WRDE_SYNTAX 5  /* unbalanced quotes or unsupported syntax */

__PURE_BEGIN_DECLS

int wordexp(const char *__PURE_RESTRICT __words, wordexp_t *__PURE_RESTRICT __we, int __flags);
void wordfree(wordexp_t *__we);

__PURE_END_DECLS

#endif
