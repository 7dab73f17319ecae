import MingchaKit

// Binary XML: parse, then walk the tree and every attribute value as the manifest reader would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let doc = try? AXML.parse(bytes) else { return 0 }
    if let root = doc.root {
        for e in [root] + root.descendants() {
            for a in e.attributes { _ = String(describing: a.value) }
        }
    }
    _ = try? AndroidManifest(document: doc, resources: nil)
    return 0
}
