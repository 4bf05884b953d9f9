import Foundation
import GRDB
import PierTestSupport
import Testing

@testable import PierCore
@testable import PierEngine
@testable import PierStore

/// The days after go-live: orders through webhooks, fulfilment, returns and the apps' scopes.
@Suite("After go-live: orders, fulfilment, returns, apps", .serialized)
struct TradingTests {
    static func traded(apps: [String], seed: UInt64, days: Int = 7) throws -> (Fixture.Run, TradingMetrics) {
        let run = try Fixture.onboard("lumina", .standard, apps, seed: seed)
        return (run, try run.engine.trade(seller: "lumina", days: days))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func luminaWithShipStationMeetsTheSeedTargets(seed: UInt64) throws {
        let (with, t) = try Self.traded(apps: ["yotpo", "klaviyo", "shipstation"], seed: seed)
        defer { with.tmp.remove() }
        let (without, u) = try Self.traded(apps: ["yotpo", "klaviyo"], seed: seed)
        defer { without.tmp.remove() }
        #expect(t.firstSaleMillis >= 0 && t.firstSaleMillis < 2 * 3_600_000, "first sale \(t.firstSaleMillis) ms after go-live")
        #expect(t.fulfilmentOutcomes > 100)
        #expect(t.fulfilmentSuccessBP > 9_700, "with ShipStation: \(t.fulfilmentSuccessBP) bp")
        #expect(t.fulfilledBy == "shipstation" && u.fulfilledBy == "merchant")
        #expect(u.fulfilmentSuccessBP + 150 < t.fulfilmentSuccessBP, "without ShipStation \(u.fulfilmentSuccessBP) bp vs \(t.fulfilmentSuccessBP) bp")
        #expect((t.appActivity["shipstation"] ?? 0) == t.paid, "every paid order routed to ShipStation")
        #expect(u.appActivity["shipstation"] == nil)
        #expect(t.returns > 0 || t.delivered < 50)
    }

    @Test func tradingIsDeterministicAndIdempotent() throws {
        let (a, _) = try Self.traded(apps: ["yotpo", "klaviyo", "shipstation"], seed: 4, days: 2)
        defer { a.tmp.remove() }
        let (b, _) = try Self.traded(apps: ["yotpo", "klaviyo", "shipstation"], seed: 4, days: 2)
        defer { b.tmp.remove() }
        let ha = try a.engine.db.verifyLedger(seller: "lumina"), hb = try b.engine.db.verifyLedger(seller: "lumina")
        #expect(ha.head == hb.head && ha.problem == nil)
        try a.engine.trade(seller: "lumina", days: 2)
        #expect(try a.engine.db.verifyLedger(seller: "lumina").events == ha.events, "trading the same days again writes nothing")
        #expect(throws: OnboardingError.self) { try a.engine.trade(seller: "lumina", days: 3) }
    }

    @Test func noOversellSurvivesAndCancellationsSayWhy() throws {
        let (run, t) = try Self.traded(apps: ["shipstation"], seed: 1)
        defer { run.tmp.remove() }
        let listings = try run.engine.db.listings(seller: "lumina")
        #expect(listings.allSatisfy { $0.inventory.values.allSatisfy { $0 >= 0 } })
        let orders = try run.engine.db.orders(seller: "lumina")
        #expect(orders.count == t.orders)
        let cancelled = orders.filter { !$0.note.isEmpty }
        #expect(cancelled.count == t.cancelledOutOfStock)
        #expect(cancelled.allSatisfy { $0.note.hasPrefix("out of stock in ") && $0.status == "CANCELLED" })
        #expect(orders.filter { $0.status == "DELIVERED" }.count == t.delivered)
    }

    @Test func forgedWebhooksAreRejectedLedgeredAndChangeNothing() throws {
        let (run, t) = try Self.traded(apps: ["yotpo", "klaviyo", "shipstation"], seed: 2, days: 3)
        defer { run.tmp.remove() }
        let events = try run.engine.db.events(seller: "lumina")
        let rejected = events.filter { $0.type == "webhook.rejected" }
        #expect(rejected.count == t.webhooksRejected)
        // Three forgeries a day: a guessed secret and a changed byte fail the signature, a replay
        // is stale (a genuine duplicate arriving over five minutes late is refused the same way).
        #expect(rejected.filter { $0.data["reason"]?.stringValue == "bad_signature" }.count == 6)
        #expect(rejected.filter { $0.data["reason"]?.stringValue == "stale_timestamp" }.count >= 3)
        // The forgeries name orders that do not exist (18 digits ending 000000): none of them reached the book.
        let orders = try run.engine.db.orders(seller: "lumina")
        #expect(orders.count == t.orders && !orders.isEmpty)
        #expect(orders.allSatisfy { !$0.orderID.hasSuffix("000000") })
        #expect(!events.contains { $0.type.hasPrefix("order.") && ($0.data["order"]?.stringValue ?? "").hasSuffix("000000") })
    }

    @Test func replayRebuildsTheOrdersAndCatchesAnEditedOne() throws {
        let (run, _) = try Self.traded(apps: ["shipstation"], seed: 5, days: 2)
        defer { run.tmp.remove() }
        #expect(try run.engine.replay(seller: "lumina").differences.isEmpty)
        let victim = try #require(try run.engine.db.orders(seller: "lumina").first)
        try run.engine.sqlite.writeDB { db in
            try db.execute(sql: "UPDATE orders SET status = 'COMPLETED' WHERE seller_id = 'lumina' AND order_id = ?", arguments: [victim.orderID])
        }
        let differences = try run.engine.replay(seller: "lumina").differences
        #expect(differences == ["order \(victim.orderID): stored COMPLETED/\(victim.fulfilment), replayed \(victim.status)/\(victim.fulfilment)"])
    }

    @Test func supportTicketsCarryBuyerContactOnlyWithThePIIScope() throws {
        let premium = try Fixture.onboard("pixelgrid", .premium, ["zendesk"], seed: 1)
        defer { premium.tmp.remove() }
        let p = try premium.engine.trade(seller: "pixelgrid", days: 4)
        let standard = try Fixture.onboard("lumina", .standard, ["gorgias"], seed: 1)
        defer { standard.tmp.remove() }
        let s = try standard.engine.trade(seller: "lumina", days: 7)
        func tickets(_ run: Fixture.Run, _ seller: String) throws -> [LedgerEvent] {
            try run.engine.db.events(seller: seller).filter { $0.type == "app.activity" && $0.data["action"]?.stringValue == "open a support ticket" }
        }
        let z = try tickets(premium, "pixelgrid"), g = try tickets(standard, "lumina")
        #expect(!z.isEmpty && z.count == p.appActivity["zendesk"], "late dispatches and failed deliveries open tickets")
        #expect(z.allSatisfy { $0.data["contact"]?.stringValue == "buyer contact included" && $0.data["scope"]?.stringValue == "support.write" })
        #expect(!g.isEmpty && g.count == s.appActivity["gorgias"])
        #expect(g.allSatisfy { $0.data["contact"]?.stringValue == "buyer contact withheld (no customer.pii.read)" })
        #expect(p.fulfilledBy == "merchant" && p.orders > s.orders, "PixelGrid sells more, in two regions")
    }

    @Test func theExportCarriesTheTradingFiguresAndEveryOrder() throws {
        let (run, t) = try Self.traded(apps: ["shipstation", "klaviyo"], seed: 1, days: 3)
        defer { run.tmp.remove() }
        let out = run.tmp.folder.appendingPathComponent("export").path
        _ = try Exporter(engine: run.engine).export(seller: "lumina", to: out)
        let manifest = try JSONParser.parse(String(contentsOfFile: out + "/manifest.json", encoding: .utf8))
        let trading = try #require(manifest["metrics"]?["trading"])
        #expect(TradingMetrics(json: trading) == t)
        let rows = try String(contentsOfFile: out + "/orders.csv", encoding: .utf8).split(separator: "\n")
        #expect(rows.count == t.orders + 1)
        #expect(rows.first == "seller,order_id,placed_at_ms,sku,region,quantity,amount,currency,status,fulfilment,return,note")
    }

    @Test func inboxChecksSignatureAgeAndEveryByte() throws {
        let root = try #require(try SharedData.json("tiktok-shop/signing-test-vectors.json") as? [String: Any])
        let w = try #require(root["tiktok_webhook"] as? [String: Any])
        let key = try #require(w["app_key"] as? String), secret = try #require(w["app_secret"] as? String)
        let body = try #require(w["raw_body"] as? String), header = try #require(w["expected_authorization_header"] as? String)
        let inbox = WebhookInbox(appKey: key, appSecret: secret)
        guard case .success(let event) = inbox.verify(authorization: header, rawBody: body, receivedAt: 1_664_095_733 + 10) else {
            Issue.record("the published vector must verify")
            return
        }
        #expect(event.type == 1 && event.data["order_id"]?.stringValue == "576684019603311365", "an order id above 2^53 stays exact")
        #expect(inbox.verify(authorization: header, rawBody: body, receivedAt: 1_664_095_733 + 301) == .failure(.stale(ageSeconds: 301)))
        #expect(inbox.verify(authorization: String(header.dropLast()) + "0", rawBody: body, receivedAt: 1_664_095_733) == .failure(.badSignature))
        var bytes = Array(body.utf8)
        for i in stride(from: 0, to: bytes.count, by: 7) {
            let original = bytes[i]
            bytes[i] ^= 0x01
            #expect(inbox.verify(authorization: header, rawBody: String(decoding: bytes, as: UTF8.self), receivedAt: 1_664_095_733) == .failure(.badSignature))
            bytes[i] = original
        }
    }

    @Test func anAppActingOutsideItsScopesIsRefusedWithTheScopeNamed() throws {
        let (run, t) = try Self.traded(apps: ["yotpo", "klaviyo", "shipstation"], seed: 1, days: 2)
        defer { run.tmp.remove() }
        #expect(t.appRefusals == 2, "Klaviyo asks for phone numbers once a day")
        let before = try run.engine.db.verifyLedger(seller: "lumina").events
        let refused = try run.engine.appCall(seller: "lumina", app: "yotpo", scope: "inventory.write", action: "set stock")
        guard case .failure(let r) = refused else { Issue.record("yotpo has no inventory.write"); return }
        #expect(r.scope.rawValue == "inventory.write" && r.description.contains("inventory.write"))
        let allowed = try run.engine.appCall(seller: "lumina", app: "yotpo", scope: "reviews.write", action: "import a review")
        #expect((try? allowed.get()) != nil)
        let last = try run.engine.db.events(seller: "lumina").suffix(2)
        #expect(last.map(\.type) == ["app.call_refused", "app.activity"])
        #expect(last.first?.data["scope"]?.stringValue == "inventory.write")
        #expect(try run.engine.db.verifyLedger(seller: "lumina").events == before + 2)
        let notInstalled = try run.engine.appCall(seller: "lumina", app: "zendesk", scope: "support.write", action: "open a ticket")
        #expect((try? notInstalled.get()) == nil, "an app that is not installed may do nothing")
    }
}

/// Any interleaving of the same order webhooks ends in the same book.
@Suite struct OrderBookPropertyTests {
    @Test func anyInterleavingOfDuplicatedDroppedAndReorderedDeliveriesConverges() {
        let lifecycles: [[OrderStatus]] = [
            [.unpaid, .awaitingShipment, .awaitingCollection, .inTransit, .delivered],
            [.unpaid, .awaitingShipment, .cancelled],
            [.unpaid, .cancelled],
            [.unpaid, .onHold, .awaitingShipment, .awaitingCollection, .inTransit],
            [.unpaid, .awaitingShipment, .awaitingCollection, .inTransit, .delivered, .completed],
        ]
        var truthRng = SeededRandom(seed: 11, stream: "orders")
        var truth = [String: [OrderStatus]]()
        for n in 0..<60 { truth["5764\(100_000_000_000_000 + n)"] = lifecycles[truthRng.int(in: 0...(lifecycles.count - 1))] }
        var reference: OrderBook?
        for trial in 0..<300 {
            var rng = SeededRandom(seed: UInt64(trial), stream: "deliveries")
            var deliveries = [(String, OrderStatus)]()
            for (order, statuses) in truth.sorted(by: { $0.key < $1.key }) {
                for s in statuses {
                    let copies = rng.chance(0.1) ? 0 : (rng.chance(0.2) ? 2 : 1)
                    for _ in 0..<copies { deliveries.append((order, s)) }
                }
            }
            for i in stride(from: deliveries.count - 1, to: 0, by: -1) { deliveries.swapAt(i, rng.int(in: 0...i)) }
            var book = OrderBook()
            for (order, status) in deliveries { _ = book.apply(order: order, status: status) }
            for (order, statuses) in truth.sorted(by: { $0.key < $1.key }) {
                if let last = statuses.last { _ = book.apply(order: order, status: last) }
            }
            for (order, statuses) in truth { #expect(book.statuses[order] == statuses.last, "trial \(trial), order \(order)") }
            if let reference { #expect(book == reference && book.totals == reference.totals) } else { reference = book }
        }
    }

    @Test func aLateOlderStatusNeverMovesAnOrderBack() {
        var book = OrderBook()
        #expect(book.apply(order: "1", status: .inTransit) != nil)
        #expect(book.apply(order: "1", status: .awaitingShipment) == nil)
        #expect(book.apply(order: "1", status: .cancelled) == nil, "a parcel on its way is not cancelled")
        #expect(book.apply(order: "1", status: .inTransit) == nil, "a duplicate changes nothing")
        #expect(book.apply(order: "1", status: .delivered)?.previous == .inTransit)
    }
}
