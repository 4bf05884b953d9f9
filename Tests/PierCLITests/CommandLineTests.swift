import Foundation
import PierTestSupport
import Testing

/// The `pier` binary, run the way the issue's "done means" runs it.
@Suite("pier command line")
struct CommandLineTests {
    static func value(_ label: String, in text: String) -> Double? {
        guard let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }) else { return nil }
        let rest = line.trimmingCharacters(in: .whitespaces).dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        return Double(rest.prefix { $0.isNumber || $0 == "." })
    }

    @Test func theThreeOnboardingsAndVerify() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let lumina = try PierBinary.run(["onboard", "lumina", "--tier", "standard", "--apps", "yotpo,klaviyo,shipstation", "--db", tmp.path])
        #expect(lumina.status == 0, "\(lumina.stderr)")
        #expect(SeedBands.band("lumina", .coverage).contains(Self.value("coverage", in: lumina.stdout) ?? 0))
        #expect(SeedBands.band("lumina", .flagged).contains(Self.value("flagged", in: lumina.stdout) ?? 0))
        #expect(lumina.stdout.contains("catalogue sync") && lumina.stdout.contains("OAuth (virtual)"))

        let refused = try PierBinary.run(["onboard", "pixelgrid", "--tier", "standard", "--apps", "rithum,zendesk", "--db", tmp.path])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("multi-region needs Premium"))
        #expect(refused.stderr.split(separator: "\n").count == 1, "one line on stderr")

        let pixel = try PierBinary.run(["onboard", "pixelgrid", "--tier", "premium", "--apps", "rithum,zendesk", "--db", tmp.path])
        #expect(pixel.status == 0, "\(pixel.stderr)")
        #expect(SeedBands.band("pixelgrid", .inventoryConflicts).contains(Self.value("inventory conflicts", in: pixel.stdout) ?? 0))

        let prairie = try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path])
        #expect(prairie.status == 0, "\(prairie.stderr)")
        #expect(SeedBands.band("prairie", .flagged).contains(Self.value("flagged", in: prairie.stdout) ?? 0))

        let verify = try PierBinary.run(["ledger", "verify", "--db", tmp.path])
        #expect(verify.status == 0)
        let head = verify.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(head.hasPrefix("head ") && head.count == 5 + 64)

        let replay = try PierBinary.run(["ledger", "replay", "lumina", "--db", tmp.path])
        #expect(replay.status == 0 && replay.stdout.contains("stored state matches the ledger"))
    }

    @Test func sameCommandOperatorAndClockSameHead() throws {
        var heads = [String]()
        let runs: [(seed: String, who: [String], env: [String: String])] = [
            ("1", ["--operator", "alice", "--wall-clock", "2026-01-05T09:00:00Z"], [:]),
            ("1", [], ["PIER_OPERATOR": "alice", "PIER_WALL_CLOCK": "2026-01-05T09:00:00Z"]),
            ("2", ["--operator", "alice", "--wall-clock", "2026-01-05T09:00:00Z"], [:]),
            ("1", ["--operator", "bob", "--wall-clock", "2026-01-05T09:00:00Z"], [:]),
        ]
        for run in runs {
            let tmp = TempDatabase()
            defer { tmp.remove() }
            let r = try PierBinary.run(
                ["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--seed", run.seed, "--db", tmp.path] + run.who,
                environment: run.env)
            #expect(r.status == 0)
            let v = try PierBinary.run(["ledger", "verify", "--db", tmp.path])
            heads.append(v.stdout.split(separator: "\n").last.map(String.init) ?? "")
            let started = try PierBinary.run(["ledger", "show", "prairie", "--type", "onboarding.started", "--json", "--db", tmp.path])
            let who = run.who.count > 1 ? run.who[1] : "alice"
            #expect(
                started.stdout.contains("\"operator\":\"\(who)\"") && started.stdout.contains("\"wall_clock\":\"2026-01-05T09:00:00Z\""),
                "the onboarding start names who started it and when")
        }
        #expect(heads[0] == heads[1], "the same seller, settings, operator and clock give the same ledger, flags or environment")
        #expect(heads[0] != heads[2], "another seed, another ledger")
        #expect(heads[0] != heads[3], "another operator is on record")
    }

    @Test func theReadmesLuminaLedgerHeadIsWhatTheCommandWrites() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.contains("ledger") && $0.contains("events · head ") })
        let head = try #require(line.split(separator: " ").last.map(String.init))
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let r = try PierBinary.run(
            ["onboard", "lumina", "--tier", "standard", "--apps", "yotpo,klaviyo,shipstation", "--days", "7", "--db", tmp.path],
            environment: ["PIER_OPERATOR": "presenter", "PIER_WALL_CLOCK": "2026-01-05T09:00:00Z"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("head \(head)"), "the README's sample, byte for byte: the canonical bytes of the events did not change")
    }

    @Test func supportCannotDecideFromTheCommandLineEither() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let env = ["PIER_WALL_CLOCK": "2026-01-05T09:00:00Z"]
        func pier(_ args: [String], as name: String) throws -> (status: Int32, stdout: String, stderr: String) {
            let r = try PierBinary.run(args + ["--db", tmp.path, "--operator", name], environment: env)
            return (r.status, r.stdout, r.stderr)
        }
        #expect(try pier(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo"], as: "alice").status == 0)
        #expect(try pier(["operators", "grant", "alice", "ops"], as: "alice").status == 0)
        #expect(try pier(["operators", "grant", "bob", "support"], as: "alice").status == 0)
        let refused = try pier(["decide", "prairie", "1", "--as", "clear"], as: "bob")
        #expect(refused.status == 3 && refused.stderr.contains("bob is support on this store's roster"), "\(refused.stderr)")
        let widened = try pier(["--role", "ops"], as: "bob")
        #expect(widened.status == 3 && widened.stderr.contains("--role ops refused"), "\(widened.stderr)")
        #expect(try pier(["operators", "grant", "bob", "ops"], as: "bob").status == 3, "only ops grant")
        let decided = try pier(["decide", "prairie", "1", "--as", "clear", "--note", "checked"], as: "alice")
        #expect(decided.status == 0, "\(decided.stderr)")
        let shown = try pier(["ledger", "show", "prairie", "--type", "flag.decided", "--json"], as: "alice")
        #expect(shown.stdout.contains("\"operator\":\"alice\"") && shown.stdout.contains("\"note\":\"checked\""))
        let listed = try pier(["operators"], as: "bob")
        #expect(listed.status == 0 && listed.stdout.contains("bob") && listed.stdout.contains("support"), "support may read the roster")
    }

    @Test func aDumbTerminalGetsThePlainLogNotGarbage() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        for term in ["dumb", ""] {
            let r = try PierBinary.run(["--db", tmp.path], environment: ["TERM": term])
            #expect(r.status == 0, "TERM=\(term)")
            #expect(r.stderr.contains("cannot draw the console") && r.stderr.contains("pier --plain"), "\(r.stderr)")
            #expect(r.stdout.hasPrefix("Sellers:") && !r.stdout.contains("\u{1B}"), "a linear log, no escape sequences: \(r.stdout)")
        }
    }

    @Test func aBadOperatorOrClockIsRefusedBeforeAnythingIsWritten() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        for bad in [["--operator", "alice smith"], ["--operator", ""], ["--wall-clock", "yesterday"], ["--wall-clock", "2026-01-05 09:00"]] {
            let r = try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path] + bad)
            #expect(r.status == 2, "\(bad)")
            #expect(r.stderr.contains("PIER_OPERATOR") || r.stderr.contains("PIER_WALL_CLOCK"), "\(bad): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.path), "nothing was created")
    }

    @Test func badInputGivesOneLineAndWritesNothing() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let cases: [([String], Int32, String)] = [
            (["onboard", "acme", "--tier", "standard"], 2, "unknown seller 'acme'"),
            (["onboard", "lumina", "--tier", "gold"], 2, "unknown tier 'gold'"),
            (["onboard", "lumina", "--tier", "standard", "--apps", "mailchimp"], 2, "unknown app 'mailchimp'"),
            (["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo,judgeme"], 3, "one partner app"),
            (["ledger", "verify"], 4, "no database at"),
        ]
        for (args, code, message) in cases {
            let r = try PierBinary.run(args + ["--db", tmp.path])
            #expect(r.status == code, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: tmp.path), "\(args) created the database")
        }
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: tmp.path))
        let unreadable = try PierBinary.run(["onboard", "lumina", "--tier", "standard", "--db", tmp.path])
        #expect(unreadable.status == 4 && unreadable.stderr.contains("file is not a database"))
        #expect(try String(contentsOfFile: tmp.path, encoding: .utf8) == "garbage")
    }

    @Test func brokenChainExitsNonZeroNamingTheEvent() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        #expect(try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            tmp.path,
            "DROP TRIGGER ledger_no_update; UPDATE ledger SET data = replace(data, 'klaviyo', 'klaviy0') WHERE seller_id = 'prairie' AND type = 'app.installed';",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let r = try PierBinary.run(["ledger", "verify", "--db", tmp.path])
        #expect(r.status == 5)
        #expect(r.stderr.contains("seller prairie: event") && r.stderr.contains("changed"), "\(r.stderr)")
    }

    @Test func exportWritesTheDocumentedFiles() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        #expect(try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path]).status == 0)
        let out = tmp.folder.appendingPathComponent("out").path
        let r = try PierBinary.run(["export", "prairie", "--out", out, "--db", tmp.path])
        #expect(r.status == 0)
        for f in ["manifest.json", "catalogue-diff.csv", "ledger.jsonl", "installs.json", "installs.csv"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + f), "\(f)")
        }
        let missing = try PierBinary.run(["export", "lumina", "--out", out + "2", "--db", tmp.path])
        #expect(missing.status != 0 && missing.stderr.contains("not onboarded"))
    }
}

