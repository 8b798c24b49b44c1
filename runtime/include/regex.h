/* regex.h: POSIX regular expressions (basic and extended syntax). */
#ifndef _REGEX_H
#define _REGEX_H
#include <features.h>
#include <bits/types/size_t.h>

/* POSIX asks for a signed type able to hold any ssize_t, but glibc has always used int
   and programs (and their struct layouts) were built against that; we follow glibc so
   such code keeps working. Subjects longer than INT_MAX bytes get REG_ESPACE. */
typedef int regoff_t;

typedef struct {
  void *__pure_prog; /* the compiled program, owned by regcomp/regfree */
  size_t __pure_reserved[5];
  size_t re_nsub; /* number of parenthesised subexpressions (same offset as glibc) */
  unsigned long __pure_flags;
} regex_t;

typedef struct {
  regoff_t rm_so;
  regoff_t rm_eo;
} regmatch_t;

/* cflags */
#define REG_EXTENDED 1
#define REG_ICASE 2
#define REG_NEWLINE 4
#define REG_NOSUB 8

/* eflags */
#define REG_NOTBOL 1
#define REG_NOTEOL 2
#if __PURE_DEFAULT
#define REG_STARTEND 4 /* pmatch[0] gives the range of the subject to search */
#endif

/* Error codes (the glibc numbering). */
#define REG_NOMATCH 1
#define REG_BADPAT 2
#define REG_ECOLLATE 3
#define REG_ECTYPE 4
#define REG_EESCAPE 5
#define REG_ESUBREG 6
#define REG_EBRACK 7
#define REG_EPAREN 8
#define REG_EBRACE 9
#define REG_BADBR 10
#define REG_ERANGE 11
#define REG_ESPACE 12
#define REG_BADRPT 13

__PURE_BEGIN_DECLS

int regcomp(regex_t *__PURE_RESTRICT __preg, const char *__PURE_RESTRICT __pattern,
            int __cflags);
int regexec(const regex_t *__PURE_RESTRICT __preg, const char *__PURE_RESTRICT __string,
            size_t __nmatch, regmatch_t *__PURE_RESTRICT __pmatch, int __eflags);
size_t regerror(int __errcode, const regex_t *__PURE_RESTRICT __preg,
                char *__PURE_RESTRICT __errbuf, size_t __errbuf_size);
void regfree(regex_t *__preg);

__PURE_END_DECLS

#endif
