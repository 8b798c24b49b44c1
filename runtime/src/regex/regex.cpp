// regcomp, regexec, regerror, regfree: POSIX regular expressions over bytes (C locale).
// The pattern is parsed into a small tree, then compiled to a Thompson-style program.
// Matching runs a Pike VM (all threads in lock step, O(subject * program)) that keeps
// going after the first match to find the leftmost-longest one; among threads ending at
// that longest end the highest-priority one (greedy, first alternative) gives the
// sub-matches. Back-references cannot be run in lock step, so patterns using them run a
// backtracking matcher with a step budget and a depth cap: it answers REG_ESPACE instead
// of hanging or overflowing the stack.
#include <ctype.h>
#include <limits.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

namespace pure {
namespace {

constexpr int kMaxProgram = 1 << 15;    // instructions; more is REG_ESPACE
constexpr int kMaxNesting = 1000;       // parser / tree depth
constexpr long kBacktrackBudget = 4000000;
constexpr int kBacktrackDepth = 6000;

enum Op : uint8_t { kChar, kAny, kSet, kBol, kEol, kSplit, kJmp, kSave, kBref, kMatch };

struct Inst {
  Op op;
  uint8_t c;
  int x;  // next / first choice / slot / set index
  int y;  // second choice
};

struct Set {
  uint8_t bits[32];
  bool has(unsigned c) const { return bits[c >> 3] & (1u << (c & 7)); }
  void add(unsigned c) { bits[c >> 3] |= static_cast<uint8_t>(1u << (c & 7)); }
};

struct Program {
  Inst* code;
  int size;
  Set* sets;
  int nsets;
  int nsub;
  int cflags;
  bool backrefs;
};

enum Kind : uint8_t { kEmpty, kLit, kDot, kClass, kCaret, kDollar, kGroup, kCat, kAlt, kRepeat, kBackref };

struct Node {
  Kind kind;
  uint8_t c;
  int a;      // child / first of list / set / group number
  int b;      // second child (alternation)
  int next;   // sibling in a concatenation list
  int min, max;
};

template <typename T>
bool grow(T*& p, int& cap, int need) {
  if (need <= cap) return true;
  int n = cap ? cap * 2 : 16;
  while (n < need) n *= 2;
  void* q = realloc(p, static_cast<size_t>(n) * sizeof(T));
  if (!q) return false;
  p = static_cast<T*>(q);
  cap = n;
  return true;
}

struct Parser {
  const unsigned char* p;
  bool ere;
  bool icase;
  bool newline;
  int err = 0;
  Node* nodes = nullptr;
  int nnodes = 0, cap_nodes = 0;
  Set* sets = nullptr;
  int nsets = 0, cap_sets = 0;
  int ngroups = 0;        // groups opened so far
  uint32_t closed = 0;    // groups 1..31 already closed (for back-reference checks)
  bool backrefs = false;

  int node(Kind k, int a = -1) {
    if (!grow(nodes, cap_nodes, nnodes + 1)) {
      err = REG_ESPACE;
      return -1;
    }
    nodes[nnodes] = Node{k, 0, a, -1, -1, 0, 0};
    return nnodes++;
  }

  int fail(int code) {
    if (!err) err = code;
    return -1;
  }

  // At the start of a branch for the purpose of BRE '^' and leading '*'.
  bool branch_start(const unsigned char* start) const { return p == start; }

  bool bre_at_branch_end(const unsigned char* q) const {
    return q[0] == 0 || (q[0] == '\\' && (q[1] == ')' || q[1] == '|'));
  }

  int parse_alt(int depth) {
    if (depth > kMaxNesting) return fail(REG_ESPACE);
    int left = parse_branch(depth);
    while (!err) {
      if (ere && *p == '|') {
        p++;
      } else if (!ere && p[0] == '\\' && p[1] == '|') {
        p += 2;
      } else {
        break;
      }
      int right = parse_branch(depth);
      int n = node(kAlt, left);
      if (n < 0) return -1;
      nodes[n].b = right;
      left = n;
    }
    return left;
  }

