/// Whether the app installs other packages: REQUEST_INSTALL_PACKAGES together with code that
/// uses the package installer or opens an APK with the installer's MIME type.
enum InstallerUse {
    static let permission = "android.permission.REQUEST_INSTALL_PACKAGES"
    static let installerClass = "android.content.pm.PackageInstaller"
    static let apkMime = "application/vnd.android.package-archive"

    static func evidence(manifest: AndroidManifest, index: DexIndex?) -> [Evidence] {
        guard let p = manifest.usesPermissions.first(where: { $0.name == permission }) else { return [] }
        var code: [Evidence] = []
        if let index {
            for site in index.callSites(toClass: installerClass).prefix(2) { code.append(site.evidence) }
            for m in index.methods(usingString: apkMime).prefix(2) {
                let file = index.methodId(m).flatMap { index.definingClass(ofMethod: $0)?.dexFile }
                code.append(Evidence(.string, file: file, location: m.smali, detail: "\"\(apkMime)\""))
            }
        }
        return code.isEmpty ? [] : [p.evidence] + code
    }
}
