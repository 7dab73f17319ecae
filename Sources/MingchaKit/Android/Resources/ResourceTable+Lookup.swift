/// Looking entries up: by ID and locale, by name, by type.
extension ResourceTable {
    /// One decoded entry: a plain value, or a bag (style, array, plurals) of (key, value) pairs.
    public struct Entry: Sendable {
        public var key: String
        public var value: ResValue?
        public var bag: [(name: UInt32, value: ResValue)]
        public var config: ResourceConfig
    }

    /// How many references `resolve` follows before giving up (a loop in a hostile table).
    public static let maxReferenceHops = 16

    /// The value of `id`, following references, in the best configuration for `locale`
    /// ("zh", "zh-CN", "zh-rCN"; nil = default). Nil for unknown IDs, bags and reference loops.
    public func resolve(_ id: UInt32, locale: String? = nil) -> ResValue? {
        var current = id
        for _ in 0..<ResourceTable.maxReferenceHops {
            guard let e = entry(current, locale: locale), let v = e.value else { return nil }
            guard let next = v.referenceID, next != 0 else { return v }
            current = next
        }
        return nil
    }

    /// The string `id` resolves to, for `locale` with fallback to the default.
    public func string(_ id: UInt32, locale: String? = nil) -> String? {
        resolve(id, locale: locale)?.stringValue
    }

    /// "string/app_name" for an ID.
    public func name(of id: UInt32) -> String? {
        guard let (pkg, chunks, index) = locate(id), let type = pkg.typeName(UInt8((id >> 16) & 0xff)) else { return nil }
        for c in chunks {
            if let key = keyIndex(c, index), let k = pkg.keys.string(Int(key)) { return "\(type)/\(k)" }
        }
        return nil
    }

    /// The entry for `id` in the configuration that best matches `locale`.
    public func entry(_ id: UInt32, locale: String? = nil) -> Entry? {
        guard let (pkg, chunks, index) = locate(id) else { return nil }
        let want = ResourceTable.parseLocale(locale)
        var best: (score: Int, chunk: TypeChunk, at: Int)?
        for c in chunks {
            guard let at = entryOffset(c, index) else { continue }
            let s = ResourceTable.score(c.config, want: want)
            if let b = best, s <= b.score { continue }
            best = (s, c, at)
        }
        guard let b = best else { return nil }
        return decode(pkg, b.chunk, at: b.at)
    }

    /// Every path named by entries of `type` (e.g. "layout" -> "res/layout/main.xml"), sorted.
    public func files(type: String) -> [String] {
        var out = Set<String>()
        for pkg in packages {
            for (typeID, chunks) in pkg.chunks where pkg.typeName(typeID) == type {
                for c in chunks {
                    for i in 0..<c.entryCount {
                        guard let at = entryOffset(c, i), let e = decode(pkg, c, at: at),
                              case let .string(path)? = e.value, path.hasPrefix("res/") else { continue }
                        out.insert(path)
                    }
                }
            }
        }
        return out.sorted()
    }

    /// Every string resource in every locale: ("app_name", "zh-CN", "应用").
    public func allStrings() -> [(name: String, locale: String?, value: String)] {
        var out: [(name: String, locale: String?, value: String)] = []
        for pkg in packages {
            let keys = pkg.keys.all()
            for (typeID, chunks) in pkg.chunks where pkg.typeName(typeID) == "string" {
                for c in chunks {
                    for i in 0..<c.entryCount {
                        guard let at = entryOffset(c, i), let e = decode(pkg, c, at: at, keys: keys),
                              case let .string(s)? = e.value else { continue }
                        out.append((e.key, c.config.locale, s))
                    }
                }
            }
        }
        return out
    }

    /// The resource ID of "type/name" in the first package that has it.
    public func id(of typeAndName: String) -> UInt32? {
        let parts = typeAndName.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        for pkg in packages {
            for (typeID, chunks) in pkg.chunks where pkg.typeName(typeID) == parts[0] {
                for c in chunks {
                    for i in 0..<c.entryCount {
                        if let k = keyIndex(c, i), pkg.keys.string(Int(k)) == parts[1] {
                            return UInt32(pkg.id) << 24 | UInt32(typeID) << 16 | UInt32(i)
                        }
                    }
                }
            }
        }
        return nil
    }

    // MARK: - internals

    private func locate(_ id: UInt32) -> (Package, [TypeChunk], Int)? {
        let p = UInt8(id >> 24), t = UInt8((id >> 16) & 0xff)
        guard let pkg = packages.first(where: { $0.id == p }), let chunks = pkg.chunks[t] else { return nil }
        return (pkg, chunks, Int(id & 0xffff))
    }

