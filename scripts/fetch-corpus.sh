#!/usr/bin/env bash
# Fetch the real-APK corpus (cross-checks and `make bench`) into DEST/apk and DEST/dex, with
# DEST/MANIFEST.tsv (file, bytes, sha256, origin). Sources: scripts/corpus-sources.tsv.
# Each source is fetched once (a stamp in DEST/.dl); re-running is cheap.
#   fetch-corpus.sh [DEST]    default: $MINGCHA_CORPUS or ~/.cache/mingcha-corpus
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST=${1:-${MINGCHA_CORPUS:-$HOME/.cache/mingcha-corpus}}
mkdir -p "$DEST/apk" "$DEST/dex" "$DEST/.dl"
cd "$DEST"

# A file-name-safe form of $1 (no trailing newline to translate).
safe() { printf '%s' "$1" | tr -c 'A-Za-z0-9._-' '_'; }

# Copy every .apk/.dex under $1 into the corpus, named after the source ($2) and recorded in MANIFEST.tsv.
collect() {
    local from="$1" tag="$2"
    find "$from" -type f \( -name '*.apk' -o -name '*.dex' \) | sort | while read -r f; do
        local sub=apk; [[ "$f" == *.dex ]] && sub=dex
        local out="$sub/${tag}__$(safe "$(basename "$f")")"
        [ -e "$out" ] && out="$sub/${tag}__$(safe "$(basename "$(dirname "$f")")")_$(basename "$f")"
        cp "$f" "$out"
        printf '%s\t%s\t%s\t%s:%s\n' "$out" "$(stat -c %s "$out")" "$(sha256sum "$out" | cut -c1-64)" "$tag" "${f#"$from"/}" >> MANIFEST.tsv
    done
}

grep -v '^#' "$here/corpus-sources.tsv" | while IFS=$'\t' read -r kind spec; do
    [ -n "$kind" ] || continue
    name=${spec%%==*}
    stamp=".dl/$name.done"
    [ -e "$stamp" ] && continue
    work=".dl/$name"; rm -rf "$work"; mkdir -p "$work/x"
    echo "corpus: $kind $spec" >&2
    case "$kind" in
        pypi-wheel)
            python3 -m pip download -q --no-deps --only-binary=:all: -d "$work" "$spec"
            unzip -q -o "$work"/*.whl -d "$work/x"; collect "$work/x" "pypi_$name" ;;
        pypi-sdist)
            python3 -m pip download -q --no-deps --no-binary=:all: --no-build-isolation -d "$work" "$spec" 2>/dev/null \
                || python3 -m pip download -q --no-deps --no-binary=:all: -d "$work" "$spec"
            tar -xzf "$work"/*.tar.gz -C "$work/x"; collect "$work/x" "pypi_$name" ;;
        debian)
            (cd "$work" && { apt-get download "$spec" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get download "$spec" >/dev/null; }; })
            dpkg-deb -x "$work"/*.deb "$work/x"; collect "$work/x" "debian_$name" ;;
        *) echo "corpus: unknown source kind $kind" >&2; exit 1 ;;
    esac
    rm -rf "$work"; touch "$stamp"
done
sort -u -o MANIFEST.tsv MANIFEST.tsv
echo "corpus: $(ls apk | wc -l) APKs, $(ls dex | wc -l) DEX files in $DEST" >&2
