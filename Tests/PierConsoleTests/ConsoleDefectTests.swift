import Foundation
import PierTestSupport
import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// Defects a partner-ops team met in the console, each pinned by the behaviour that was wrong.
@Suite("Console defects")
struct ConsoleDefectTests {
    @Test func behindTheTooSmallScreenOnlyQuitAndHelpAct() throws {
        let (m, tmp) = try ConsoleFixture.model(width: 40, height: 12)
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let open = try m.engine.db.flags(seller: "prairie", state: .open).count
        ConsoleFixture.press(m, .char("c"), .char("y"), .char(" "), .char("u"), .char("y"), .char("2"))
        ConsoleFixture.settle(m)
        #expect(m.dialog == nil, "no dialog opens on a screen the operator cannot see")
        #expect(try m.engine.db.flags(seller: "prairie", state: .open).count == open)
        #expect(m.review.marked.isEmpty && m.pane == .review)
        #expect(ConsoleFixture.frame(m).text.contains("Terminal too small"))
        ConsoleFixture.press(m, .char("?"))
        #expect(m.helpOpen)
        ConsoleFixture.press(m, .char("?"), .char("q"))
        #expect(m.quitRequested)
    }

    @Test func onlyYConfirmsAnIrreversibleDecision() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let open = try m.engine.db.flags(seller: "prairie", state: .open).count
        ConsoleFixture.press(m, .char("c"), .enter)
        ConsoleFixture.settle(m)
        #expect(m.dialog != nil, "Enter neither confirms nor closes the decision")
        #expect(try m.engine.db.flags(seller: "prairie", state: .open).count == open)
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(try m.engine.db.flags(seller: "prairie", state: .open).count == open - 1)
    }

    @Test func aKeyFileThatHidesAnotherActionIsRefusedWithItsLine() throws {
        let (m, tmp) = try ConsoleFixture.model(onboardPrairie: false)
        defer { tmp.remove() }
        #expect(m.keyClash() == nil, "the default keys do not clash")
        for (text, line, other) in [
            ("# mine\nreview.clear = \"u\"\n", 2, "review.uphold"), ("\n\n\nreview.clear = \"q\"\n", 4, "app.quit"),
            ("app.help = \"1\"\n", 1, "pane.sellers"),
        ] {
            m.keymap = try Keymap.parse(text, file: "keys.toml", actions: ConsoleModel.allActions)
            let clash = m.keyClash()
            #expect(clash?.line == line && clash?.file == "keys.toml", "\(text)")
            #expect(clash?.message.contains(other) == true, "\(clash?.message ?? "no clash") names \(other)")
        }
        m.keymap = try Keymap.parse("review.clear = \"Z\"\nledger.type = \"Y\"\n", file: "keys.toml", actions: ConsoleModel.allActions)
        #expect(m.keyClash() == nil, "keys bound in different panes or free do not clash")
    }

    @Test func virtualTimesPastADayFitTheirColumn() {
        #expect(Format.clock(3_723_000) == "1:02:03")
        #expect(Format.clock(168 * 3_600_000 + 4 * 60_000 + 5_000) == "7d 00:04:05")
        #expect(Format.shortClock(168 * 3_600_000 + 4 * 60_000 + 5_000) == "7d 00:04")
        #expect(Format.shortClock(23 * 3_600_000 + 59 * 60_000) == "23:59:00")
        for ms: Int64 in [0, 59_000, 86_399_000, 86_400_000, 99 * 86_400_000] { #expect(Format.shortClock(ms).count <= 8) }
    }

    @Test func theLedgerTypeFilterReachesEveryEventType() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.trade(seller: "prairie", days: 2)
        let types = Set(try m.engine.db.events(seller: "prairie").map(\.type))
        #expect(types.contains { $0.hasPrefix("order.") } && types.contains { $0.hasPrefix("webhook") })
        for t in types {
            #expect(LedgerWindow.typeFilters.contains { $0.map { t.hasPrefix($0) } ?? false }, "\(t) cannot be selected")
        }
    }

    @Test func filtersAndCursorsDoNotFollowTheOperatorToAnotherSeller() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        m.review.filter = "zzz"
        m.review.state = .upheld
        m.ordersList.filter = "x"
        m.ordersList.cursor = 3
        m.select("lumina")
        #expect(m.review.filter.isEmpty && m.review.state == .open && m.ordersList.filter.isEmpty && m.ordersList.cursor == 0)
    }

    @Test func aBulkDecisionLeavesTheCursorOnTheNextUndecidedFlag() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        #expect(m.review.visible.count >= 4)
        ConsoleFixture.press(m, .char(" "), .char(" "))
        let next = try #require(m.review.current?.id)
        ConsoleFixture.press(m, .char("e"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.review.current?.id == next)
        ConsoleFixture.press(m, .down)
        let following = try #require(m.review.current?.id)
        ConsoleFixture.press(m, .up, .char("u"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.review.current?.id == following, "a single decision moves on to the next flag")
    }
}

