#if os(Linux)
/// glibc's `mallopt` (from <malloc.h>, which Swift's Glibc module does not import).
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

enum MallocTuning {
    /// One malloc arena for the whole process. A scan's start-up thread (knowledge base, file
    /// hash) would otherwise get an arena of its own whose freed memory the main thread cannot
    /// reuse: about 1 MB more at the peak of a large app.
    static func oneArena() {
        let arenaMax: Int32 = -8   // M_ARENA_MAX
        _ = mallopt(arenaMax, 1)
    }
}
#else
enum MallocTuning {
    static func oneArena() {}
}
#endif
