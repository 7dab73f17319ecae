#!/usr/bin/env python3
"""Hostile-input corpus for Mingcha: every file is a real format bent in one way an attacker or a
broken download would bend it. Deterministic (fixed seeds): the same command gives the same bytes.

    scripts/make-malformed.py OUTDIR [--small]

Writes OUTDIR/<kind>/<name> and OUTDIR/manifest.tsv (kind, file, expect, what). `expect` says what a
correct reader must report: `error` (the input cannot be scanned), `not-ok` (error or partial) or
`any` (the damage may land in bytes the scanner never reads). --small skips the largest input
(the 100 001-entry zip) for quick runs.
"""
import io, os, random, struct, sys, zipfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "Fixtures")


class Corpus:
    def __init__(self, out):
        self.out = out
        self.rows = []

    def add(self, kind, name, data, expect, what):
        d = os.path.join(self.out, kind)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name), "wb") as f:
            f.write(bytes(data))
        self.rows.append((kind, name, expect, what))

    def finish(self):
        with open(os.path.join(self.out, "manifest.tsv"), "w") as f:
            f.write("kind\tfile\texpect\twhat\n")
            for r in self.rows:
                f.write("\t".join(r) + "\n")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def entry_of(apk, name):
    with zipfile.ZipFile(io.BytesIO(apk)) as z:
        return z.read(name)


def build_zip(entries):
    """entries: (name, bytes, method). Fixed timestamps keep the output deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return bytearray(buf.getvalue())


def replace_entry(apk, name, data):
    """The APK with one entry's content replaced (other entries copied as they are)."""
    out = []
    with zipfile.ZipFile(io.BytesIO(apk)) as z:
        for info in z.infolist():
            out.append((info.filename, data if info.filename == name else z.read(info.filename), info.compress_type))
    return build_zip(out)


def eocd(buf):
    return buf.rfind(b"PK\x05\x06")


def cd_records(buf):
    """Offsets of the central-directory records, from the end record."""
    e = eocd(buf)
    count, size, off = struct.unpack_from("<HII", buf, e + 10)
    recs, p = [], off
    for _ in range(count):
        recs.append(p)
        n, x, c = struct.unpack_from("<HHH", buf, p + 28)
        p += 46 + n + x + c
    return recs


def flip_bits(data, rng, nbits, lo=0, hi=None):
    b = bytearray(data)
    hi = len(b) if hi is None else hi
    for _ in range(nbits):
        i = rng.randrange(lo, hi)
        b[i] ^= 1 << rng.randrange(8)
    return b


# ---------------------------------------------------------------- archives

def archives(c, rng, small):
    bases = []
    for d in ("android", "archive", "dex"):
        for n in sorted(os.listdir(os.path.join(FIX, d))):
            if n.endswith((".apk", ".apks", ".xapk", ".zip")):
                p = os.path.join(FIX, d, n)
                if os.path.getsize(p) <= 3 << 20:
                    bases.append((d + "-" + n, read(p)))
    for name, data in bases:
        stem = name.replace(".", "_")
        n = len(data)
        for frac in (0.0, 0.01, 0.5, 0.97):
            cut = int(n * frac)
            c.add("apk", "trunc-%s-%d.apk" % (stem, cut), data[:cut], "error", "cut to %d of %d bytes" % (cut, n))
        c.add("apk", "trunc-%s-tail1.apk" % stem, data[:-1], "error", "last byte missing (end record cut)")
        if name.endswith(".apk") or name.endswith(".apks"):
            for k in range(3):
                nb = (1, 16, 256)[k]
                c.add("apk", "flip-%s-%d.apk" % (stem, k), flip_bits(data, rng, nb), "any", "%d random bit flips" % nb)
            e = eocd(data)
            cdoff = struct.unpack_from("<I", data, e + 16)[0]
            if 0 < cdoff < e:
                c.add("apk", "flipcd-%s.apk" % stem, flip_bits(data, rng, 24, cdoff, e + 22), "any",
                      "24 bit flips inside the central directory and end record")


def zip_bombs(c, manifest, small):
    # Deep ratio: a 64 MiB manifest of zeros deflates to ~64 KiB (ratio ~1000).
    c.add("zip", "bomb-ratio.apk", build_zip([("AndroidManifest.xml", bytes(64 << 20), zipfile.ZIP_DEFLATED)]),
          "error", "manifest inflates 1000:1 to 64 MiB")
    # Lying inflated size: directory and local header say 2 KiB, the stream inflates to 8 MiB.
    b = build_zip([("AndroidManifest.xml", bytes(8 << 20), zipfile.ZIP_DEFLATED)])
    for sig, field in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = b.find(sig)
        struct.pack_into("<I", b, i + field, 2048)
    c.add("zip", "bomb-size-lie.apk", b, "error", "declares 2 KiB, inflates to 8 MiB")
    # Many entries: one more than the default limit of 100 000.
    if not small:
        c.add("zip", "bomb-many-entries.apk", many_entries(100_001, manifest), "error", "100 001 entries")
    # The end record claims 65 535 entries; four are present.
    b = build_zip([("AndroidManifest.xml", manifest, 8)] + [("f%d" % i, b"x", 0) for i in range(3)])
    e = eocd(b)
    struct.pack_into("<HH", b, e + 8, 0xFFFF - 1, 0xFFFF - 1)
    c.add("zip", "lie-count-65534.apk", b, "error", "end record claims 65 534 entries, 4 present")
    c.add("zip", "bomb-overlap-quoted.apk", overlap_quoted(manifest, 40, 1 << 20), "not-ok",
          "40 DEX entries whose data overlap (each quotes the next header), 40 MiB from 60 KiB")
    # Two directory records pointing at one local header.
    b = build_zip([("AndroidManifest.xml", manifest, 8), ("resources.arsc", b"r" * 100, 0)])
    recs = cd_records(b)
    struct.pack_into("<I", b, recs[1] + 42, struct.unpack_from("<I", b, recs[0] + 42)[0])
    c.add("zip", "overlap-same-header.apk", b, "any", "resources.arsc's record points at the manifest's local header")


