import Foundation
import PierTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Faults as a team meets them, through the real binary: a reviewer's process killed in the
/// middle of a decision, and the PostgreSQL server killed in the middle of a burst of them.
/// Nothing acknowledged is lost, nothing is half-written, every chain still verifies.
@Suite("Store faults: kill -9 of a client or of the server", .serialized)
struct StoreFaultTests {
    static let env = ["PIER_OPERATOR": "alice", "PIER_WALL_CLOCK": "2026-01-05T09:00:00Z"]

    static func pier(_ args: [String]) throws -> PierBinary.Result { try PierBinary.run(args, environment: env) }

    /// The open flags of an onboarded Prairie.
    static func openFlags(_ db: String) throws -> [String] {
        let r = try pier(["flags", "prairie", "--state", "open", "--db", db])
        return r.stdout.split(separator: "\n").compactMap { line in
            line.hasPrefix("prairie#") ? line.dropFirst(8).split(separator: " ").first.map(String.init) : nil
        }
    }

    static func onboard(_ db: String) throws {
        let r = try pier(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// A decision of many flags is one transaction: a client killed at any moment leaves all of
    /// them decided or none, the chain verifies, and the seller's lock dies with the client.
    @Test(arguments: StoreKind.allCases)
    func aKilledClientLeavesAllOrNothing(kind: StoreKind) throws {
        guard let t = try TestStore.make(kind), let binary = PierBinary.url else { return }
        defer { t.remove() }
        try Self.onboard(t.location)
        for delay in [20_000, 120_000, 400_000] as [useconds_t] {
            let open = try Self.openFlags(t.location)
            guard open.count >= 4 else { break }
            let process = Process()
            process.executableURL = binary
            process.arguments = ["decide", "prairie"] + open + ["--as", "uphold", "--db", t.location]
            process.environment = ProcessInfo.processInfo.environment.merging(Self.env) { _, b in b }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let left = try Self.openFlags(t.location)
            #expect(left.count == open.count || left.isEmpty, "killed after \(delay) µs: \(open.count - left.count) of \(open.count) decided")
            #expect(try Self.pier(["ledger", "verify", "--db", t.location]).status == 0)
            #expect(try Self.pier(["ledger", "replay", "prairie", "--db", t.location]).status == 0)
        }
        let after = try Self.openFlags(t.location)
        if let one = after.first {
            let r = try Self.pier(["decide", "prairie", one, "--as", "clear", "--db", t.location])
            #expect(r.status == 0, "the killed client's lock is gone: \(r.stderr)")
        }
    }

    /// The server killed (kill -9) during a burst of decisions, one process per decision:
    /// every decision that was acknowledged (exit 0) is in the ledger after the server comes
    /// back, and the chain verifies.
    @Test func aKilledServerLosesNothingAcknowledged() throws {
        guard try TestStore.serverURL() != nil else { return }
        let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/postgres-server").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pier-fault-\(UUID().uuidString)").path
        func server(_ verb: String) throws -> String {
            // posix_spawn and waitpid, not Foundation's Process: its wait does not end while the
            // server the script daemonised lives on.
            let out = dir + ".out"
            defer { unlink(out) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            let words: [String] = [scripts, verb, dir]
            var argv = words.map { strdup($0) }
            argv.append(nil)
            defer { for a in argv { free(a) } }
            var pid: pid_t = 0
            #expect(posix_spawn(&pid, scripts, &actions, nil, argv, environ) == 0)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            #expect(status == 0, "postgres-server \(verb) exited \(status)")
            return try String(contentsOfFile: out, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let url = try server("start")
        defer {
            _ = try? server("stop")
            try? FileManager.default.removeItem(atPath: dir)
        }
        try Self.onboard(url)
        let open = try Self.openFlags(url)
        #expect(open.count >= 4)
        var acknowledged = [String]()
        var failed = 0
        for (n, flag) in open.enumerated() {
            if n == open.count / 2 {
                let pidLine = try String(contentsOfFile: "\(dir)/data/postmaster.pid", encoding: .utf8).split(separator: "\n").first
                let pid = try #require(pidLine.flatMap { Int32($0) })
                kill(pid, SIGKILL)
            }
            let r = try Self.pier(["decide", "prairie", flag, "--as", "clear", "--db", url])
            if r.status == 0 { acknowledged.append(flag) } else { failed += 1 }
        }
        #expect(acknowledged.count >= open.count / 2 && failed > 0, "decisions before the kill succeed, after it fail")
        let back = try server("start")
        let left = Set(try Self.openFlags(back))
        #expect(left.isDisjoint(with: acknowledged), "acknowledged decisions survive the crash")
        #expect(left.count == open.count - acknowledged.count)
        #expect(try Self.pier(["ledger", "verify", "--db", back]).status == 0)
        #expect(try Self.pier(["ledger", "replay", "prairie", "--db", back]).status == 0)
    }
}
