import Foundation
import PierTestSupport
import Testing

@testable import PierConsole
@testable import PierCore
@testable import PierEngine
@testable import PierStore

@Suite("Panes rendered into a cell buffer", .serialized)
struct ScreenTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func sellersPaneAtStandardSizes(size: (Int, Int)) throws {
        let (m, tmp) = try ConsoleFixture.model(width: size.0, height: size.1)
        defer { tmp.remove() }
        #expect(m.pane == .overview, "the console opens on the Overview")
        m.show(.sellers)
        let b = ConsoleFixture.frame(m)
        let text = b.text
        #expect(b.line(0).contains("1 Sellers") && b.line(0).contains(" 6"))
        #expect(text.contains("Lumina Beauty Co.") && text.contains("PixelGrid") && text.contains("Prairie Threads"))
        #expect(text.contains("96.3%") || text.contains("onboarded"))
        #expect(b.line(size.1 - 1).contains("Enter Open") && b.line(size.1 - 1).contains("q Quit"), "footer generated from the bindings")
        for y in 0..<size.1 { #expect(TextWidth.width(of: b.line(y)) == size.0, "row \(y) is exactly the width") }
    }

    @Test func aLongDialogLineWrapsAndWhatCannotFitIsCounted() {
        let events = (1...30).map { "\($0) order.status_changed" }.joined(separator: " · ")
        var b = CellBuffer(width: 80, height: 24)
        Screen.dialog(Dialog(title: "Order 1", lines: ["SKU X", "events: " + events], action: .dismiss), &b)
        #expect(b.text.contains("30 order.status_changed"), "the last event is on screen, not cut at the dialog's edge")
        var small = CellBuffer(width: 60, height: 12)
        Screen.dialog(Dialog(title: "Order 1", lines: ["SKU X", "events: " + events], action: .dismiss), &small)
        #expect(small.text.contains("more lines"), "what a small screen cannot hold is counted")
        for y in 0..<12 { #expect(TextWidth.width(of: small.line(y)) == 60) }
    }

    @Test(arguments: [(20, 5), (59, 16), (1, 1)])
    func tinySizesShowTooSmall(size: (Int, Int)) throws {
        let (m, tmp) = try ConsoleFixture.model(onboardPrairie: false, width: size.0, height: size.1)
        defer { tmp.remove() }
        let b = ConsoleFixture.frame(m)
        #expect(b.width == size.0 && b.height == size.1)
        if size.1 >= 3 { #expect(b.text.contains("Terminal") || b.text.contains("small")) }
    }

    @Test func reviewPaneHighlightsTheWordsAndCitesThePolicy() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        m.review.cursor = try #require(m.review.visible.firstIndex { $0.ruleID == "HC-001" })
        m.loadFlagDetail()
        let b = ConsoleFixture.frame(m)
        #expect(b.text.contains("HC-001 Disease treatment or cure claim"))
        #expect(b.text.contains("Cites: TikTok Shop Prohibited and Restricted Products"))
        #expect(b.text.contains("To the seller: Listings may not claim to cure"))
        let highlighted = b.cells.filter { $0.role == .highlight }.map(\.text).joined()
        #expect(highlighted.lowercased() == "prevents athlete's foot")
    }

    /// A flag on the merchant's category (a gun shop's "Parts" shelf) highlights the category's
    /// words, not the tags'.
    @Test func aCategoryFlagHighlightsTheMerchantsCategory() throws {
        let tmp = TempDatabase()
        defer { tmp.remove() }
        let engine = PierEngine(db: try tmp.open(), resources: ConsoleFixture.resources, operator: .pinned("tester"))
        try engine.seedSellersIfNeeded()
        let rows = [
            "bcg,Nitride Bolt Carrier Group,<p>Full auto.</p>,Arms,,Parts,\"black, steel\",TRUE,Title,Default Title,BC-1,300,10,129.00,FALSE,active",
            "hg,M-LOK Handguard,<p>Free float.</p>,Arms,,Parts,,TRUE,Title,Default Title,HG-1,400,10,159.00,FALSE,active",
            "lower,Stripped Lower Receiver,<p>Forged.</p>,Arms,,Parts,,TRUE,Title,Default Title,LR-1,300,10,99.00,FALSE,active",
            "stock,Bravo Stock,<p>Black.</p>,Arms,,Parts,\"black, polymer\",TRUE,Title,Default Title,BS-1,300,10,79.00,FALSE,active",
        ]
        let path = tmp.folder.appendingPathComponent("arms.csv").path
        try ([SampleExports.shopifyHeader] + rows).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        _ = try engine.importCatalogue(platform: .shopify, file: path, seller: "Arms", region: .uk, currency: "GBP")
        _ = try engine.onboard(seller: "arms", tier: .premium, apps: [], seed: 7)
        let m = ConsoleModel(worker: EngineWorker(engine: engine), role: .ops)
        m.width = 120
        m.height = 40
        ConsoleFixture.settle(m)
        ConsoleFixture.open(m, "arms", .review)
        m.review.cursor = try #require(m.review.visible.firstIndex { $0.sku == "BS-1" && $0.field == "category" })
        m.loadFlagDetail()
        let b = ConsoleFixture.frame(m)
        #expect(b.text.contains("SKU BS-1 · category"))
        #expect(b.cells.filter { $0.role == .highlight }.map(\.text).joined() == "Parts")
        #expect(!b.text.contains("…Parts"), "nothing was left out before the category's first word")
    }

    @Test func theFlagDetailIsReadOnTheWorkerNotOnInput() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let first = try #require(m.review.current)
        #expect(m.flagListing == nil && m.flagHistory.isEmpty, "selecting a seller reads no flag detail")
        _ = ConsoleFixture.frame(m)
        #expect(m.flagListing?.sku == first.sku, "the frame asked the worker and the detail arrived")
        ConsoleFixture.press(m, .down)
        let second = try #require(m.review.current)
        #expect(second.id != first.id && m.flagListing == nil, "another flag's detail is not shown for this one")
        _ = ConsoleFixture.frame(m)
        #expect(m.flagListing?.sku == second.sku)
        m.worker.submit { engine in
            .flagDetail(
                seller: "lumina", flag: second.id,
                .success(FlagDetail(seller: "lumina", flag: second.id, listing: nil, history: [])))
        }
        m.worker.waitIdle()
        _ = m.tick(realMillis: 0)
        #expect(m.flagListing?.sku == second.sku, "a detail read for another seller is dropped")
    }