def many_entries(n, manifest):
    """n stored entries written directly (zipfile is too slow for this many)."""
    out = io.BytesIO()
    central = io.BytesIO()
    names = [b"AndroidManifest.xml"] + [b"e/%06d" % i for i in range(n - 1)]
    for i, name in enumerate(names):
        data = manifest if i == 0 else b""
        crc = zlib.crc32(data)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 0, 0, 0, crc, len(data), len(data), len(name), 0))
        out.write(name)
        out.write(data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 0, 0, 0, crc, len(data), len(data),
                                  len(name), 0, 0, 0, 0, 0, off))
        central.write(name)
    cd = central.getvalue()
    cdoff = out.tell()
    out.write(cd)
    cnt = min(n, 0xFFFF)
    # n > 65 535 needs zip64 records.
    z64 = out.tell()
    out.write(struct.pack("<IQHHIIQQQQ", 0x06064b50, 44, 45, 45, 0, 0, n, n, len(cd), cdoff))
    out.write(struct.pack("<IIQI", 0x07064b50, 0, z64, 1))
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    return out.getvalue()


def overlap_quoted(manifest, n, kernel_size):
    """David Fifield's overlapping-file construction: entry i's DEFLATE stream starts with a stored
    block quoting entry i+1's local header, so every entry inflates to all the headers after it
    plus the shared kernel. A real manifest comes first so the scan reaches the DEX files."""
    kernel_plain = bytes(kernel_size)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    kernel = co.compress(kernel_plain) + co.flush()
    names = [b"classes.dex"] + [b"classes%d.dex" % i for i in range(2, n + 1)]
    headers = [None] * n
    sizes = [None] * n   # (crc, compressed, inflated)
    # Build from the back: header i+1 must be known to quote it.
    tail_plain_crc = zlib.crc32(kernel_plain)
    headers_after = b""
    comp_after = len(kernel)
    for i in range(n - 1, -1, -1):
        if i == n - 1:
            crc, comp, size = zlib.crc32(kernel_plain), len(kernel), kernel_size
        else:
            quoted = headers[i + 1]
            comp = 5 + len(quoted) + comp_after
            size = len(quoted) + sizes[i + 1][2]
            crc = zlib.crc32(kernel_plain, zlib.crc32(quoted + headers_after))
            headers_after = quoted + headers_after
        sizes[i] = (crc, comp, size)
        headers[i] = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0, crc, comp, size, len(names[i]), 0) + names[i]
        comp_after = comp
    out = io.BytesIO()
    man = build_zip([("AndroidManifest.xml", manifest, 0)])
    man_local_end = cd_records(man)[0]
    out.write(man[:man_local_end])
    offsets = []
    for i in range(n):
        offsets.append(out.tell())
        out.write(headers[i])
        if i < n - 1:
            ln = len(headers[i + 1])
            out.write(struct.pack("<BHH", 0, ln, ln ^ 0xFFFF))   # stored block, not final
    out.write(kernel)
    cdoff = out.tell()
    out.write(man[man_local_end:eocd(man)])
    for i in range(n):
        crc, comp, size = sizes[i]
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0, crc, comp, size,
                              len(names[i]), 0, 0, 0, 0, 0, offsets[i]))
        out.write(names[i])
    cdsize = out.tell() - cdoff
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, n + 1, n + 1, cdsize, cdoff, 0))
    return out.getvalue()


