#!/usr/bin/env python3
"""Executor for libc++'s lit tests on pure (the %{executor} of tests/libcxx/*.cfg.in).

Like libcxx/utils/run.py: runs the command in --execdir with only the --env variables.
Two additions for a cross target and a slow emulator:
  --emulator CMD  runs an ELF file built for another machine through CMD
                  (aarch64 test programs under qemu-aarch64-static); host programs
                  the tests start (bash, ...) run directly;
  --timeout S     kills a program after S seconds (exit 124), so a hung test cannot
                  stall the run; lit's own per-test timeout would need psutil.
"""

import argparse
import os
import subprocess
import sys


def elf_machine(path):
    """The ELF e_machine of path, or None if it is not an ELF file."""
    try:
        with open(path, "rb") as f:
            header = f.read(20)
    except OSError:
        return None
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    order = "little" if header[5] == 1 else "big"
    return int.from_bytes(header[18:20], order)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--execdir", required=True)
    parser.add_argument("--env", nargs="*", default=[])
    parser.add_argument("--emulator", default="")
    parser.add_argument("--timeout", type=float, default=None)
    parser.add_argument("command", nargs=argparse.ONE_OR_MORE)
    args = parser.parse_args()

    command = args.command
    if args.emulator:
        machine = elf_machine(command[0])
        if machine is not None and machine != elf_machine(sys.executable):
            command = args.emulator.split() + command
    env = dict(item.split("=", 1) for item in args.env)
    try:
        return subprocess.run(command, cwd=args.execdir, env=env, timeout=args.timeout).returncode
    except subprocess.TimeoutExpired:
        print(f"executor.py: killed after {args.timeout:g} s: {' '.join(command)}", file=sys.stderr)
        return 124


if __name__ == "__main__":
    sys.exit(main())