  int parse_branch(int depth) {
    int cat = node(kCat);
    if (cat < 0) return -1;
    int last = -1;
    const unsigned char* start = p;
    while (!err) {
      unsigned char ch = *p;
      if (ch == 0) break;
      if (ere && (ch == '|' || ch == ')')) break;
      if (!ere && ch == '\\' && (p[1] == '|' || p[1] == ')')) break;
      int piece = parse_piece(depth, start);
      if (piece < 0) return -1;
      if (last < 0)
        nodes[cat].a = piece;
      else
        nodes[last].next = piece;
      last = piece;
    }
    return cat;
  }

  bool is_repeat_here() const {
    if (ere) return *p == '*' || *p == '+' || *p == '?' || (*p == '{' && isdigit(p[1]));
    return *p == '*' || (p[0] == '\\' && (p[1] == '{' || p[1] == '+' || p[1] == '?'));
  }

  int parse_piece(int depth, const unsigned char* start) {
    bool at_start = branch_start(start);
    if (ere && is_repeat_here()) return fail(REG_BADRPT);
    int atom = parse_atom(depth, at_start);
    if (atom < 0) return -1;
    // In a BRE a leading '^' takes no repetition: the '*' in "^*" is an ordinary
    // character, which parse_atom turns into a literal on the next call.
    if (!ere && nodes[atom].kind == kCaret) return atom;
    if (ere && (nodes[atom].kind == kCaret || nodes[atom].kind == kDollar) && is_repeat_here())
      return fail(REG_BADRPT);
    int reps = 0;
    while (!err && is_repeat_here()) {
      if (++reps > kMaxNesting) return fail(REG_ESPACE);
      int min = 0, max = -1;
      if (*p == '*') {
        p++;
      } else if (*p == '+' || *p == '?') {
        min = *p == '+' ? 1 : 0;
        max = *p == '?' ? 1 : -1;
        p++;
      } else if (p[0] == '\\' && p[1] != '{') {
        min = p[1] == '+' ? 1 : 0;
        max = p[1] == '?' ? 1 : -1;
        p += 2;
      } else {
        p += ere ? 1 : 2;
        if (!parse_interval(&min, &max)) return -1;
      }
      int r = node(kRepeat, atom);
      if (r < 0) return -1;
      nodes[r].min = min;
      nodes[r].max = max;
      atom = r;
    }
    return atom;
  }

  bool parse_number(int* out) {
    if (!isdigit(*p)) return false;
    int v = 0;
    while (isdigit(*p)) {
      if (v <= RE_DUP_MAX) v = v * 10 + (*p - '0');
      p++;
    }
    *out = v;
    return true;
  }

  bool parse_interval(int* min, int* max) {
    if (!parse_number(min)) {
      fail(*p ? REG_BADBR : REG_EBRACE);
      return false;
    }
    *max = *min;
    if (*p == ',') {
      p++;
      if (!parse_number(max)) *max = -1;
    }
    if (ere ? *p != '}' : (p[0] != '\\' || p[1] != '}')) {
      bool unterminated = true;
      for (const unsigned char* q = p; *q; q++) {
        if (*q == '}') unterminated = false;
      }
      fail(unterminated ? REG_EBRACE : REG_BADBR);
      return false;
    }
    p += ere ? 1 : 2;
    if (*min > RE_DUP_MAX || *max > RE_DUP_MAX || (*max >= 0 && *max < *min)) {
      fail(REG_BADBR);
      return false;
    }
    return true;
  }

  int literal(unsigned char c) {
    if (icase && tolower(c) != toupper(c)) {
      int s = new_set();
      if (s < 0) return -1;
      sets[s].add(static_cast<unsigned char>(tolower(c)));
      sets[s].add(static_cast<unsigned char>(toupper(c)));
      return node(kClass, s);
    }
    int n = node(kLit);
    if (n >= 0) nodes[n].c = c;
    return n;
  }

  int new_set() {
    if (!grow(sets, cap_sets, nsets + 1)) return fail(REG_ESPACE);
    memset(&sets[nsets], 0, sizeof(Set));
    return nsets++;
  }