@Suite("pier --plain")
struct PlainModeTests {
    @Test func plainLogsTheOnboardingLinearly() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let r = try PierBinary.run(["--plain", "--seller", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Prairie Threads (prairie)") == true)
        #expect(lines.contains { $0.contains("Flag on") && $0.contains("HC-001") && $0.contains("“prevents athlete's foot”") })
        #expect(lines.last?.contains("Onboarding complete. Coverage") == true)
        #expect(!r.stdout.contains("\u{1B}"), "no escape sequences in plain mode")
        let again = try PierBinary.run(["--plain", "--seller", "prairie", "--db", tmp.path])
        #expect(again.stdout == r.stdout, "an onboarded seller logs the same from its ledger")
        let missing = try PierBinary.run(["--plain", "--seller", "lumina", "--db", tmp.path])
        #expect(missing.status == 2 && missing.stderr.contains("pass --tier"))
    }

    @Test func aBadOptionIsBadInputOnOneLine() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        for (args, names) in [
            (["onboard", "lumina", "--tier", "standard", "--days", "200"], "--days"),
            (["onboard", "lumina", "--tier", "standard", "--seed", "abc"], "--seed"),
            (["orders", "lumina", "--bogus"], "--bogus"),
        ] {
            let r = try PierBinary.run(args + ["--db", tmp.path])
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(names), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.path), "nothing was opened or written")
        #expect(try PierBinary.run(["--help"]).status == 0)
    }
}

