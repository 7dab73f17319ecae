#!/bin/sh
# Rebuilds the android fixture APKs from src/ with the real aapt and the Debian framework-res.apk.
# Usage: Tests/Fixtures/android/build-fixtures.sh
set -e
cd "$(dirname "$0")"
FW=${FRAMEWORK_RES:-/usr/share/android-framework-res/framework-res.apk}
for app in new old; do
    rm -f "$app.apk"
    aapt package -f -M "src/$app/AndroidManifest.xml" -S "src/$app/res" -I "$FW" -F "$app.apk"
done
# A zip that is not an APK: resources only, no AndroidManifest.xml.
rm -f nomanifest.apk
python3 -c 'import zipfile; z = zipfile.ZipFile("nomanifest.apk", "w"); z.writestr("res/raw/readme.txt", "no manifest here\n"); z.close()'
