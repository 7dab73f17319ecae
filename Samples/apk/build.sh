#!/usr/bin/env bash
# Builds the sample APKs from Samples/apk/src/<name>/ into Samples/apk/built/<name>.apk
# with the real Android tools shipped by Debian: aapt (resources, binary XML, resources.arsc),
# smali (smali sources -> classes.dex, smali2/ -> classes2.dex, ...), zipalign and apksigner.
#
#   build.sh            build every sample
#   build.sh NAME...    rebuild only the named samples
#   build.sh --verify   build everything, then check each APK with aapt, apksigner and dexdump
#   build.sh --check    rebuild everything into a temporary folder and compare it byte for byte
#                       with built/ (exit 1 on any difference: stale or non-reproducible APKs)
#
# built/SOURCES.tsv records, per sample, the digest of its source folder and the SHA-256 of the
# APK built from it (Tests/SamplesTests compares both without needing the Android tools).
# Source digest: SHA-256 over the lines "<sha256 of file>  <path>\n" of every file under
# src/<name>/ except expected.json, paths relative to that folder, in byte order.
#
# A sample folder may hold:
#   AndroidManifest.xml   required
#   res/                  resources compiled by aapt against framework-res.apk
#   assets/               copied by aapt into assets/
#   lib/<abi>/*.so        native libraries, copied as they are (stored, page aligned)
#   smali/                code for classes.dex; smali2/, smali3/ ... for classes2.dex, classes3.dex
#   root/                 extra files copied verbatim to the APK root (e.g. META-INF/services)
#   expected.json         what a scanner must and must not report (not packaged)
#
# Output is deterministic as far as the tools allow: files are re-zipped in sorted order with a
# fixed timestamp, smali runs single-threaded, and the signature (RSA PKCS#1 v1.5) has no time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src_root="$here/src"
out_root="${MINGCHA_SAMPLES_OUT:-$here/built}"
keystore="$here/keys/mingcha-sample-test.p12"
ks_pass="mingcha-test"
ks_alias="mingcha-sample"
smali_api=21

export TZ=UTC LC_ALL=C

die() { echo "build.sh: $*" >&2; exit 1; }

find_framework_res() {
    local f
    for f in /usr/share/android-framework-res/framework-res.apk \
             $(dpkg -L android-framework-res 2>/dev/null | grep '/framework-res\.apk$' || true); do
        [ -f "$f" ] && { echo "$f"; return; }
    done
    die "framework-res.apk not found (apt-get install android-framework-res)"
}

find_smali() {
    if command -v smali >/dev/null 2>&1; then echo "smali"; return; fi
    local jar
    for jar in /usr/share/java/smali.jar $(dpkg -L libsmali-java 2>/dev/null | grep '/smali\.jar$' || true); do
        [ -f "$jar" ] && { echo "java -cp $jar:/usr/share/java/dexlib2.jar:/usr/share/java/smali-util.jar:/usr/share/java/jcommander.jar:/usr/share/java/antlr3-runtime.jar:/usr/share/java/guava.jar org.jf.smali.Main"; return; }
    done
    die "smali not found (apt-get install smali)"
}

for tool in aapt zipalign apksigner zip unzip; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done
framework_res="$(find_framework_res)"
smali_cmd="$(find_smali)"

