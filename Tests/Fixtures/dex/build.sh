#!/bin/sh
# Rebuilds the DEX fixtures from their smali sources with Debian's smali (libsmali-java).
# API 28 so invoke-polymorphic/invoke-custom/const-method-handle are allowed (DEX 039).
set -e
cd "$(dirname "$0")"
smali assemble --api 28 -o classes.dex src/main
smali assemble --api 28 -o classes2.dex src/second
smali assemble --api 28 -o packed.dex src/packed
# Reference disassembly from the tool people trust, for the tests to compare against.
dexdump -d classes.dex > classes.dexdump.txt
dexdump -d classes2.dex > classes2.dexdump.txt
# Two small APK-shaped zips for the archive entry point: a multidex app and a packer stub layout.
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("multidex.apk", "w", zipfile.ZIP_DEFLATED) as z:
    z.write("classes2.dex", "classes2.dex")
    z.write("classes.dex", "classes.dex")
    z.writestr("assets/classes3.dex", b"not loaded by Android")
    z.writestr("classes3.dex", b"dex\n035\0broken")
with zipfile.ZipFile("packed.apk", "w", zipfile.ZIP_DEFLATED) as z:
    z.write("packed.dex", "classes.dex")
    z.writestr("assets/libjiagu.so", b"\x7fELF placeholder")
    z.writestr("assets/libjiagu_a64.so", b"\x7fELF placeholder")
PY
