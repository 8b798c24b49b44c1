#!/usr/bin/env python3
"""Generates runtime/src/iconv/iconv_tables.inc: the data behind iconv's 8-bit character
sets and its //TRANSLIT table.

Usage: scripts/gen-iconv-tables.py [CHARMAP_DIR [UCD_DIR]] > runtime/src/iconv/iconv_tables.inc
CHARMAP_DIR defaults to /usr/share/i18n/charmaps (Debian's `locales` package), UCD_DIR to
/usr/share/unicode (Debian's `unicode-data`). The output is committed, so building the
libc needs neither.

8-bit sets: each listed charmap must map 0x00..0x7f to ASCII (checked); the table holds
the code points of bytes 0x80..0xff, 0xffff where the byte is unassigned. The names a set
answers to are its code_set_name and the "% alias" lines of its charmap.

Transliteration (ASCII only): a character's canonical or compatibility decomposition
(<compat>, <noBreak>, <super>, <sub>, <fraction>, <wide>, <narrow>, <font>), applied
recursively, with combining marks after a letter or digit dropped, when what remains is
printable ASCII; plus the hand-written list MANUAL for what Unicode does not decompose
(quotes, dashes, ligatures such as ae and ss, letters with strokes, currency signs).
"""
import gzip
import os
import sys

CHARMAPS = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/i18n/charmaps"
UCD = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/unicode"

SETS = ["ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
        "ISO-8859-8", "ISO-8859-9", "ISO-8859-10", "ISO-8859-11", "ISO-8859-13",
        "ISO-8859-14", "ISO-8859-15", "ISO-8859-16", "CP1250", "CP1251", "CP1252", "CP1253",
        "CP1254", "CP1256", "CP1257", "KOI8-R", "KOI8-U"]

# The IANA names of the Windows code pages, which their charmaps do not list.
EXTRA_ALIASES = {"CP%d" % n: ["WINDOWS-%d" % n] for n in (1250, 1251, 1252, 1253, 1254, 1256, 1257)}

MANUAL = {
    0x00A1: "!", 0x00A2: "c", 0x00A3: "GBP", 0x00A5: "JPY", 0x00A6: "|", 0x00A7: "SS",
    0x00A9: "(C)", 0x00AB: "<<", 0x00AC: "!", 0x00AD: "-", 0x00AE: "(R)", 0x00B0: "^0",
    0x00B1: "+/-", 0x00B5: "u", 0x00B6: "P", 0x00B7: ".", 0x00BB: ">>", 0x00BF: "?",
    0x00C6: "AE", 0x00D0: "D", 0x00D7: "x", 0x00D8: "O", 0x00DE: "TH", 0x00DF: "ss",
    0x00E6: "ae", 0x00F0: "d", 0x00F7: ":", 0x00F8: "o", 0x00FE: "th",
    0x0110: "D", 0x0111: "d", 0x0126: "H", 0x0127: "h", 0x0131: "i", 0x0138: "q",
    0x0141: "L", 0x0142: "l", 0x014A: "N", 0x014B: "n", 0x0152: "OE", 0x0153: "oe",
    0x0166: "T", 0x0167: "t", 0x0180: "b", 0x0197: "I", 0x01B6: "z", 0x0237: "j",
    0x0192: "f", 0x02B9: "'", 0x02BA: '"', 0x02BB: "'", 0x02BC: "'", 0x02C6: "^",
    0x02C8: "'", 0x02CB: "`", 0x02CD: "_", 0x02D0: ":", 0x02DC: "~", 0x1E9E: "SS",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "--", 0x2015: "--",
    0x2016: "||", 0x2018: "'", 0x2019: "'", 0x201A: ",", 0x201B: "'", 0x201C: '"',
    0x201D: '"', 0x201E: '"', 0x201F: '"', 0x2020: "+", 0x2021: "++", 0x2022: "o",
    0x2030: "%0", 0x2032: "'", 0x2033: '"', 0x2035: "`", 0x2039: "<", 0x203A: ">",
    0x2043: "-", 0x2044: "/", 0x204E: "*", 0x20A4: "L", 0x20A9: "W", 0x20AC: "EUR",
    0x20B9: "INR", 0x20BD: "RUB", 0x2116: "No", 0x2190: "<-", 0x2192: "->",
    0x2194: "<->", 0x21D0: "<=", 0x21D2: "=>", 0x21D4: "<=>", 0x2212: "-", 0x2215: "/",
    0x2216: "\\", 0x2217: "*", 0x2223: "|", 0x2236: ":", 0x223C: "~", 0x2260: "!=",
    0x2264: "<=", 0x2265: ">=", 0x226A: "<<", 0x226B: ">>", 0x2500: "-", 0x2502: "|",
    0x250C: "+", 0x2510: "+", 0x2514: "+", 0x2518: "+", 0x251C: "+", 0x2524: "+",
    0x252C: "+", 0x2534: "+", 0x253C: "+", 0x25CB: "o", 0x25CF: "*", 0x2713: "v",
    0x3000: " ", 0xFEFF: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: "",
}
TAGS = {"<compat>", "<noBreak>", "<super>", "<sub>", "<fraction>", "<wide>", "<narrow>",
        "<font>"}


