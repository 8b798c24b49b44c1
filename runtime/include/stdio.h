/* pure libc: <stdio.h>, C17 7.21 and POSIX 2008. */
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
#include <bits/types/FILE.h>
#include <bits/types/size_t.h>
#include <bits/types/__gnuc_va_list.h>
#if __PURE_POSIX
#include <bits/types/off_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/va_list.h>
#endif

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif

/* A stream position: the byte offset plus the multibyte conversion state. */
typedef struct __pure_fpos {
  long long __pos;
  unsigned int __state[2];
} fpos_t;

#define BUFSIZ 8192
#define EOF (-1)
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define FILENAME_MAX 4096
#define FOPEN_MAX 1000
#define L_tmpnam 20
#define TMP_MAX 238328
#if __PURE_POSIX
#define L_ctermid 20
#endif
#if __PURE_XOPEN || __PURE_DEFAULT
#define P_tmpdir "/tmp"
#endif

__PURE_BEGIN_DECLS

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

/* 7.21.4 Operations on files */
int remove(const char *__path);
int rename(const char *__old, const char *__new);
FILE *tmpfile(void);
char *tmpnam(char *__s); /* racy by design: prefer tmpfile or mkstemp */

/* 7.21.5 File access */
int fclose(FILE *__f);
int fflush(FILE *__f);
FILE *fopen(const char *__PURE_RESTRICT __path, const char *__PURE_RESTRICT __mode);
FILE *freopen(const char *__PURE_RESTRICT __path, const char *__PURE_RESTRICT __mode,
              FILE *__PURE_RESTRICT __f);
void setbuf(FILE *__PURE_RESTRICT __f, char *__PURE_RESTRICT __buf);
int setvbuf(FILE *__PURE_RESTRICT __f, char *__PURE_RESTRICT __buf, int __mode, size_t __size);

/* 7.21.6 Formatted input/output */
int fprintf(FILE *__PURE_RESTRICT __f, const char *__PURE_RESTRICT __fmt, ...) __PURE_PRINTF(2, 3);
int fscanf(FILE *__PURE_RESTRICT __f, const char *__PURE_RESTRICT __fmt, ...) __PURE_SCANF(2, 3);
int printf(const char *__PURE_RESTRICT __fmt, ...) __PURE_PRINTF(1, 2);
int scanf(const char *__PURE_RESTRICT __fmt, ...) __PURE_SCANF(1, 2);
int snprintf(char *__PURE_RESTRICT __s, size_t __n, const char *__PURE_RESTRICT __fmt, ...)
    __PURE_PRINTF(3, 4);
int sprintf(char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __fmt, ...) __PURE_PRINTF(2, 3);
int sscanf(const char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __fmt, ...) __PURE_SCANF(2, 3);
int vfprintf(FILE *__PURE_RESTRICT __f, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap)
    __PURE_PRINTF(2, 0);
int vfscanf(FILE *__PURE_RESTRICT __f, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap)
    __PURE_SCANF(2, 0);
int vprintf(const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap) __PURE_PRINTF(1, 0);
int vscanf(const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap) __PURE_SCANF(1, 0);
int vsnprintf(char *__PURE_RESTRICT __s, size_t __n, const char *__PURE_RESTRICT __fmt,
              __gnuc_va_list __ap) __PURE_PRINTF(3, 0);
int vsprintf(char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap)
    __PURE_PRINTF(2, 0);
int vsscanf(const char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap)
    __PURE_SCANF(2, 0);

/* 7.21.7 Character input/output */
int fgetc(FILE *__f);
char *fgets(char *__PURE_RESTRICT __s, int __n, FILE *__PURE_RESTRICT __f);
int fputc(int __c, FILE *__f);
int fputs(const char *__PURE_RESTRICT __s, FILE *__PURE_RESTRICT __f);
int getc(FILE *__f);
int getchar(void);
int putc(int __c, FILE *__f);
int putchar(int __c);
int puts(const char *__s);
int ungetc(int __c, FILE *__f);
/* gets() was removed in C11 and POSIX 2008 and is not provided. */

/* 7.21.8 Direct input/output */
size_t fread(void *__PURE_RESTRICT __p, size_t __size, size_t __n, FILE *__PURE_RESTRICT __f);
size_t fwrite(const void *__PURE_RESTRICT __p, size_t __size, size_t __n, FILE *__PURE_RESTRICT __f);

/* 7.21.9 File positioning */
int fgetpos(FILE *__PURE_RESTRICT __f, fpos_t *__PURE_RESTRICT __pos);
int fseek(FILE *__f, long __off, int __whence);
int fsetpos(FILE *__f, const fpos_t *__pos);
long ftell(FILE *__f);
void rewind(FILE *__f);