def lying_directories(c, apk):
    e = eocd(apk)
    recs = cd_records(apk)
    cdoff = struct.unpack_from("<I", apk, e + 16)[0]

    def patched(fmt, at, value):
        b = bytearray(apk)
        struct.pack_into(fmt, b, at, value)
        return b

    c.add("zip", "lie-cd-offset-past-end.apk", patched("<I", e + 16, len(apk) + 1000), "error", "directory offset past the end")
    c.add("zip", "lie-cd-offset-zero.apk", patched("<I", e + 16, 0), "error", "directory offset points at the first local header")
    c.add("zip", "lie-cd-size-huge.apk", patched("<I", e + 12, 0x7FFFFFF0), "error", "directory size 2 GiB")
    c.add("zip", "lie-cd-count-zero.apk", patched("<H", e + 10, 0), "error", "end record claims no entries")
    c.add("zip", "lie-comment-length.apk", patched("<H", e + 20, 0xFFFF), "error", "comment length runs past the end")
    c.add("zip", "lie-zip64-markers.apk", patched("<I", e + 16, 0xFFFFFFFF), "error", "zip64 marker without zip64 records")
    r0 = recs[0]
    c.add("zip", "lie-entry-local-offset.apk", patched("<I", r0 + 42, len(apk) - 10), "error", "first entry's local header past the end")
    c.add("zip", "lie-entry-comp-size.apk", patched("<I", r0 + 20, 0xFFFFFFFE), "error", "first entry claims 4 GiB compressed")
    c.add("zip", "lie-entry-size-zero.apk", patched("<I", r0 + 24, 0), "error", "first entry claims 0 inflated bytes")
    c.add("zip", "lie-entry-name-length.apk", patched("<H", r0 + 28, 0xFFFF), "error", "name length runs past the directory")
    c.add("zip", "lie-entry-extra-length.apk", patched("<H", r0 + 30, 0xFFF0), "error", "extra-field length runs past the directory")
    c.add("zip", "lie-entry-crc.apk", patched("<I", r0 + 16, 0xDEADBEEF), "not-ok", "wrong CRC on the first entry")
    c.add("zip", "lie-entry-method.apk", patched("<H", r0 + 10, 99), "not-ok", "unknown method 99 on the first entry")
    # A zip64 extra field with impossible sizes on every record.
    b = bytearray(apk)
    for r in recs:
        struct.pack_into("<II", b, r + 20, 0xFFFFFFFF, 0xFFFFFFFF)
    c.add("zip", "lie-zip64-sizes-without-extra.apk", b, "error", "0xFFFFFFFF sizes with no zip64 extra field")
    # The directory signature destroyed on the last record.
    c.add("zip", "lie-record-signature.apk", patched("<I", recs[-1], 0x12345678), "error", "a central record without its signature")
    # Central-directory offset one byte off.
    c.add("zip", "lie-cd-offset-plus1.apk", patched("<I", e + 16, cdoff + 1), "error", "directory offset one byte late")


# ---------------------------------------------------------------- binary XML

def chunks(b, start, end):
    """(offset, type, headerSize, size) of the chunks in [start, end)."""
    out, p = [], start
    while p + 8 <= end:
        t, hs, sz = struct.unpack_from("<HHI", b, p)
        out.append((p, t, hs, sz))
        if sz < 8:
            break
        p += sz
    return out


