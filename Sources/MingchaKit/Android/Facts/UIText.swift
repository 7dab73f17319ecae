/// The app's user-visible text: string resources in every locale and the text attributes of
/// every layout element, each with the evidence that locates it.
struct UIText {
    struct Item {
        enum Source {
            case resource(name: String, locale: String?)
            case layout(Evidence)
        }
        var text: String
        var source: Source
        /// Lowercased UTF-8, for `Phrases`.
        var key: [UInt8]

        init(text: String, source: Source) { self.text = text; self.source = source; key = Phrases.key(text) }

        var isResource: Bool { if case .resource = source { return true } else { return false } }

        /// Built only for the few items that match: most of an app's strings never become evidence.
        var evidence: Evidence {
            switch source {
            case let .resource(name, locale):
                return Evidence(.resource, file: "resources.arsc", location: "@string/" + name + (locale.map { " [\($0)]" } ?? ""),
                                detail: UIText.clip(text))
            case let .layout(e):
                return e
            }
        }
    }
    var items: [Item] = []

    /// Layout attributes that carry text a user reads.
    static let textAttributes = ["text", "hint", "contentDescription", "title", "textOn", "textOff"]
    /// Longest text kept in evidence, in characters.
    static let evidenceChars = 160

    static func collect(resources: ResourceTable?, layouts: [LayoutFile]) -> UIText {
        var out = UIText()
        for s in resources?.allStrings() ?? [] where !s.value.isEmpty {
            out.items.append(Item(text: s.value, source: .resource(name: s.name, locale: s.locale)))
        }
        for layout in layouts {
            var stack = [layout.root]
            while let e = stack.popLast() {
                stack.append(contentsOf: e.children)
                for name in textAttributes {
                    guard let a = e.android(name), case let .string(t) = a.value, !t.isEmpty else { continue }
                    out.items.append(Item(text: t, source: .layout(layoutEvidence(layout, e, t))))
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
