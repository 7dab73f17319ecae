/// Agreement tick boxes in layouts: a CheckBox / RadioButton / Switch whose own text, or the
/// text of an element beside it (same parent, and their children), names the policy or the user
/// agreement. `checkedByDefault` is `android:checked="true"` as shipped.
enum ConsentLayoutScan {
    static let toggleSuffixes = ["CheckBox", "RadioButton", "Switch", "SwitchCompat", "SwitchMaterial", "ToggleButton", "CheckedTextView"]
    static let agreementPhrases = ["隐私政策", "隐私协议", "隐私权政策", "隐私保护指引", "个人信息保护", "用户协议", "服务协议", "用户服务协议",
                                   "注册协议", "服务条款", "使用条款", "privacy policy", "terms of service", "user agreement", "terms of use"]

    static func isToggle(_ e: XMLElement) -> Bool {
        let short = e.name.split(separator: ".").last.map(String.init) ?? e.name
        return toggleSuffixes.contains { short.hasSuffix($0) }
    }

    static func mentionsAgreement(_ s: String) -> Bool {
        let t = s.lowercased()
        return agreementPhrases.contains { t.contains($0) }
    }

    static func texts(_ e: XMLElement) -> [String] {
        UIText.textAttributes.compactMap { name in
            guard let a = e.android(name), case let .string(t) = a.value else { return nil }
            return t
        }
    }

    static func checkboxes(_ layouts: [LayoutFile]) -> [AgreementCheckbox] {
        var out: [AgreementCheckbox] = []
        for layout in layouts {
            if isToggle(layout.root), let box = judge(layout.root, siblings: [], layout) { out.append(box) }
            var stack = [layout.root]
            while let parent = stack.popLast() {
                stack.append(contentsOf: parent.children)
                for (i, child) in parent.children.enumerated() where isToggle(child) {
                    // The neighbours only, and not ones that hold a tick box of their own: the
                    // text beside another box belongs to that box.
                    let near = [i - 1, i + 1].filter { parent.children.indices.contains($0) }.map { parent.children[$0] }
                        .filter { n in !isToggle(n) && !n.descendants().contains(where: isToggle) }
                    if let box = judge(child, siblings: near, layout) { out.append(box) }
                }
            }
        }
        return out
    }

    /// A tick box with agreement text on itself or a neighbour (a neighbour's own children
    /// included: the link is often a TextView inside a LinearLayout next to the box).
    static func judge(_ box: XMLElement, siblings: [XMLElement], _ layout: LayoutFile) -> AgreementCheckbox? {
        var evidence: [Evidence] = []
        let checked: Bool
        if let a = box.android("checked"), case let .bool(b) = a.value { checked = b } else { checked = false }
        var boxEvidence = UIText.layoutEvidence(layout, box, texts(box).first ?? "")
        boxEvidence.detail = "android:checked=\"\(checked)\"" + (boxEvidence.detail.map { $0.isEmpty ? "" : ", text: " + $0 } ?? "")
        evidence.append(boxEvidence)
        if texts(box).contains(where: mentionsAgreement) {
            return AgreementCheckbox(checkedByDefault: checked, evidence: evidence)
        }
        for s in siblings {
            for e in [s] + s.descendants().prefix(20) {
                if let t = texts(e).first(where: mentionsAgreement) {
                    evidence.append(UIText.layoutEvidence(layout, e, t))
                    return AgreementCheckbox(checkedByDefault: checked, evidence: evidence)
                }
            }
        }
        return nil
    }
}