def read_charmap(name):
    aliases = [name]
    table = [None] * 256
    with gzip.open(os.path.join(CHARMAPS, name + ".gz"), "rt", encoding="latin-1") as f:
        in_map = False
        for line in f:
            if line.startswith("% alias "):
                aliases.append(line.split()[2])
            elif line.startswith("CHARMAP"):
                in_map = True
            elif line.startswith("END CHARMAP"):
                in_map = False
            elif in_map and line.startswith("<U"):
                fields = line.split()
                cp = int(fields[0][2:-1], 16)
                assert fields[1].count("/x") == 1, line
                byte = int(fields[1][2:], 16)
                assert table[byte] is None, line
                table[byte] = cp
    for b in range(128):
        assert table[b] == b, (name, b)
    return aliases + EXTRA_ALIASES.get(name, []), table[128:]


def translit_table():
    decomp, marks = {}, set()
    with open(os.path.join(UCD, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.split(";")
            cp = int(fields[0], 16)
            if fields[2] in ("Mn", "Mc", "Me"):
                marks.add(cp)
            d = fields[5].split()
            if not d:
                continue
            if d[0].startswith("<"):
                if d[0] not in TAGS:
                    continue
                d = d[1:]
            decomp[cp] = [int(x, 16) for x in d]

    def expand(cp):
        if cp in MANUAL:
            return MANUAL[cp]
        if cp < 0x80:
            return chr(cp)
        if cp not in decomp:
            return None
        parts = decomp[cp]
        out = expand(parts[0])
        if out is None:
            return None
        for p in parts[1:]:
            if p in marks and out and out[-1].isalnum():
                continue
            s = expand(p)
            if s is None:
                return None
            out += s
        return out

    result = {}
    for cp in sorted(set(decomp) | set(MANUAL)):
        if cp < 0x80:
            continue
        s = expand(cp)
        if s is None or len(s) > 4 or any(not (0x20 <= ord(c) < 0x7f) for c in s):
            continue
        result[cp] = s
    return result


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    out = ["// Generated by scripts/gen-iconv-tables.py from the glibc charmaps (Debian's",
           "// `locales`) and the Unicode Character Database (`unicode-data`). Do not edit.",
           "", "// Code points of bytes 0x80..0xff of each 8-bit set; 0xffff: unassigned.",
           "inline constexpr uint16_t kByteTables[][128] = {"]
    names = []
    for i, name in enumerate(SETS):
        aliases, high = read_charmap(name)
        out.append("    {  // " + name)
        for row in range(0, 128, 8):
            out.append("        " + " ".join(
                "0x%04x," % (0xffff if c is None else c) for c in high[row:row + 8]))
        out.append("    },")
        names += [(a, i) for a in aliases]
    out.append("};")
    out.append("")
    out.append("// Names of the 8-bit sets (index into kByteTables), as their charmaps give them.")
    out.append("inline constexpr ByteSetName kByteSetNames[] = {")
    for a, i in names:
        out.append("    {%s, %d}," % (c_string(a), i))
    out.append("};")
    out.append("")
    out.append("// ASCII replacements for //TRANSLIT, sorted by code point.")
    out.append("inline constexpr Translit kTranslit[] = {")
    for cp, s in translit_table().items():
        out.append("    {0x%04x, %s}," % (cp, c_string(s)))
    out.append("};")
    print("\n".join(out))


main()
