#!/usr/bin/env python3
"""Prints a deb-src entry (deb822 format) for every configured deb entry.

apt-get source needs deb-src entries; Debian images often configure only deb ones.
Argument: the file the output will be written to, so it is not read back as input.
"""
import glob
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else ''

for f in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    if f == out:
        continue
    for stanza in re.split(r'\n\s*\n', open(f).read()):
        fields = [l for l in stanza.splitlines() if l.strip() and not l.startswith('#')]
        types = [l for l in fields if l.lower().startswith('types:')]
        if types and 'deb' in types[0].split(':', 1)[1].split():
            print('\n'.join('Types: deb-src' if l in types else l for l in fields) + '\n')

for f in ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list')):
    try:
        lines = open(f).read().splitlines()
    except OSError:
        continue
    for l in lines:
        m = re.match(r'\s*deb\s+(\[[^]]*\]\s+)?(\S+)\s+(\S+)\s*(.*)', l)
        if not m:
            continue
        print(f'Types: deb-src\nURIs: {m[2]}\nSuites: {m[3]}\nComponents: {m[4]}')
        signed = re.search(r'signed-by=([^\s\]]+)', m[1] or '')
        if signed:
            print(f'Signed-By: {signed[1]}')
        print()
