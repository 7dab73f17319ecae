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
