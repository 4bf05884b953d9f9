import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs another program to completion and reports its wall time and what it printed.
enum Spawn {
    struct Outcome {
        let status: Int32
        let seconds: Double
        let stdout: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `argv` (argv[0] a path or a name on PATH) with stdout captured to a file and stderr
    /// passed through.
    static func run(_ argv: [String], stdin: String? = nil) throws(Failure) -> Outcome {
        let out = NSTemporaryDirectory() + "pier-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var cargs = argv.map { strdup($0) }
        cargs.append(nil)
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let start = Date()
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cargs, environ)
        guard rc == 0 else { throw Failure(description: "cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(start)
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exit, seconds: seconds, stdout: text)
    }
}
