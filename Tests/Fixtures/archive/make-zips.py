#!/usr/bin/env python3
"""Zip fixtures for the archive tests: Android's quirks, lies and limits. Run from this folder."""
import io, struct, zipfile, warnings

warnings.simplefilter("ignore")  # duplicate names are the point of one fixture
TEXT = b"hello android " * 50     # 700 bytes, compresses well


def build(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, data, compress_type=method)
    return bytearray(buf.getvalue())


def patch(buf, signature, field_offset, fmt, value):
    """Set one field in every local header (PK\\3\\4) or central record (PK\\1\\2)."""
    i = buf.find(signature)
    while i >= 0:
        struct.pack_into(fmt, buf, i + field_offset, value)
        i = buf.find(signature, i + 4)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


# Encryption flag (bit 0) on plain entries, stored and deflated: Android ignores it.
b = build([("stored.txt", TEXT, zipfile.ZIP_STORED), ("deflated.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 6, "<H", 1)
patch(b, b"PK\x01\x02", 8, "<H", 1)
write("quirk-encryption-flag.zip", b)

# A made-up compression method on stored data: Android reads it as stored.
b = build([("bogus.txt", TEXT, zipfile.ZIP_STORED)])
patch(b, b"PK\x03\x04", 8, "<H", 0x1234)
patch(b, b"PK\x01\x02", 10, "<H", 0x1234)
write("quirk-bogus-method.zip", b)

# The same bogus method on deflated data: apksigner inflates it (its weird-compression-method test).
b = build([("packed.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 8, "<H", 0x1234)
patch(b, b"PK\x01\x02", 10, "<H", 0x1234)
write("bogus-method-deflated.zip", b)

# A bogus method on data that is neither stored nor DEFLATE: unreadable.
data_at = b.find(b"packed.txt") + len("packed.txt")
b[data_at:data_at + 4] = b"\xff\xff\xff\xff"   # DEFLATE block type 3 is reserved
write("bogus-method-garbage.zip", b)

# Duplicate names: the first central-directory entry wins.
write("quirk-duplicates.zip", build([("dup.txt", b"first", zipfile.ZIP_STORED),
                                     ("other.txt", b"x", zipfile.ZIP_STORED),
                                     ("dup.txt", b"second", zipfile.ZIP_DEFLATED)]))

# 400 bytes of junk before the first local header; offsets in the directory stay absolute.
with open("quirk-junk-prefix.zip", "wb") as f:
    f.write(b"JUNK" * 100)
with zipfile.ZipFile("quirk-junk-prefix.zip", "a") as z:
    z.writestr(zipfile.ZipInfo("a.txt", date_time=(2024, 1, 1, 0, 0, 0)), TEXT, compress_type=zipfile.ZIP_DEFLATED)

# Uncompressed size lied about in both headers (10 instead of 700).
b = build([("liar.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 22, "<I", 10)
patch(b, b"PK\x01\x02", 24, "<I", 10)
write("lie-size-both-headers.zip", b)

# Directory claims more than the stream inflates to (700 -> 900).
b = build([("liar.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 22, "<I", 900)
patch(b, b"PK\x01\x02", 24, "<I", 900)
write("lie-size-too-big.zip", b)

# Only the local header lies about the size: Android refuses the inconsistency.
b = build([("liar.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 22, "<I", 10)
write("lie-local-header.zip", b)

# The local header names another file than the directory does.
b = build([("liar.txt", TEXT, zipfile.ZIP_STORED)])
i = b.find(b"PK\x03\x04") + 30
b[i:i + 8] = b"evil.txt"
write("lie-local-name.zip", b)

# Wrong CRC in both headers.
b = build([("crc.txt", TEXT, zipfile.ZIP_DEFLATED)])
patch(b, b"PK\x03\x04", 14, "<I", 0xDEADBEEF)
patch(b, b"PK\x01\x02", 16, "<I", 0xDEADBEEF)
write("bad-crc.zip", b)

# A bomb: 4 MiB of zeros deflate to ~4 KiB (ratio ~1000).
write("bomb.zip", build([("zeros.bin", bytes(4 << 20), zipfile.ZIP_DEFLATED)]))

# 300 tiny entries, for a test that sets maxEntries to 100.
write("many-entries.zip", build([(f"e{i:03}.txt", b"x", zipfile.ZIP_STORED) for i in range(300)]))

# Three 100 KiB entries, for the per-app total budget.
write("three-100k.zip", build([(f"part{i}.bin", bytes([i]) * 102400, zipfile.ZIP_DEFLATED) for i in range(3)]))

# Truncated: a download cut short loses the directory and end record.
whole = build([("a.txt", TEXT, zipfile.ZIP_STORED), ("b.txt", TEXT, zipfile.ZIP_STORED)])
write("truncated-tail.zip", whole[: len(whole) // 2])

# Truncated the other way: the end record points at a directory past the file's start.
b = bytearray(whole)
eocd = b.rfind(b"PK\x05\x06")
struct.pack_into("<I", b, eocd + 16, len(b) + 1000)
write("truncated-directory.zip", b)

# Garbage.
write("garbage.bin", bytes((i * 7919 + 13) % 251 for i in range(4096)))
