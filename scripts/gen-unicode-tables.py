#!/usr/bin/env python3
"""Generates runtime/src/wctype/unicode_tables.inc from the Unicode Character Database.

Usage: scripts/gen-unicode-tables.py [UCD_DIR] > runtime/src/wctype/unicode_tables.inc
UCD_DIR defaults to /usr/share/unicode (Debian's `unicode-data` package). The output is
committed, so building the libc never needs the UCD.

What the classes mean (the libc's wctype/wcwidth follow these, in every locale):
  alpha  Alphabetic property, plus decimal digits (Nd) other than ASCII 0-9, so that
         iswalnum covers every script's digits while iswdigit stays 0-9 as C requires.
  upper  Uppercase property;  lower  Lowercase property.
  space  White_Space, less the no-break spaces (U+00A0, U+2007, U+202F) and NEL (U+0085,
         a C1 control) -- a word splitter must not split on a no-break space.
  blank  the space characters that do not end a line: TAB and the Zs separators above.
  cntrl  Cc, plus the line and paragraph separators U+2028, U+2029.
  print  assigned characters other than Cc, Cs, Zl, Zp (private use and format
         characters count as printable).
  punct  print and not space and not alnum (POSIX's punct = graph - alnum).
  width  wcwidth: 0 for combining marks (Mn, Me), format characters (Cf, except the soft
         hyphen U+00AD) and conjoining Hangul vowels/finals (U+1160..U+11FF, U+D7B0..U+D7FF);
         2 for East Asian Wide (W) and Fullwidth (F); 1 otherwise; -1 when not printable.

Tables: every code point below kTableLimit gets a class id through a three-level table
(see the comment in main), and kClasses[id] is its bit set. The few assigned code points
above the limit (tags, variation selectors, private use planes) are runs in kHigh.
Case mappings are runs of (first, last, step, delta).
"""
import os
import sys

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
MAX = 0x110000
LIMIT = 0x40000  # planes 0-3; the rest is sparse and handled in code

BITS = ["alpha", "upper", "lower", "space", "blank", "cntrl", "print", "punct"]
WIDTH_SHIFT = 8  # 2 bits: 0 = width 0, 1 = width 1, 2 = width 2 (only meaningful if print)


