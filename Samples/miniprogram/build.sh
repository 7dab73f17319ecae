#!/usr/bin/env bash
# Builds every sample mini-program under src/ into built/ with Mingcha's own packer
# (wxapkg_pack.py): a single-package sample becomes built/<name>.wxapkg; a sample with
# sub-packages or plugins becomes the folder built/<name>/ (main, sub-packages, plugins);
# a sample with a file "encrypt-appid" also gets a V1MMWX-encrypted copy under
# built/<name>/<appid>/__APP__.wxapkg. Needs python3 (+ python3-cryptography to encrypt).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/built"
rm -rf "$OUT"
mkdir -p "$OUT"
for dir in "$HERE"/src/*/; do
    name="$(basename "$dir")"
    tmp="$(mktemp -d)"
    args=()
    if [[ -f "$dir/encrypt-appid" ]]; then args=(--encrypt-appid "$(tr -d ' \n' < "$dir/encrypt-appid")"); fi
    python3 "$HERE/wxapkg_pack.py" "$dir" "$tmp" "${args[@]}"
    count="$(find "$tmp" -name '*.wxapkg' | wc -l)"
    if [[ "$count" == 1 ]]; then
        mv "$tmp/__APP__.wxapkg" "$OUT/$name.wxapkg"
    else
        mv "$tmp" "$OUT/$name"
        tmp=""
    fi
    [[ -n "$tmp" ]] && rm -rf "$tmp"
    echo "built $name"
done