    /// Absolute offset of entry `index` in chunk `c`, or nil when the chunk has no such entry.
    func entryOffset(_ c: TypeChunk, _ index: Int) -> Int? {
        let r = ByteReader(bytes)
        var rel: Int
        if c.sparse {
            // Sorted (index u16, offset/4 u16) pairs.
            var lo = 0, hi = c.entryCount - 1
            rel = -1
            while lo <= hi {
                let mid = (lo + hi) / 2
                guard let idx = try? r.peekU16(at: c.offsetsAt + mid * 4) else { return nil }
                if Int(idx) == index {
                    guard let o = try? r.peekU16(at: c.offsetsAt + mid * 4 + 2) else { return nil }
                    rel = Int(o) * 4
                    break
                }
                if Int(idx) < index { lo = mid + 1 } else { hi = mid - 1 }
            }
            if rel < 0 { return nil }
        } else if c.offset16 {
            guard index < c.entryCount, let o = try? r.peekU16(at: c.offsetsAt + index * 2), o != 0xFFFF else { return nil }
            rel = Int(o) * 4
        } else {
            guard index < c.entryCount, let o = try? r.peekU32(at: c.offsetsAt + index * 4), o != 0xFFFF_FFFF else { return nil }
            rel = Int(o)
        }
        let at = c.entriesAt + rel
        return at + 8 <= c.end ? at : nil
    }

    private func keyIndex(_ c: TypeChunk, _ index: Int) -> UInt32? {
        guard let at = entryOffset(c, index) else { return nil }
        let r = ByteReader(bytes)
        guard let flags = try? r.peekU16(at: at + 2) else { return nil }
        if flags & ResourceTable.flagCompact != 0 { return (try? r.peekU16(at: at)).map(UInt32.init) }
        return try? r.peekU32(at: at + 4)
    }

    /// `keys`, when given, are the package's key strings decoded once by a caller walking many entries.
    func decode(_ pkg: Package, _ c: TypeChunk, at: Int, keys: [String]? = nil) -> Entry? {
        func key(_ i: Int) -> String {
            if let k = keys { return i >= 0 && i < k.count ? k[i] : "" }
            return pkg.keys.string(i) ?? ""
        }
        let r = ByteReader(bytes)
        guard let size = try? r.peekU16(at: at), let flags = try? r.peekU16(at: at + 2) else { return nil }
        let str: (UInt32) -> String? = { self.strings.string($0) }
        if flags & ResourceTable.flagCompact != 0 {
            guard let data = try? r.peekU32(at: at + 4) else { return nil }
            return Entry(key: key(Int(size)), value: ResValue.decode(type: UInt8(flags >> 8), data: data, string: str), bag: [], config: c.config)
        }
        guard let keyIdx = try? r.peekU32(at: at + 4) else { return nil }
        let key = keyIdx == 0xFFFF_FFFF ? "" : key(Int(keyIdx))
        if flags & ResourceTable.flagComplex != 0 {
            guard let count = try? r.peekU32(at: at + 12) else { return nil }
            let mapsAt = at + Int(size)
            let room = max(0, (c.end - mapsAt) / 12)
            var bag: [(name: UInt32, value: ResValue)] = []
            for i in 0..<min(Int(count), room) {
                let m = mapsAt + i * 12
                guard let name = try? r.peekU32(at: m), let type = try? r.peekU8(at: m + 7),
                      let data = try? r.peekU32(at: m + 8) else { break }
                bag.append((name, ResValue.decode(type: type, data: data, string: str)))
            }
            return Entry(key: key, value: nil, bag: bag, config: c.config)
        }
        let v = at + Int(size)
        guard v + 8 <= c.end, let type = try? r.peekU8(at: v + 3), let data = try? r.peekU32(at: v + 4) else { return nil }
        return Entry(key: key, value: ResValue.decode(type: type, data: data, string: str), bag: [], config: c.config)
    }

    /// "zh-CN", "zh-rCN", "zh_CN", "zh" -> (language, region).
    static func parseLocale(_ s: String?) -> (String, String?)? {
        guard let s = s, !s.isEmpty else { return nil }
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let lang = parts.first?.lowercased() else { return nil }
        var region: String?
        for p in parts.dropFirst() {
            let q = p.hasPrefix("r") && p.count == 3 ? String(p.dropFirst()) : p
            if q.count == 2 || (q.count == 3 && q.allSatisfy(\.isNumber)) { region = q.uppercased() }
        }
        return (lang, region)
    }

    /// Higher is better. Locale first (exact, language only, other region, default), then the
    /// plainest config. Configs in another language score below every fallback.
    static func score(_ c: ResourceConfig, want: (String, String?)?) -> Int {
        var s: Int
        if let (lang, region) = want {
            if c.language == lang {
                if c.region == region { s = 40 } else if c.region == nil { s = 30 } else { s = 20 }
            } else if c.language == nil {
                s = 10
            } else {
                s = 0
            }
        } else {
            s = c.language == nil ? 40 : 0
        }
        return s * 2 + (c.hasOtherQualifiers ? 0 : 1)
    }
}

extension ResourceTable {
    /// Every entry of every type in every configuration, in table order (for audits and tools).
    public func allEntries() -> [(id: UInt32, entry: Entry)] {
        var out: [(id: UInt32, entry: Entry)] = []
        for pkg in packages {
            let keys = pkg.keys.all()
            for typeID in pkg.chunks.keys.sorted() {
                for c in pkg.chunks[typeID] ?? [] {
                    for i in 0..<c.entryCount {
                        guard let at = entryOffset(c, i), let e = decode(pkg, c, at: at, keys: keys) else { continue }
                        out.append((UInt32(pkg.id) << 24 | UInt32(typeID) << 16 | UInt32(i), e))
                    }
                }
            }
        }
        return out
    }
}
