#!/usr/bin/env bash
# Makes the V1MMWX fixture with the openssl command line only (independent of Mingcha's Swift
# decryptor and of the Python packer's encryptor): PBKDF2-HMAC-SHA1 key from `openssl kdf`,
# AES-256-CBC of the first 1023 bytes + one PKCS#7 byte with `openssl enc -nopad`, and the rest
# XORed with the appid's second-to-last character. Input: a plain sample package.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
APPID=wx0a3f2cb08e5994bc
PLAIN="$HERE/plain.wxapkg"
OUT="$HERE/openssl-encrypted/$APPID/__APP__.wxapkg"
cp "$ROOT/Samples/miniprogram/built/undeclared-location.wxapkg" "$PLAIN"
KEY="$(openssl kdf -keylen 32 -kdfopt digest:SHA1 -kdfopt pass:$APPID -kdfopt salt:saltiest -kdfopt iter:1000 PBKDF2 | tr -d ':\n' | tr 'A-F' 'a-f')"
IV="$(printf 'the iv: 16 bytes' | od -An -tx1 | tr -d ' \n')"
XOR="$(printf '%d' "'${APPID: -2:1}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
head -c 1023 "$PLAIN" > "$tmp/head"
printf '\x01' >> "$tmp/head"
openssl enc -aes-256-cbc -nopad -K "$KEY" -iv "$IV" -in "$tmp/head" -out "$tmp/head.enc"
tail -c +1024 "$PLAIN" | perl -e "binmode STDIN; binmode STDOUT; local \$/; \$d = <STDIN>; \$k = chr($XOR); \$d ^= (\$k x length(\$d)); print \$d" > "$tmp/tail"
mkdir -p "$(dirname "$OUT")"
{ printf 'V1MMWX'; cat "$tmp/head.enc" "$tmp/tail"; } > "$OUT"
echo "key $KEY xor $XOR -> $OUT ($(wc -c < "$OUT") bytes from $(wc -c < "$PLAIN"))"