@Suite("pier import")
struct ImportCommandTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/catalogs/shopify")

    @Test func importThenOnboardAnImportedSeller() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let file = Self.shared.appendingPathComponent("home-and-garden.csv").path
        let r = try PierBinary.run(["import", "shopify", file, "--seller", "Fern & Co", "--db", tmp.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").dropFirst().first == "20 products", "the summary starts with the product count")
        let onboard = try PierBinary.run(["onboard", "fern-co", "--tier", "lite", "--db", tmp.path])
        #expect(onboard.status == 0, "\(onboard.stderr)")
        #expect(onboard.stdout.contains("21 SKUs"))
        let again = try PierBinary.run(["import", "shopify", file, "--seller", "Fern & Co", "--db", tmp.path])
        #expect(again.stdout.contains("changes: 0 added, 0 changed, 0 removed"))
        let bad = try PierBinary.run(["import", "shopify", "/nonexistent.csv", "--seller", "X", "--db", tmp.path])
        #expect(bad.status == 2 && bad.stderr.contains("cannot read /nonexistent.csv"))
    }

    @Test func sellersShowsIdsWholeForTheNextCommand() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let file = Self.shared.appendingPathComponent("home-and-garden.csv").path
        let long = "Fernwood Garden Supply Outfitters"
        #expect(try PierBinary.run(["import", "shopify", file, "--seller", long, "--db", tmp.path]).status == 0)
        let list = try PierBinary.run(["sellers", "--db", tmp.path])
        let row = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("fernwood") })
        let id = String(row.split(separator: " ").first ?? "")
        #expect(id == "fernwood-garden-supply-outfitters", "\(row)")
        #expect(try PierBinary.run(["plan", id, "--tier", "lite", "--db", tmp.path]).status == 0, "the id as shown is the one the next command takes")
    }
}