@Suite("Console defects: Configure")
struct ConsoleConfigureDefectTests {
    @Test func configureShowsAnOnboardedSellersTierAndNeverWaits() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .configure)
        let text = ConsoleFixture.frame(m).text
        #expect(!text.contains("working out the reservation"))
        #expect(text.contains("▶ Lite") && text.contains("onboarded on this tier"))
        ConsoleFixture.press(m, .right, .right)
        #expect(m.plan.selectedTier == .lite, "the marker stays on the seller's real tier")
        #expect(m.statusIsError && m.status.contains("already onboarded on Lite"))
    }
}

@Suite("Live refresh")
struct LiveRefreshTests {
    @Test func aDecisionInAnotherConsoleShowsHereWithinASecond() throws {
        let (a, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        let other = PierEngine(db: try tmp.open(), resources: ConsoleFixture.resources, operator: .pinned("bob"))
        let b = ConsoleModel(worker: EngineWorker(engine: other), role: .ops)
        for m in [a, b] {
            ConsoleFixture.open(m, "prairie", .review)
        }
        let flag = try #require(b.review.current)
        #expect(flag.state == .open)
        ConsoleFixture.press(a, .char("c"), .char("y"))
        ConsoleFixture.settle(a)
        #expect(a.review.flags.first { $0.id == flag.id }?.state == .cleared)
        #expect(!a.tick(realMillis: 500), "the deciding console does not read its own commit a second time")
        #expect(b.review.flags.first { $0.id == flag.id }?.state == .open, "nothing has looked yet")
        #expect(!b.tick(realMillis: 100), "a look comes every half second, not every tick")
        #expect(b.tick(realMillis: 400), "the look sees the other console's commit and redraws")
        ConsoleFixture.settle(b)
        #expect(b.review.flags.first { $0.id == flag.id }?.state == .cleared)
        #expect(!b.tick(realMillis: 500), "nothing new: no reload, no redraw")
    }
}

@Suite("Every pane lays out at 80×24")
struct PaneLayoutTests {
    /// Prairie onboarded and traded, its sync played to the end: every pane has rows to show.
    static func model(width: Int, height: Int) throws -> (ConsoleModel, TempDatabase) {
        let (m, tmp) = try ConsoleFixture.model(width: width, height: height)
        _ = try m.engine.trade(seller: "prairie", days: 3)
        m.select("prairie")
        m.startPlayback()
        ConsoleFixture.settle(m)
        m.playback?.speedIndex = Playback.speeds.count - 1
        m.playback?.advance(realMillis: 1)
        return (m, tmp)
    }

    @Test(arguments: [(80, 24), (100, 30), (60, 16)])
    func syncQueuesStayInsideTheirBoxes(width: Int, height: Int) throws {
        let (m, tmp) = try Self.model(width: width, height: height)
        defer { tmp.remove() }
        m.show(.sync)
        let b = ConsoleFixture.frame(m)
        let rows: [String] = (0..<height).map { b.line($0) }
        let top = try #require(rows.firstIndex { $0.hasPrefix("┌─ Conflicts") }, "\(b.text)")
        let bottom = try #require(rows[top...].firstIndex { $0.hasPrefix("└") })
        let topRow: [Character] = Array(rows[top])
        let corners: [Int] = topRow.indices.filter { topRow[$0] == "┐" || topRow[$0] == "┌" }
        #expect(corners.count == 4, "two boxes side by side: \(b.line(top))")
        for y in (top + 1)..<bottom {
            let row: [Character] = Array(rows[y])
            for x in corners where x < row.count {
                #expect(row[x] == "│", "\(width)×\(height) row \(y) column \(x): a cell ran over the border: \(b.line(y))")
            }
        }
        #expect(!b.text.contains("RSKU"), "headers do not run into the other box's")
    }

