#!/usr/bin/env bash
# make crosscheck: run only the tests that compare Mingcha's parsers with the real Android tools
# (aapt, dexdump, apksigner) over every APK and DEX of the corpus, and print their summary lines.
#   crosscheck.sh CORPUS_DIR
set -uo pipefail
corpus="${1:?usage: crosscheck.sh CORPUS_DIR}"
[ -d "$corpus/apk" ] || { echo "no corpus at $corpus (run: make corpus)" >&2; exit 1; }
mkdir -p .build
MINGCHA_CORPUS="$corpus" swift test --manifest-cache none --filter 'Crosscheck|Corpus|SigningTests' \
    > .build/crosscheck.log 2>&1
rc=$?
grep -E 'crosscheck|corpus|agree|error:|Executed' .build/crosscheck.log
exit $rc
