#!/bin/sh
# Regenerates Signatures/android-attrs.json: the android framework attribute IDs (0x0101xxxx) and
# their names, read with aapt from the Debian android-framework-res package (API 29).
# Usage: Signatures/tools/gen-android-attrs.sh > Signatures/android-attrs.json
set -e
FW=${FRAMEWORK_RES:-/usr/share/android-framework-res/framework-res.apk}
aapt dump resources "$FW" | python3 -c '
import sys, re, json
attrs = {}
for line in sys.stdin:
    m = re.search(r"spec resource 0x(0101[0-9a-f]{4}) android:attr/(\w+)", line)
    if m:
        attrs["0x" + m.group(1)] = m.group(2)
# Flag values of android:foregroundServiceType (ServiceInfo.FOREGROUND_SERVICE_TYPE_*, API 29-34);
# framework-res of API 29 only knows the first six, so they are listed here from the public docs.
fgs = {"dataSync": 1, "mediaPlayback": 2, "phoneCall": 4, "location": 8, "connectedDevice": 16,
       "mediaProjection": 32, "camera": 64, "microphone": 128, "health": 256, "remoteMessaging": 512,
       "systemExempted": 1024, "shortService": 2048, "fileManagement": 4096, "mediaProcessing": 8192,
       "specialUse": 1073741824}
out = {"source": "aapt dump resources framework-res.apk (android-framework-res, API 29)",
       "attrs": dict(sorted(attrs.items())),
       "foregroundServiceTypes": fgs}
print(json.dumps(out, indent=1, ensure_ascii=False))
'
