#!/usr/bin/env bash
# Adds a deb-src entry for every configured deb entry (scripts/lib/deb-src-entries.py), so
# apt-get source can find source packages; runs apt-get update when that changed anything.
set -euo pipefail
out=/etc/apt/sources.list.d/pure-deb-src.sources
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
tmp=$(mktemp)
python3 "$(dirname "$0")/deb-src-entries.py" "$out" > "$tmp"
if ! cmp -s "$tmp" "$out" 2>/dev/null; then
  $sudo install -m 0644 "$tmp" "$out"
  $sudo apt-get update -qq
fi
rm -f "$tmp"