    @Test(arguments: [(80, 24), (60, 16)])
    func everyTabAndHelpAreReachableOnEveryPane(width: Int, height: Int) throws {
        let (m, tmp) = try Self.model(width: width, height: height)
        defer { tmp.remove() }
        for pane in PaneID.allCases {
            m.show(pane)
            let b = ConsoleFixture.frame(m)
            let tabs = b.line(0)
            for p in PaneID.allCases { #expect(tabs.contains(" \(p.rawValue)"), "\(width)×\(height) \(pane.title): tab \(p.rawValue) is missing: \(tabs)") }
            #expect(tabs.contains("\(pane.rawValue) \(pane.title)"), "the current pane is named")
            #expect(b.line(height - 1).trimmingCharacters(in: .whitespaces).hasSuffix("? Help"), "\(pane.title): \(b.line(height - 1))")
        }
    }

    @Test func theSyncCountsAgreeWithCoverageAndSayFlagsFromSKUs() throws {
        let (m, tmp) = try Self.model(width: 120, height: 40)
        defer { tmp.remove() }
        m.show(.sync)
        let b = ConsoleFixture.frame(m)
        let metrics = OnboardingMetrics(json: try #require(m.seller?.metrics))
        #expect(b.text.contains("\(Format.count(metrics.live)) live"), "the publish row counts what coverage counts: \(b.text)")
        let p = try #require(m.playback)
        #expect(b.text.contains("Moderation queue: \(p.flags.count) on \(Set(p.flags.map(\.sku)).count) SKU"))
    }
}

@Suite("Help of every pane")
struct HelpTests {
    @Test func helpListsEveryPanesKeysAndScrollsAt60x16() throws {
        let (m, tmp) = try ConsoleFixture.model(width: 60, height: 16)
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        ConsoleFixture.press(m, .char("?"))
        #expect(m.helpOpen)
        let lines = HelpOverlay.lines(m).map(\.text)
        #expect(lines.first == "Review (this pane)", "the current pane comes first")
        for p in PaneID.allCases where p != .review { #expect(lines.contains(p.title), "\(p.title) has a section") }
        for action in ConsoleModel.allActions where !action.hasPrefix("demo.") {
            #expect(lines.contains { $0.hasSuffix(" \(action)") }, "\(action) is in the help")
        }
        var b = ConsoleFixture.frame(m)
        #expect(!b.text.contains("catalogue.undo"), "the first screen cannot hold it all")
        #expect(b.text.contains("PgDn scroll"))
        for _ in 0..<40 { ConsoleFixture.press(m, .pageDown) }
        b = ConsoleFixture.frame(m)
        #expect(b.text.contains("catalogue.undo"), "scrolled to the end, the last pane's keys show: \(b.text)")
        ConsoleFixture.press(m, .home)
        #expect(m.helpScroll == 0)
        for c in "trade" { ConsoleFixture.press(m, .char(c)) }
        b = ConsoleFixture.frame(m)
        #expect(b.text.contains("orders.trade") && b.text.contains("Orders"), "search finds another pane's key: \(b.text)")
        ConsoleFixture.press(m, .escape)
        #expect(!m.helpOpen && m.helpQuery.isEmpty)
    }
}

@Suite("Flags waiting on an edit, appeals read whole")
struct EditRequestedTests {
    @Test func anEditRequestedFlagCanBeFoundAndDecided() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let flag = try #require(m.review.current)
        ConsoleFixture.press(m, .char("e"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(!m.review.visible.contains { $0.id == flag.id }, "it leaves the open list")
        ConsoleFixture.press(m, .char("s"))
        #expect(m.review.state == .editRequested, "the state filter reaches it")
        #expect(m.review.current?.id == flag.id)
        #expect(m.bindings.first { $0.action == .reviewEdit }?.enabled == false, "not asked twice")
        #expect(m.bindings.first { $0.action == .reviewUphold }?.enabled == true, "but it can be upheld")
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("Waiting on the seller's edit"))
        ConsoleFixture.press(m, .char("u"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(try m.engine.db.flags(seller: "prairie").first { $0.id == flag.id }?.state == .upheld)
        #expect(try m.engine.db.listing(seller: "prairie", sku: flag.sku)?.status == .rejected)
        #expect(try m.engine.replay(seller: "prairie").differences.isEmpty)
    }

    @Test func anAppealsStatementAndEvidenceAreReadInFull() throws {
        let (m, tmp) = try ConsoleFixture.model(width: 80, height: 40)
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let flag = try #require(m.review.current)
        try m.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold)
        let statement = "The fabric is independently tested by an accredited laboratory and the claim appears on the certificate attached"
        try m.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: statement, evidence: "certificate-2026-0114.pdf")
        m.reloadFlags()
        ConsoleFixture.settle(m)
        ConsoleFixture.press(m, .char("s"), .char("s"), .char("s"))
        #expect(m.review.state == .appealed && m.review.current?.id == flag.id)
        let text = ConsoleFixture.frame(m).text.replacingOccurrences(of: "│", with: " ")
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            flat.contains("accredited laboratory and the claim appears on the certificate attached” evidence: certificate-2026-0114.pdf"),
            "the whole statement and evidence, wrapped: \(text)")
    }

    @Test func anExcerptWrapsBetweenWords() {
        var b = CellBuffer(width: 20, height: 4)
        let text = "alpha beta gamma delta epsilon zeta eta theta"
        let start = text.utf8.count - "theta".utf8.count
        _ = ReviewPane.highlight(text, start: start, end: text.utf8.count, &b, Rect(x: 0, y: 0, width: 20, height: 4))
        let rows = (0..<4).map { b.line($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let words = Set(text.split(separator: " ").map(String.init) + text.split(separator: " ").map { "…" + $0 })
        for row in rows { for w in row.split(separator: " ") { #expect(words.contains(String(w)), "“\(w)” is a broken word: \(rows)") } }
    }
}

@Suite("Terminals with few colours")
struct FewColoursTests {
    @Test(arguments: ["default", "light", "ansi16", "mono"])
    func eightColoursKeepTheSelectedRowTheActiveTabAndHeadersApart(name: String) throws {
        let theme = try Theme.load(name).fitting(colors: 8)
        for role in StyleRole.allCases {
            let s = theme.style(role)
            #expect((-1...7).contains(s.fg) && (-1...7).contains(s.bg), "\(name) \(role): \(s) needs more than 8 colours")
            #expect(!(s.fg == 0 && s.bg == -1 && !s.reverse), "\(name) \(role): black on the default background vanishes on a dark terminal")
        }
        #expect(theme.style(.selected) != theme.style(.header), "\(name): the selected row looks like a header")
        #expect(theme.style(.tabActive) != theme.style(.footer) && theme.style(.tabActive) != theme.style(.header), "\(name): the active tab is lost")
        #expect(theme.style(.selected) != theme.style(.normal))
    }

    @Test func aSmallerTerminalGetsAThemeItCanShow() throws {
        let sixteen = try Theme.load("default").fitting(colors: 16)
        #expect(sixteen.styles.values.allSatisfy { $0.fg < 16 && $0.bg < 16 })
        #expect(try Theme.load("default").fitting(colors: 256) == Theme.load("default"), "a terminal that can show it keeps it")
        #expect(try Theme.load("default").fitting(colors: 2).colors == 0, "below 8 colours: monochrome")
    }
}

@Suite("Console import prompt")
struct ImportPromptTests {
    @Test func pathsWithSpacesAreQuotedOrEscaped() {
        let home = HomeFolder.path()
        let cases: [(String, String, String)] = [
            ("shopify /tmp/a.csv Luna Skin", "/tmp/a.csv", "Luna Skin"),
            ("shopify \"/tmp/my export.csv\" Luna Skin", "/tmp/my export.csv", "Luna Skin"),
            ("woocommerce '/tmp/it''s.csv' Shop", "/tmp/its.csv", "Shop"),
            ("amazon /tmp/my\\ feed.txt  Big  Store ", "/tmp/my feed.txt", "Big  Store"),
            ("shopify ~/exports/x.csv Luna", home + "/exports/x.csv", "Luna"),
        ]
        for (line, file, name) in cases {
            let parsed = ConsoleModel.importLine(line)
            #expect(parsed?.file == file && parsed?.name == name, "\(line) → \(String(describing: parsed))")
        }
        #expect(ConsoleModel.importLine("shopify \"/tmp/unclosed.csv Luna") == nil)
        #expect(ConsoleModel.importLine("etsy /tmp/a.csv Luna") == nil)
        #expect(ConsoleModel.importLine("shopify /tmp/a.csv") == nil, "a seller name is needed")
    }
}

@Suite("Review: mark all, sort; Configure: apps after onboarding")
struct OpsConveniencesTests {
    @Test func markAllMarksWhatTheFilterShowsAndSortOrdersTheList() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let open = m.review.visible.filter { $0.state == .open }
        #expect(open.count >= 2)
        let rule = open[0].ruleID
        m.review.filter = rule
        ConsoleFixture.press(m, .char("A"))
        #expect(
            m.review.marked == Set(open.filter { [$0.sku, $0.ruleID, $0.matched].contains { $0.localizedCaseInsensitiveContains(rule) } }.map(\.id)),
            "only the flags the filter shows")
        ConsoleFixture.press(m, .char("A"))
        #expect(m.review.marked.isEmpty, "pressed again, it unmarks them")
        m.review.filter = ""
        for _ in 0..<3 {
            ConsoleFixture.press(m, .char("o"))
            let sort = ReviewQueue.sorts[m.review.sort]
            let shown = m.review.visible
            #expect(zip(shown, shown.dropFirst()).allSatisfy { !sort.before($1, $0) }, "sorted by \(sort.name)")
        }
        #expect(ReviewQueue.sorts[m.review.sort].name == "severity")
        #expect(ConsoleFixture.frame(m).text.contains("by severity"))
    }

    @Test func appsAreInstalledAndUninstalledAfterOnboardingFromTheConsole() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .configure)
        let apps = m.engine.resources.apps
        let klaviyo = try #require(apps.firstIndex { $0.id == "klaviyo" })
        let judgeme = try #require(apps.firstIndex { $0.id == "judgeme" })
        #expect(m.installed == ["klaviyo"])
        m.plan.appCursor = judgeme
        ConsoleFixture.press(m, .char(" "))
        #expect(m.dialog?.action == .installNow("judgeme"))
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.statusIsError && m.status.contains("Lite"), "Lite allows one app: the engine refuses and says why: \(m.status)")
        m.plan.appCursor = klaviyo
        #expect(m.bindings.first { $0.action == .configureToggleApp }?.label == "Uninstall app")
        ConsoleFixture.press(m, .char(" "), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.installed.isEmpty && m.status.contains("uninstalled"))
        m.plan.appCursor = judgeme
        ConsoleFixture.press(m, .char(" "), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.installed == ["judgeme"])
        let events = try m.engine.db.events(seller: "prairie").suffix(2)
        #expect(events.map(\.type) == ["app.uninstalled", "app.installed"])
        #expect(events.allSatisfy { $0.data["operator"]?.stringValue == "tester" })
        #expect(ConsoleFixture.frame(m).text.contains("[x] Judge.me"))
    }
}

@Suite("Overview: every seller's health, worst first")
struct OverviewTests {
    static func health(_ id: String, coverageLive: Int, p95Minutes: Int64, fulfilled: Int?, flags: Int, queue: Int) -> SellerHealth {
        var m = OnboardingMetrics()
        m.skus = 100
        m.live = coverageLive
        m.p95SkuMillis = p95Minutes * 60_000
        var t: TradingMetrics?
        if let fulfilled {
            var tm = TradingMetrics()
            tm.fulfilmentOutcomes = 100
            tm.fulfilledOnTime = fulfilled
            t = tm
        }
        let s = SellerRecord(
            id: id, name: id.capitalized, platform: .shopify, vertical: "x", regions: [.us], currency: "USD", skuCount: 100,
            origin: "import", status: .onboarded)
        return SellerHealth(seller: s, metrics: m, trading: t, openFlags: flags, oldestOpenFlagAge: flags > 0 ? 3_600_000 : nil, conflictQueue: queue)
    }

