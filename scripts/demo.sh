#!/usr/bin/env bash
# Scan the bundled samples and show the report.
set -euo pipefail
BIN=${1:-.build/release/mingcha}
shopt -s nullglob
for f in Samples/apk/built/*.apk; do
  echo "== $f"
  "$BIN" scan "$f" || true
done
