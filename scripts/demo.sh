#!/usr/bin/env bash
# make demo: scan every bundled sample app as a batch, show the verdict table, then the full report
# of two samples (an Android app and a mini-program), and say where the HTML reports are.
set -euo pipefail
BIN=${1:-.build/release/mingcha}
OUT=${2:-out/demo}
rm -rf "$OUT"
# Batch items: every sample APK, every single mini-program package and the encrypted one (the grouped
# folder of one mini-program is scanned on its own below).
inputs=(Samples/apk/built Samples/miniprogram/built/*.wxapkg Samples/miniprogram/built/encrypted-pc/wx*/__APP__.wxapkg)
echo "== mingcha batch Samples/apk/built Samples/miniprogram/built/*.wxapkg ... --out $OUT"
"$BIN" batch "${inputs[@]}" --out "$OUT" --progress none
python3 - "$OUT/summary.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"{'file':40} {'status':8} {'high':>4} {'med':>4} {'low':>4}  types (Shanghai CAC 1-10) / MIIT")
for r in sorted(rows, key=lambda r: r["file"]):
    types = ",".join(str(t) for t in range(1, 11) if r[f"type{t}"] != "0")
    miit = ",".join(c for c in ["C1","C2","C3","C4","C5","C6","C7","SDK"] if r[c] != "0")
    print(f"{r['file'][:40]:40} {r['status']:8} {r['high']:>4} {r['medium']:>4} {r['low']:>4}  {types or '-'} / {miit or '-'}")
print(f"{len(rows)} apps")
PY
echo
echo "== mingcha scan Samples/apk/built/combo-shop.apk"
"$BIN" scan Samples/apk/built/combo-shop.apk --format text || true
echo
echo "== mingcha scan Samples/miniprogram/built/encrypted-pc/wx*/__APP__.wxapkg (PC-encrypted; appid from the folder)"
"$BIN" scan Samples/miniprogram/built/encrypted-pc/wx*/__APP__.wxapkg --format text || true
echo
echo "== mingcha scan Samples/miniprogram/built/subpackages-plugin (one mini-program: main package, sub-package, plugin)"
"$BIN" scan Samples/miniprogram/built/subpackages-plugin --format text || true
echo
echo "Reports for every sample: $OUT/index.html (per app: $OUT/apps/*.html), $OUT/summary.csv,"
echo "$OUT/notice.md (regulator's notice table), $OUT/results.sarif, $OUT/results.jsonl"