/// Each command's refusal of input it cannot honour: exit 2 (bad input) or 4 (store) with one
/// line naming what would fix it, never "0 …" and exit 0.
@Suite("pier command line: bad input exits exactly")
struct CommandLineExitCodeTests {
    @Test func unknownSellersStatesAndLimitsAreRefused() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        #expect(try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--db", tmp.path]).status == 0)
        let cases: [([String], Int32, String)] = [
            (["flags", "nobody"], 2, "unknown seller 'nobody'"),
            (["flags", "prairie", "--state", "bogus"], 2, "unknown state 'bogus'"),
            (["orders", "prairie", "--status", "bogus"], 2, "unknown status 'bogus'"),
            (["orders", "nobody"], 2, "unknown seller"),
            (["conflicts", "nobody"], 2, "unknown seller"),
            (["export", "nobody", "--out", tmp.path + ".out"], 2, "unknown seller"),
            (["ledger", "show", "prairie", "--limit", "0"], 2, "--limit must be 1 or more"),
            (["ledger", "show", "prairie", "--type", "bogus"], 2, "no event of prairie has a type starting 'bogus'"),
            (["ledger", "replay", "prairie", "--at", "0"], 2, "--at takes an event seq"),
            (["ledger", "verify", "--seller", "prairie", "--expect-head", String(repeating: "0", count: 64)], 5, "not the expected"),
            (["plan", "nobody", "--tier", "lite"], 2, "nobody"),
            (["plan", "prairie", "--tier", "gold"], 2, "gold"),
            (["install", "prairie", "mailchimp", "--consent"], 2, "mailchimp"),
            (["install", "prairie", "zendesk", "--consent"], 3, "Premium"),
            (["uninstall", "prairie", "yotpo"], 3, "not installed"),
            (["onboard", "pixelgrid", "--tier", "standard"], 3, "Premium"),
            (["onboard", "prairie", "--tier", "standard"], 3, "prairie"),
            (["import", "shopify", "/nonexistent.csv", "--seller", "X"], 2, "cannot read /nonexistent.csv"),
            (["console", "--role", "boss"], 2, "unknown role 'boss'"),
            (["decide", "nobody", "1", "--as", "clear"], 2, "unknown seller 'nobody'"),
            (["decide", "prairie", "99999", "--as", "clear"], 2, "prairie has no flag #99999"),
            (["decide", "prairie", "1", "--as", "bogus"], 2, "unknown decision 'bogus'"),
            (["export", "lumina", "--out", tmp.path + ".lumina"], 3, "lumina is not onboarded yet"),
            (["install", "lumina", "klaviyo", "--consent"], 3, "lumina is not onboarded yet"),
            (["operators", "revoke", "nobody"], 3, "nobody is not on the roster"),
            (["ledger", "show", "nobody"], 2, "unknown seller 'nobody'"),
            (["ledger", "replay", "nobody"], 2, "unknown seller 'nobody'"),
            (["demo", "/nonexistent-demo.toml"], 2, "cannot read demo script /nonexistent-demo.toml: "),
            (["fix", "category", "nobody", "--sku", "A", "--to", "868616"], 2, "unknown seller 'nobody'"),
            (["fix", "category", "lumina", "--sku", "A", "--to", "868616"], 3, "lumina is not onboarded yet"),
            (["fix", "category", "prairie", "--sku", "NOPE", "--to", "868616"], 2, "prairie has no SKU NOPE"),
            (["fix", "category", "prairie", "--vendor", "Nobody", "--to", "868616"], 3, "the rule matches no SKU"),
            (["fix", "category", "prairie", "--sku", "A", "--to", "1"], 2, "not a leaf of the TikTok Shop category tree"),
            (["fix", "category", "prairie", "--to", "868616"], 2, "name the SKUs with one of"),
            (["fix", "attribute", "prairie", "--vendor", "X", "--name", "material", "--value", "polystyrene foam"], 2, "does not accept material"),
            (["fix", "undo", "prairie", "7"], 2, "prairie has no fix #7"),
            (["fixes", "nobody"], 2, "unknown seller 'nobody'"),
        ]
        for (args, code, message) in cases {
            let r = try PierBinary.run(args + ["--db", tmp.path])
            #expect(r.status == code, "pier \(args.joined(separator: " ")): exit \(r.status), \(r.stderr)")
            #expect(r.stderr.contains(message), "pier \(args.joined(separator: " ")): \(r.stderr)")
            #expect(!r.stdout.contains("0 flags") && !r.stdout.contains("0 orders"))
        }
        let none = try PierBinary.run(["categories", "zzzzqqq"])
        #expect(none.status == 2 && none.stderr.contains("no TikTok Shop leaf matches"))
        let found = try PierBinary.run(["categories", "board", "games"])
        #expect(found.status == 0 && found.stdout.hasPrefix("868616  Toys & Hobbies>Games & Puzzles>Board Games"), "\(found.stdout)")
        let json = try PierBinary.run(["ledger", "show", "prairie", "--json", "--limit", "3", "--db", tmp.path])
        #expect(json.status == 0)
        let lines = json.stdout.split(separator: "\n")
        #expect(lines.count == 3 && lines.allSatisfy { $0.hasPrefix("{") }, "JSON lines only on stdout: \(json.stdout)")
        #expect(json.stderr.contains("3 shown of "))
    }

    @Test func anUnreadableKeyFileSaysWhy() throws {
        let missing = try PierBinary.run(["keys", "--keys", "/nonexistent-keys.toml"])
        #expect(missing.status == 2 && missing.stderr.contains("cannot read key file /nonexistent-keys.toml: "), "\(missing.stderr)")
        let folder = try PierBinary.run(["keys", "--keys", FileManager.default.temporaryDirectory.path])
        #expect(folder.status == 2 && folder.stderr.contains("it is a folder, not a file"), "\(folder.stderr)")
    }

    @Test func aNamedDatabaseInAMissingFolderIsNotCreated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pier-missing-\(UUID().uuidString)")
        let r = try PierBinary.run(["sellers", "--db", folder.appendingPathComponent("x.db").path])
        #expect(r.status == 4 && r.stderr.contains("no folder"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func exportExpandsTheHomeFolder() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        #expect(try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--db", tmp.path]).status == 0)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pier-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try PierBinary.run(["export", "prairie", "--out", "~/exported", "--db", tmp.path], environment: ["HOME": home.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("exported/manifest.json").path))
    }
}