    @Test func aSellersListsAreReadOnTheWorkerAndAnotherSellersAreDropped() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        _ = try m.engine.trade(seller: "prairie", days: 2)
        _ = try m.engine.onboard(seller: "lumina", tier: .standard, apps: ["yotpo"], seed: 1)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        m.select("prairie")
        m.show(.review)
        #expect(m.review.flags.isEmpty && m.ordersList.orders.isEmpty && m.installed.isEmpty, "selecting a seller reads nothing on the input thread")
        #expect(m.sellerDataPending == .all)
        #expect(Screen.render(m).text.contains("Reading the flags…"), "the pane says its list is on its way, not that there is none")
        m.worker.waitIdle()
        m.select("lumina")
        _ = m.tick(realMillis: 0)
        #expect(
            m.ordersList.orders.isEmpty && m.review.flags.allSatisfy { $0.sellerID == "lumina" },
            "prairie's lists (it has traded; lumina has not) arrived after lumina was picked: dropped")
        ConsoleFixture.settle(m)
        #expect(m.sellerDataPending.isEmpty)
        #expect(!m.review.flags.isEmpty && m.review.flags.allSatisfy { $0.sellerID == "lumina" })
        #expect(m.installed == ["yotpo"])
        #expect(!Screen.render(m).text.contains("Reading the flags…"))

        let now = m.engine.who.epochSeconds()
        let stale = SellerData.read(seller: "lumina", generation: 1, parts: .flags, conflictQueueOnly: true, now: now, from: m.engine.db)
        let cleared = try #require(m.review.current)
        try m.engine.decide(seller: "lumina", flags: [cleared.id], decision: .clear)
        m.reloadFlags()
        ConsoleFixture.settle(m)
        #expect(m.review.flags.first { $0.id == cleared.id }?.state == .cleared)
        m.receiveSellerData(stale)
        #expect(m.review.flags.first { $0.id == cleared.id }?.state == .cleared, "a read older than the one on screen does not replace it")
    }

    @Test func aDecisionIsSaidOnlyOnceTheListShowsIt() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let flag = try #require(m.review.current)
        ConsoleFixture.press(m, .char("c"), .char("y"))
        m.worker.waitIdle()
        _ = m.tick(realMillis: 0)
        #expect(!m.status.contains("recorded in the ledger"), "the commit is in; the list is still being read: \(m.status)")
        m.worker.waitIdle()
        _ = m.tick(realMillis: 0)
        #expect(m.status.contains("recorded in the ledger"))
        #expect(m.review.flags.first { $0.id == flag.id }?.state == .cleared, "when the message shows, so does the decision")
    }

    @Test func theSellersAreReadOnTheWorkerAndAnOlderReadIsDropped() throws {
        let (first, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        let m = ConsoleModel(worker: EngineWorker(engine: first.engine), role: .ops)
        m.width = 120
        m.height = 40
        #expect(m.sellerTable.sellers.isEmpty && m.overview.health.isEmpty && m.sellersPending, "opening the console reads nothing on the input thread")
        #expect(Screen.render(m).text.contains("Reading the sellers…"))
        ConsoleFixture.settle(m)
        #expect(!m.sellersPending && m.sellerTable.sellers.map(\.id) == ["lumina", "pixelgrid", "prairie"])
        #expect(m.overview.health.first?.seller.id == "prairie", "the onboarded seller first")
        let older = SellerList.read(from: m.engine)
        _ = try m.engine.onboard(seller: "lumina", tier: .standard, apps: [], seed: 1)
        m.reloadSellers()
        ConsoleFixture.settle(m)
        #expect(m.sellerTable.sellers.first { $0.id == "lumina" }?.status == .onboarded)
        m.receiveSellers(generation: 1, older)
        #expect(m.sellerTable.sellers.first { $0.id == "lumina" }?.status == .onboarded, "a read older than the list on screen does not replace it")
    }

    @Test func supportRoleSeesWhyItCannotDecide() throws {
        let (m, tmp) = try ConsoleFixture.model(role: .support)
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let clear = try #require(m.bindings.first { $0.action == .reviewClear })
        #expect(clear.disabledReason == "support role is read-only: decisions need --role ops")
        ConsoleFixture.press(m, .char("c"))
        #expect(m.dialog == nil)
        #expect(m.statusIsError && m.status.contains("read-only"))
        m.helpOpen = true
        #expect(ConsoleFixture.frame(m).text.contains("disabled now: support role is read-only"))
    }

    @Test func aTeammatesClaimShowsAndKeepsTheFlagOffOnesHands() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        let bob = PierEngine(db: try tmp.open(), resources: ConsoleFixture.resources, operator: .pinned("bob"))
        let held = try bob.claimFlags(seller: "prairie", count: 2)
        #expect(held.count == 2)
        ConsoleFixture.open(m, "prairie", .review)
        m.review.cursor = try #require(m.review.visible.firstIndex { $0.id == held[0].id })
        m.loadFlagDetail()
        #expect(ConsoleFixture.frame(m).text.contains("held·bob"))
        let clear = try #require(m.bindings.first { $0.action == .reviewClear })
        #expect(clear.disabledReason == "held by bob until 2026-01-05T09:15:00Z")
        ConsoleFixture.press(m, .char("C"))
        ConsoleFixture.settle(m)
        #expect(m.status.contains("claimed") && !m.statusIsError, "\(m.status)")
        let mine = m.review.claims.values.filter { $0.operatorName == "tester" }.map(\.flagID)
        #expect(!mine.isEmpty && Set(mine).isDisjoint(with: held.map(\.id)))
        m.review.cursor = try #require(m.review.visible.firstIndex { $0.id == mine.first })
        #expect(ConsoleFixture.frame(m).text.contains("open·mine"))
    }

    @Test func decisionsGoThroughAConfirmationAndTheLedger() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let open = m.review.visible.count
        ConsoleFixture.press(m, .char(" "), .char(" "))
        #expect(m.review.marked.count == 2)
        ConsoleFixture.press(m, .char("e"))
        #expect(m.dialog?.lines.first?.contains("2 marked flags") == true)
        ConsoleFixture.press(m, .escape)
        #expect(m.dialog == nil && m.review.marked.count == 2, "cancel changes nothing")
        ConsoleFixture.press(m, .char("e"), .char("y"))
        ConsoleFixture.settle(m)
        #expect(m.review.visible.count == open - 2)
        #expect(try m.engine.db.flags(seller: "prairie", state: .editRequested).count == 2)
        #expect(try m.engine.db.events(seller: "prairie").last?.actor == "ops:tester")
    }

    @Test func aDecisionCarriesTheReviewersNoteAndWhoAndWhen() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .review)
        let flag = try #require(m.review.current)
        ConsoleFixture.press(m, .char("u"))
        #expect(m.dialog?.action == .decide([flag.id], .uphold, note: nil))
        var b = ConsoleFixture.frame(m)
        #expect(b.text.contains("n add a note"), "the confirmation says n adds a note")
        ConsoleFixture.press(m, .char("n"))
        #expect(m.dialog == nil && m.input != nil, "n opens the note")
        for c in "claims a cure" { ConsoleFixture.press(m, .char(c)) }
        ConsoleFixture.press(m, .escape)
        #expect(m.dialog?.action == .decide([flag.id], .uphold, note: nil), "Esc in the note goes back to the same question, without it")
        ConsoleFixture.press(m, .char("n"))
        for c in "claims a cure" { ConsoleFixture.press(m, .char(c)) }
        ConsoleFixture.press(m, .enter)
        #expect(m.dialog?.action == .decide([flag.id], .uphold, note: "claims a cure"))
        #expect(m.dialog?.lines.last == "Note: claims a cure")
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        let decided = try #require(try m.engine.db.events(seller: "prairie").last)
        #expect(decided.type == "flag.decided" && decided.actor == "ops:tester")
        #expect(decided.data["note"]?.stringValue == "claims a cure")
        #expect(decided.data["operator"]?.stringValue == "tester" && decided.data["wall_clock"]?.stringValue == "2026-01-05T09:00:00Z")
        m.show(.ledger)
        _ = ConsoleFixture.frame(m)
        m.ledger.cursor = 0
        m.ledger.showDetail = true
        b = ConsoleFixture.frame(m)
        #expect(b.text.contains("by tester at 2026-01-05 09:00:00 UTC; note: claims a cure"), "the ledger detail shows who, when and why")
        let log = PlainLog.lines(
            seller: try #require(try m.engine.db.seller("prairie")), events: try m.engine.db.events(seller: "prairie"),
            rules: m.engine.resources.rules)
        #expect(log.last { $0.contains("decided flag") }?.contains("(by tester at 2026-01-05 09:00:00 UTC; note: claims a cure)") == true)
    }

    @Test func playbackEndsWithTheStoredFigures() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        m.select("prairie")
        m.startPlayback()
        #expect(m.playback == nil && m.status.hasPrefix("reading prairie's ledger"), "the ledger is read on the engine worker")
        ConsoleFixture.settle(m)
        #expect(m.pane == .sync && m.status.isEmpty)
        var p = try #require(m.playback)
        #expect(p.live == 0)
        p.speedIndex = Playback.speeds.count - 1
        p.advance(realMillis: 1)
        let metrics = OnboardingMetrics(json: try #require(m.seller?.metrics))
        #expect(p.finished)
        #expect(p.flaggedSKUs == metrics.flaggedSKUs)
        #expect(p.imported == metrics.skus)
        #expect(p.live == metrics.live + metrics.inactive)
        #expect(Int64(p.coverageBP) == metrics.coverageBP, "the console's counters end on the stored figures")
        #expect(Int64(p.flaggedBP) == metrics.flaggedBP)
        m.playback = p
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("Moderation queue: \(p.flags.count) on"))
        #expect(text.contains("· done"))
    }

    @Test func ledgerWindowFetchesOnlyWhatIsOnScreen() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .ledger)
        _ = ConsoleFixture.frame(m)
        #expect(m.ledger.count > 1_000)
        ConsoleFixture.press(m, .pageDown, .pageDown, .pageDown)
        _ = ConsoleFixture.frame(m)
        #expect(m.ledger.rows.count <= m.listRows * 3)
        // A render reads nothing; a frame's preparation only asks the engine worker, and the
        // page the cursor is on arrives through the loop's tick.
        let loaded = m.ledger.rows.map(\.seq)
        m.ledger.cursor = m.ledger.count - 1
        _ = Screen.render(m)
        #expect(m.ledger.rows.map(\.seq) == loaded, "drawing reads nothing")
        m.prepareFrame()
        #expect(m.ledger.rows.map(\.seq) == loaded, "preparing a frame reads nothing on the console's thread")
        m.worker.waitIdle()
        #expect(m.tick(realMillis: 0))
        #expect(m.ledger.rows.map(\.seq) != loaded && m.ledger.current?.seq == 1, "the worker fetched the page the cursor is on")
        m.ledger.cursor = 0
        _ = ConsoleFixture.frame(m)
        #expect(m.ledger.current?.seq == Int64(m.ledger.count) - Int64(m.ledger.cursor), "newest first")
        let toFlags = try #require(LedgerWindow.typeFilters.firstIndex(of: "flag."))
        for _ in 0..<toFlags { ConsoleFixture.press(m, .char("t")) }
        _ = ConsoleFixture.frame(m)
        #expect(m.ledger.typePrefix == "flag.")
        #expect(m.ledger.count == 9, "five flags held or rejected and four advisory notes")
        ConsoleFixture.press(m, .enter)
        #expect(ConsoleFixture.frame(m).text.contains("hash "))
    }

    @Test func aLedgerPageReadForAnotherListIsDropped() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.open(m, "prairie", .ledger)
        _ = ConsoleFixture.frame(m)
        let all = m.ledger.count
        ConsoleFixture.press(m, .char("o"))
        m.prepareFrame()
        // The order and then the type filter change while the worker reads the page.
        ConsoleFixture.press(m, .char("t"))
        m.worker.waitIdle()
        _ = m.tick(realMillis: 0)
        #expect(!m.ledger.counted && m.ledger.rows.isEmpty, "the page read for every type is not shown under a type filter")
        _ = ConsoleFixture.frame(m)
        let type = try #require(m.ledger.typePrefix)
        #expect(m.ledger.count == (try m.engine.db.events(seller: "prairie").filter { $0.type.hasPrefix(type) }.count))
        #expect(m.ledger.count < all && m.ledger.current.map { $0.type.hasPrefix(type) } == true)
        #expect(!m.ledger.newestFirst && m.ledger.current?.seq == m.ledger.rows.first?.seq)
    }

    @Test func ordersPaneTradesAWeekAndListsEveryOrder() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        m.select("prairie")
        ConsoleFixture.press(m, .char("7"))
        #expect(m.pane == .orders)
        #expect(ConsoleFixture.frame(m).text.contains("No trading yet"))
        ConsoleFixture.press(m, .char("t"))
        #expect(m.dialog?.action == .trade(days: 7))
        ConsoleFixture.press(m, .char("y"))
        ConsoleFixture.settle(m)
        let t = try #require(m.tradingMetrics)
        #expect(m.ordersList.orders.count == t.orders && t.orders > 0)
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("7 days after go-live") && text.contains("fulfilment \(Format.percent(t.fulfilmentSuccessBP)) by merchant"))
        #expect(text.contains(m.ordersList.orders[0].orderID), "newest order on screen")
        ConsoleFixture.press(m, .char("t"))
        #expect(m.dialog == nil && m.statusIsError && m.status.contains("already traded"))
        ConsoleFixture.press(m, .char("s"), .char("s"), .char("s"))
        #expect(m.ordersList.visible.allSatisfy { $0.status == "CANCELLED" })
        ConsoleFixture.press(m, .char("1"))
        #expect(ConsoleFixture.frame(m).text.contains(Format.percent(t.fulfilmentSuccessBP)), "sellers table shows fulfilment")
    }

    @Test func supportCannotTrade() throws {
        let (m, tmp) = try ConsoleFixture.model(role: .support)
        defer { tmp.remove() }
        m.select("prairie")
        ConsoleFixture.press(m, .char("7"), .char("t"))
        #expect(m.dialog == nil && m.status.contains("read-only"))
    }

    @Test func helpIsSearchable() throws {
        let (m, tmp) = try ConsoleFixture.model()
        defer { tmp.remove() }
        ConsoleFixture.press(m, .char("?"))
        #expect(m.helpOpen)
        for c in "filter" { ConsoleFixture.press(m, .char(c)) }
        let text = ConsoleFixture.frame(m).text
        #expect(text.contains("Filter sellers"))
        #expect(!text.contains("Show every key"))
        ConsoleFixture.press(m, .escape)
        #expect(!m.helpOpen)
    }
}

