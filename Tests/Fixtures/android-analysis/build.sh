#!/bin/sh
# Rebuilds analysis.apk from src/ with the real tools: aapt (manifest + resources, R.java for the
# resource ids the smali names), smali (libsmali-java) for classes.dex, zipalign. Outputs are
# committed; dexdump.txt is the reference disassembly a tester can read the paths in.
set -e
cd "$(dirname "$0")"
FW=${FRAMEWORK_RES:-/usr/share/android-framework-res/framework-res.apk}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
aapt package -f -M src/AndroidManifest.xml -S src/res -I "$FW" -F "$tmp/base.apk" -J "$tmp"
id() { sed -n "s/.*int $1=\(0x[0-9a-f]*\);.*/\1/p" "$tmp/R.java"; }
cp -r src/smali "$tmp/smali"
sed -e "s/@PRIVACY_TITLE@/$(id privacy_title)/" -e "s/@PRIVACY_AGREE@/$(id privacy_agree)/" \
    -e "s/@PRIVACY_DISAGREE@/$(id privacy_disagree)/" src/smali/com/mingcha/sample/ConsentDialog.smali.in \
    > "$tmp/smali/com/mingcha/sample/ConsentDialog.smali"
rm "$tmp/smali/com/mingcha/sample/ConsentDialog.smali.in"
smali assemble --api 28 -o "$tmp/classes.dex" "$tmp/smali"
(cd "$tmp" && aapt add base.apk classes.dex >/dev/null)
rm -f analysis.apk
zipalign -f 4 "$tmp/base.apk" analysis.apk
dexdump -d "$tmp/classes.dex" > classes.dexdump.txt
