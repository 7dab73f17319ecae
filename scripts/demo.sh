#!/usr/bin/env bash
# Scan the bundled samples and show the report.
set -euo pipefail
BIN=${1:-.build/release/mingcha}
shopt -s nullglob
for f in Samples/apk/built/*.apk; do
  echo "== $f"
  "$BIN" scan "$f" || true
done
# Mini-programs: single packages, a folder of one appid's packages (main, sub-package, plugin),
# and a PC-encrypted package whose appid comes from its folder name.
for f in Samples/miniprogram/built/*.wxapkg Samples/miniprogram/built/subpackages-plugin \
         Samples/miniprogram/built/encrypted-pc/wx*/__APP__.wxapkg; do
  echo "== $f"
  "$BIN" scan "$f" || true
done