  int parse_atom(int depth, bool at_start) {
    unsigned char ch = *p;
    if (ere) {
      switch (ch) {
        case '(': {
          p++;
          int g = ++ngroups;
          int inner = parse_alt(depth + 1);
          if (err) return -1;
          if (*p != ')') return fail(REG_EPAREN);
          p++;
          if (g < 32) closed |= 1u << g;
          int n = node(kGroup, inner);
          if (n >= 0) nodes[n].b = g;
          return n;
        }
        case ')':
          return fail(REG_EPAREN);
        case '^':
          p++;
          return node(kCaret);
        case '$':
          p++;
          return node(kDollar);
        case '.':
          p++;
          return node(kDot);
        case '[':
          p++;
          return parse_bracket();
        case '\\':
          return parse_escape();
        default:
          p++;
          return literal(ch);
      }
    }
    switch (ch) {
      case '^':
        p++;
        if (at_start) return node(kCaret);
        return literal('^');
      case '$':
        p++;
        if (bre_at_branch_end(p)) return node(kDollar);
        return literal('$');
      case '*':  // only reached at the start of a branch or after '^': literal
        p++;
        return literal('*');
      case '.':
        p++;
        return node(kDot);
      case '[':
        p++;
        return parse_bracket();
      case '\\':
        if (p[1] == '(') {
          p += 2;
          int g = ++ngroups;
          int inner = parse_alt(depth + 1);
          if (err) return -1;
          if (p[0] != '\\' || p[1] != ')') return fail(REG_EPAREN);
          p += 2;
          if (g < 32) closed |= 1u << g;
          int n = node(kGroup, inner);
          if (n >= 0) nodes[n].b = g;
          return n;
        }
        if (p[1] == ')') return fail(REG_EPAREN);
        if (p[1] == '{') return fail(REG_BADRPT);
        return parse_escape();
      default:
        p++;
        return literal(ch);
    }
  }

  int parse_escape() {
    unsigned char c = p[1];
    if (c == 0) return fail(REG_EESCAPE);
    p += 2;
    if (c >= '1' && c <= '9') {
      int g = c - '0';
      if (!(closed & (1u << g))) return fail(REG_ESUBREG);
      backrefs = true;
      return node(kBackref, g);
    }
    return literal(c);
  }

  // Reads "[:name:]"-style contents after the opening "[x" up to "x]"; returns the length.
  bool bracket_name(unsigned char delim, const unsigned char** name, size_t* len) {
    const unsigned char* q = p;
    while (*q && !(q[0] == delim && q[1] == ']')) q++;
    if (!*q) return false;
    *name = p;
    *len = static_cast<size_t>(q - p);
    p = q + 2;
    return true;
  }

  int parse_bracket() {
    int s = new_set();
    if (s < 0) return -1;
    bool negate = false;
    if (*p == '^') {
      negate = true;
      p++;
    }
    bool first = true;
    while (true) {
      unsigned char ch = *p;
      if (ch == 0) return fail(REG_EBRACK);
      if (ch == ']' && !first) {
        p++;
        break;
      }
      first = false;
      int lo;
      if (ch == '[' && p[1] == ':') {
        p += 2;
        const unsigned char* name;
        size_t len;
        if (!bracket_name(':', &name, &len)) return fail(REG_EBRACK);
        int (*test)(int) = class_test(name, len);
        if (!test) return fail(REG_ECTYPE);
        for (int c = 0; c < 256; c++) {
          if (test(c)) sets[s].add(static_cast<unsigned>(c));
        }
        if (*p == '-' && p[1] != ']') return fail(REG_ERANGE);
        continue;
      }
      if (!bracket_element(&lo)) return -1;
      int hi = lo;
      if (*p == '-' && p[1] != ']' && p[1] != 0) {
        p++;
        if (p[0] == '[' && p[1] == ':') return fail(REG_ERANGE);
        if (!bracket_element(&hi)) return -1;
        if (hi < lo) return fail(REG_ERANGE);
      }
      for (int c = lo; c <= hi; c++) sets[s].add(static_cast<unsigned>(c));
    }
    if (icase) {
      for (int c = 0; c < 256; c++) {
        if (sets[s].has(static_cast<unsigned>(c))) {
          sets[s].add(static_cast<unsigned char>(tolower(c)));
          sets[s].add(static_cast<unsigned char>(toupper(c)));
        }
      }
    }
    if (negate) {
      for (auto& b : sets[s].bits) b = static_cast<uint8_t>(~b);
      if (newline) sets[s].bits['\n' >> 3] &= static_cast<uint8_t>(~(1u << ('\n' & 7)));
    }
    return node(kClass, s);
  }

