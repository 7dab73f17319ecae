/// The app's user-visible text: string resources in every locale and the text attributes of
/// every layout element, each with the evidence that locates it.
struct UIText {
    struct Item {
        var text: String
        var evidence: Evidence
    }
    var items: [Item] = []

    /// Layout attributes that carry text a user reads.
    static let textAttributes = ["text", "hint", "contentDescription", "title", "textOn", "textOff"]
    /// Longest text kept in evidence, in characters.
    static let evidenceChars = 160

    static func collect(resources: ResourceTable?, layouts: [LayoutFile]) -> UIText {
        var out = UIText()
        for s in resources?.allStrings() ?? [] where !s.value.isEmpty {
            let loc = s.locale.map { " [\($0)]" } ?? ""
            out.items.append(Item(text: s.value, evidence: Evidence(.resource, file: "resources.arsc", location: "@string/" + s.name + loc,
                                                                    detail: clip(s.value))))
        }
        for layout in layouts {
            var stack = [layout.root]
            while let e = stack.popLast() {
                stack.append(contentsOf: e.children)
                for name in textAttributes {
                    guard let a = e.android(name), case let .string(t) = a.value, !t.isEmpty else { continue }
                    out.items.append(Item(text: t, evidence: layoutEvidence(layout, e, t)))
                }
            }
        }
        return out
    }

    static func layoutEvidence(_ layout: LayoutFile, _ e: XMLElement, _ text: String) -> Evidence {
        var where_ = "<" + e.name
        if let id = e.android("id"), case let .string(n) = id.value { where_ += " id=\"@\(n)\"" }
        where_ += "> line \(e.line)"
        return Evidence(.layoutElement, file: layout.path, location: where_, detail: clip(text))
    }

    static func clip(_ s: String) -> String {
        s.count <= evidenceChars ? s : String(s.prefix(evidenceChars)) + "…"
    }
}
