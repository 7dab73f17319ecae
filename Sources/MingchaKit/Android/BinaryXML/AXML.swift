/// Android binary XML (AndroidManifest.xml, res/layout/*.xml inside an APK), read the way the
/// platform's ResXMLTree reads it: the same chunk validation, unknown chunks skipped, trailing
/// bytes after the declared size ignored, attribute names taken from the resource-ID map.
public enum AXML {
    /// Nesting deeper than this is refused (real layouts stay far below it).
    public static let maxDepth = 512

    public static func parse(_ bytes: [UInt8], limits: ScanLimits = ScanLimits()) throws -> XMLDocument {
        do {
            return try parseChunks(bytes, limits: limits)
        } catch let e as ByteReaderError {
            // Every read is bounds-checked; report a read past the end in this module's terms.
            if case let .outOfBounds(offset, _, _) = e { throw AXMLError.truncated(what: "data", offset: offset) }
            throw AXMLError.badChunk(what: e.description, offset: 0)
        }
    }

    private static func parseChunks(_ bytes: [UInt8], limits: ScanLimits) throws -> XMLDocument {
        let r = ByteReader(bytes)
        guard bytes.count >= 8 else { throw AXMLError.truncated(what: "file header", offset: 0) }
        if looksLikeText(bytes) { throw AXMLError.notBinaryXML("the file is plain-text XML") }
        var anomalies: [String] = []
        let fileType = try r.peekU16(at: 0)
        let fileHeader = Int(try r.peekU16(at: 2))
        var dataEnd = Int(try r.peekU32(at: 4))
        if fileType != ResChunk.xml { anomalies.append(String(format: "file chunk type is 0x%04x, not 0x0003", fileType)) }
        if dataEnd > bytes.count {
            anomalies.append("file header declares \(dataEnd) bytes but the file has \(bytes.count)")
            dataEnd = bytes.count
        } else if dataEnd < bytes.count {
            anomalies.append("\(bytes.count - dataEnd) trailing byte(s) after the declared size ignored")
        }
        guard fileHeader >= 8, fileHeader <= dataEnd else {
            throw AXMLError.badChunk(what: "file header size \(fileHeader) does not fit the \(dataEnd)-byte file", offset: 0)
        }

        // Header chunks: string pool and resource map, until the first XML node.
        var pool = StringPool.empty
        var resIds: ArraySlice<UInt8> = []
        var pos = fileHeader
        var firstNode: Int?
        while pos <= dataEnd - 8 {
            let c = try ResChunk.read(r, at: pos, minHeader: 8, dataEnd: dataEnd, what: "chunk")
            if c.type == ResChunk.stringPool {
                pool = try StringPool(r, chunk: c, limits: limits)
                anomalies += pool.anomalies
            } else if c.type == ResChunk.xmlResourceMap {
                resIds = try r.slice(at: c.bodyStart, count: (c.size - c.headerSize) & ~3)
            } else if c.type >= ResChunk.xmlStartNamespace && c.type <= ResChunk.xmlLastChunk {
                firstNode = pos
                break
            } else {
                anomalies.append(String(format: "skipped chunk of type 0x%04x at %d", c.type, pos))
            }
            guard c.size > 0 else { break }
            pos = c.end
        }
        guard let start = firstNode else { throw AXMLError.noRootElement }

        let strings = pool.all()
        func str(_ i: UInt32) -> String? { i < UInt32(strings.count) ? strings[Int(i)] : nil }
        func resId(_ nameIndex: UInt32) -> UInt32? {
            let at = Int(nameIndex) * 4
            guard nameIndex != 0xFFFF_FFFF, at + 4 <= resIds.count else { return nil }
            let b = resIds.startIndex + at
            let id = UInt32(resIds[b]) | UInt32(resIds[b + 1]) << 8 | UInt32(resIds[b + 2]) << 16 | UInt32(resIds[b + 3]) << 24
            return id == 0 ? nil : id
        }

        var doc = XMLDocument(root: nil)
        var stack: [XMLElement] = []
        var badStrings = 0
        // Attributes decoded in the whole document. A real attribute takes 20 bytes of the file; an
        // attribute size under 20 makes Android read overlapping (or, at size 0, the same) bytes for
        // each index, so a 168-byte file could demand 65 535 decodes per element (found by FuzzAXML).
        var attributesLeft = bytes.count / 20 + 64
        var renamed = 0
        pos = start
        while pos < dataEnd {
            let node = try ResChunk.read(r, at: pos, minHeader: 16, dataEnd: dataEnd, what: "XML node")
            let line = Int(try r.peekU32(at: pos + 8))
            let ext = node.bodyStart
            let extSize = node.size - node.headerSize
            switch node.type {
            case ResChunk.xmlStartNamespace:
                guard extSize >= 8 else { throw AXMLError.badChunk(what: "namespace node too small", offset: pos) }
                if let prefix = str(try r.peekU32(at: ext)), let uri = str(try r.peekU32(at: ext + 4)) {
                    doc.namespaces[prefix] = uri
                }
            case ResChunk.xmlEndNamespace:
                guard extSize >= 8 else { throw AXMLError.badChunk(what: "namespace node too small", offset: pos) }
            case ResChunk.xmlStartElement:
                guard extSize >= 20 else { throw AXMLError.badChunk(what: "start-element node too small", offset: pos) }
                let nsIndex = try r.peekU32(at: ext)
                let nameIndex = try r.peekU32(at: ext + 4)
                let attrStart = Int(try r.peekU16(at: ext + 8))
                let attrSize = Int(try r.peekU16(at: ext + 10))
                let attrCount = Int(try r.peekU16(at: ext + 12))
                // ResXMLTree::validateNode: the attribute array must lie inside the node.
                guard attrStart + attrSize * attrCount <= extSize else {
                    throw AXMLError.badChunk(what: "attributes use \(attrStart + attrSize * attrCount) bytes, node has \(extSize)", offset: pos)
                }
                attributesLeft -= attrCount
                guard attributesLeft >= 0 else {
                    throw AXMLError.tooMany(what: "attributes (overlapping: attribute size \(attrSize))", count: attrCount,
                                            limit: bytes.count / 20 + 64)
                }
                var attrs: [XMLAttribute] = []
                attrs.reserveCapacity(attrCount)
                for i in 0..<attrCount {
                    let a = ext + attrStart + i * attrSize
                    try r.check(a, 20)
                    let ans = try r.peekU32(at: a)
                    let aname = try r.peekU32(at: a + 4)
                    let type = try r.peekU8(at: a + 15)
                    let data = try r.peekU32(at: a + 16)
                    if type == ResValue.typeString && str(data) == nil { badStrings += 1 }
                    let value = ResValue.decode(type: type, data: data, string: str)
                    let fileName = str(aname)
                    let id = resId(aname)
                    var name = fileName ?? ""
                    var shown: String? = nil
                    if let id = id, let framework = AndroidAttributeNames.name(of: id) {
                        if framework != name { shown = fileName ?? ""; renamed += 1 }
                        name = framework
                    }
                    let ns = str(ans)
                    attrs.append(XMLAttribute(name: name, namespace: (ns?.isEmpty ?? true) ? nil : ns,
                                              resourceId: id, value: value, fileName: shown))
                }
                guard stack.count < maxDepth else { throw AXMLError.tooDeep(depth: stack.count + 1) }
                let ns = str(nsIndex)
                stack.append(XMLElement(name: str(nameIndex) ?? "", namespace: (ns?.isEmpty ?? true) ? nil : ns,
                                        attributes: attrs, line: line))
            case ResChunk.xmlEndElement:
                guard extSize >= 8 else { throw AXMLError.badChunk(what: "end-element node too small", offset: pos) }
                close(&stack, into: &doc)
            case ResChunk.xmlCData:
                guard extSize >= 12 else { throw AXMLError.badChunk(what: "CDATA node too small", offset: pos) }
                if let text = str(try r.peekU32(at: ext)), !stack.isEmpty {
                    stack[stack.count - 1].text = (stack[stack.count - 1].text ?? "") + text
                }
            default:
                break // Android skips unknown node types.
            }
            pos = node.end
        }
        while !stack.isEmpty { close(&stack, into: &doc) }
        if badStrings > 0 { anomalies.append("\(badStrings) attribute value(s) point outside the string pool") }
        if renamed > 0 { anomalies.append("\(renamed) framework attribute name(s) differ from their resource ID's name") }
        doc.anomalies = anomalies
        guard doc.root != nil else { throw AXMLError.noRootElement }
        return doc
    }

    /// Pops the innermost open element into its parent, or makes it the root. Extra top-level
    /// elements after the first are ignored, as Android's parsers stop at the first.
    private static func close(_ stack: inout [XMLElement], into doc: inout XMLDocument) {
        guard let e = stack.popLast() else { return }
        if stack.isEmpty {
            if doc.root == nil { doc.root = e }
        } else {
            stack[stack.count - 1].children.append(e)
        }
    }

    private static func looksLikeText(_ b: [UInt8]) -> Bool {
        var i = 0
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        while i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
        return i < b.count && b[i] == UInt8(ascii: "<")
    }
}
