/// Who signed an APK: v1 signature files and the v2/v3/v3.1 signing block. Never throws; what
/// cannot be read is listed in `problems`. The bytes come from `archive` (which may be an APK
/// inside a bundle); `path` is the package as given.
public enum ApkSigning {
    public static func read(path: String, archive: ZipArchive) -> SigningInfo {
        var info = SigningInfo()

        for (s, entry) in V1Signature.signatureFiles(archive).enumerated() {
            do {
                let bytes = try archive.read(entry)
                info.certificates += try V1Signature.certificates(bytes, file: entry.name, signer: s)
                if !info.schemes.contains("v1") { info.schemes.append("v1") }
            } catch let p as SigningBlock.Problem {
                info.problems.append(p.text)
            } catch {
                info.problems.append("signing.v1-unreadable: \(entry.name): \(error)")
            }
        }

        do {
            guard let pairs = try SigningBlock.pairs(archive) else { return info }
            info.blockIds = pairs.map { "0x" + String($0.0, radix: 16) }
            for (id, name) in SigningBlock.schemes {
                guard let value = pairs.first(where: { $0.0 == id })?.1 else { continue }
                info.schemes.append(name)
                do {
                    let certs = try SigningBlock.certificates(value, scheme: name)
                    if certs.isEmpty {
                        info.problems.append("signing.no-certificates: the \(name) signature names no certificate (Android rejects it)")
                    }
                    info.certificates += certs
                } catch let p as SigningBlock.Problem {
                    info.problems.append(p.text)
                } catch {
                    info.problems.append("signing.\(name)-malformed: the \(name) signer data runs past its bounds (\(error))")
                }
            }
        } catch let p as SigningBlock.Problem {
            info.problems.append(p.text)
        } catch {
            info.problems.append("signing.block-malformed: \(error)")
        }
        return info
    }
}