    @Test func targetsAreTheSeedsAndTheWorstComesFirst() {
        let fine = Self.health("fine", coverageLive: 95, p95Minutes: 10, fulfilled: 99, flags: 0, queue: 0)
        let busy = Self.health("busy", coverageLive: 95, p95Minutes: 10, fulfilled: 99, flags: 7, queue: 2)
        let lowCoverage = Self.health("low", coverageLive: 90, p95Minutes: 10, fulfilled: nil, flags: 0, queue: 0)
        let slowAndLate = Self.health("slow", coverageLive: 95, p95Minutes: 31, fulfilled: 96, flags: 0, queue: 0)
        #expect(fine.misses.isEmpty && busy.misses.isEmpty)
        #expect(lowCoverage.misses == ["coverage"], "90.0% is not above 90%")
        #expect(lowCoverage.fulfilmentMet == nil, "no trading yet: no fulfilment verdict")
        #expect(slowAndLate.misses == ["fulfilment", "P95 sync"])
        let ranked = [fine, busy, lowCoverage, slowAndLate].sorted(by: SellerHealth.worstFirst).map(\.seller.id)
        #expect(ranked == ["slow", "low", "busy", "fine"])
    }

    @Test func theConsoleOpensOnTheOverviewAndEnterOpensTheSeller() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        #expect(m.pane == .overview)
        #expect(m.overview.health.first?.seller.id == "prairie", "the onboarded seller before the new ones")
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("Prairie Threads") && text.contains("targets: coverage > 90.0%"))
        let flags = try m.engine.db.flags(seller: "prairie", state: .open).count
        #expect(m.overview.health.first?.openFlags == flags)
        ConsoleFixture.press(m, .enter)
        #expect(m.selectedSeller == "prairie" && m.pane == .review)
        ConsoleFixture.settle(m)
        ConsoleFixture.press(m, .char("c"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.overview.health.first { $0.seller.id == "prairie" }?.openFlags == flags - 1, "a decision shows on the Overview")
    }
}

@Suite("Quick jump")
struct JumpTests {
    static func jump(_ m: ConsoleModel, _ text: String) {
        ConsoleFixture.press(m, .char(":"))
        for c in text { ConsoleFixture.press(m, .char(c)) }
        ConsoleFixture.press(m, .enter)
    }

