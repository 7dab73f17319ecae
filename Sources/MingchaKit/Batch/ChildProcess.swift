import CProcess
import Dispatch
import Glibc

/// One child process of a batch, started by `mingcha_spawn` (our C over posix_spawn) and reaped
/// on another thread, so that the caller can stop waiting at a time limit and kill it.
final class ChildProcess: @unchecked Sendable {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)

        /// A wait status decoded as the WIFEXITED / WTERMSIG macros do (Swift does not import them).
        init(waitStatus status: Int32) {
            let low = status & 0x7f
            self = low == 0 ? .exited((status >> 8) & 0xff) : .signalled(low)
        }
    }

    let pid: pid_t
    private let reaped = DispatchSemaphore(value: 0)
    private var status: Int32 = 0

    /// Starts `path` with `arguments` (argv[1...]); standard input, output and error are the given
    /// descriptors (/dev/null for -1). Throws the reason, in the system's words, when the child
    /// could not be started.
    init(path: String, arguments: [String], stdin: Int32 = -1, stdout: Int32 = -1, stderr: Int32) throws {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = mingcha_spawn(path, argv, stdin, stdout, stderr)
        guard started > 0 else { throw SpawnError(reason: String(cString: strerror(-started))) }
        pid = started
        DispatchQueue.global().async { [self] in
            var st: Int32 = 0
            while waitpid(pid, &st, 0) == -1, errno == EINTR {}
            status = st
            reaped.signal()
        }
    }

    /// How the child ended, or nil when it still runs after `seconds`. Either this returns an
    /// ending or the caller kills the child and calls `waitAfterKill`.
    func wait(seconds: Double) -> Ending? {
        reaped.wait(timeout: .now() + seconds) == .success ? ending : nil
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    func waitAfterKill() -> Ending {
        reaped.wait()
        return ending
    }

    private var ending: Ending { Ending(waitStatus: status) }

    struct SpawnError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
