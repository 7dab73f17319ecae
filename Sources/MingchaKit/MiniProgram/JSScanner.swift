/// Finds calls of catalogue APIs in mini-program JS: `wx.getLocation(`, `wx["getLocation"](`, and
/// the same through an alias of `wx` (`var e = wx; ... e.getLocation(`) or another short receiver
/// (minified wrappers). Each call knows its module, the method it sits in and the lifecycle
/// (`onLaunch`, `onLoad`, `onShow`...) that contains it.
public struct JSCall: Hashable, Sendable {
    public enum Receiver: String, Codable, Sendable {
        /// `wx.`, `tt.`, `uni.`, ... as written.
        case direct
        /// An identifier assigned `wx` in the same package.
        case alias
        /// Another short receiver (minified code); the method name is what identifies the API.
        case other
    }
    public var api: String
    public var receiverName: String
    public var receiver: Receiver
    public var package: String
    public var file: String
    public var module: String
    /// Innermost enclosing method, and the outermost lifecycle method containing the call.
    public var method: String?
    public var lifecycle: String?
    /// A consent API (getPrivacySetting, requirePrivacyAuthorize...) is called earlier in the same lifecycle body.
    public var consentBefore: Bool
    public var offset: Int
    public var excerpt: String
    /// For `wx.authorize`: the scope string in the call's arguments.
    public var scope: String?

    public var written: String { receiverName + "." + api }
}

enum JSScanner {
    static let lifecycles: Set<String> = ["onLaunch", "onShow", "onLoad", "onReady", "onHide", "onUnload", "attached", "ready"]

    /// Calls of `names` in one JS file. `aliases` are identifiers known to hold `wx`.
    static func scan(_ t: [UInt8], file: String, package: String, names: Set<String>, receivers: Set<String>,
                     aliases: Set<String>, consentNames: Set<String>) -> [JSCall] {
        var out: [JSCall] = []
        for m in JSText.modules(t, file: file) {
            let methods = JSText.methods(t, in: m.range)
            var raw: [(String, String, Int, Int)] = [] // api, receiver, offset of receiver, end of name
            var i = m.range.lowerBound
            let end = m.range.upperBound
            while i < end {
                let b = t[i]
                if b == 46, i + 1 < end { // "."
                    if let (name, after) = JSText.identAt(t, i + 1, end), names.contains(name) || consentNames.contains(name) {
                        let j = JSText.skipSpace(t, after, end)
                        if j < end, t[j] == 40, let recv = JSText.identBefore(t, i, lowerBound: m.range.lowerBound) {
                            raw.append((name, recv, i - recv.utf8.count, after))
                        }
                        i = after
                        continue
                    }
                } else if b == 91, i + 2 < end, t[i + 1] == 34 || t[i + 1] == 39 { // ["name"](
                    let close = JSText.skipString(t, i + 1, min(end, i + 80))
                    if close < end, close - 1 > i + 2, t[close] == 93 {
                        let name = String(decoding: t[(i + 2)..<(close - 1)], as: UTF8.self)
                        let j = JSText.skipSpace(t, close + 1, end)
                        if (names.contains(name) || consentNames.contains(name)), j < end, t[j] == 40,
                           let recv = JSText.identBefore(t, i, lowerBound: m.range.lowerBound) {
                            raw.append((name, recv, i - recv.utf8.count, close + 1))
                        }
                        i = close
                        continue
                    }
                }
                i += 1
            }
            // Consent calls per lifecycle body, to know whether a privacy call comes after one.
            let consentOffsets = raw.filter { consentNames.contains($0.0) && isWxLike($0.1, receivers, aliases) }.map(\.2)
            for (api, recv, off, nameEnd) in raw {
                let kind: JSCall.Receiver = receivers.contains(recv) ? .direct : (aliases.contains(recv) ? .alias : .other)
                // Long non-wx receivers are objects of the app's own (map.getLocation(...)); keep
                // only the short names minifiers produce.
                if kind == .other && (recv.count > 2 || recv == "this") { continue }
                let containing = methods.filter { $0.body.contains(off) }
                let inner = containing.max { $0.body.lowerBound < $1.body.lowerBound }
                let life = containing.filter { lifecycles.contains($0.name) }.min { $0.body.lowerBound < $1.body.lowerBound }
                let consentBefore = life.map { l in consentOffsets.contains { l.body.contains($0) && $0 < off } } ?? false
                var call = JSCall(api: api, receiverName: recv, receiver: kind, package: package, file: file, module: m.name,
                                  method: inner?.name, lifecycle: life?.name, consentBefore: consentBefore, offset: off,
                                  excerpt: JSText.excerpt(t, off..<nameEnd), scope: nil)
                if api == "authorize" { call.scope = scopeArgument(t, from: nameEnd, end: min(end, nameEnd + 300)) }
                out.append(call)
            }
        }
        return out
    }

    static func isWxLike(_ r: String, _ receivers: Set<String>, _ aliases: Set<String>) -> Bool {
        receivers.contains(r) || aliases.contains(r) || r.count <= 2
    }

    /// Identifiers assigned a receiver object: `var e = wx`, `t=wx,`, `const api = wx;`.
    static func aliases(_ t: [UInt8], receivers: Set<String>) -> Set<String> {
        var out = Set<String>()
        var i = 0
        while i < t.count {
            guard t[i] == 61 else { i += 1; continue } // "="
            let prevIsOp = i > 0 && [61, 33, 60, 62, 43, 45, 42, 47, 38, 124].contains(t[i - 1])
            if prevIsOp || (i + 1 < t.count && (t[i + 1] == 61 || t[i + 1] == 62)) { i += 1; continue }
            let j = JSText.skipSpace(t, i + 1, t.count)
            if let (value, after) = JSText.identAt(t, j, t.count), receivers.contains(value),
               after >= t.count || !(t[after] == 46 || t[after] == 91 || t[after] == 40 || JSText.isIdent(t[after])) {
                var k = i
                while k > 0, JSText.isSpace(t[k - 1]) { k -= 1 }
                if let name = JSText.identBefore(t, k, lowerBound: 0), !receivers.contains(name) { out.insert(name) }
            }
            i += 1
        }
        return out
    }

    /// `scope: "scope.userLocation"` in the first argument of an authorize call.
    static func scopeArgument(_ t: [UInt8], from: Int, end: Int) -> String? {
        let pat = Array("scope.".utf8)
        guard from < end, let k = JSText.find(Array(t[from..<end]), pat, from: 0) else { return nil }
        var j = from + k
        let s = j
        while j < end, JSText.isIdent(t[j]) || t[j] == 46 { j += 1 }
        return String(decoding: t[s..<j], as: UTF8.self)
    }
}