    @Test func colonJumpsToAPaneASellerASeqOrASKU() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        Self.jump(m, "ledger")
        #expect(m.pane == .ledger)
        Self.jump(m, "prair")
        #expect(m.selectedSeller == "prairie" && m.pane == .review, "a seller by the start of its name, opened")
        Self.jump(m, "#12")
        _ = ConsoleFixture.frame(m)
        #expect(m.pane == .ledger && m.ledger.current?.seq == 12 && m.ledger.showDetail)
        let flag = try #require(try m.engine.db.flags(seller: "prairie").first)
        Self.jump(m, flag.sku)
        _ = ConsoleFixture.frame(m)
        let events = try m.engine.db.events(seller: "prairie", sku: flag.sku)
        #expect(m.ledger.count == events.count && m.ledger.current?.sku == flag.sku)
        #expect(m.status.contains("\(events.count) events about \(flag.sku)"))
        Self.jump(m, "#12")
        _ = ConsoleFixture.frame(m)
        #expect(m.ledger.filter.isEmpty && m.ledger.current?.seq == 12, "a seq jump leaves the SKU's events for the whole ledger")
        Self.jump(m, "#999999")
        _ = ConsoleFixture.frame(m)
        #expect(m.statusIsError && m.status.contains("not 999999"))
        Self.jump(m, "2")
        #expect(m.pane == .configure, "a pane by its number")
    }
}

