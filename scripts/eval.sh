#!/usr/bin/env bash
# make eval: score `mingcha scan` against every Samples/**/expected.json (per-rule precision and
# recall). The sample APKs are committed (Samples/apk/built/); set MINGCHA_REBUILD_SAMPLES=1 to
# rebuild them first with the real Android tools (aapt, smali, zipalign, apksigner; ~10 s each).
#   eval.sh BINARY [eval.py options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
bin="${1:?usage: eval.sh BINARY [options]}"; shift
if [ "${MINGCHA_REBUILD_SAMPLES:-0}" = "1" ]; then
    "$root/Samples/apk/build.sh" >/dev/null
fi
if [ -x "$root/Samples/miniprogram/build.sh" ]; then
    "$root/Samples/miniprogram/build.sh" >/dev/null
fi
exec python3 "$here/eval.py" --bin "$bin" --samples "$root/Samples" "$@"
