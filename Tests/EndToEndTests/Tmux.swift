import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program and collects its output with posix_spawn (Foundation's Process hangs on
/// `tmux new-session`, whose server inherits Process's pipes), with a clean signal mask so
/// tmux's own signals work.
enum Spawn {
    struct Output { let status: Int32; let stdout: String }

    /// Held from creating a pipe until the child is spawned, so no other test's child can
    /// inherit the pipe before it is marked close-on-exec.
    private static let spawnLock = NSLock()

    @discardableResult
    static func run(_ argv: [String], environment: [String: String]) -> Output {
        // Both ends close-on-exec: a tmux server spawned for another test must not inherit this
        // pipe, or its reader never sees end-of-file.
        spawnLock.lock()
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { spawnLock.unlock(); return Output(status: -1, stdout: "") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cargs = argv.map { strdup($0) } + [nil]
        let cenv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for a in cargs { free(a) }
            for e in cenv { free(e) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attr)
        }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attr, cargs, cenv)
        close(fds[1])
        spawnLock.unlock()
        guard rc == 0 else { close(fds[0]); return Output(status: -1, stdout: "") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        close(fds[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Output(status: (status >> 8) & 0xFF, stdout: String(decoding: data, as: UTF8.self))
    }
}

/// One private tmux server running the real `pier` binary, driven like a person would.
final class TmuxSession {
    let socket: String
    let folder: URL
    let dbPath: String
    private let environment: [String: String]

    static let pier: String? = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("pier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// Starts `pier` with `arguments`; `subcommand` replaces the console (e.g. `demo SCRIPT`), and
    /// `prepare` gets the database path before the program starts; `database` shares another
    /// session's store instead of a fresh one.
    init(
        width: Int = 120, height: Int = 40, arguments: [String] = [], subcommand: [String] = [], database: String? = nil,
        prepare: ((String) throws -> Void)? = nil
    ) throws {
        socket = "pier-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        dbPath = database ?? folder.appendingPathComponent("pier.sqlite").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let conf = folder.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\nset -g default-terminal tmux-256color\nset -g set-clipboard on\n".write(
            to: conf, atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "enable=no"
        environment = env
        try prepare?(dbPath)
        guard let pier = TmuxSession.pier else { throw CocoaError(.fileNoSuchFile) }
        let command = ([pier] + subcommand + ["--db", dbPath] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let r = tmux([
            "-f", conf.path, "new-session", "-d", "-c", folder.path, "-x", String(width), "-y", String(height), "-s", "t",
            "trap : INT; env LANG=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=enable=no \(command); echo \"[pier exited $?]\"; sleep 600",
        ])
        guard r.status == 0 else { throw CocoaError(.executableLoad) }
    }

    @discardableResult
    func tmux(_ args: [String]) -> Spawn.Output {
        Spawn.run(["tmux", "-L", socket] + args, environment: environment)
    }

    func keys(_ keys: String...) { tmux(["send-keys", "-t", "t"] + keys) }
    func type(_ text: String) { tmux(["send-keys", "-t", "t", "-l", text]) }

    var screen: String { tmux(["capture-pane", "-p", "-t", "t"]).stdout }

    /// The screen's line holding `text`, with its colours and attributes as escape sequences
    /// (what a selection changes when no character does).
    func styledLine(containing text: String) -> String? {
        tmux(["capture-pane", "-p", "-e", "-t", "t"]).stdout.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    /// Waits until the screen contains `text` (or the deadline passes); returns the screen.
    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 20) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let s = screen
            if s.contains(text) { return s }
            usleep(50_000)
        }
        return nil
    }

    /// Waits until the screen contains `text` and reads the same on two captures in a row (a
    /// capture can fall between two halves of a redraw); returns the screen.
    @discardableResult
    func waitSettled(for text: String, timeout: TimeInterval = 20) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var last: String?
        while Date() < deadline {
            let s = screen
            if s.contains(text), s == last { return s }
            last = s
            usleep(50_000)
        }
        return nil
    }

    /// Waits until `predicate` holds for the screen.
    @discardableResult
    func wait(timeout: TimeInterval = 20, until predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let s = screen
            if predicate(s) { return s }
            usleep(50_000)
        }
        return nil
    }

    func resize(width: Int, height: Int) { tmux(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)]) }

    /// `alternate_on mouse_any_flag cursor_flag`: `0 0 1` is a restored terminal.
    var terminalFlags: String {
        tmux(["display-message", "-p", "-t", "t", "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func close() {
        let path = tmux(["display-message", "-p", "#{socket_path}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        tmux(["kill-server"])
        if !path.isEmpty { try? FileManager.default.removeItem(atPath: path) }
        try? FileManager.default.removeItem(at: folder)
    }
}