@Suite("Search every seller's flags")
struct FlagSearchTests {
    @Test func slashOnTheOverviewFindsFlagsOfEverySellerAndOpensOne() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.onboard(seller: "lumina", tier: .standard, apps: [], seed: 1)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        let all = try m.engine.db.flags(seller: nil)
        let rule = try #require(
            all.map(\.ruleID).first { r in Set(all.filter { $0.ruleID == r }.map(\.sellerID)).count == 2 },
            "a rule both sellers tripped")
        ConsoleFixture.press(m, .char("/"))
        for c in rule.lowercased() { ConsoleFixture.press(m, .char(c)) }
        #expect(m.overview.hits.isEmpty, "the search runs on the engine worker, not on the key press")
        ConsoleFixture.press(m, .enter)
        ConsoleFixture.settle(m)
        #expect(
            m.overview.hits.count
                == all.filter { $0.ruleID == rule || $0.sku.localizedCaseInsensitiveContains(rule) || $0.matched.localizedCaseInsensitiveContains(rule) }.count)
        #expect(Set(m.overview.hits.map(\.sellerID)) == ["lumina", "prairie"])
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("flags matching “\(rule.lowercased())” in every seller"))
        ConsoleFixture.press(m, .end)
        let hit = try #require(m.overview.hits.last)
        ConsoleFixture.press(m, .enter)
        ConsoleFixture.settle(m)
        #expect(m.pane == .review && m.selectedSeller == hit.sellerID && m.review.current?.id == hit.id, "Enter opens the flag found")
        m.show(.overview)
        ConsoleFixture.press(m, .char("/"), .escape)
        #expect(m.overview.search.isEmpty && m.overview.hits.isEmpty, "Esc in the search clears it")
    }
}

