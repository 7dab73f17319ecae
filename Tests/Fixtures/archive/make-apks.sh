#!/bin/sh
# APK fixtures built with the real tools: aapt2 (manifests), zipalign, keytool + apksigner
# (throwaway keys), and the .apks / .xapk bundles made of them. Run from this folder.
# Writes *.apk, *.apks, *.xapk and expected-certs.txt (what apksigner prints).
set -eu
FW=/usr/share/android-framework-res/framework-res.apk
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

cat > "$T/base.xml" <<'X'
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.mingcha.fixture"
    android:versionCode="7" android:versionName="1.7">
  <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="29"/>
  <application android:label="Fixture" android:hasCode="false"/>
</manifest>
X
cat > "$T/split.xml" <<'X'
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.mingcha.fixture"
    split="config.arm64_v8a" android:versionCode="7">
  <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="29"/>
  <application android:hasCode="false"/>
</manifest>
X
aapt2 link -I "$FW" --manifest "$T/base.xml" -o "$T/base-raw.apk"
aapt2 link -I "$FW" --manifest "$T/split.xml" -o "$T/split-raw.apk"

# Content for the inventory: two dex files, assets, native libraries for two ABIs.
python3 - "$T" <<'P'
import sys, zipfile
t = sys.argv[1]
with zipfile.ZipFile(t + "/base-raw.apk", "a") as z:
    z.writestr("classes.dex", b"dex\n035\0" + bytes(4088), compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("classes2.dex", b"dex\n035\0" + bytes(1016), compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("assets/privacy.html", "<html><body>隐私政策</body></html>".encode(), compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("assets/sub/data.bin", bytes(range(256)), compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("lib/armeabi-v7a/libfoo.so", b"\x7fELF" + bytes(60))
with zipfile.ZipFile(t + "/split-raw.apk", "a") as z:
    z.writestr("lib/arm64-v8a/libfoo.so", b"\x7fELF" + bytes(60))
    z.writestr("lib/arm64-v8a/libbar.so", b"\x7fELF" + bytes(60))
P

keytool -genkeypair -keystore "$T/rsa.jks" -storepass password -keypass password -alias rsa \
  -keyalg RSA -keysize 2048 -validity 10000 -dname "CN=Mingcha Fixture, OU=Testing, O=Mingcha, L=Shanghai, C=CN" >/dev/null 2>&1
keytool -genkeypair -keystore "$T/ec.jks" -storepass password -keypass password -alias ec \
  -keyalg EC -groupname secp256r1 -validity 10000 -dname "CN=Mingcha EC, O=Mingcha, C=CN" >/dev/null 2>&1

sign() { # in out keystore alias extra-args...
  in=$1; out=$2; ks=$3; alias=$4; shift 4
  zipalign -f 4 "$in" "$T/aligned.apk"
  apksigner sign --ks "$T/$ks" --ks-pass pass:password --ks-key-alias "$alias" --out "$out" "$@" "$T/aligned.apk"
  rm -f "$out.idsig"
}
sign "$T/base-raw.apk" signed-v1v2v3.apk rsa.jks rsa --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true
sign "$T/base-raw.apk" signed-v1-ec.apk ec.jks ec --v1-signing-enabled true --v2-signing-enabled false --v3-signing-enabled false
sign "$T/split-raw.apk" "$T/split.apk" rsa.jks rsa --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true
cp "$T/base-raw.apk" unsigned.apk

# bundletool-style .apks (splits/ folder) and an xapk with manifest.json.
rm -f bundle.apks bundle.xapk
python3 - "$T" <<'P'
import sys, zipfile, json
t = sys.argv[1]
with zipfile.ZipFile("bundle.apks", "w") as z:
    z.write(t + "/split.apk", "splits/base-arm64_v8a.apk", compress_type=zipfile.ZIP_STORED)
    z.write("signed-v1v2v3.apk", "splits/base-master.apk", compress_type=zipfile.ZIP_STORED)
    z.writestr("toc.pb", b"\x0a\x00")
with zipfile.ZipFile("bundle.xapk", "w") as z:
    z.writestr("manifest.json", json.dumps({"xapk_version": 2, "package_name": "com.mingcha.fixture",
        "version_code": "7", "split_apks": [{"file": "com.mingcha.fixture.apk", "id": "base"},
                                            {"file": "config.arm64_v8a.apk", "id": "config.arm64_v8a"}]}))
    z.write(t + "/split.apk", "config.arm64_v8a.apk", compress_type=zipfile.ZIP_DEFLATED)
    z.write("signed-v1v2v3.apk", "com.mingcha.fixture.apk", compress_type=zipfile.ZIP_DEFLATED)
# A bundle of splits only (no base) and a bundle nested inside a bundle.
with zipfile.ZipFile("bundle-no-base.apks", "w") as z:
    z.write(t + "/split.apk", "split_config.arm64_v8a.apk")
with zipfile.ZipFile("bundle-nested.apks", "w") as z:
    z.write("bundle.apks", "inner.apk")
P

{ for f in signed-v1v2v3.apk signed-v1-ec.apk; do
    echo "## $f"; apksigner verify --print-certs -v "$f"; done; } > expected-certs.txt
