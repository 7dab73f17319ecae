#!/usr/bin/env bash
# make eval: build the sample APKs with the real Android tools, then score `mingcha scan`
# against every Samples/**/expected.json (per-rule precision and recall).
#   eval.sh BINARY [eval.py options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
bin="${1:?usage: eval.sh BINARY [options]}"; shift
if [ -x "$root/Samples/apk/build.sh" ] && ls "$root"/Samples/apk/src/*/AndroidManifest.xml >/dev/null 2>&1; then
    "$root/Samples/apk/build.sh" >/dev/null
fi
if [ -x "$root/Samples/miniprogram/build.sh" ]; then
    "$root/Samples/miniprogram/build.sh" >/dev/null
fi
exec python3 "$here/eval.py" --bin "$bin" --samples "$root/Samples" "$@"