/* 7.21.10 Error handling */
void clearerr(FILE *__f);
int feof(FILE *__f);
int ferror(FILE *__f);
void perror(const char *__s);

#if __PURE_POSIX
FILE *fdopen(int __fd, const char *__mode);
int fileno(FILE *__f);
int fseeko(FILE *__f, off_t __off, int __whence);
off_t ftello(FILE *__f);
FILE *fmemopen(void *__PURE_RESTRICT __buf, size_t __size, const char *__PURE_RESTRICT __mode);
FILE *open_memstream(char **__bufp, size_t *__sizep);
ssize_t getdelim(char **__PURE_RESTRICT __line, size_t *__PURE_RESTRICT __n, int __delim,
                 FILE *__PURE_RESTRICT __f);
ssize_t getline(char **__PURE_RESTRICT __line, size_t *__PURE_RESTRICT __n, FILE *__PURE_RESTRICT __f);
int dprintf(int __fd, const char *__PURE_RESTRICT __fmt, ...) __PURE_PRINTF(2, 3);
int vdprintf(int __fd, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap) __PURE_PRINTF(2, 0);
FILE *popen(const char *__command, const char *__mode);
int pclose(FILE *__f);
char *ctermid(char *__s);
int renameat(int __olddirfd, const char *__old, int __newdirfd, const char *__new);

void flockfile(FILE *__f);
int ftrylockfile(FILE *__f);
void funlockfile(FILE *__f);
int getc_unlocked(FILE *__f);
int getchar_unlocked(void);
int putc_unlocked(int __c, FILE *__f);
int putchar_unlocked(int __c);
#endif

#if __PURE_XOPEN
char *tempnam(const char *__dir, const char *__prefix); /* racy: prefer mkstemp */
#endif

#if __PURE_DEFAULT
void setbuffer(FILE *__f, char *__buf, size_t __size);
void setlinebuf(FILE *__f);
int fgetc_unlocked(FILE *__f);
int fputc_unlocked(int __c, FILE *__f);
void clearerr_unlocked(FILE *__f);
int feof_unlocked(FILE *__f);
int ferror_unlocked(FILE *__f);
int fileno_unlocked(FILE *__f);
int fflush_unlocked(FILE *__f);
size_t fread_unlocked(void *__PURE_RESTRICT __p, size_t __size, size_t __n, FILE *__PURE_RESTRICT __f);
size_t fwrite_unlocked(const void *__PURE_RESTRICT __p, size_t __size, size_t __n,
                       FILE *__PURE_RESTRICT __f);
int getw(FILE *__f);
int putw(int __w, FILE *__f);
char *tmpnam_r(char *__s);
char *fgetln(FILE *__PURE_RESTRICT __f, size_t *__PURE_RESTRICT __len);
#define L_cuserid 9
char *cuserid(char *__s);
#endif

#if __PURE_GNU
char *fgets_unlocked(char *__PURE_RESTRICT __s, int __n, FILE *__PURE_RESTRICT __f);
int fputs_unlocked(const char *__PURE_RESTRICT __s, FILE *__PURE_RESTRICT __f);
int asprintf(char **__PURE_RESTRICT __strp, const char *__PURE_RESTRICT __fmt, ...) __PURE_PRINTF(2, 3);
int vasprintf(char **__PURE_RESTRICT __strp, const char *__PURE_RESTRICT __fmt, __gnuc_va_list __ap)
    __PURE_PRINTF(2, 0);
int renameat2(int __olddirfd, const char *__old, int __newdirfd, const char *__new, unsigned int __flags);


/* Streams over caller-supplied functions (fopencookie(3)). */
typedef ssize_t cookie_read_function_t(void *__cookie, char *__buf, size_t __size);
typedef ssize_t cookie_write_function_t(void *__cookie, const char *__buf, size_t __size);
typedef int cookie_seek_function_t(void *__cookie, off_t *__offset, int __whence);
typedef int cookie_close_function_t(void *__cookie);
typedef struct {
  cookie_read_function_t *read;
  cookie_write_function_t *write;
  cookie_seek_function_t *seek;
  cookie_close_function_t *close;
} cookie_io_functions_t;
FILE *fopencookie(void *__PURE_RESTRICT __cookie, const char *__PURE_RESTRICT __mode,
                  cookie_io_functions_t __io);
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#define RENAME_EXCHANGE (1 << 1)
#define RENAME_WHITEOUT (1 << 2)
#endif
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define fopen64 fopen
#define freopen64 freopen
#define tmpfile64 tmpfile
#define fseeko64 fseeko
#define ftello64 ftello
#define fgetpos64 fgetpos
#define fsetpos64 fsetpos
#define fpos64_t fpos_t
#endif

#endif