build_one() {
    local name="$1"
    local dir="$src_root/$name"
    [ -f "$dir/AndroidManifest.xml" ] || die "$name: no $dir/AndroidManifest.xml"

    local work
    work="$(mktemp -d "${TMPDIR:-/tmp}/mingcha-sample-$name.XXXXXX")"
    trap 'rm -rf "$work"' RETURN

    # 1. Manifest, resources and assets: aapt compiles the XML to binary XML and writes resources.arsc.
    local aapt_args=(package -f -M "$dir/AndroidManifest.xml" -I "$framework_res" -F "$work/res.apk")
    [ -d "$dir/res" ] && aapt_args+=(-S "$dir/res")
    [ -d "$dir/assets" ] && aapt_args+=(-A "$dir/assets")
    aapt "${aapt_args[@]}" >/dev/null || die "$name: aapt failed"

    mkdir -p "$work/stage"
    (cd "$work/stage" && unzip -q "$work/res.apk")

    # 2. Code: smali/ -> classes.dex, smali2/ -> classes2.dex, ...
    if [ -d "$dir/smali" ]; then
        $smali_cmd assemble -j 1 --api "$smali_api" -o "$work/stage/classes.dex" "$dir/smali" \
            || die "$name: smali failed on smali/"
    fi
    local n
    for n in 2 3 4 5 6 7 8 9; do
        if [ -d "$dir/smali$n" ]; then
            $smali_cmd assemble -j 1 --api "$smali_api" -o "$work/stage/classes$n.dex" "$dir/smali$n" \
                || die "$name: smali failed on smali$n/"
        fi
    done

    # 3. Native libraries and verbatim extras.
    [ -d "$dir/lib" ] && cp -R "$dir/lib" "$work/stage/lib"
    [ -d "$dir/root" ] && cp -R "$dir/root/." "$work/stage/"

    # 4. Re-zip in a fixed order with fixed times. resources.arsc and .so stay uncompressed,
    #    as modern Android requires (targetSdk >= 30 / extractNativeLibs=false).
    find "$work/stage" -exec touch -h -d '2008-01-01 00:00:00' {} +
    (cd "$work/stage" && find . -type f | sed 's|^\./||' | sort \
        | zip -q -X -D -n .arsc:.so:.png:.jpg:.webp "$work/unaligned.apk" -@)

    # 5. Align (with 4 KiB page alignment for .so) and sign with the public test key (v1+v2+v3).
    zipalign -p -f 4 "$work/unaligned.apk" "$work/aligned.apk" || die "$name: zipalign failed"
    mkdir -p "$out_root"
    apksigner sign --ks "$keystore" --ks-pass "pass:$ks_pass" --ks-key-alias "$ks_alias" \
        --key-pass "pass:$ks_pass" \
        --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true \
        --v4-signing-enabled false \
        --out "$out_root/$name.apk" "$work/aligned.apk" || die "$name: apksigner failed"
    rm -f "$out_root/$name.apk.idsig"
    echo "built $name.apk ($(wc -c <"$out_root/$name.apk") bytes)"
}

verify_one() {
    local name="$1" apk="$out_root/$1.apk"
    aapt dump badging "$apk" >/dev/null 2>&1 || die "$name: aapt dump badging failed"
    apksigner verify "$apk" >/dev/null 2>&1 || die "$name: apksigner verify failed"
    local dex count
    for dex in $(unzip -Z1 "$apk" | grep -E '^classes[0-9]*\.dex$' || true); do
        unzip -p "$apk" "$dex" >"${TMPDIR:-/tmp}/mingcha-verify.dex"
        count="$(dexdump "${TMPDIR:-/tmp}/mingcha-verify.dex" 2>/dev/null | grep -c "Class descriptor" || true)"
        [ "$count" -gt 0 ] || die "$name: $dex has no classes according to dexdump"
    done
    rm -f "${TMPDIR:-/tmp}/mingcha-verify.dex"
    echo "verified $name.apk"
}

source_digest() {
    (cd "$src_root/$1" && find . -type f ! -name expected.json | sed 's|^\./||' | LC_ALL=C sort \
        | while IFS= read -r f; do printf '%s  %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$f"; done) \
        | sha256sum | cut -d' ' -f1
}

# Replaces the rows of the given samples in built/SOURCES.tsv, keeping the others.
record_sources() {
    local list="$out_root/SOURCES.tsv" tmp name
    tmp="$(mktemp)"
    [ -f "$list" ] && cat "$list" >"$tmp"
    for name in "$@"; do
        grep -v -P "^\Q$name\E\t" "$tmp" >"$tmp.new" || true
        printf '%s\t%s\t%s\n' "$name" "$(source_digest "$name")" "$(sha256sum <"$out_root/$name.apk" | cut -d' ' -f1)" >>"$tmp.new"
        mv "$tmp.new" "$tmp"
    done
    { printf '# sample\tsource digest\tapk sha256 (written by build.sh)\n'; grep -v '^#' "$tmp" | LC_ALL=C sort; } >"$list"
    rm -f "$tmp"
}

verify=0
check=0
names=()
for arg in "$@"; do
    case "$arg" in
        --verify) verify=1 ;;
        --check) check=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) names+=("${arg%/}") ;;
    esac
done
if [ "${#names[@]}" -eq 0 ]; then
    for d in "$src_root"/*/; do names+=("$(basename "$d")"); done
fi

if [ "$check" -eq 1 ]; then
    fresh="$(mktemp -d "${TMPDIR:-/tmp}/mingcha-samples-check.XXXXXX")"
    MINGCHA_SAMPLES_OUT="$fresh" "$0" "${names[@]}" >/dev/null
    status=0
    for name in "${names[@]}"; do
        if cmp -s "$fresh/$name.apk" "$here/built/$name.apk"; then echo "same $name.apk"
        else echo "DIFFERS $name.apk (rebuild with build.sh $name and commit it)"; status=1; fi
    done
    rm -rf "$fresh"
    exit "$status"
fi

for name in "${names[@]}"; do build_one "$name"; done
record_sources "${names[@]}"
if [ "$verify" -eq 1 ]; then
    for name in "${names[@]}"; do verify_one "$name"; done
fi
