// fmtmsg: "label: SEVERITY: text" and "TO FIX: action tag" on standard error and/or the
// console. MSGVERB picks the components for standard error; the console gets them all.
// (The SEV_LEVEL variable, which adds severities, is not read.)
#include <fcntl.h>
#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace pure {
namespace {

enum Part : unsigned { kLabel = 1, kSeverity = 2, kText = 4, kAction = 8, kTag = 16, kAll = 31 };

// The components MSGVERB names; all of them when it is unset, empty or malformed.
unsigned verb_parts() {
  const char* v = getenv("MSGVERB");
  if (!v || !*v) return kAll;
  static constexpr const char* kNames[] = {"label", "severity", "text", "action", "tag"};
  unsigned parts = 0;
  while (*v) {
    size_t n = strcspn(v, ":");
    unsigned bit = 0;
    for (unsigned i = 0; i < 5; i++)
      if (strlen(kNames[i]) == n && strncmp(v, kNames[i], n) == 0) bit = 1u << i;
    if (!bit) return kAll;
    parts |= bit;
    v += n;
    if (*v == ':') v++;
  }
  return parts;
}

struct Message {
  char text[2048];
  size_t len = 0;
  void add(const char* s) {
    while (*s && len < sizeof text - 1) text[len++] = *s++;
    text[len] = '\0';
  }
};

void compose(Message& m, unsigned parts, const char* label, const char* severity, const char* text,
             const char* action, const char* tag) {
  const char* line1[] = {parts & kLabel ? label : nullptr, parts & kSeverity ? severity : nullptr,
                         parts & kText ? text : nullptr};
  bool first = true;
  for (const char* s : line1) {
    if (!s) continue;
    if (!first) m.add(": ");
    m.add(s);
    first = false;
  }
  action = parts & kAction ? action : nullptr;
  tag = parts & kTag ? tag : nullptr;
  if (action || tag) {
    if (!first) m.add("\n");
    if (action) {
      m.add("TO FIX: ");
      m.add(action);
      if (tag) m.add(" ");
    }
    if (tag) m.add(tag);
  }
  m.add("\n");
}

}  // namespace
}  // namespace pure

extern "C" int fmtmsg(long classification, const char* label, int severity, const char* text,
                      const char* action, const char* tag) {
  static constexpr const char* kSeverities[] = {nullptr, "HALT", "ERROR", "WARNING", "INFO"};
  const char* sev = severity >= 0 && severity <= MM_INFO ? kSeverities[severity] : nullptr;
  int result = MM_OK;
  if (classification & MM_PRINT) {
    pure::Message m;
    pure::compose(m, pure::verb_parts(), label, sev, text, action, tag);
    if (fputs(m.text, stderr) == EOF || fflush(stderr) == EOF) result |= MM_NOMSG;
  }
  if (classification & MM_CONSOLE) {
    pure::Message m;
    pure::compose(m, pure::kAll, label, sev, text, action, tag);
    int fd = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || write(fd, m.text, m.len) != static_cast<ssize_t>(m.len)) result |= MM_NOCON;
    if (fd >= 0) close(fd);
  }
  // Every destination asked for failed: nothing was said at all.
  int asked = (classification & MM_PRINT ? MM_NOMSG : 0) | (classification & MM_CONSOLE ? MM_NOCON : 0);
  return result && result == asked ? MM_NOTOK : result;
}