def axml_variants(c, manifest, rng):
    m = manifest
    top = chunks(m, 8, len(m))
    pool = next(x for x in top if x[1] == 0x0001)
    elems = [x for x in top if x[1] == 0x0102]

    def v(name, expect, what, fn):
        b = bytearray(m)
        fn(b)
        c.add("axml", name, b, expect, what)

    v("file-size-huge.axml", "not-ok", "file chunk claims 2 GiB", lambda b: struct.pack_into("<I", b, 4, 0x7FFFFFFF))
    v("file-size-7.axml", "error", "file chunk smaller than its header", lambda b: struct.pack_into("<I", b, 4, 7))
    v("file-header-size-huge.axml", "error", "file header size 0xFFFF", lambda b: struct.pack_into("<H", b, 2, 0xFFFF))
    p = pool[0]
    v("pool-size-huge.axml", "error", "string pool claims 2 GiB", lambda b: struct.pack_into("<I", b, p + 4, 0x7FFFFFFF))
    v("pool-size-zero.axml", "error", "string pool of size 0", lambda b: struct.pack_into("<I", b, p + 4, 0))
    v("pool-count-huge.axml", "not-ok", "string count 0x7FFFFFFF", lambda b: struct.pack_into("<I", b, p + 8, 0x7FFFFFFF))
    v("pool-count-plus1.axml", "any", "string count one more than the offsets present (Android reads string data as the last offset)",
      lambda b: struct.pack_into("<I", b, p + 8, struct.unpack_from("<I", m, p + 8)[0] + 1))
    v("pool-style-count-huge.axml", "not-ok", "style count 0x10000000", lambda b: struct.pack_into("<I", b, p + 12, 0x10000000))
    v("pool-strings-start-past.axml", "error", "strings start past the pool", lambda b: struct.pack_into("<I", b, p + 20, 0x7FFFFFF0))
    hs = pool[2]

    def offsets_past(b):
        n = struct.unpack_from("<I", b, p + 8)[0]
        for i in range(n):
            struct.pack_into("<I", b, p + hs + 4 * i, 0x00FFFFFF)
    v("pool-offsets-past.axml", "error", "every string offset past the pool", offsets_past)

    def length_lie(b):
        start = struct.unpack_from("<I", b, p + 20)[0]
        flags = struct.unpack_from("<I", b, p + 16)[0]
        at = p + start + struct.unpack_from("<I", b, p + hs)[0]
        if flags & 0x100:   # UTF-8: two lengths, the high bit marks a two-byte form
            b[at:at + 2] = b"\xff\xff"
            b[at + 2:at + 4] = b"\xff\xff"
        else:
            b[at:at + 4] = b"\xff\xff\xff\xff"
    v("pool-string-length-lie.axml", "any", "first string's length runs past the pool", length_lie)

    def flags_flip(b):
        struct.pack_into("<I", b, p + 16, struct.unpack_from("<I", b, p + 16)[0] ^ 0x100)
    v("pool-encoding-flip.axml", "any", "UTF-8 flag flipped: the strings read in the wrong encoding", flags_flip)
    if elems:
        e0 = elems[0][0]
        v("elem-size-huge.axml", "error", "first element chunk claims 2 GiB", lambda b: struct.pack_into("<I", b, e0 + 4, 0x7FFFFFFF))
        v("elem-size-small.axml", "error", "first element chunk size 12", lambda b: struct.pack_into("<I", b, e0 + 4, 12))
        v("elem-attr-count-huge.axml", "error", "attribute count 0xFFFF", lambda b: struct.pack_into("<H", b, e0 + 16 + 12, 0xFFFF))
        v("elem-attr-size-zero.axml", "any", "attribute size 0 (Android reads every attribute at one place)", lambda b: struct.pack_into("<H", b, e0 + 16 + 10, 0))
        v("elem-attr-start-past.axml", "error", "attribute start past the chunk", lambda b: struct.pack_into("<H", b, e0 + 16 + 8, 0xFFF0))
        v("elem-name-index-past.axml", "error", "element name index past the pool", lambda b: struct.pack_into("<I", b, e0 + 16 + 4, 0x7FFFFFFF))

        def attr_names(b):
            start, size, count = struct.unpack_from("<HHH", b, e0 + 16 + 8)
            for i in range(count):
                struct.pack_into("<I", b, e0 + 16 + start + i * size + 4, 0xFFFFFFFE)
        v("attr-name-index-past.axml", "any", "every attribute of the root names string 0xFFFFFFFE", attr_names)

        def attr_types(b):
            start, size, count = struct.unpack_from("<HHH", b, e0 + 16 + 8)
            for i in range(count):
                a = e0 + 16 + start + i * size
                b[a + 15] = 0x03                     # TYPE_STRING
                struct.pack_into("<I", b, a + 16, 0x7FFFFFFF)
        v("attr-string-value-past.axml", "any", "every root attribute is a string past the pool", attr_types)
    rm = [x for x in top if x[1] == 0x0180]
    if rm:
        r = rm[0][0]
        v("resmap-size-odd.axml", "error", "resource map of 4n+1 bytes", lambda b: struct.pack_into("<I", b, r + 4, rm[0][3] + 1))
    for k in range(6):
        v("trunc-%d.axml" % k, "error", "cut to a random length", lambda b, k=k: b.__delitem__(slice(rng.randrange(8, len(m) - 1), None)))
    for k in range(10):
        nb = 1 << k
        c.add("axml", "flip-%d.axml" % k, flip_bits(m, rng, nb, 8), "any", "%d random bit flips" % nb)
    c.add("axml", "deep-nesting.axml", deep_axml(20000), "not-ok", "20 000 nested elements")
    c.add("axml", "empty.axml", b"", "error", "zero bytes")
    c.add("axml", "plain-text.axml", b"<manifest package='x'/>", "error", "a text XML manifest (not compiled)")


def deep_axml(depth):
    """A minimal compiled XML: one string pool ("a") and `depth` nested start tags, no end tags."""
    s = "a".encode("utf-16-le")
    strings = struct.pack("<H", 1) + s + b"\x00\x00"
    strings += b"\x00" * ((4 - len(strings) % 4) % 4)
    pool = struct.pack("<HHIIIIII", 0x0001, 28, 28 + 4 + len(strings), 1, 0, 0, 28 + 4, 0) + struct.pack("<I", 0) + strings
    start = struct.pack("<HHIII", 0x0102, 16, 36, 1, 0xFFFFFFFF) + struct.pack("<IIHHHHHH", 0xFFFFFFFF, 0, 20, 20, 0, 0, 0, 0)
    body = pool + start * depth
    return struct.pack("<HHI", 0x0003, 8, 8 + len(body)) + body


# ---------------------------------------------------------------- resources.arsc