@Suite("Conflicts pane")
struct ConflictsPaneTests {
    @Test func aQueuedConflictIsDecidedWithAReasonAndLedgered() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.onboard(seller: "lumina", tier: .standard, apps: [], seed: 1)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        m.select("lumina")
        ConsoleFixture.press(m, .char("8"))
        #expect(m.pane == .conflicts)
        ConsoleFixture.settle(m)
        let queued = m.conflictQueue.conflicts.filter { $0.state == .open }
        #expect(!queued.isEmpty && m.conflictQueue.conflicts.allSatisfy { $0.resolution.needsHuman }, "the queue, open first")
        let c = try #require(m.conflictQueue.current)
        ConsoleFixture.press(m, .char("a"))
        #expect(m.input != nil, "a reason first")
        for ch in "counted twice" { ConsoleFixture.press(m, .char(ch)) }
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.title == "Decide conflict" && m.dialog?.lines.contains("Reason: counted twice") == true)
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.status.contains("accepted as resolved"), "\(m.status)")
        let stored = try m.engine.db.conflicts(seller: "lumina", queueOnly: true)
        #expect(stored.first { $0.resolution.eventID == c.resolution.eventID && $0.resolution.field == c.resolution.field }?.state == .accepted)
        #expect(m.conflictQueue.conflicts.filter { $0.state == .open }.count == queued.count - 1, "the pane follows")
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("queue: \(queued.count - 1) waiting, 1 decided"))
        ConsoleFixture.press(m, .char("s"))
        #expect(!m.conflictQueue.queueOnly && m.conflictQueue.conflicts.count >= queued.count)
    }
}

@Suite("Copy to the clipboard")
struct CopyTests {
    @Test func yCopiesTheRowsIdAsOSC52() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let sku = try #require(m.review.current?.sku)
        ConsoleFixture.press(m, .char("y"))
        #expect(m.clipboard == sku && m.status.contains("copied SKU \(sku)"))
        m.show(.ledger)
        _ = ConsoleFixture.frame(m)
        m.ledger.cursor = 0
        ConsoleFixture.press(m, .char("y"))
        #expect(m.clipboard != nil && m.clipboard == m.ledger.current?.hash)
        #expect(NcursesTerminal.osc52("LUM-1") == "\u{1B}]52;c;TFVNLTE=\u{07}")
    }
}

@Suite("Event type picker")
struct TypePickerTests {
    @Test func everyTypeOfTheLedgerCanBePicked() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.trade(seller: "prairie", days: 2)
        ConsoleFixture.open(m, "prairie", .ledger)
        ConsoleFixture.press(m, .char("T"))
        #expect(m.typePicker == nil, "the types are read on the engine worker, not on the key press")
        ConsoleFixture.settle(m)
        let picker = try #require(m.typePicker)
        let types = Set(try m.engine.db.events(seller: "prairie").map(\.type))
        #expect(Set(picker.types) == types, "every type the ledger holds, not a family list")
        #expect(ConsoleFixture.frame(m).text.contains("Event type"))
        let target = try #require(types.sorted().first { $0.hasPrefix("fulfilment.") } ?? types.sorted().first)
        for c in target { ConsoleFixture.press(m, .char(c)) }
        #expect(m.typePicker?.rows == types.filter { $0.contains(target) }.sorted())
        ConsoleFixture.press(m, .enter)
        _ = ConsoleFixture.frame(m)
        #expect(m.typePicker == nil && m.ledger.typePrefix == target)
        #expect(m.ledger.count == (try m.engine.db.events(seller: "prairie").filter { $0.type.hasPrefix(target) }.count))
        ConsoleFixture.press(m, .char("T"))
        ConsoleFixture.settle(m)
        ConsoleFixture.press(m, .enter)
        #expect(m.ledger.typePrefix == nil, "the first row is every type")
        ConsoleFixture.press(m, .char("T"))
        m.show(.review)
        ConsoleFixture.settle(m)
        #expect(m.typePicker == nil, "types read for a pane no longer on screen open nothing")
    }
}

@Suite("Order detail")
struct OrderDetailTests {
    @Test func enterShowsEveryFieldOfTheOrderAndItsEvents() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.trade(seller: "prairie", days: 2)
        ConsoleFixture.open(m, "prairie", .orders)
        let o = try #require(m.ordersList.visible.first)
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.lines.last == ConsoleModel.orderEventsPending, "the events are read on the engine worker, not on the key press")
        ConsoleFixture.settle(m)
        let d = try #require(m.dialog)
        #expect(d.title == "Order \(o.orderID)" && d.action == .dismiss)
        #expect(d.lines.contains { $0.contains("SKU \(o.sku)") && $0.contains("qty \(o.quantity)") })
        #expect(d.lines.contains { $0.contains("TikTok status \(o.status)") })
        #expect(d.lines.contains { $0.hasPrefix("events: ") && $0.contains("order.created") })
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog == nil)
    }
}

