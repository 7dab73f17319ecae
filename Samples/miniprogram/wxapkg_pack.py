#!/usr/bin/env python3
"""Mingcha's sample packer: builds real .wxapkg bytes from a mini-program source folder.

A source folder holds app.json (or app-config.json), app.js, pages/**.js and pages/**.wxml, and
optionally sub-package roots listed in app.json "subPackages" and plugin folders under
plugins/<plugin appid>/. The packer "compiles" like WeChat's build does in shape, not in detail:

  /app-config.json   app.json keys + entryPagePath + global.window (the compiled config)
  /app-service.js    every .js as define("path.js", function(require, module, exports, ...){...})
  /page-frame.html   the WXML in the WeChat compiler's layout: var x=[file list]; per file a
                     constant list gz$gwx_N (Z([3,'text']) string, Z([1,true]) literal,
                     Z([[7],[3,'name']]) data binding) and a render function creating elements
                     with _mz(z,'tag',['attr',i,'attr2',delta,...],[],e,s,gg) / _n('tag')
  /pages/x/x.html    per-page stubs
  other files        copied (images, bundled policy pages)

Container (big-endian): 0xBE, u32 0, u32 index length, u32 body length, 0xED; index = u32 count +
(u32 name length, name, u32 absolute offset, u32 size) per file; then the file bytes in index order.

Usage: wxapkg_pack.py SRC OUTDIR [--encrypt-appid wx...]  -> OUTDIR/__APP__.wxapkg, OUTDIR/_root_.wxapkg
       per sub-package, OUTDIR/<plugin appid>/__PLUGINCODE__.wxapkg per plugin; with --encrypt-appid
       also OUTDIR/<appid>/__APP__.wxapkg encrypted with the Windows-PC V1MMWX scheme.
"""
import html.parser
import json
import os
import struct
import sys


def pack(files):
    """files: list of (name starting with '/', bytes) -> wxapkg bytes."""
    index = struct.pack(">I", len(files))
    names = [n.encode("utf-8") for n, _ in files]
    index_len = 4 + sum(12 + len(n) for n in names)
    offset = 14 + index_len
    body = b""
    for n, (_, data) in zip(names, files):
        index += struct.pack(">I", len(n)) + n + struct.pack(">II", offset, len(data))
        offset += len(data)
        body += data
    assert len(index) == index_len
    return b"\xbe" + struct.pack(">III", 0, index_len, len(body)) + b"\xed" + index + body


def unpack(data):
    """Independent reader used to check the packer's output: name -> bytes."""
    assert data[0] == 0xBE and data[13] == 0xED, "marks"
    _, index_len, body_len = struct.unpack(">III", data[1:13])
    assert 14 + index_len + body_len == len(data), "lengths"
    count = struct.unpack(">I", data[14:18])[0]
    pos, out = 18, {}
    for _ in range(count):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        name = data[pos + 4:pos + 4 + n].decode("utf-8")
        off, size = struct.unpack(">II", data[pos + 4 + n:pos + 12 + n])
        out[name] = data[off:off + size]
        pos += 12 + n
    assert pos == 14 + index_len, "index end"
    return out


