// getsubopt (POSIX): splits "name[=value],..." suboptions of a command-line option.
#include <stdlib.h>
#include <string.h>

extern "C" int getsubopt(char** __restrict optionp, char* const* __restrict tokens, char** __restrict valuep) {
  char* s = *optionp;
  char* end = strchrnul(s, ',');
  *optionp = *end ? end + 1 : end;
  *end = 0;
  char* eq = strchr(s, '=');
  size_t len = eq ? static_cast<size_t>(eq - s) : strlen(s);
  for (int i = 0; tokens[i]; i++) {
    if (strncmp(tokens[i], s, len) == 0 && tokens[i][len] == 0) {
      *valuep = eq ? eq + 1 : nullptr;
      return i;
    }
  }
  *valuep = s;  // the unrecognised suboption, whole
  return -1;
}
