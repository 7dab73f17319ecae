#!/bin/sh
# Rebuilds facts.apk from src/ with the real tools: aapt (manifest, resources, assets, res/raw),
# smali (libsmali-java) for the code, zipalign, and apksigner with the committed test key
# (subject O=Mingcha Fixture Works, so the developer comes from the certificate).
# Usage: Tests/Fixtures/android-facts/build.sh
set -e
cd "$(dirname "$0")"
FW=${FRAMEWORK_RES:-/usr/share/android-framework-res/framework-res.apk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -f fixture.keystore ]; then
    keytool -genkeypair -keystore fixture.keystore -storepass mingcha -keypass mingcha -alias fixture \
        -keyalg RSA -keysize 2048 -validity 20000 -dname "CN=Facts Fixture, O=Mingcha Fixture Works, C=CN"
fi
aapt package -f -M src/AndroidManifest.xml -S src/res -A src/assets -I "$FW" -F "$work/unsigned.apk"
smali assemble --api 28 -o "$work/classes.dex" src/smali
(cd "$work" && aapt add unsigned.apk classes.dex >/dev/null)
zipalign -f 4 "$work/unsigned.apk" "$work/aligned.apk"
apksigner sign --ks fixture.keystore --ks-pass pass:mingcha --ks-key-alias fixture --out facts.apk "$work/aligned.apk"
rm -f facts.apk.idsig
# The tool people trust, for the tests to compare against.
dexdump "$work/classes.dex" | grep "Class descriptor" | sed "s/.*'\(.*\)'/\1/" | sort > facts.classes.txt
# The same app with a second DEX that is not a DEX: the scan must go on with classes.dex (partial).
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("facts.apk") as src, zipfile.ZipFile("facts-brokendex.apk", "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if not item.filename.startswith("META-INF/"):
            dst.writestr(item, src.read(item.filename))
    dst.writestr("classes2.dex", b"dex\n035\0" + b"\xff" * 200)
PY
