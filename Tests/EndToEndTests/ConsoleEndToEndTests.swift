import Foundation
import PierConsole
import Testing

/// The real binary in a real terminal (tmux): what partner-ops, presenters and support see.
@Suite("Console end to end (tmux)", .serialized)
struct ConsoleEndToEndTests {
    /// Onboards prairie with the CLI into the session's database before the console starts.
    static func onboardPrairie(_ db: String) throws {
        guard let pier = TmuxSession.pier else { throw CocoaError(.fileNoSuchFile) }
        let r = Spawn.run([pier, "onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", db], environment: ProcessInfo.processInfo.environment)
        #expect(r.status == 0)
    }

    @Test func onboardPrairieFromTheConsoleAndQuitRestoresTheTerminal() throws {
        let t = try TmuxSession()
        defer { t.close() }
        #expect(t.wait(for: "Prairie Threads") != nil)
        t.keys("Down", "Down", "Enter")
        #expect(t.wait(for: "projected sync") != nil, "configure shows the reservation")
        t.keys("Left", "Down", "Down", "Space")
        #expect(t.wait(for: "asks for exactly these scopes") != nil, "installing asks for consent")
        t.keys("y")
        #expect(
            t.wait { $0.contains("[x] Klaviyo") && $0.contains("fits") && !$0.contains("working out") } != nil,
            "the reservation is worked out again for the chosen apps before the sync can start")
        t.keys("s")
        #expect(t.wait(for: "Start onboarding") != nil)
        t.keys("y")
        #expect(t.wait(for: "Prairie Threads onboarded") != nil)
        t.keys("+", "+")
        // tmux can be read between two halves of a redraw: wait for the finished frame, not its first line.
        let done = t.wait { $0.contains(" done") && $0.contains("Moderation queue: 5 on") }
        #expect(done != nil, "playback reaches the end at max speed with the whole queue drawn: \(t.screen)")
        #expect((done ?? "").contains("flagged 1.3%"), "\(done ?? t.screen)")
        t.keys("q")
        #expect(t.wait(for: "[pier exited 0]", timeout: 10) != nil, "the console exits on q, status 0")
        #expect(t.terminalFlags == "0 0 1", "alternate screen off, mouse off, cursor visible")
    }

    @Test func copyPutsTheRowOnTheTerminalsClipboard() throws {
        let t = try TmuxSession()
        defer { t.close() }
        #expect(t.wait(for: "Prairie Threads") != nil)
        t.keys("y")
        #expect(t.wait(for: "copied seller id lumina") != nil)
        let buffer = t.wait(timeout: 5) { _ in t.tmux(["show-buffer"]).stdout == "lumina" }
        #expect(buffer != nil, "OSC 52 reached the terminal: tmux's buffer is \(t.tmux(["show-buffer"]).stdout)")
    }

    @Test func twoConsolesOnOneStoreSeeEachOthersDecisions() throws {
        let a = try TmuxSession(arguments: ["--operator", "alice"], prepare: Self.onboardPrairie)
        defer { a.close() }
        let b = try TmuxSession(arguments: ["--operator", "bob"], database: a.dbPath)
        defer { b.close() }
        for t in [a, b] {
            #expect(t.wait(for: "onboarded") != nil)
            t.keys("1", "End", "Enter")
            #expect(t.wait(for: "Flag #1") != nil)
        }
        a.keys("c")
        #expect(a.wait(for: "Confirm decision") != nil)
        a.keys("y")
        #expect(a.wait(for: "clear: 1 flag(s) recorded") != nil)
        let seen = b.wait(timeout: 10) { $0.contains("Flag #3") && !$0.contains("Flag #1") }
        #expect(seen != nil, "the other console follows without a key (a second or two; 10 s allowed under a loaded test run): \(b.screen)")
        b.keys("u")
        #expect(b.wait(for: "Confirm decision") != nil)
        b.keys("y")
        #expect(b.wait(for: "uphold: 1 flag(s) recorded") != nil)
        #expect(a.wait(timeout: 10) { $0.contains("Flag #5") } != nil, "and back: \(a.screen)")
        for t in [a, b] { #expect(!t.screen.contains("locked"), "neither console ever shows a locked database") }
        b.keys("5")
        #expect(b.wait { $0.contains("ops:alice") && $0.contains("ops:bob") } != nil, "the ledger names who decided what: \(b.screen)")
    }

    @Test func upheldAppealedGrantedAndVisibleInTheLedger() throws {
        let t = try TmuxSession(prepare: Self.onboardPrairie)
        defer { t.close() }
        #expect(t.wait(for: "onboarded") != nil)
        t.keys("1", "End", "Enter")
        #expect(t.wait(for: "Flag #1") != nil, "an onboarded seller opens on Review")
        t.keys("Down")
        #expect(t.wait(for: "Flag #3") != nil, "advisory notes (#2) are not in the queue")
        t.keys("u")
        #expect(t.wait(for: "Confirm decision") != nil)
        t.keys("y")
        #expect(t.wait(for: "uphold: 1 flag(s) recorded") != nil)
        t.keys("s", "s")
        #expect(t.wait(for: "state: upheld") != nil, "open → edit requested → upheld")
        t.keys("a")
        #expect(t.wait(for: "Seller's statement") != nil)
        t.type("Bamboo viscose is lab tested")
        t.keys("Enter")
        #expect(t.wait(for: "Evidence") != nil)
        t.type("report-114.pdf")
        t.keys("Enter")
        #expect(t.wait(for: "File appeal") != nil)
        t.keys("y")
        #expect(t.wait(for: "appeal filed on flag #3") != nil)
        t.keys("s")
        #expect(t.wait(for: "state: appealed") != nil)
        t.keys("g")
        #expect(t.wait(for: "Grant appeal") != nil)
        t.keys("y")
        #expect(t.wait(for: "granted: listing live") != nil)
        t.keys("5")
        #expect(t.wait(for: "events · newest first") != nil)
        t.keys("/")
        t.type("appeal")
        t.keys("Enter")
        let ledger = t.wait(for: "appeal.decided")
        #expect(ledger?.contains("appeal.filed") == true)
        #expect(ledger?.contains("ops:") == true)
    }

    @Test func supportRoleIsBlockedFromDecidingWithTheReasonShown() throws {
        let t = try TmuxSession(arguments: ["--role", "support"], prepare: Self.onboardPrairie)
        defer { t.close() }
        #expect(t.wait(for: "support") != nil)
        t.keys("1", "End", "Enter")
        #expect(t.wait(for: "Flag #1") != nil)
        t.keys("c")
        let s = t.wait(for: "support role is read-only")
        #expect(s != nil)
        #expect(s?.contains("Confirm decision") == false, "no dialog opens")
    }

    @Test func resizeDuringASyncAndTooSmall() throws {
        let t = try TmuxSession()
        defer { t.close() }
        #expect(t.wait(for: "Prairie Threads") != nil)
        t.keys("Down", "Down", "Enter")
        #expect(t.wait(for: "projected sync") != nil)
        t.keys("Left", "s")
        #expect(t.wait(for: "Start onboarding") != nil)
        t.keys("y")
        #expect(t.wait(for: "Prairie Threads onboarded") != nil)
        t.keys("-", "-")
        t.resize(width: 80, height: 24)
        #expect(t.wait(for: "virtual") != nil)
        t.resize(width: 40, height: 10)
        #expect(t.wait(for: "Terminal too small") != nil)
        t.resize(width: 132, height: 43)
        #expect(t.wait(for: "Moderation queue") != nil)
        #expect(!t.screen.contains("[pier exited"), "still running")
    }

    @Test func hostileCatalogueTextRendersSafely() throws {
        let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}Serum \u{202E}evil\u{202C} ✨🧴 漢字 עברית العربية " + String(repeating: "é́", count: 2000)
        let t = try TmuxSession(prepare: { db in
            try Self.onboardPrairie(db)
            let sql =
                "UPDATE listings SET title = '\(hostile.replacingOccurrences(of: "'", with: "''"))', description = '\(hostile.replacingOccurrences(of: "'", with: "''")) DM us on Instagram' WHERE sku = (SELECT sku FROM flags WHERE id = 1 AND seller_id = 'prairie')"
            let r = Spawn.run(["sqlite3", db, sql], environment: ProcessInfo.processInfo.environment)
            #expect(r.status == 0)
        })
        defer { t.close() }
        #expect(t.wait(for: "onboarded") != nil)
        t.keys("1", "End", "Enter")
        guard let screen = t.waitSettled(for: "Flag #1") else { Issue.record("review did not open"); return }
        #expect(!screen.contains("\u{1B}"))
        #expect(screen.contains("Pier") && screen.contains("1 Sellers"), "the screen was not cleared by an escape sequence")
        // Every row of the flag's box still ends with its border in the same column.
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let boxRows = rows.filter { $0.contains("│") }
        let edges = Set(
            boxRows.map { TextWidth.width(of: $0.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String($0[..<($0.lastIndex(of: "│") ?? $0.endIndex)])) })
        #expect(boxRows.count > 5)
        #expect(edges.count == 1, "right border columns: \(edges)")
        #expect(!t.screen.contains("[pier exited"))
    }
}

