/// One compiled layout (res/layout*/x.xml) as an element tree whose string, boolean and ID
/// references are resolved, so UI rules can read "我已阅读并同意" and checked="true" directly.
public struct LayoutFile: Codable, Sendable {
    public var path: String
    public var root: XMLElement

    public init(path: String, root: XMLElement) {
        self.path = path
        self.root = root
    }

    /// Attributes whose references are replaced by their (default-locale) values; `android:id`
    /// becomes "id/name".
    static let resolvedAttributes: Set<String> = ["text", "hint", "checked", "contentDescription", "title",
                                                  "textOn", "textOff", "visibility"]
}

/// A layout that could not be read, with the reason, so one bad file does not hide the others.
public struct LayoutFailure: Sendable {
    public var path: String
    public var error: Error
}

public enum Layouts {
    /// Parses every layout file the resource table names; `read` returns an entry's bytes (nil
    /// when the archive lacks it). Files that fail to parse are returned in `failures`.
    public static func load(table: ResourceTable, limits: ScanLimits = ScanLimits(),
                            read: (String) -> [UInt8]?) -> (layouts: [LayoutFile], failures: [LayoutFailure]) {
        var layouts: [LayoutFile] = []
        var failures: [LayoutFailure] = []
        for path in table.files(type: "layout") where path.hasSuffix(".xml") {
            guard let bytes = read(path) else { continue }
            do {
                let doc = try AXML.parse(bytes, limits: limits)
                guard let root = doc.root else { continue }
                layouts.append(LayoutFile(path: path, root: resolve(root, table: table)))
            } catch {
                failures.append(LayoutFailure(path: path, error: error))
            }
        }
        return (layouts, failures)
    }

    /// Replaces references in the attributes that carry user-visible text or state (no recursion:
    /// an explicit stack rebuilds the tree bottom-up).
    public static func resolve(_ root: XMLElement, table: ResourceTable) -> XMLElement {
        func fix(_ e: XMLElement) -> XMLElement {
            var e = e
            for i in e.attributes.indices {
                let a = e.attributes[i]
                guard let id = a.value.referenceID else { continue }
                if a.name == "id" {
                    if let n = table.name(of: id) { e.attributes[i].value = .string(n) }
                } else if LayoutFile.resolvedAttributes.contains(a.name), let v = table.resolve(id) {
                    e.attributes[i].value = v
                }
            }
            return e
        }
        // Post-order walk: children are fixed before their parent is rebuilt.
        var stack: [(element: XMLElement, done: [XMLElement])] = [(fix(root), [])]
        var result = root
        while var top = stack.popLast() {
            let next = top.done.count
            if next < top.element.children.count {
                let child = top.element.children[next]
                stack.append(top)
                stack.append((fix(child), []))
            } else {
                top.element.children = top.done
                if stack.isEmpty {
                    result = top.element
                } else {
                    stack[stack.count - 1].done.append(top.element)
                }
            }
        }
        return result
    }
}
