#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (ASan + libFuzzer coverage on every module) and runs each
# for SECONDS (default 60) from a seed corpus of the repository's fixtures and samples, one target
# at a time with one job (libFuzzer's default: one in-process job; -jobs=1 would fork a child that
# logs to ./fuzz-0.log). Crashes are left as Fuzz/artifacts/<target>/crash-*; a summary of
# executions per target goes to Fuzz/out/summary.tsv.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzZip FuzzAXML FuzzArsc FuzzDex FuzzSigning FuzzWxapkg FuzzPolicy FuzzServerRequest)
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz-lf}
CONFIG=${FUZZ_CONFIG:-release}
OUT=$ROOT/Fuzz/out
mkdir -p "$OUT"

# FUZZ_NO_BUILD=1 runs what FUZZ_SCRATCH already holds (e.g. a build made from another checkout).
[ -n "${FUZZ_NO_BUILD:-}" ] || echo "== building fuzz targets ($CONFIG, -sanitize=fuzzer,address)"
[ -n "${FUZZ_NO_BUILD:-}" ] || (cd Fuzz && swift build -c "$CONFIG" --scratch-path "$SCRATCH" --manifest-cache none \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g 2>&1 | grep -vE "warning: Cannot export local symbol|^\[" || true)
BIN=$SCRATCH/$CONFIG

# The malformed corpus seeds the fuzzers too (hostile shapes libFuzzer would take long to find).
MALFORMED=$ROOT/.build-fuzz-malformed
[ -f "$MALFORMED/manifest.tsv" ] || python3 scripts/make-malformed.py --small "$MALFORMED" >/dev/null

# Seeds: every fixture of the matching kind, extracted from the APKs where the target reads an entry.
seed() {
    local -; set +e +o pipefail   # a fixture without the entry is not an error
    local t=$1 dir=$OUT/seeds/$1
    rm -rf "$dir"; mkdir -p "$dir"
    local apks=(Tests/Fixtures/android/*.apk Tests/Fixtures/archive/*.apk Tests/Fixtures/dex/*.apk)
    case $t in
    FuzzZip)     cp Tests/Fixtures/archive/*.zip Tests/Fixtures/archive/*.apks Tests/Fixtures/archive/*.xapk "$dir"/ 2>/dev/null || true
                 for a in "${apks[@]}"; do [ "$(stat -c%s "$a")" -lt 400000 ] && cp "$a" "$dir"/; done ;;
    FuzzSigning) cp Tests/Fixtures/archive/signed-*.apk Tests/Fixtures/archive/unsigned.apk Tests/Fixtures/android/*.apk "$dir"/ ;;
    FuzzAXML)    for a in "${apks[@]}"; do unzip -p "$a" AndroidManifest.xml > "$dir/$(basename "$a").manifest" 2>/dev/null || true
                     unzip -Z1 "$a" 2>/dev/null | grep -E '^res/.*\.xml$' | head -20 | while read -r e; do
                         unzip -p "$a" "$e" > "$dir/$(basename "$a")-$(echo "$e" | tr / _)" 2>/dev/null || true; done; done ;;
    FuzzArsc)    for a in "${apks[@]}"; do unzip -p "$a" resources.arsc > "$dir/$(basename "$a").arsc" 2>/dev/null || true; done ;;
    FuzzDex)     cp Tests/Fixtures/dex/*.dex "$dir"/ ;;
    FuzzWxapkg)  find Samples Tests/Fixtures -name '*.wxapkg' -size -1M -exec cp {} "$dir"/ \; 2>/dev/null || true ;;
    FuzzPolicy)  # First byte picks the file name the reader sees (0 = .html, 1 = .txt).
                 local i=0
                 for f in $(find ../shared/corpus/policies Samples -type f \( -name '*.html' -o -name '*.txt' \) -size -200k 2>/dev/null | sort | head -40); do
                     case $f in *.html) printf '\0' ;; *) printf '\1' ;; esac > "$dir/p$i"; cat "$f" >> "$dir/p$i"; i=$((i+1)); done ;;
    FuzzServerRequest) # Requests as the batch writes them, and near misses.
                 printf '%s' '{"arguments":["scan","/tmp/a.apk","--format","json","--output","/tmp/a.json"],"stderrPath":"/tmp/a.json.stderr","memoryKB":4194304,"cpuSeconds":600}' > "$dir/ok"
                 printf '%s' '{"arguments":["scan","a.apk"],"stderrPath":"e","memoryKB":-1,"cpuSeconds":0}' > "$dir/negative"
                 printf '%s' '{"arguments":[],"stderrPath":"","memoryKB":9223372036854775807,"cpuSeconds":1}' > "$dir/huge" ;;
    esac
    # Add the malformed corpus of the same kind when it was generated.
    local m=$MALFORMED
    if [ -d "$m" ]; then
        case $t in
        FuzzZip|FuzzSigning) cp "$m"/apk/* "$m"/zip/* "$dir"/ 2>/dev/null || true ;;
        FuzzAXML) cp "$m"/axml/* "$dir"/ 2>/dev/null || true ;;
        FuzzArsc) cp "$m"/arsc/* "$dir"/ 2>/dev/null || true ;;
        FuzzDex) cp "$m"/dex/* "$dir"/ 2>/dev/null || true ;;
        FuzzWxapkg) cp "$m"/wxapkg/* "$dir"/ 2>/dev/null || true ;;
        FuzzPolicy) for f in "$m"/policy/*; do { printf '\1'; cat "$f"; } > "$dir/m-$(basename "$f")"; done ;;
        esac
    fi
    find "$dir" -size 0 -delete
    find "$dir" -size +2M -delete
}

printf "target\tseconds\texecutions\texec_per_s\tcorpus\tcoverage\tcrashes\n" > "$OUT/summary.tsv"
for t in "${TARGETS[@]}"; do
    [ -x "$BIN/$t" ] || { echo "== $t: not built ($BIN/$t missing)"; continue; }
    seed "$t"
    corpus=$OUT/corpus/$t; art=$ROOT/Fuzz/artifacts/$t
    mkdir -p "$corpus" "$art"
    echo "== $t for ${SECONDS_PER}s ($(ls "$OUT/seeds/$t" | wc -l) seeds)"
    log=$OUT/$t.log
    set +e
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$BIN/$t" \
        -max_total_time="$SECONDS_PER" -rss_limit_mb=1536 -malloc_limit_mb=1024 -timeout=10 -max_len=1048576 \
        -print_final_stats=1 -artifact_prefix="$art/" "$corpus" "$OUT/seeds/$t" > "$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
    rate=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    crashes=$(ls "$art" | grep -cE '^(crash|timeout|oom|leak)-' || true)
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$t" "$SECONDS_PER" "${execs:-?}" "${rate:-?}" "$(ls "$corpus" | wc -l)" "${cov:-?}" "$crashes" >> "$OUT/summary.tsv"
    [ $rc -eq 0 ] || echo "   $t stopped with status $rc: see $log and $art"
done
column -t "$OUT/summary.tsv"
