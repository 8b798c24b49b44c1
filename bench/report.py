#!/usr/bin/env python3
"""Turns bench/run.sh's results (libc, case, ns per operation; one line a run) into the
Markdown table: the median of the rounds per libc and case, and pure's ratio to each.
   report.py RESULTS DATE CPU CORES KERNEL PURE_REV GLIBC MUSL CLANG ROUNDS"""
import statistics
import sys

results, date, cpu, cores, kernel, rev, glibc, musl, clang, rounds = sys.argv[1:]
LIBCS = ("pure", "glibc", "musl")

runs = {}  # case -> libc -> [ns]; cases in the order the first round ran them
for line in open(results):
    lib, case, ns = line.rstrip("\n").split("\t")
    runs.setdefault(case, {}).setdefault(lib, []).append(float(ns))

SECTIONS = (  # (title, does a case belong to it)
    ("String functions (issue 3)", lambda c: c.startswith(("mem", "str")) and not c.startswith("strtod")),
    ("malloc (issue 3)", lambda c: c.startswith("malloc")),
    ("Formatting, parsing, sorting, stdio (issue 3)", lambda c: c.startswith(("snprintf", "strtod", "qsort", "stdio"))),
    ("Threads and processes (issue 4)", lambda c: c.startswith(("pthread", "mutex", "condvar", "fork", "posix_spawn"))),
)


def show(ns):
    for unit, scale in (("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if ns / scale < 100 else f"{ns / scale:.0f} {unit}"
    return f"{ns:.3g} ns" if ns < 100 else f"{ns:.0f} ns"


def row(name, med):
    cells = [show(med[l]) if l in med else "failed" for l in LIBCS]
    ratios = [f"{med['pure'] / med[l]:.2f}" if "pure" in med and l in med and med[l] > 0 else "—"
              for l in ("glibc", "musl")]
    return f"| {name} | " + " | ".join(cells + ratios) + " |"


spreads = []
def medians(case):
    med = {}
    for lib, values in runs.get(case, {}).items():
        med[lib] = statistics.median(values)
        if len(values) > 1 and med[lib] > 0:
            spreads.append((max(values) - min(values)) / med[lib])
    return med


print(f"Benchmarks, {date}: {cpu}, {cores} cores, Linux {kernel}; pure {rev}, "
      f"glibc {glibc} (static), musl {musl} (static); {clang}, -O2 -fno-builtin, "
      f"x86_64. Median of {rounds} interleaved rounds; each value is the fastest of 3 timed "
      f"loops of ~20 ms inside one process (start-up excluded, except in the start-up rows).")
print()
print("Time per operation; **ratio = pure time / other time: below 1.00 pure is faster, "
      "above 1.00 pure is slower.**")
print()
print("| benchmark | pure | glibc | musl | pure/glibc | pure/musl |")
print("|---|---:|---:|---:|---:|---:|")
for title, member in SECTIONS:
    cases = [c for c in runs if member(c)]
    if cases:
        print(f"| **{title}** | | | | | |")
    for c in cases:
        print(row(c, medians(c)))
if "start-up" in runs:
    med = medians("start-up")
    print("| **Start-up (DESIGN §6)** | | | | | |")
    print(row("posix_spawn + waitpid of a static `int main(void) { return 0; }`", med))
    if "bare" in med:
        bare = med.pop("bare")
        print(f"| same for a bare `_start` → exit_group binary (no libc): the floor | {show(bare)} | "
              f"{show(bare)} | {show(bare)} | — | — |")
        print(row("start-up cost over the floor (static main − bare)",
                  {l: max(v - bare, 0.0) for l, v in med.items()}))
print()
if spreads:
    print(f"Noise: the spread (max − min) of a value over the rounds is {statistics.median(spreads):.0%} "
          f"of its median in the typical case, {max(spreads):.0%} at worst.")
