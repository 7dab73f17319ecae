#!/bin/sh
# Rebuilds the encoded fixtures from their UTF-8 sources in src/ with iconv (glibc), as real editors
# would save them. UTF-8 fixtures (sdk-table.html, policy.md, user-agreement.html) have no source copy.
set -e
cd "$(dirname "$0")"
iconv -f UTF-8 -t GBK src/gbk.html > gbk.html
iconv -f UTF-8 -t GBK src/fetched-policy.html > fetched-policy-gbk.html  # served by the --fetch-policies tests
iconv -f UTF-8 -t UTF-16 src/utf16.txt > utf16-bom.txt        # glibc writes a BOM, little-endian
iconv -f UTF-8 -t UTF-16BE src/utf16.txt > utf16be-nobom.txt  # no BOM: found by content sniffing
iconv -f UTF-8 -t GB18030 src/plain-gb18030.txt > plain-gb18030.txt
