import Foundation

/// What the signing certificates add to an app's facts: the developer when no list names one,
/// and limitations when the signatures cannot be read.
enum SigningFacts {
    /// The first signing certificate's subject organisation (O), else its common name (CN),
    /// skipping the placeholders build tools write ("Android Debug", "Unknown").
    static func developer(_ info: SigningInfo) -> String? {
        for cert in info.signerCertificates {
            let parts = DistinguishedName.parse(cert.subject)
            for key in ["O", "CN"] {
                if let v = parts.first(where: { $0.key.uppercased() == key })?.value, isMeaningful(v) { return v }
            }
        }
        return nil
    }

    static func isMeaningful(_ v: String) -> Bool {
        let t = v.trimmingCharacters(in: .whitespaces)
        let placeholders: Set<String> = ["", "unknown", "android", "android debug", "debug", "test", "none", "null", "company", "organization"]
        return !placeholders.contains(t.lowercased())
    }

    /// Limitations a tester should know: unsigned, or signatures that could not be read.
    static func limitations(_ info: SigningInfo) -> [String] {
        var out: [String] = []
        if info.certificates.isEmpty {
            out.append("未找到签名证书，开发者身份无法从签名确认 / no signing certificate found: the developer cannot be confirmed from the signature")
        }
        for p in info.problems.prefix(5) {
            out.append("签名信息读取不完整 / signing information partly unreadable: \(p)")
        }
        return out
    }
}

/// RFC 2253 one-line names (`CN=x,O=Acme\, Inc.,C=CN`) split into key/value pairs, with the
/// escapes undone. Multi-valued RDNs (`+`) are treated as separate pairs.
enum DistinguishedName {
    static func parse(_ s: String) -> [(key: String, value: String)] {
        var out: [(String, String)] = []
        var current = ""
        var escaped = false
        var inQuotes = false
        func flush() {
            if let eq = current.firstIndex(of: "=") {
                let k = current[..<eq].trimmingCharacters(in: .whitespaces)
                let v = current[current.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                if !k.isEmpty { out.append((k, v)) }
            }
            current = ""
        }
        for ch in s {
            if escaped { current.append(ch); escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case ",", ";", "+":
                if inQuotes { current.append(ch) } else { flush() }
            default: current.append(ch)
            }
        }
        flush()
        return out
    }
}