def ranges(path):
    """Yields (first, last, fields) for each data line of a UCD file."""
    with open(os.path.join(UCD, path), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            cps = fields[0]
            if ".." in cps:
                a, b = cps.split("..")
                yield int(a, 16), int(b, 16), fields[1:]
            else:
                c = int(cps, 16)
                yield c, c, fields[1:]


def main():
    gc = ["Cn"] * MAX
    upper_map = {}
    lower_map = {}
    with open(os.path.join(UCD, "UnicodeData.txt"), encoding="utf-8") as f:
        first = None
        for line in f:
            p = line.rstrip("\n").split(";")
            c = int(p[0], 16)
            name = p[1]
            if name.endswith(", First>"):
                first = c
                continue
            if name.endswith(", Last>"):
                for x in range(first, c + 1):
                    gc[x] = p[2]
                continue
            gc[c] = p[2]
            if p[12]:
                upper_map[c] = int(p[12], 16)
            if p[13]:
                lower_map[c] = int(p[13], 16)

    props = {}
    for a, b, fl in ranges("DerivedCoreProperties.txt"):
        if fl[0] in ("Alphabetic", "Uppercase", "Lowercase"):
            s = props.setdefault(fl[0], set())
            s.update(range(a, b + 1))
    for a, b, fl in ranges("PropList.txt"):
        if fl[0] == "White_Space":
            props.setdefault("White_Space", set()).update(range(a, b + 1))
    wide = set()
    for a, b, fl in ranges("EastAsianWidth.txt"):
        if fl[0] in ("W", "F"):
            wide.update(range(a, b + 1))

    no_break = {0x00A0, 0x2007, 0x202F}

    def classify(c):
        g = gc[c]
        bits = set()
        if c in props["Alphabetic"] or (g == "Nd" and not 0x30 <= c <= 0x39):
            bits.add("alpha")
        if c in props["Uppercase"]:
            bits.add("upper")
        if c in props["Lowercase"]:
            bits.add("lower")
        if c in props["White_Space"] and c not in no_break and c != 0x85:
            bits.add("space")
            if c == 0x09 or g == "Zs":
                bits.add("blank")
        if g == "Cc" or g in ("Zl", "Zp"):
            bits.add("cntrl")
        printable = g not in ("Cn", "Cc", "Cs", "Zl", "Zp")
        if printable:
            bits.add("print")
            alnum = "alpha" in bits or 0x30 <= c <= 0x39
            if "space" not in bits and not alnum:
                bits.add("punct")
        v = 0
        for i, n in enumerate(BITS):
            if n in bits:
                v |= 1 << i
        if printable:
            if (g in ("Mn", "Me") or (g == "Cf" and c != 0x00AD) or 0x1160 <= c <= 0x11FF
                    or 0xD7B0 <= c <= 0xD7FF):
                w = 0
            elif c in wide:
                w = 2
            else:
                w = 1
            v |= w << WIDTH_SHIFT
        return v

    values = [classify(c) for c in range(LIMIT)]
    classes = sorted(set(values))
    index = {v: i for i, v in enumerate(classes)}
    assert len(classes) < 256
    ids = [index[v] for v in values]

    # Three levels: kStage0[cp >> (kShift1 + kShift2)] picks a row of kStage1, whose entry
    # for (cp >> kShift2) picks a row of kStage2, whose entry for the low bits is the class
    # id. Identical rows are shared; the shifts are the ones giving the smallest tables.
    best = None
    for s2 in range(3, 9):
        for s1 in range(3, 9):
            rows2 = {}
            level1 = []
            for start in range(0, LIMIT, 1 << s2):
                level1.append(rows2.setdefault(tuple(ids[start:start + (1 << s2)]), len(rows2)))
            rows1 = {}
            level0 = []
            for start in range(0, len(level1), 1 << s1):
                level0.append(rows1.setdefault(tuple(level1[start:start + (1 << s1)]), len(rows1)))
            if len(rows1) > 256:
                continue
            w1 = 1 if len(rows2) <= 256 else 2
            total = len(level0) + len(rows1) * (1 << s1) * w1 + len(rows2) * (1 << s2)
            if best is None or total < best[0]:
                best = (total, s1, s2, level0, rows1, rows2)
    total, shift1, shift2, level0, rows1, rows2 = best

    # Sanity checks against the definitions above (fail loudly rather than emit nonsense).
    assert values[0x00E9] & 1 and values[0x0391] & 2 and values[0x03B1] & 4
    assert lower_map[0x0130] == 0x69 and upper_map[0x00E9] == 0xC9
    # Above LIMIT only a few ranges are assigned (tags, variation selectors, private use):
    # they are listed as (first, last, class bits) runs, searched in code.
    high = []
    for c in range(LIMIT, MAX):
        assert c not in upper_map and c not in lower_map
        v = classify(c)
        if v == 0:
            continue
        if high and high[-1][1] == c - 1 and high[-1][2] == v:
            high[-1][1] = c
        else:
            high.append([c, c, v])
    assert len(high) < 64

    def runs(mapping):
        """Groups a code point mapping into (first, last, step, delta) runs."""
        items = sorted(mapping.items())
        out = []
        i = 0
        while i < len(items):
            c, m = items[i]
            d = m - c
            # Try step 1 and step 2; keep whichever run is longer.
            best_run = (1, 1)
            for step in (1, 2):
                j = i + 1
                n = 1
                while (j < len(items) and items[j][0] == c + n * step
                       and items[j][1] - items[j][0] == d):
                    j += 1
                    n += 1
                if n > best_run[0]:
                    best_run = (n, step)
            n, step = best_run
            out.append((c, c + (n - 1) * step, step, d))
            i += n
        return out

    to_upper = runs({c: m for c, m in upper_map.items() if m != c})
    to_lower = runs({c: m for c, m in lower_map.items() if m != c})

    w = sys.stdout.write
    w("// Generated by scripts/gen-unicode-tables.py from the Unicode Character Database\n")
    w("// (Unicode %s). Do not edit by hand; rerun the script instead.\n" % ucd_version())
    w("// Class bits: %s; width (0..2) at bit %d.\n\n" % (", ".join(
        "%s=%d" % (n, 1 << i) for i, n in enumerate(BITS)), WIDTH_SHIFT))
    w("inline constexpr unsigned kTableLimit = 0x%X;\n" % LIMIT)
    w("inline constexpr unsigned kShift1 = %d;\n" % shift1)
    w("inline constexpr unsigned kShift2 = %d;\n" % shift2)
    w("inline constexpr unsigned short kClasses[%d] = {\n" % len(classes))
    emit_numbers(w, ["0x%03x" % v for v in classes])
    w("};\n")
    w("inline constexpr unsigned char kStage0[%d] = {\n" % len(level0))
    emit_numbers(w, [str(x) for x in level0])
    w("};\n")
    s1_type = "unsigned char" if len(rows2) <= 256 else "unsigned short"
    w("inline constexpr %s kStage1[%d][%d] = {\n" % (s1_type, len(rows1), 1 << shift1))
    for row in sorted(rows1, key=rows1.get):
        w("  {" + ",".join(str(x) for x in row) + "},\n")
    w("};\n")
    w("inline constexpr unsigned char kStage2[%d][%d] = {\n" % (len(rows2), 1 << shift2))
    for row in sorted(rows2, key=rows2.get):
        w("  {" + ",".join(str(x) for x in row) + "},\n")
    w("};\n")
    w("inline constexpr HighRun kHigh[%d] = {\n" % len(high))
    emit_numbers(w, ["{0x%X,0x%X,0x%03x}" % tuple(r) for r in high])
    w("};\n")
    for name, table in (("kToUpper", to_upper), ("kToLower", to_lower)):
        w("inline constexpr CaseRun %s[%d] = {\n" % (name, len(table)))
        emit_numbers(w, ["{0x%X,0x%X,%d,%d}" % r for r in table])
        w("};\n")


def emit_numbers(w, items, width=96):
    line = " "
    for it in items:
        if len(line) + len(it) + 2 > width:
            w(line.rstrip() + "\n")
            line = " "
        line += " " + it + ","
    if line.strip():
        w(line.rstrip() + "\n")


def ucd_version():
    with open(os.path.join(UCD, "DerivedCoreProperties.txt"), encoding="utf-8") as f:
        first = f.readline()
    # "# DerivedCoreProperties-15.0.0.txt"
    return first.strip().split("-", 1)[1].rsplit(".txt", 1)[0]


if __name__ == "__main__":
    main()