@Suite("Console: a merchant's changed export")
struct ConsoleMerchantSyncTests {
    @Test func importingAnOnboardedSellersExportShowsTheSyncFirst() throws {
        let (m, tmp) = try ConsoleFixture.model(onboardPrairie: false)
        defer { tmp.remove() }
        let header =
            "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Gift Card,Status"
        let v1 = tmp.folder.appendingPathComponent("v1.csv").path
        let v2 = tmp.folder.appendingPathComponent("v2.csv").path
        try
            (header + "\nring,Silver Ring,<p>Band.</p>,Luna,,,,TRUE,Title,Default Title,R-1,5,10,25.00,FALSE,active\n"
            + "hoop,Silver Hoop Earrings,<p>Hoops.</p>,Luna,,,,TRUE,Title,Default Title,H-1,5,10,19.00,FALSE,active\n").write(
                toFile: v1, atomically: true, encoding: .utf8)
        try (header + "\nhoop,Silver Hoop Earrings,<p>Hoops.</p>,Luna,,,,TRUE,Title,Default Title,H-1,5,10,19.00,FALSE,active\n").write(
            toFile: v2, atomically: true, encoding: .utf8)
        _ = try m.engine.importCatalogue(platform: .shopify, file: v1, seller: "Luna", region: .us, currency: "USD")
        _ = try m.engine.onboard(seller: "luna", tier: .lite, apps: [], seed: 1)
        m.importCatalogue("shopify \(v2) Luna")
        ConsoleFixture.settle(m)
        let dialog = try #require(m.dialog)
        #expect(dialog.title == "Synced luna from the merchant")
        #expect(dialog.lines.first == "merchant sync: 0 added, 0 changed, 1 removed")
        #expect(try m.engine.db.listing(seller: "luna", sku: "R-1")?.status == .removed)
    }
}
