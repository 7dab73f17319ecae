/// The screens a user sees before choosing any function: the launcher activities, activities
/// named like a splash / welcome / guide screen, and the Application itself.
struct LaunchScreens {
    var launchers: Set<String>
    var application: String?

    static let splashWords = ["splash", "launch", "welcome", "guide", "startup", "loading", "logo"]

    init(manifest: AndroidManifest) {
        launchers = Set(EntryPoints.launcherActivities(manifest))
        application = manifest.application.className
    }

    func isLaunchScreen(_ cls: String) -> Bool {
        let outer = DexIndex.outerClass(cls)
        if launchers.contains(outer) || outer == application { return true }
        return LaunchScreens.looksLikeSplash(outer)
    }

    /// The simple class name reads like a splash / welcome screen.
    static func looksLikeSplash(_ cls: String) -> Bool {
        let outer = DexIndex.outerClass(cls)
        let simple = (outer.split(separator: ".").last.map(String.init) ?? outer).lowercased()
        return splashWords.contains { simple.contains($0) }
    }

    /// A request in lifecycle method `lifecycle` of class `cls` runs as the app starts.
    func isLaunch(class cls: String, lifecycle: String) -> Bool {
        isLaunchScreen(cls) && LifecycleOrigin.lifecycle.contains(lifecycle)
    }
}