@Suite("Orders sort")
struct OrdersSortTests {
    @Test func oCyclesTheOrdersSort() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.trade(seller: "prairie", days: 2)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        ConsoleFixture.open(m, "prairie", .orders)
        #expect(m.ordersList.visible == m.ordersList.orders, "newest first, as stored")
        for _ in 1..<OrdersList.sorts.count {
            ConsoleFixture.press(m, .char("o"))
            let sort = OrdersList.sorts[m.ordersList.sort]
            let shown = m.ordersList.visible
            #expect(shown.count == m.ordersList.orders.count)
            #expect(zip(shown, shown.dropFirst()).allSatisfy { !sort.before($1, $0) }, "by \(sort.name)")
            #expect(ConsoleFixture.frame(m).text.contains("by \(sort.name) (o)"))
        }
    }
}

@Suite("Flag detail scrolls")
struct FlagDetailScrollTests {
    @Test func aLongHistoryScrollsWithTheBrackets() throws {
        let (m, tmp) = try ConsoleFixture.model(width: 80, height: 24)
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let flag = try #require(m.review.current)
        try m.engine.decide(seller: "prairie", flags: [flag.id], decision: .uphold, note: "first look")
        let statement = String(repeating: "The fabric is tested by an accredited laboratory. ", count: 6) + "END-OF-STATEMENT"
        try m.engine.fileAppeal(seller: "prairie", flag: flag.id, statement: statement, evidence: "cert.pdf")
        m.reloadFlags()
        m.review.state = nil
        m.review.cursor = m.review.visible.firstIndex { $0.id == flag.id } ?? 0
        m.loadFlagDetail()
        var text = ConsoleFixture.frame(m).text
        #expect(text.contains("more lines: ] scrolls"), "the detail says there is more")
        #expect(!text.contains("To the seller"), "the rule's message is below the fold")
        for _ in 0..<10 { ConsoleFixture.press(m, .char("]")) }
        text = ConsoleFixture.frame(m).text
        #expect(text.contains("To the seller"), "scrolled to the end, the message shows: \(text)")
        ConsoleFixture.press(m, .char("["))
        #expect(m.review.detailScroll > 0)
        ConsoleFixture.press(m, .down)
        #expect(m.review.detailScroll == 0, "another flag starts at the top")
    }

    @Test func theSellersListSortsByTheFiguresOpsLookAt() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        m.show(.sellers)
        #expect(m.sellerTable.visible.map(\.id) == ["lumina", "pixelgrid", "prairie"], "by id at first")
        ConsoleFixture.press(m, .char("o"))
        #expect(m.sellerTable.visible.first?.id == "prairie", "lowest coverage first; sellers not yet onboarded last")
        #expect(ConsoleFixture.frame(m).text.contains("sellers by coverage, lowest first"))
        ConsoleFixture.press(m, .char("o"), .char("o"))
        #expect(m.sellerTable.visible.first?.id == "pixelgrid", "most SKUs first")
        ConsoleFixture.press(m, .char("o"), .char("o"))
        #expect(m.sellerTable.visible.map(\.id) == ["lumina", "pixelgrid", "prairie"], "the cycle comes back to id")
    }

}

@Suite("Console jobs")
struct ConsoleJobTests {
    @Test func aReservationWorkedOutForAnotherAppSetOrSellerIsDropped() throws {
        let (m, tmp) = try ConsoleFixture.model(onboardPrairie: false)
        defer { tmp.remove() }
        m.select("lumina")
        m.worker.waitIdle()
        _ = m.tick(realMillis: 0)
        m.plan.forgetReservations()
        let stale: [Tier: Result<RateReservation, OnboardingError>] = [.lite: .failure(.badInput("stale"))]
        m.receive(.reservations(seller: "lumina", apps: m.plan.chosenApps + ["klaviyo"], seed: m.seed, stale))
        #expect(m.plan.reservations.isEmpty, "worked out for an app set the screen no longer shows")
        m.receive(.reservations(seller: "prairie", apps: m.plan.chosenApps, seed: m.seed, stale))
        #expect(m.plan.reservations.isEmpty, "worked out for another seller")
        m.receive(.reservations(seller: "lumina", apps: m.plan.chosenApps, seed: m.seed, stale))
        #expect(m.plan.reservations[.lite] != nil, "the one the screen asked for is shown")
    }
}