  // One element of a bracket: a byte, [.c.] or [=c=] (single characters only: the C
  // locale has no multi-character collating elements).
  bool bracket_element(int* out) {
    if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
      unsigned char delim = p[1];
      p += 2;
      const unsigned char* name;
      size_t len;
      if (!bracket_name(delim, &name, &len)) {
        fail(REG_EBRACK);
        return false;
      }
      if (len != 1) {
        fail(REG_ECOLLATE);
        return false;
      }
      *out = name[0];
      return true;
    }
    *out = *p++;
    return true;
  }

  static int (*class_test(const unsigned char* name, size_t len))(int) {
    struct Entry {
      const char* name;
      int (*test)(int);
    };
    static constexpr Entry kClasses[] = {
        {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
        {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
        {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
    };
    for (const Entry& e : kClasses) {
      if (strlen(e.name) == len && memcmp(e.name, name, len) == 0) return e.test;
    }
    return nullptr;
  }
};

struct Emitter {
  const Node* nodes;
  Inst* code = nullptr;
  int size = 0, cap = 0;
  int err = 0;

  int emit(Op op, int x = 0, int y = 0, uint8_t c = 0) {
    if (err) return -1;
    if (size >= kMaxProgram || !grow(code, cap, size + 1)) {
      err = REG_ESPACE;
      return -1;
    }
    code[size] = Inst{op, c, x, y};
    return size++;
  }

  void gen(int n, int depth) {
    if (err) return;
    if (depth > 4 * kMaxNesting) {
      err = REG_ESPACE;
      return;
    }
    const Node& nd = nodes[n];
    switch (nd.kind) {
      case kEmpty:
        break;
      case kLit:
        emit(kChar, 0, 0, nd.c);
        break;
      case kDot:
        emit(kAny);
        break;
      case kClass:
        emit(kSet, nd.a);
        break;
      case kCaret:
        emit(kBol);
        break;
      case kDollar:
        emit(kEol);
        break;
      case kBackref:
        emit(kBref, nd.a);
        break;
      case kGroup:
        emit(kSave, 2 * nd.b);
        gen(nd.a, depth + 1);
        emit(kSave, 2 * nd.b + 1);
        break;
      case kCat:
        for (int c = nd.a; c >= 0 && !err; c = nodes[c].next) gen(c, depth + 1);
        break;
      case kAlt: {
        int split = emit(kSplit);
        gen(nd.a, depth + 1);
        int jmp = emit(kJmp);
        if (err) return;
        code[split].x = split + 1;
        code[split].y = size;
        gen(nd.b, depth + 1);
        if (err) return;
        code[jmp].x = size;
        break;
      }
      case kRepeat:
        gen_repeat(nd, depth);
        break;
    }
  }

  void gen_repeat(const Node& nd, int depth) {
    int copies = nd.max < 0 ? (nd.min > 0 ? nd.min - 1 : 0) : nd.min;
    for (int i = 0; i < copies && !err; i++) gen(nd.a, depth + 1);
    if (nd.max < 0) {
      if (nd.min == 0) {  // L: split body, out; body; jmp L
        int split = emit(kSplit);
        gen(nd.a, depth + 1);
        emit(kJmp, split);
        if (err) return;
        code[split].x = split + 1;
        code[split].y = size;
      } else {  // L: body; split L, out
        int body = size;
        gen(nd.a, depth + 1);
        emit(kSplit, body, size + 1);
      }
      return;
    }
    // Optional copies: each split skips to the common end.
    int first = size;
    for (int i = nd.min; i < nd.max && !err; i++) {
      emit(kSplit);
      gen(nd.a, depth + 1);
    }
    if (err) return;
    patch_optional(first, nd);
  }

  // Re-walks the optional copies to point every split at the end. Each copy's split is
  // followed by the copy's code, whose length is the same for every copy.
  void patch_optional(int first, const Node& nd) {
    int count = nd.max - nd.min;
    if (count <= 0) return;
    int len = (size - first) / count;
    for (int i = 0; i < count; i++) {
      int pc = first + i * len;
      code[pc].x = pc + 1;
      code[pc].y = size;
    }
  }
};

// ---- matching ----

struct Subject {
  const unsigned char* s;
  int begin, end;  // search range
  bool notbol, noteol, newline;
};

bool assert_holds(Op op, const Subject& sub, int pos) {
  if (op == kBol) {
    if (pos == sub.begin && !sub.notbol) return true;
    return sub.newline && pos > sub.begin && sub.s[pos - 1] == '\n';
  }
  if (pos == sub.end && !sub.noteol) return true;
  return sub.newline && pos < sub.end && sub.s[pos] == '\n';
}

bool consumes(const Program& prog, const Inst& in, const Subject& sub, int pos) {
  if (pos >= sub.end) return false;
  unsigned char c = sub.s[pos];
  switch (in.op) {
    case kChar:
      return c == in.c;
    case kAny:
      return !(sub.newline && c == '\n');
    case kSet:
      return prog.sets[in.x].has(c);
    default:
      return false;
  }
}

struct Pike {
  const Program& prog;
  const Subject& sub;
  int nslots;
  // Thread lists: pcs and their capture vectors.
  int* pcs[2];
  int* caps[2];
  int count[2];
  unsigned* mark;
  unsigned gen = 0;
  unsigned list_gen[2] = {0, 0};
  int* work;
  int* stack;  // pairs (kind/pc, value)

  // Adds the thread at pc0 and everything it reaches without consuming input, in
  // priority order; a pc already in the list keeps its earlier (higher-priority) thread.
  void add(int li, int pc0, const int* in, int pos) {
    unsigned g = list_gen[li];
    memcpy(work, in, sizeof(int) * static_cast<size_t>(nslots));
    int sp = 0;
    stack[sp++] = pc0;
    stack[sp++] = INT_MIN;
    while (sp) {
      int val = stack[--sp];
      int pc = stack[--sp];
      if (pc < 0) {  // restore a capture slot
        work[-pc - 1] = val;
        continue;
      }
      for (;;) {
        if (mark[pc] == g) break;
        mark[pc] = g;
        const Inst& in = prog.code[pc];
        if (in.op == kJmp) {
          pc = in.x;
        } else if (in.op == kSplit) {
          stack[sp++] = in.y;
          stack[sp++] = INT_MIN;
          pc = in.x;
        } else if (in.op == kSave) {
          if (in.x < nslots) {
            stack[sp++] = -in.x - 1;
            stack[sp++] = work[in.x];
            work[in.x] = pos;
          }
          pc++;
        } else if (in.op == kBol || in.op == kEol) {
          if (!assert_holds(in.op, sub, pos)) break;
          pc++;
        } else {
          int k = count[li]++;
          pcs[li][k] = pc;
          memcpy(caps[li] + k * nslots, work, sizeof(int) * static_cast<size_t>(nslots));
          break;
        }
      }
    }
  }

  // Returns true on a match, with the captures in best.
  bool run(int* best) {
    int* fresh = work + nslots;  // the capture vector a new start begins with
    bool matched = false;
    int cur = 0;
    count[0] = count[1] = 0;
    list_gen[0] = ++gen;
    for (int pos = sub.begin;; pos++) {
      if (!matched && pos <= sub.end) {
        for (int i = 0; i < nslots; i++) fresh[i] = -1;
        fresh[0] = pos;
        // Lowest priority: threads from earlier starts stay in front.
        add(cur, 0, fresh, pos);
      }
      if (count[cur] == 0 && (matched || pos >= sub.end)) break;
      int nxt = cur ^ 1;
      count[nxt] = 0;
      list_gen[nxt] = ++gen;
      for (int k = 0; k < count[cur]; k++) {
        int pc = pcs[cur][k];
        int* tc = caps[cur] + k * nslots;
        if (matched && tc[0] > best[0]) continue;  // a later start cannot be leftmost
        const Inst& in = prog.code[pc];
        if (in.op == kMatch) {
          if (!matched || tc[0] < best[0] || (tc[0] == best[0] && pos > best[1])) {
            memcpy(best, tc, sizeof(int) * static_cast<size_t>(nslots));
            best[1] = pos;
            matched = true;
          }
          continue;
        }
        if (consumes(prog, in, sub, pos)) add(nxt, pc + 1, tc, pos + 1);
      }
      cur = nxt;
    }
    return matched;
  }
};

struct Backtrack {
  const Program& prog;
  const Subject& sub;
  int nslots;
  int* caps;
  int* best;
  int best_end = -1;
  int* entered;  // position at which each pc was last entered on the current path
  long steps = 0;
  bool overflow = false;
  bool icase;

  void run(int pc, int pos, int depth) {
    while (!overflow) {
      if (++steps > kBacktrackBudget || depth > kBacktrackDepth) {
        overflow = true;
        return;
      }
      if (entered[pc] == pos) return;  // an empty cycle: adds nothing new
      const Inst& in = prog.code[pc];
      switch (in.op) {
        case kMatch:
          if (pos > best_end) {
            best_end = pos;
            memcpy(best, caps, sizeof(int) * static_cast<size_t>(nslots));
          }
          return;
        case kChar:
        case kAny:
        case kSet:
          if (!consumes(prog, in, sub, pos)) return;
          pc++;
          pos++;
          continue;
        case kBol:
        case kEol:
          if (!assert_holds(in.op, sub, pos)) return;
          pc++;
          continue;
        case kJmp:
          pc = in.x;
          continue;
        case kSplit: {
          int saved = entered[pc];
          entered[pc] = pos;
          run(in.x, pos, depth + 1);
          run(in.y, pos, depth + 1);
          entered[pc] = saved;
          return;
        }
        case kSave: {
          int old = caps[in.x];
          caps[in.x] = pos;
          run(pc + 1, pos, depth + 1);
          caps[in.x] = old;
          return;
        }
        case kBref: {
          int so = caps[2 * in.x], eo = caps[2 * in.x + 1];
          if (so < 0 || eo < 0) return;
          int len = eo - so;
          if (len > sub.end - pos) return;
          for (int i = 0; i < len; i++) {
            unsigned char a = sub.s[so + i], b = sub.s[pos + i];
            if (a != b && !(icase && tolower(a) == tolower(b))) return;
          }
          pos += len;
          pc++;
          continue;
        }
      }
    }
  }
};

int execute(const Program& prog, const char* string, size_t nmatch, regmatch_t* pmatch,
            int eflags) {
  Subject sub;
  sub.s = reinterpret_cast<const unsigned char*>(string);
  sub.begin = 0;
  size_t end;
  if ((eflags & REG_STARTEND) && pmatch) {
    if (pmatch[0].rm_so < 0 || pmatch[0].rm_eo < pmatch[0].rm_so) return REG_BADPAT;
    sub.begin = pmatch[0].rm_so;
    end = static_cast<size_t>(pmatch[0].rm_eo);
  } else {
    end = strlen(string);
    if (end > INT_MAX - 1) return REG_ESPACE;
  }
  sub.end = static_cast<int>(end);
  sub.notbol = eflags & REG_NOTBOL;
  sub.noteol = eflags & REG_NOTEOL;
  sub.newline = prog.cflags & REG_NEWLINE;

  bool want_subs = !(prog.cflags & REG_NOSUB) && nmatch > 0 && pmatch;
  int nslots = want_subs ? 2 * (prog.nsub + 1) : 2;
  if (prog.backrefs) nslots = 2 * (prog.nsub + 1);  // back-references need every group
  size_t ns = static_cast<size_t>(nslots);
  int* best = static_cast<int*>(malloc(ns * sizeof(int)));
  if (!best) return REG_ESPACE;
  bool matched = false;
  int rc = 0;

  if (!prog.backrefs) {
    size_t n = static_cast<size_t>(prog.size);
    size_t ints = 2 * n + 2 * n * ns + 2 * ns + 4 * n + 4;
    int* mem = static_cast<int*>(malloc(ints * sizeof(int)));
    unsigned* mark = static_cast<unsigned*>(calloc(n, sizeof(unsigned)));
    if (!mem || !mark) {
      free(mem);
      free(mark);
      free(best);
      return REG_ESPACE;
    }
    Pike vm{prog, sub, nslots, {mem, mem + n}, {mem + 2 * n, mem + 2 * n + n * ns}, {0, 0},
            mark, 0, {0, 0}, mem + 2 * n + 2 * n * ns, mem + 2 * n + 2 * n * ns + 2 * ns};
    matched = vm.run(best);
    free(mem);
    free(mark);
  } else {
    int* caps = static_cast<int*>(malloc(ns * sizeof(int)));
    int* entered = static_cast<int*>(malloc(static_cast<size_t>(prog.size) * sizeof(int)));
    if (!caps || !entered) {
      free(caps);
      free(entered);
      free(best);
      return REG_ESPACE;
    }
    Backtrack bt{prog, sub, nslots, caps, best, -1, entered, 0, false,
                 (prog.cflags & REG_ICASE) != 0};
    for (int start = sub.begin; start <= sub.end && !bt.overflow; start++) {
      for (int i = 0; i < nslots; i++) caps[i] = -1;
      for (int i = 0; i < prog.size; i++) entered[i] = -1;
      caps[0] = start;
      bt.run(0, start, 0);
      if (bt.best_end >= 0) {
        best[1] = bt.best_end;
        matched = true;
        break;
      }
    }
    if (bt.overflow) rc = REG_ESPACE;
    free(caps);
    free(entered);
  }
  if (rc == 0 && !matched) rc = REG_NOMATCH;
  if (rc == 0 && want_subs) {
    for (size_t i = 0; i < nmatch; i++) {
      if (i < static_cast<size_t>(prog.nsub + 1) && 2 * i + 1 < ns && best[2 * i] >= 0 &&
          best[2 * i + 1] >= 0) {
        pmatch[i].rm_so = best[2 * i];
        pmatch[i].rm_eo = best[2 * i + 1];
      } else {
        pmatch[i].rm_so = pmatch[i].rm_eo = -1;
      }
    }
  }
  free(best);
  return rc;
}

int compile(regex_t* preg, const char* pattern, int cflags) {
  Parser ps;
  ps.p = reinterpret_cast<const unsigned char*>(pattern);
  ps.ere = cflags & REG_EXTENDED;
  ps.icase = cflags & REG_ICASE;
  ps.newline = cflags & REG_NEWLINE;
  int root = ps.parse_alt(0);
  if (!ps.err && *ps.p) ps.err = REG_EPAREN;  // a stray ')' ends the top level
  if (ps.err) {
    free(ps.nodes);
    free(ps.sets);
    return ps.err;
  }
  Emitter em;
  em.nodes = ps.nodes;
  em.emit(kSave, 0);
  em.gen(root, 0);
  em.emit(kSave, 1);
  em.emit(kMatch);
  free(ps.nodes);
  Program* prog = static_cast<Program*>(malloc(sizeof(Program)));
  if (em.err || !prog) {
    free(em.code);
    free(ps.sets);
    free(prog);
    return REG_ESPACE;
  }
  *prog = Program{em.code, em.size, ps.sets, ps.nsets, ps.ngroups, cflags, ps.backrefs};
  preg->__pure_prog = prog;
  preg->re_nsub = static_cast<size_t>(ps.ngroups);
  preg->__pure_flags = static_cast<unsigned long>(cflags);
  return 0;
}

constexpr const char* kMessages[] = {
    "Success",
    "No match",
    "Invalid regular expression",
    "Invalid collation character",
    "Invalid character class name",
    "Trailing backslash",
    "Invalid back reference",
    "Unmatched [, [^, [:, [., or [=",
    "Unmatched ( or \\(",
    "Unmatched \\{",
    "Invalid content of \\{\\}",
    "Invalid range end",
    "Memory exhausted",
    "Invalid preceding regular expression",
};

}  // namespace
}  // namespace pure

extern "C" int regcomp(regex_t* __restrict preg, const char* __restrict pattern, int cflags) {
  if (!preg || !pattern) return REG_BADPAT;
  preg->__pure_prog = nullptr;
  preg->re_nsub = 0;
  return pure::compile(preg, pattern, cflags);
}

extern "C" int regexec(const regex_t* __restrict preg, const char* __restrict string,
                       size_t nmatch, regmatch_t* __restrict pmatch, int eflags) {
  if (!preg || !preg->__pure_prog || !string) return REG_BADPAT;
  return pure::execute(*static_cast<const pure::Program*>(preg->__pure_prog), string, nmatch,
                       pmatch, eflags);
}

extern "C" size_t regerror(int errcode, const regex_t* __restrict preg,
                           char* __restrict errbuf, size_t errbuf_size) {
  (void)preg;
  const char* msg = errcode >= 0 && errcode <= REG_BADRPT ? pure::kMessages[errcode]
                                                          : "Unknown error";
  size_t len = strlen(msg) + 1;
  if (errbuf && errbuf_size > 0) {
    size_t n = len < errbuf_size ? len : errbuf_size;
    memcpy(errbuf, msg, n - 1);
    errbuf[n - 1] = '\0';
  }
  return len;
}

extern "C" void regfree(regex_t* preg) {
  if (!preg || !preg->__pure_prog) return;
  auto* prog = static_cast<pure::Program*>(preg->__pure_prog);
  free(prog->code);
  free(prog->sets);
  free(prog);
  preg->__pure_prog = nullptr;
}
