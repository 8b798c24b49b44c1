// getusershell, setusershell, endusershell: the valid login shells from /etc/shells
// (comments and blank lines skipped), or /bin/sh and /bin/csh when the file is absent.
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace pure {
namespace {

constinit FILE* shells_file = nullptr;
constinit bool shells_opened = false;  // tried to open the file since the last rewind
constinit int fallback_index = 0;      // position in the default list when there is no file
constinit char* line = nullptr;
constinit size_t line_cap = 0;

const char* const kDefaultShells[] = {"/bin/sh", "/bin/csh"};

char* next_shell() {
  if (!shells_opened) {
    shells_opened = true;
    shells_file = fopen("/etc/shells", "re");
    fallback_index = 0;
  }
  if (!shells_file) {
    if (fallback_index >= 2) return nullptr;
    return const_cast<char*>(kDefaultShells[fallback_index++]);
  }
  ssize_t n;
  while ((n = getline(&line, &line_cap, shells_file)) >= 0) {
    // A shell is the first whitespace-delimited word; '#' starts a comment.
    char* p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '#' || *p == '\n' || *p == '\0') continue;
    char* end = p;
    while (*end && *end != '\n' && *end != ' ' && *end != '\t' && *end != '#') end++;
    *end = '\0';
    return p;
  }
  return nullptr;
}

void close_shells() {
  if (shells_file) fclose(shells_file);
  shells_file = nullptr;
  shells_opened = false;
}

}  // namespace
}  // namespace pure

extern "C" {

char* getusershell(void) { return pure::next_shell(); }

void setusershell(void) { pure::close_shells(); }

void endusershell(void) {
  pure::close_shells();
  free(pure::line);
  pure::line = nullptr;
  pure::line_cap = 0;
}

}  // extern "C"