def arsc_variants(c, arsc, rng):
    a = arsc

    def v(name, expect, what, fn):
        b = bytearray(a)
        fn(b)
        c.add("arsc", name, b, expect, what)

    v("table-size-huge.arsc", "not-ok", "table chunk claims 2 GiB", lambda b: struct.pack_into("<I", b, 4, 0x7FFFFFFF))
    v("package-count-huge.arsc", "any", "0x7FFFFFFF packages (Android walks the chunks, not the count)", lambda b: struct.pack_into("<I", b, 8, 0x7FFFFFFF))
    top = chunks(a, 12, len(a))
    for off, t, hs, sz in top:
        if t == 0x0001:
            v("global-pool-count-huge.arsc", "not-ok", "global string count 0x7FFFFFFF", lambda b, o=off: struct.pack_into("<I", b, o + 8, 0x7FFFFFFF))
            v("global-pool-size-past.arsc", "error", "global pool runs past the table", lambda b, o=off: struct.pack_into("<I", b, o + 4, 0x7FFFFFF0))
        if t == 0x0200:
            v("package-size-past.arsc", "error", "package chunk runs past the table", lambda b, o=off: struct.pack_into("<I", b, o + 4, 0x7FFFFFF0))
            v("package-id-zero.arsc", "any", "package id 0", lambda b, o=off: struct.pack_into("<I", b, o + 8, 0))
            v("package-type-strings-past.arsc", "error", "type-strings offset past the package", lambda b, o=off: struct.pack_into("<I", b, o + 268, 0x7FFFFFF0))
            inner = chunks(a, off + hs, off + sz)
            spec = [x for x in inner if x[1] == 0x0202]
            types = [x for x in inner if x[1] == 0x0201]
            if spec:
                o = spec[0][0]
                v("typespec-count-huge.arsc", "any", "type spec with 0x7FFFFFFF entries (spec flags are not needed to read values)", lambda b, o=o: struct.pack_into("<I", b, o + 12, 0x7FFFFFFF))
                v("typespec-id-zero.arsc", "any", "type spec id 0", lambda b, o=o: struct.pack_into("<B", b, o + 8, 0))
            if types:
                o, _, ths, tsz = types[0]
                v("type-count-huge.arsc", "not-ok", "type chunk with 0x7FFFFFFF entries", lambda b, o=o: struct.pack_into("<I", b, o + 12, 0x7FFFFFFF))
                v("type-entries-start-past.arsc", "not-ok", "entries start past the chunk", lambda b, o=o: struct.pack_into("<I", b, o + 16, 0x7FFFFFF0))

                def entry_offsets(b, o=o, ths=ths):
                    n = struct.unpack_from("<I", b, o + 12)[0]
                    for i in range(min(n, (tsz - ths) // 4)):
                        if struct.unpack_from("<I", b, o + ths + 4 * i)[0] != 0xFFFFFFFF:
                            struct.pack_into("<I", b, o + ths + 4 * i, 0x00FFFFF0)
                v("type-entry-offsets-past.arsc", "any", "every entry offset of the first type past the chunk", entry_offsets)
                v("type-config-size-huge.arsc", "any", "config size 0x7FFFFFFF (Android copies only the fields it knows)", lambda b, o=o: struct.pack_into("<I", b, o + 20, 0x7FFFFFFF))
    for k in range(6):
        c.add("arsc", "trunc-%d.arsc" % k, a[:rng.randrange(12, len(a) - 1)], "not-ok", "cut to a random length")
    for k in range(10):
        nb = 1 << k
        c.add("arsc", "flip-%d.arsc" % k, flip_bits(a, rng, nb, 12), "any", "%d random bit flips" % nb)
    c.add("arsc", "empty.arsc", b"", "error", "zero bytes")


# ---------------------------------------------------------------- DEX

H = {"file_size": 32, "header_size": 36, "endian": 40, "map_off": 52,
     "string_ids": 56, "type_ids": 64, "proto_ids": 72, "field_ids": 80, "method_ids": 88, "class_defs": 96, "data": 104}


def uleb(b, p):
    v, s = 0, 0
    while True:
        x = b[p]; p += 1
        v |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return v, p


def code_items(d):
    """Offsets of the code items the class data of `d` points at."""
    n, off = struct.unpack_from("<II", d, 96)
    out = []
    for i in range(n):
        cd = struct.unpack_from("<I", d, off + 32 * i + 24)[0]
        if cd == 0:
            continue
        p = cd
        sf, p = uleb(d, p); inf, p = uleb(d, p); dm, p = uleb(d, p); vm, p = uleb(d, p)
        for _ in range(sf + inf):
            _, p = uleb(d, p); _, p = uleb(d, p)
        for _ in range(dm + vm):
            _, p = uleb(d, p); _, p = uleb(d, p)
            at = p
            co, p = uleb(d, p)
            if co:
                out.append((co, at, p - at))
    return out


def dex_variants(c, dex, rng):
    d = dex

    def v(name, expect, what, fn):
        b = bytearray(d)
        fn(b)
        c.add("dex", name, b, expect, what)

    for t in ("string_ids", "type_ids", "proto_ids", "field_ids", "method_ids", "class_defs"):
        o = H[t]
        v("%s-count-ffffffff.dex" % t, "error", "%s size 0xFFFFFFFF" % t, lambda b, o=o: struct.pack_into("<I", b, o, 0xFFFFFFFF))
        v("%s-count-plus1M.dex" % t, "error", "%s size grows by 1 Mi (table runs past the file)" % t,
          lambda b, o=o: struct.pack_into("<I", b, o, struct.unpack_from("<I", d, o)[0] + (1 << 20)))
        v("%s-offset-wrap.dex" % t, "error", "%s offset 0xFFFFFFF0 (offset + size wraps)" % t,
          lambda b, o=o: struct.pack_into("<I", b, o + 4, 0xFFFFFFF0))
    v("file-size-lie.dex", "any", "file_size 4 GiB - 1", lambda b: struct.pack_into("<I", b, 32, 0xFFFFFFFF))
    v("header-size-lie.dex", "any", "header_size 0x70000", lambda b: struct.pack_into("<I", b, 36, 0x70000))
    v("endian-swapped.dex", "error", "reverse-endian tag", lambda b: struct.pack_into("<I", b, 40, 0x78563412))
    v("map-offset-past.dex", "any", "map offset past the end", lambda b: struct.pack_into("<I", b, 52, 0x7FFFFFF0))
    v("bad-magic.dex", "error", "magic 'dex\\n999'", lambda b: b.__setitem__(slice(0, 8), b"dex\n999\x00"))
    sid_n, sid_off = struct.unpack_from("<II", d, 56)

    def strings_past(b):
        for i in range(sid_n):
            struct.pack_into("<I", b, sid_off + 4 * i, 0x7FFFFFF0)
    v("string-data-past.dex", "not-ok", "every string_data_off past the end", strings_past)

    def string_uleb_overflow(b):
        o = struct.unpack_from("<I", b, sid_off)[0]
        b[o:o + 5] = b"\xff\xff\xff\xff\x7f"
    v("string-uleb-overflow.dex", "any", "first string's length is a 5-byte uleb128 over 32 bits", string_uleb_overflow)
    cdn, cdo = struct.unpack_from("<II", d, 96)
    tid_n = struct.unpack_from("<I", d, 64)[0]

    def classdef_field(field, value):
        def f(b):
            for i in range(cdn):
                struct.pack_into("<I", b, cdo + 32 * i + field, value)
        return f
    v("classdef-class-idx-past.dex", "not-ok", "every class_idx 0xFFFF0000", classdef_field(0, 0xFFFF0000))
    v("classdef-super-past.dex", "not-ok", "every superclass_idx past the type table", classdef_field(8, tid_n + 5))
    v("classdef-interfaces-past.dex", "not-ok", "every interfaces_off past the end", classdef_field(12, 0x7FFFFFF0))
    v("classdef-data-past.dex", "not-ok", "every class_data_off past the end", classdef_field(24, 0x7FFFFFF0))
    v("classdef-static-values-past.dex", "any", "every static_values_off past the end", classdef_field(28, 0x7FFFFFF0))

    def super_self(b):
        for i in range(cdn):
            struct.pack_into("<I", b, cdo + 32 * i + 8, struct.unpack_from("<I", b, cdo + 32 * i)[0])
    v("classdef-super-self.dex", "any", "every class is its own superclass (a hierarchy cycle)", super_self)

    def class_data_uleb(b):
        for i in range(cdn):
            o = struct.unpack_from("<I", b, cdo + 32 * i + 24)[0]
            if o:
                b[o:o + 5] = b"\xff\xff\xff\xff\x0f"
    v("class-data-count-huge.dex", "not-ok", "class data with 2^32-1 static fields", class_data_uleb)
    code_refs = code_items(d)
    codes = [co for co, _, _ in code_refs]
    if codes:
        def insns_size(b):
            for o in codes:
                struct.pack_into("<I", b, o + 12, 0x7FFFFFFF)
        v("code-insns-size-huge.dex", "not-ok", "every code item claims 2^31 code units", insns_size)

        def tries(b):
            for o in codes:
                struct.pack_into("<H", b, o + 6, 0xFFFF)
        v("code-tries-huge.dex", "any", "every code item claims 65 535 try blocks", tries)

        def invoke_index(b):
            for o in codes:
                n = struct.unpack_from("<I", b, o + 12)[0]
                p = o + 16
                for k in range(n):
                    op = b[p + 2 * k]
                    if 0x6e <= op <= 0x72 or 0x74 <= op <= 0x78:
                        struct.pack_into("<H", b, p + 2 * k + 2, 0xFFFF)
        v("code-invoke-index-past.dex", "not-ok", "every invoke names method 0xFFFF", invoke_index)

        def const_string(b):
            for o in codes:
                n = struct.unpack_from("<I", b, o + 12)[0]
                p = o + 16
                for k in range(n):
                    if b[p + 2 * k] == 0x1a:
                        struct.pack_into("<H", b, p + 2 * k + 2, 0xFFFF)
        v("code-const-string-past.dex", "any", "every const-string names string 0xFFFF", const_string)

        def code_off(value_for):
            # Rewrite each code_off uleb128 in place, keeping its length (the class data stays aligned).
            def f(b):
                for co, at, n in code_refs:
                    val = value_for(co, n)
                    for k in range(n):
                        b[at + k] = (val >> (7 * k)) & 0x7F | (0x80 if k < n - 1 else 0)
            return f
        widest = min(n for _, _, n in code_refs)
        past = (1 << (7 * widest)) - 1 > len(d)
        v("code-offset-max.dex", "not-ok" if past else "any", "every code_off the largest its uleb128 can hold",
          code_off(lambda co, n: (1 << (7 * n)) - 1))
        v("code-offset-shared.dex", "any", "every code_off points at the first code item (shared code)",
          code_off(lambda co, n: codes[0] if codes[0] < (1 << (7 * n)) else co))
        v("code-offset-header.dex", "not-ok", "every code_off points into the header",
          code_off(lambda co, n: 8))

        def garbage_code(b):
            r = random.Random(7)
            for o in codes:
                n = min(struct.unpack_from("<I", b, o + 12)[0], 4096)
                for k in range(2 * n):
                    b[o + 16 + k] = r.randrange(256)
        v("code-random-instructions.dex", "any", "every method's instructions replaced by random bytes", garbage_code)
    for k in range(6):
        c.add("dex", "trunc-%d.dex" % k, d[:rng.randrange(1, len(d) - 1)], "not-ok", "cut to a random length")
    for k in range(12):
        nb = 1 << k
        c.add("dex", "flip-%d.dex" % k, flip_bits(d, rng, nb, 8), "any", "%d random bit flips" % nb)
    c.add("dex", "empty.dex", b"", "error", "zero bytes")
    c.add("dex", "header-only.dex", d[:0x70], "error", "the 112-byte header and nothing else")


# ---------------------------------------------------------------- wxapkg

def wxapkg(files, index_len=None, data_len=None, first=0xBE, last=0xED, count=None, entries=None):
    """Plain wxapkg: 0xBE, u32 0, u32 indexLen, u32 dataLen, 0xED, u32 count, entries, data (big-endian)."""
    names = [n.encode() for n, _ in files]
    idx_size = 4 + sum(12 + len(n) for n in names)
    base = 14 + idx_size
    rows, data, off = [], b"", base
    for (n, body), nb in zip(files, names):
        rows.append((nb, off, len(body)))
        data += body
        off += len(body)
    if entries:
        rows = entries(rows)
    index = struct.pack(">I", len(rows) if count is None else count)
    for nb, o, s in rows:
        index += struct.pack(">I", len(nb)) + nb + struct.pack(">II", o, s)
    head = struct.pack(">BIIIB", first, 0, idx_size if index_len is None else index_len,
                       len(data) if data_len is None else data_len, last)
    return head + index + data


def wxapkg_variants(c, rng):
    files = [("/app-config.json", b'{"pages":["pages/index/index"],"entryPagePath":"pages/index/index"}'),
             ("/app-service.js", b'wx.getLocation({type:"gcj02"});wx.getClipboardData({});')]
    good = wxapkg(files)
    c.add("wxapkg", "base.wxapkg", good, "any", "a valid two-file package")
    c.add("wxapkg", "offset-past-end.wxapkg", wxapkg(files, entries=lambda r: [(n, o + 10_000, s) for n, o, s in r]),
          "not-ok", "every file's offset past the end")
    c.add("wxapkg", "size-past-end.wxapkg", wxapkg(files, entries=lambda r: [(n, o, s + 10_000) for n, o, s in r]),
          "not-ok", "every file's size runs past the end")
    c.add("wxapkg", "offset-wrap.wxapkg", wxapkg(files, entries=lambda r: [(n, 0xFFFFFFF0, 0x20) for n, o, s in r]),
          "not-ok", "offset + size wraps around 2^32")
    c.add("wxapkg", "count-huge.wxapkg", wxapkg(files, count=0x7FFFFFFF), "error", "index claims 2^31 files")
    c.add("wxapkg", "name-length-huge.wxapkg",
          wxapkg(files, entries=lambda r: r) .replace(struct.pack(">I", len(b"/app-config.json")) + b"/app-config.json",
                                                       struct.pack(">I", 0x7FFFFFFF) + b"/app-config.json"),
          "error", "first name claims 2 GiB")
    c.add("wxapkg", "index-length-lie.wxapkg", wxapkg(files, index_len=0x7FFFFFFF), "error", "index length 2 GiB")
    c.add("wxapkg", "data-length-lie.wxapkg", wxapkg(files, data_len=0x7FFFFFFF), "not-ok", "data length 2 GiB")
    c.add("wxapkg", "bad-last-mark.wxapkg", wxapkg(files, last=0x00), "error", "0xED marker missing")
    c.add("wxapkg", "traversal-names.wxapkg",
          wxapkg([("/../../etc/passwd", b"x"), ("/a/../../../b.js", b"wx.getLocation()")]), "any", "names climbing out of the package")
    c.add("wxapkg", "duplicate-names.wxapkg", wxapkg([files[0], files[0], files[1]]), "any", "one name twice")
    for k in range(4):
        c.add("wxapkg", "trunc-%d.wxapkg" % k, good[:rng.randrange(1, len(good) - 1)], "not-ok", "cut to a random length")
    for k in range(4):
        c.add("wxapkg", "flip-%d.wxapkg" % k, flip_bits(good, rng, 1 << k), "any", "%d random bit flips" % (1 << k))
    c.add("wxapkg", "v1mmwx-short.wxapkg", b"V1MMWX" + bytes(100), "error", "PC-encrypted header with a cut body")
    c.add("wxapkg", "v1mmwx-garbage.wxapkg", b"V1MMWX" + bytes(rng.randrange(256) for _ in range(1030)), "error",
          "PC-encrypted header over random bytes")


# ---------------------------------------------------------------- policies

def policy_variants(c, small):
    zh = "隐私政策\n我们收集您的位置信息、设备标识符（IMEI、Android ID）用于提供服务。您可以注销账户。\n"

    def p(name, data, what, expect="any"):
        c.add("policy", name, data, expect, what)

    p("invalid-utf8.txt", zh.encode("utf-8")[:-2] + b"\xff\xfe\xc0\xaf\xed\xa0\x80" + zh.encode("utf-8"),
      "UTF-8 with overlong forms, surrogates and a cut character")
    p("utf16-odd-length.txt", b"\xff\xfe" + zh.encode("utf-16-le") + b"\x41", "UTF-16LE with an odd byte count")
    p("utf16-lone-surrogates.txt", b"\xff\xfe" + zh.encode("utf-16-le") + b"\x00\xd8\x41\x00\x00\xdc",
      "UTF-16LE with lone high and low surrogates")
    p("utf16be-no-bom.txt", zh.encode("utf-16-be"), "UTF-16BE without a BOM")
    p("gbk-cut.txt", zh.encode("gbk") + b"\x81", "GBK ending in half a character")
    p("gbk-invalid-trail.txt", zh.encode("gbk").replace("位".encode("gbk"), b"\x81\x7f"), "GBK with invalid trail bytes")
    p("gb18030-4byte.txt", (zh + "😀").encode("gb18030"), "GB18030 four-byte sequences")
    p("utf32.txt", zh.encode("utf-32"), "UTF-32 with BOM")
    p("mixed-encodings.txt", zh.encode("utf-8") + zh.encode("gbk") + zh.encode("utf-16-le"), "UTF-8, GBK and UTF-16 concatenated")
    p("nul-bytes.txt", zh.encode("utf-8").replace(b"\n", b"\x00"), "NUL bytes instead of line breaks")
    p("bom-only.txt", b"\xef\xbb\xbf", "a UTF-8 BOM and nothing else")
    p("empty.txt", b"", "zero bytes")
    p("binary.html", bytes(random.Random(3).randrange(256) for _ in range(4096)), "random bytes named .html")
    p("charset-lie.html", ('<html><head><meta charset="gbk"></head><body>%s</body></html>' % zh).encode("utf-8"),
      "HTML declaring gbk, encoded as UTF-8")
    p("charset-unknown.html", ('<meta charset="x-no-such-charset"><p>%s' % zh).encode("utf-8"), "HTML naming a charset that does not exist")
    p("deep-divs.html", b"<html><body>" + b"<div>" * 100_000 + zh.encode() + b"</body></html>", "100 000 unclosed <div>s")
    p("billion-laughs.html",
      b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "' + zh.encode() + b'">' +
      b"".join(b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10) for i in range(9)) +
      b']><html><body>&j;</body></html>', "nested entity definitions (billion laughs)")
    p("entity-numbers.html", ("<p>" + "&#xFFFFFFFF;&#0;&#xD800;&#99999999999;" * 100 + zh + "</p>").encode(),
      "numeric character references out of range")
    p("one-long-line.txt", ("数据" * 175_000).encode("utf-8"), "1 MB on one line without punctuation")
    p("script-only.html", b"<html><script>" + b"var x='\xe9\x9a\x90\xe7\xa7\x81';" * 10000 + b"</script></html>",
      "HTML whose only text is a script")
    # Over the 512 KiB policy limit the tests set (the reader keeps the start and marks it truncated).
    p("oversized.txt", zh.encode("utf-8") * ((700 << 10) // len(zh.encode("utf-8")) + 1), "700 KB, over a 512 KiB policy limit")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    small = "--small" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    out = args[0]
    os.makedirs(out, exist_ok=True)
    c = Corpus(out)
    rng = random.Random(20261201)
    apk = read(os.path.join(FIX, "android", "new.apk"))
    manifest = entry_of(apk, "AndroidManifest.xml")
    arsc = entry_of(apk, "resources.arsc")
    dex = read(os.path.join(FIX, "dex", "classes.dex"))

    archives(c, rng, small)
    zip_bombs(c, manifest, small)
    lying_directories(c, apk)
    axml_variants(c, manifest, rng)
    arsc_variants(c, arsc, rng)
    dex_variants(c, dex, rng)
    wxapkg_variants(c, rng)
    policy_variants(c, small)
    # Every broken manifest, table and DEX also goes into an otherwise valid APK, so the whole
    # scanner meets it, not only the parser.
    for kind, entry in (("axml", "AndroidManifest.xml"), ("arsc", "resources.arsc"), ("dex", "classes.dex")):
        # Random flips and cuts are covered by the parser tests; the whole scanner gets the named lies.
        for (k, name, expect, what) in [r for r in c.rows if r[0] == kind and not r[1].startswith(("flip-", "trunc-"))]:
            data = read(os.path.join(out, kind, name))
            base = apk if kind != "dex" else bytes(replace_entry(apk, "AndroidManifest.xml", manifest))
            if kind == "dex":
                wrapped = build_zip([("AndroidManifest.xml", manifest, 8), ("resources.arsc", arsc, 0), ("classes.dex", data, 8)])
            else:
                wrapped = replace_entry(base, entry, data)
            # Only a broken manifest must fail the scan; a broken table or DEX may leave it partial or ok.
            wexpect = "error" if kind == "axml" and expect == "error" else "any"
            c.add("apk", "in-apk-%s-%s.apk" % (kind, name.replace(".", "_")), wrapped, wexpect, "%s as %s: %s" % (name, entry, what))
    c.finish()
    counts = {}
    for r in c.rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print("wrote %d inputs to %s: %s" % (len(c.rows), out, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