def encrypt_v1mmwx(plain, appid):
    """Windows-PC scheme: PBKDF2-HMAC-SHA1(appid, 'saltiest', 1000, 32); AES-256-CBC with IV
    'the iv: 16 bytes' over the first 1023 bytes + PKCS#7 byte; XOR the rest with appid[-2]."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
    if len(plain) < 1023:
        raise SystemExit("package too small to encrypt (needs 1023 bytes)")
    key = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=b"saltiest", iterations=1000).derive(appid.encode())
    enc = Cipher(algorithms.AES(key), modes.CBC(b"the iv: 16 bytes")).encryptor()
    head = enc.update(plain[:1023] + b"\x01") + enc.finalize()
    x = ord(appid[-2]) if len(appid) >= 2 else 0x66
    return b"V1MMWX" + head + bytes(b ^ x for b in plain[1023:])


def js_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def value_op(v):
    if v is None:
        return "[1,true]"
    t = v.strip()
    if t.startswith("{{") and t.endswith("}}"):
        inner = t[2:-2].strip()
        if inner in ("true", "false"):
            return "[1,%s]" % inner
        return "[[7],[3,%s]]" % js_str(inner)
    return "[3,%s]" % js_str(v)


class WXMLCompiler(html.parser.HTMLParser):
    """One WXML file -> its constant list (Z entries) and render statements in wcc's shape."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.z, self.ops, self.n = [], [], 0

    def const(self, op):
        self.z.append(op)
        return len(self.z) - 1

    def handle_starttag(self, tag, attrs):
        var = "o%d" % self.n
        self.n += 1
        if not attrs:
            self.ops.append("var %s=_n(%s)" % (var, js_str(tag)))
            return
        base, parts = 0, []
        for k, v in attrs:
            if v is None:  # bare attribute: base + n < 0 means "true"
                parts.append("%s,%d" % (js_str(k), -(base + 1)))
                continue
            idx = self.const(value_op(v))
            parts.append("%s,%d" % (js_str(k), idx if base == 0 else idx - base))
            if base == 0:
                base = idx
        self.ops.append("var %s=_mz(z,%s,[%s],[],e,s,gg)" % (var, js_str(tag), ",".join(parts)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if data.strip():
            self.ops.append("var o%d=_oz(z,%d,e,s,gg)" % (self.n, self.const("[3,%s]" % js_str(data.strip()))))
            self.n += 1


def compile_wxml(files):
    """All WXML files of a package -> one compiled frame: x (file list), gz$gwx_N (constants),
    d_/m/e_ (render functions), as the WeChat compiler lays them out."""
    out = ["var __wxAppCode__=__wxAppCode__||{};var __WXML_GLOBAL__={ops_cached:{}};var d_={},e_={};",
           "var x=[%s];" % ",".join(js_str("./" + r) for r, _ in files)]
    for k, (r, text) in enumerate(files):
        c = WXMLCompiler()
        c.feed(text)
        n = k + 1
        out.append("function gz$gwx_%d(){\nif( __WXML_GLOBAL__.ops_cached.$gwx_%d)return __WXML_GLOBAL__.ops_cached.$gwx_%d\n"
                   "__WXML_GLOBAL__.ops_cached.$gwx_%d=[];\n(function(z){var a=11;function Z(ops){z.push(ops)}\n%s\n"
                   "})(__WXML_GLOBAL__.ops_cached.$gwx_%d);return __WXML_GLOBAL__.ops_cached.$gwx_%d\n}"
                   % (n, n, n, n, "\n".join("Z(%s)" % op for op in c.z), n, n))
        out.append("d_[x[%d]]={}\nvar m%d=function(e,s,r,gg){\nvar z=gz$gwx_%d()\n%s\nreturn r\n}\ne_[x[%d]]={f:m%d,j:[],i:[],ti:[],ic:[]}"
                   % (k, k, n, "\n".join(c.ops), k, k))
    return "\n".join(out) + "\n"


def collect(src, skip_roots):
    out = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, src)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        if any(rel_dir.startswith(r) for r in skip_roots):
            dirnames[:] = []
            continue
        for f in sorted(filenames):
            if f in ("expected.json", "app.json", "README.md", "encrypt-appid", "policy.html") and rel_dir == "":
                continue
            out.append(rel_dir + f)
    return out


def build_package(src, rels, config=None, plugin_id=None, root=""):
    js, wxml, other = [], [], []
    for r in rels:
        with open(os.path.join(src, r), "rb") as fh:
            data = fh.read()
        if r.endswith(".js"):
            js.append((r, data.decode("utf-8")))
        elif r.endswith(".wxml"):
            wxml.append((r, data.decode("utf-8")))
        elif not r.endswith(".wxss"):
            other.append(("/" + r, data))
    files = []
    if config is not None:
        files.append(("/app-config.json", json.dumps(config, ensure_ascii=False, sort_keys=True).encode("utf-8")))
    service = ""
    if plugin_id:
        service += "definePlugin(\"plugin://%s/main\", function(require, module, exports){});\n" % plugin_id
    for r, text in js:
        service += "define(%s, function(require, module, exports, window, document, frames, self, location, navigator, localStorage, history, Caches, screen, alert, confirm, prompt, XMLHttpRequest, WebSocket, Reporter, webkit, WeixinJSCore){\"use strict\";\n%s\n});\n" % (json.dumps(r), text)
    for r, _ in js:
        service += "require(%s);\n" % json.dumps(r)
    files.append(("/" + root + ("appservice.js" if plugin_id else "app-service.js"), service.encode("utf-8")))
    if wxml:
        frame = compile_wxml(wxml)
        files.append(("/" + root + ("page-frame.html" if config is not None else "page-frame.js"), frame.encode("utf-8")))
        for r, _ in wxml:
            files.append(("/" + r[:-5] + ".html", b"<!-- page stub -->"))
    files += other
    return pack(files)


def compiled_config(app):
    cfg = dict(app)
    window = cfg.pop("window", {})
    cfg["global"] = {"window": window}
    if cfg.get("pages"):
        cfg["entryPagePath"] = cfg.get("entryPagePath", cfg["pages"][0]) + ".html"
    if "subpackages" in cfg:
        cfg["subPackages"] = cfg.pop("subpackages")
    cfg["page"] = {p + ".html": {"window": {}} for p in cfg.get("pages", [])}
    return cfg


def main(argv):
    src, out = argv[1], argv[2]
    appid = argv[argv.index("--encrypt-appid") + 1] if "--encrypt-appid" in argv else None
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(src, "app.json"), encoding="utf-8") as fh:
        app = json.load(fh)
    cfg = compiled_config(app)
    roots = [sp["root"].rstrip("/") + "/" for sp in cfg.get("subPackages", [])]
    built = {}
    built["__APP__.wxapkg"] = build_package(src, collect(src, roots + ["plugins/"]), cfg)
    for r in roots:
        rels = [x for x in collect(src, []) if x.startswith(r)]
        built["_" + r.strip("/").replace("/", "_") + "_.wxapkg"] = build_package(src, rels, root=r)
    pdir = os.path.join(src, "plugins")
    if os.path.isdir(pdir):
        for pid in sorted(os.listdir(pdir)):
            rels = collect(os.path.join(pdir, pid), [])
            built[pid + "/__PLUGINCODE__.wxapkg"] = build_package(os.path.join(pdir, pid), rels, plugin_id=pid)
    for name, data in built.items():
        unpack(data)  # every package must read back with the independent reader
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
    if appid:
        path = os.path.join(out, appid, "__APP__.wxapkg")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(encrypt_v1mmwx(built["__APP__.wxapkg"], appid))


if __name__ == "__main__":
    main(sys.argv)
