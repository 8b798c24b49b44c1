#!/usr/bin/env python3
"""Summaries of libc++ lit runs (the JSON files lit writes with -o).

  summarize.py table [--xfail FILE --arch ARCH] RESULTS.json...
      pass / fail / unsupported per top-level directory of libcxx/test/std. With --xfail,
      lists the failures FILE does not expect for ARCH and exits 1 if there are any.
  summarize.py doc [--root DIR] [--doc FILE] [--xfail FILE]
      rewrites the generated part of docs/LIBCXX-TESTS.md from all runs under DIR
      (build/libcxx-tests/<config>/results/*.json, later runs of a test replace earlier ones).

Outcomes: pass = PASS, FLAKYPASS (passed on a retry the test allows) or XFAIL (a failure the
test itself declares), unsupported =
UNSUPPORTED, fail = everything else (FAIL, XPASS, UNRESOLVED, TIMEOUT); SKIPPED tests (a run
stopped early) do not count.
"""

import argparse
import collections
import glob
import json
import os
import sys

CONFIGS = ["pure-x86_64", "pure-aarch64", "glibc-x86_64"]
BEGIN = "<!-- summarize.py: begin -->"
END = "<!-- summarize.py: end -->"


def outcome(code):
    if code in ("SKIPPED", "EXCLUDED"):  # not run (lit stopped early, or filtered out)
        return None
    if code in ("PASS", "FLAKYPASS", "XFAIL"):
        return "pass"
    if code == "UNSUPPORTED":
        return "unsupported"
    return "fail"


def load(paths):
    """{test: outcome} from lit JSON files, later files winning; test is std/<dir>/..."""
    results = {}
    for path in sorted(paths, key=os.path.basename):
        with open(path) as f:
            for test in json.load(f)["tests"]:
                name = test["name"].split(" :: ", 1)[-1]
                if name.startswith("std/") and outcome(test["code"]):
                    results[name] = outcome(test["code"])
    return results


def directory(test):
    return test.split("/")[1]


def counts(results):
    table = collections.defaultdict(collections.Counter)
    for test, result in results.items():
        table[directory(test)][result] += 1
    return table


def read_xfail(path):
    """{test: (arches, cause)} from an expected-failures file: TEST ARCHES AREA: CAUSE."""
    xfail = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            test, arches, cause = line.split(None, 2)
            xfail[test] = (arches.split(","), cause)
    return xfail


def print_table(results):
    table = counts(results)
    total = collections.Counter()
    print(f"{'directory':<20} {'pass':>6} {'fail':>6} {'unsupported':>12}")
    for d in sorted(table):
        c = table[d]
        total.update(c)
        print(f"{d:<20} {c['pass']:>6} {c['fail']:>6} {c['unsupported']:>12}")
    print(f"{'total':<20} {total['pass']:>6} {total['fail']:>6} {total['unsupported']:>12}")


def cmd_table(args):
    results = load(args.results)
    print_table(results)
    if not args.xfail:
        return 0
    xfail = read_xfail(args.xfail)
    expected = lambda t: t in xfail and args.arch in xfail[t][0]
    failed = sorted(t for t, r in results.items() if r == "fail")
    unexpected = [t for t in failed if not expected(t)]
    fixed = sorted(t for t, r in results.items() if r == "pass" and expected(t))
    for t in fixed:
        print(f"note: passes now, remove from {os.path.basename(args.xfail)}: {t}")
    for t in failed:
        if expected(t):
            print(f"expected failure: {t} ({xfail[t][1]})")
    for t in unexpected:
        print(f"UNEXPECTED FAILURE: {t}")
    print(f"{len(unexpected)} unexpected failure(s), {len(failed) - len(unexpected)} expected")
    return 1 if unexpected else 0


def cmd_doc(args):
    runs = {c: load(glob.glob(os.path.join(args.root, c, "results", "*.json"))) for c in CONFIGS}
    xfail = read_xfail(args.xfail)
    dirs = sorted({directory(t) for r in runs.values() for t in r})
    lines = [BEGIN, "",
             "pass / fail / unsupported; \"—\" where the configuration has not run that directory.", "",
             "| directory | " + " | ".join(CONFIGS) + " |",
             "|---|" + "---|" * len(CONFIGS)]
    totals = {c: collections.Counter() for c in CONFIGS}
    tables = {c: counts(runs[c]) for c in CONFIGS}
    for d in dirs:
        cells = []
        for c in CONFIGS:
            n = tables[c].get(d)
            if n:
                totals[c].update(n)
                cells.append(f"{n['pass']} / {n['fail']} / {n['unsupported']}")
            else:
                cells.append("—")
        lines.append(f"| {d} | " + " | ".join(cells) + " |")
    lines.append("| **total** | " + " | ".join(
        f"{t['pass']} / {t['fail']} / {t['unsupported']}" for t in totals.values()) + " |")
    lines += ["", "Tests that fail with pure but pass with glibc (both run), by area:", ""]
    by_area = collections.defaultdict(list)
    for arch in ("x86_64", "aarch64"):
        pure, base = runs["pure-" + arch], runs["glibc-x86_64"]
        for t in sorted(pure):
            if pure[t] == "fail" and base.get(t) == "pass":
                cause = xfail[t][1] if t in xfail else "(cause not yet recorded)"
                area, _, why = cause.partition(":")
                by_area[area.strip()].append((t, arch, why.strip() or cause))
    for area in sorted(by_area):
        lines.append(f"- **{area}**")
        merged = collections.OrderedDict()
        for t, arch, why in by_area[area]:
            merged.setdefault((t, why), []).append(arch)
        for (t, why), arches in merged.items():
            lines.append(f"  - `{t}` ({', '.join(arches)}): {why}")
    if not by_area:
        lines.append("- none")
    lines += ["", END]
    with open(args.doc) as f:
        text = f.read()
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    with open(args.doc, "w") as f:
        f.write(head + "\n".join(lines) + tail)
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    table = sub.add_parser("table")
    table.add_argument("--xfail")
    table.add_argument("--arch")
    table.add_argument("results", nargs="+")
    doc = sub.add_parser("doc")
    doc.add_argument("--root", default=os.path.join(os.environ.get("PURE_BUILD", os.path.join(repo, "build")), "libcxx-tests"))
    doc.add_argument("--doc", default=os.path.join(repo, "docs", "LIBCXX-TESTS.md"))
    doc.add_argument("--xfail", default=os.path.join(here, "xfail-pure.txt"))
    args = parser.parse_args()
    return cmd_table(args) if args.command == "table" else cmd_doc(args)


if __name__ == "__main__":
    sys.exit(main())