@Suite("Console signals and mouse (tmux)", .serialized)
struct ConsoleSignalMouseTests {
    @Test func sigtermCrashAndCtrlCRestoreTheTerminal() throws {
        for (how, status) in [("SIGTERM", 143), ("SIGSEGV", 139), ("C-c", 130)] {
            let t = try TmuxSession(arguments: ["--mouse"])
            defer { t.close() }
            #expect(t.wait(for: "Prairie Threads") != nil)
            #expect(t.terminalFlags.hasPrefix("1 1"), "alternate screen and mouse on while running")
            if how.hasPrefix("SIG") {
                let shell = t.tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                Spawn.run(["pkill", "-" + how.dropFirst(3), "-P", shell], environment: ProcessInfo.processInfo.environment)
            } else {
                t.keys("C-c")
            }
            let exited = t.wait(for: "[pier exited", timeout: 10)
            #expect(exited != nil, "\(how) ends the console")
            #expect(exited?.contains("[pier exited \(status)]") == true, "\(how): \(exited ?? "")")
            #expect(t.terminalFlags == "0 0 1", "\(how) leaves the terminal restored")
        }
    }

    @Test func mouseClickSelectsAndOpens() throws {
        let t = try TmuxSession(arguments: ["--mouse"])
        defer { t.close() }
        #expect(t.wait(for: "Prairie Threads") != nil)
        let unselected = t.styledLine(containing: "Prairie Threads")
        // X10 mouse report: ESC [ M, button 0 + 32, column + 33, row + 33 (rows: 2 header, 3 lumina, 4 pixelgrid, 5 prairie).
        t.tmux(["send-keys", "-t", "t", "-H", "1b", "5b", "4d", String(32, radix: 16), String(33 + 3, radix: 16), String(33 + 5, radix: 16)])
        t.tmux(["send-keys", "-t", "t", "-H", "1b", "5b", "4d", String(35, radix: 16), String(33 + 3, radix: 16), String(33 + 5, radix: 16)])
        #expect(t.wait(timeout: 10) { _ in t.styledLine(containing: "Prairie Threads") != unselected } != nil, "the click selects the row")
        t.keys("Enter")
        #expect(t.wait(for: "Prairie Threads · WooCommerce") != nil, "the clicked row was opened")
    }
}

@Suite("Console import (tmux)")
struct ConsoleImportTests {
    @Test func importAShopifyExportFromTheSellersPane() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/catalogs/shopify/home-and-garden.csv").path
        let t = try TmuxSession()
        defer { t.close() }
        #expect(t.wait(for: "Prairie Threads") != nil)
        t.keys("1", "i")
        #expect(t.wait(for: "Import (shopify") != nil)
        t.type("shopify \(file) Fern Co")
        t.keys("Enter")
        let dialog = t.wait(for: "Imported fern-co")
        #expect(dialog?.contains("20 products") == true)
        t.keys("y")
        #expect(t.wait(for: "fern-co") != nil, "the imported seller is in the list")
    }
}