@Suite("pier command line: the store's sellers everywhere")
struct CommandLineStoreTests {
    @Test func planAndAppsSeeTheStoresSellers() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let file = SharedData.url("catalogs/dev/shopify/stillre-cat-scratcher/products_export_1.csv").path
        let imported = try PierBinary.run(["import", "shopify", file, "--seller", "Stillre", "--db", tmp.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = try #require(
            try PierBinary.run(["sellers", "--db", tmp.path]).stdout.split(separator: "\n").first { $0.contains("Stillre") }?
                .split(separator: " ").first.map(String.init))
        let plan = try PierBinary.run(["plan", id, "--tier", "lite", "--db", tmp.path])
        #expect(plan.status == 0 && plan.stdout.contains("projected catalogue sync"), "\(plan.stderr)")
        #expect(try PierBinary.run(["onboard", "prairie", "--tier", "lite", "--apps", "klaviyo", "--db", tmp.path]).status == 0)
        let apps = try PierBinary.run(["apps", "--db", tmp.path])
        #expect(apps.status == 0, "\(apps.stderr)")
        #expect(apps.stdout.split(separator: "\n").contains { $0.hasPrefix("klaviyo") && $0.contains("prairie") })
    }

    @Test func classifyReadsTheTitleAndTheVendorAndRefusesNothing() throws {
        let pad = try PierBinary.run(["classify", "Xbox Wireless Controller Carbon Black"])
        #expect(pad.status == 0, "\(pad.stderr)")
        #expect(pad.stdout.hasPrefix("913928 Phones & Electronics>Gaming & Consoles>Console Accessories  (decided by text)"), "\(pad.stdout)")
        let named = try PierBinary.run(["classify", "Controller Hoodie", "--vendor", "Controller"])
        #expect(named.status == 0 && !named.stdout.contains("Console"), "the vendor's name in a title is not the product: \(named.stdout)")
        let empty = try PierBinary.run(["classify", "  "])
        #expect(empty.status == 2 && empty.stderr.contains("nothing to classify") && empty.stdout.isEmpty, "\(empty.stderr)")
    }
}
