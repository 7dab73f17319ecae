import CProcess
import Foundation

/// How many CPUs this process may run on: its affinity mask (`taskset`, a container's cpuset),
/// which Foundation's `activeProcessorCount` does not look at.
public enum UsableCores {
    public static var count: Int {
        let n = Int(mingcha_usable_cpus())
        return n > 0 ? n : ProcessInfo.processInfo.activeProcessorCount
    }
}
