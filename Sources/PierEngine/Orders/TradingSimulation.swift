import Crypto
import PierCore
import PierStore

/// The days after go-live, on the virtual clock: buyers order live listings on the simulated
/// TikTok Shop, which tells Pier through signed webhooks (late, out of order, sometimes twice,
/// sometimes never; a few forged). Pier verifies each one, applies it to its order book
/// idempotently, polls to close the gaps, takes the stock through the conflict resolver,
/// routes fulfilment to the installed shipping app (or the merchant), handles returns and
/// lets the installed apps act, each only within its scopes. Everything is a ledger event.
struct TradingSimulation: LedgerEmitting {
    struct Listing {
        let sku: String
        let liveAt: Int64
        let priceMinor: Int64
        var stock: [Region: Int]
    }

    let sellerID: String
    let vertical: String
    let regions: [Region]
    let listings: [Listing]
    let gate: AppGate
    let seed: UInt64
    let days: Int
    /// Orders per live SKU per day.
    let demand: Double
    let start: Int64

    static let appKey = "pier-sim-app-key"
    static let appSecret = "pier-sim-app-secret"
    static let epochSeconds: Int64 = 1_782_000_000
    static let shopID = "7494049642642441621"
    /// Orders must be handed to the carrier within this long after payment.
    static let dispatchSLAMillis: Int64 = 48 * 3_600_000
    static let pollMillis: Int64 = 15 * 60_000
    static let conversion = 0.03

    struct Output {
        let drafts: [LedgerDraft]
        let metrics: TradingMetrics
    }

    private struct ShopOrder {
        let id: String
        let sku: String
        let region: Region
        let quantity: Int
        let amountMinor: Int64
        let placedAt: Int64
        var status: OrderStatus = .unpaid
        var updatedAt: Int64
        var paidAt: Int64?
        /// A buyer's return request on the shop side, with its reason.
        var returnReason: String?
        var returnRequestedAt: Int64?
        var returnID: String { "R" + id.suffix(12) }
    }

    private enum Step {
        case place(Int)
        case pay(Int)
        case webhook(rawBody: String, authorization: String)
        case poll
        case labelled(Int)
        case shipped(Int)
        case delivered(Int)
        case deliveryFailed(Int)
        case returnRequested(Int, reason: String)
        case returnReceived(Int)
        case review(Int)
        case appProbe(day: Int)
    }

    private var queue = EventQueue<Step>()
    private var drafts = [LedgerDraft]()
    private var shop = [ShopOrder]()
    private var book = OrderBook()
    private var known = Set<Int>()
    private var stock = [String: [Region: Int]]()
    private var metrics = TradingMetrics()
    private var rng: SeededRandom
    private var lastPoll: Int64
    /// Shop orders by id, for the webhooks that name them.
    private var orderIndex = [String: Int]()
    /// Orders whose return Pier has learned of.
    private var knownReturns = Set<Int>()

    init(
        sellerID: String, vertical: String, regions: [Region], listings: [Listing], gate: AppGate, seed: UInt64, days: Int,
        demand: Double, start: Int64
    ) {
        self.sellerID = sellerID
        self.vertical = vertical
        self.regions = regions
        self.listings = listings.sorted { $0.sku < $1.sku }
        self.gate = gate
        self.seed = seed
        self.days = days
        self.demand = demand
        self.start = start
        rng = SeededRandom(seed: seed, stream: "trading:\(sellerID)")
        lastPoll = start
        for l in listings { stock[l.sku] = l.stock }
    }

    private var end: Int64 { start + Int64(days) * 86_400_000 }
    private var shippingApp: PartnerApp? { gate.app(category: "shipping", with: .fulfilmentWrite) }

    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String? = nil, _ data: JSONValue) {
        drafts.append(LedgerDraft(at: at, type: type, actor: actor, sku: sku, data: data))
    }

    mutating func run() -> Output {
        metrics.days = days
        metrics.fulfilledBy = shippingApp?.id ?? "merchant"
        emit(start, "pier:engine", TradingStarted(days: days, liveSKUs: listings.count, fulfilment: metrics.fulfilledBy))
        scheduleOrders()
        var t = start + Self.pollMillis
        while t <= end { queue.push(t, .poll); t += Self.pollMillis }
        for day in 0..<days { queue.push(start + Int64(day) * 86_400_000 + 9 * 3_600_000, .appProbe(day: day)) }
        scheduleForgeries()
        while let (at, step) = queue.pop() {
            guard at <= end else { break }
            handle(step, at: at)
        }
        emit(end, "pier:engine", TradingCompleted(metrics: metrics.json))
        let ordered = drafts.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        return Output(drafts: ordered, metrics: metrics)
    }

    // MARK: The shop side

    private mutating func scheduleOrders() {
        let live = listings.filter { $0.liveAt <= end }
        guard !live.isEmpty else { return }
        var demandRng = SeededRandom(seed: seed, stream: "orders:\(sellerID)")
        let perDay = Double(live.count) * demand * Self.conversion
        var t = Double(start)
        var n = 0
        while true {
            t += demandRng.exponential(mean: 86_400_000 / max(perDay, 1e-9))
            if t >= Double(end) { break }
            let l = live[demandRng.int(in: 0...(live.count - 1))]
            if Int64(t) < l.liveAt { continue }
            if (l.stock.values.reduce(0, +)) == 0 && !demandRng.chance(0.1) { continue }
            let region = regions.count == 1 || demandRng.chance(0.6) ? regions[0] : regions[demandRng.int(in: 1...(regions.count - 1))]
            let qty = demandRng.chance(0.9) ? 1 : 2
            n += 1
            let id = "5764" + String(SeededRandom.fnv1a("\(sellerID):\(n)") % 100_000_000_000_000).leftPadded(to: 14)
            orderIndex[id] = shop.count
            shop.append(
                ShopOrder(
                    id: id, sku: l.sku, region: region, quantity: qty, amountMinor: l.priceMinor * Int64(qty),
                    placedAt: Int64(t), updatedAt: Int64(t)))
            queue.push(Int64(t), .place(shop.count - 1))
        }
    }

    private mutating func scheduleForgeries() {
        var f = SeededRandom(seed: seed, stream: "forged:\(sellerID)")
        for day in 0..<days {
            for kind in ["bad_signature", "stale_timestamp", "body_changed"] {
                let at = start + Int64(day) * 86_400_000 + Int64(f.unit() * 86_400_000)
                let ts = Self.epochSeconds + at / 1000
                let fake = "5764" + String(f.int(in: 10_000_000...99_999_999)) + "000000"
                var body = WebhookInbox.orderStatusBody(shopID: Self.shopID, timestamp: ts, order: fake, status: .cancelled)
                var auth = RequestSigner.webhookSignature(appKey: Self.appKey, appSecret: Self.appSecret, rawBody: body)
                switch kind {
                case "bad_signature": auth = RequestSigner.webhookSignature(appKey: Self.appKey, appSecret: "guessed-secret", rawBody: body)
                case "stale_timestamp":
                    body = WebhookInbox.orderStatusBody(shopID: Self.shopID, timestamp: ts - 3_600, order: fake, status: .cancelled)
                    auth = RequestSigner.webhookSignature(appKey: Self.appKey, appSecret: Self.appSecret, rawBody: body)
                default: body = body.replacingOccurrences(of: "\"CANCELLED\"", with: "\"CANCELLEd\"")
                }
                queue.push(at, .webhook(rawBody: body, authorization: auth))
            }
        }
    }

    /// The shop changes an order's status and tells Pier: usually once, a few seconds late;
    /// sometimes twice; sometimes never (polling finds it).
    private mutating func shopSets(_ i: Int, _ status: OrderStatus, at: Int64) {
        guard shop[i].status.canMove(to: status) else { return }
        shop[i].status = status
        shop[i].updatedAt = at
        notify(i, status, at: at)
    }

    private mutating func notify(_ i: Int, _ status: OrderStatus, at: Int64) {
        deliver(WebhookInbox.orderStatusBody(shopID: Self.shopID, timestamp: Self.epochSeconds + at / 1000, order: shop[i].id, status: status), at: at)
    }

    private mutating func deliver(_ body: String, at: Int64) {
        let auth = RequestSigner.webhookSignature(appKey: Self.appKey, appSecret: Self.appSecret, rawBody: body)
        if rng.chance(0.02) { return }
        let arrival = at + Int64(rng.logNormal(median: 2_000, sigma: 1.2))
        queue.push(arrival, .webhook(rawBody: body, authorization: auth))
        if rng.chance(0.03) { queue.push(arrival + Int64(rng.logNormal(median: 60_000, sigma: 1)), .webhook(rawBody: body, authorization: auth)) }
    }

    // MARK: Steps

    private mutating func handle(_ step: Step, at: Int64) {
        switch step {
        case .place(let i):
            notify(i, .unpaid, at: at)
            queue.push(at + Int64(rng.logNormal(median: 90_000, sigma: 1)), .pay(i))
        case .pay(let i):
            shop[i].paidAt = at
            shopSets(i, .awaitingShipment, at: at)
        case .webhook(let body, let auth):
            receive(body: body, authorization: auth, at: at)
        case .poll:
            poll(at: at)
        case .labelled(let i):
            guard shop[i].status == .awaitingShipment else { return }
            shopSets(i, .awaitingCollection, at: at)
            let by = shippingApp?.id ?? "merchant"
            emit(
                at, by == "merchant" ? "merchant:\(sellerID)" : "app:\(by)", sku: shop[i].sku,
                FulfilmentLabelled(order: shop[i].id, carrier: regionCarrier(shop[i].region), tracking: "1Z\(shop[i].id.suffix(10))"))
            queue.push(at + Int64(rng.logNormal(median: shippingApp == nil ? 8 * 3_600_000 : 4 * 3_600_000, sigma: 0.5)), .shipped(i))
        case .shipped(let i):
            guard shop[i].status == .awaitingCollection, let paid = shop[i].paidAt else { return }
            shopSets(i, .inTransit, at: at)
            let late = at - paid > Self.dispatchSLAMillis
            if late { metrics.lateDispatches += 1; lateOrders.insert(i) }
            emit(at, "carrier:\(regionCarrier(shop[i].region))", sku: shop[i].sku, FulfilmentShipped(order: shop[i].id, dispatchMillis: at - paid, late: late))
            if late { ticket(i, reason: "late dispatch", at: at) }
            if let tracker = gate.apps(category: "shipping").first(where: { $0.allows(Scope("logistics.read")) && $0.id != shippingApp?.id }) {
                act(tracker, Scope("logistics.read"), "sync tracking", at: at, sku: shop[i].sku, ["order": .string(shop[i].id)])
            }
            let failP = shippingApp == nil ? 0.025 : 0.008
            let transit = Int64(rng.logNormal(median: 2.5 * 86_400_000, sigma: 0.35))
            queue.push(at + transit, rng.chance(failP) ? .deliveryFailed(i) : .delivered(i))
        case .delivered(let i):
            guard shop[i].status == .inTransit else { return }
            shopSets(i, .delivered, at: at)
            metrics.delivered += 1
            metrics.fulfilmentOutcomes += 1
            if !lateOrders.contains(i) { metrics.fulfilledOnTime += 1 }
            emit(at, "carrier:\(regionCarrier(shop[i].region))", sku: shop[i].sku, FulfilmentDelivered(order: shop[i].id))
            if rng.chance(0.045) {
                let reasons = ["damaged in transit", "not as described", "wrong shade or size", "changed mind"]
                let reason = reasons[min(reasons.count - 1, Int(rng.unit() * 4))]
                queue.push(at + Int64(rng.logNormal(median: 2 * 86_400_000, sigma: 0.5)), .returnRequested(i, reason: reason))
            }
            if rng.chance(0.15) { queue.push(at + Int64(rng.logNormal(median: 86_400_000, sigma: 0.6)), .review(i)) }
        case .deliveryFailed(let i):
            guard shop[i].status == .inTransit else { return }
            metrics.failedDeliveries += 1
            metrics.fulfilmentOutcomes += 1
            emit(
                at, "carrier:\(regionCarrier(shop[i].region))", sku: shop[i].sku,
                FulfilmentFailed(
                    order: shop[i].id,
                    reason: shippingApp == nil ? "address could not be matched by the carrier" : "recipient not available after three attempts"
                ))
            ticket(i, reason: "failed delivery", at: at)
        case .returnRequested(let i, let reason):
            shop[i].returnReason = reason
            shop[i].returnRequestedAt = at
            deliver(
                WebhookInbox.returnStatusBody(
                    shopID: Self.shopID, timestamp: Self.epochSeconds + at / 1000, order: shop[i].id,
                    returnID: shop[i].returnID, status: "RETURN_OR_REFUND_REQUEST_PENDING"), at: at)
        case .returnReceived(let i):
            let o = shop[i]
            stock[o.sku, default: [:]][o.region, default: 0] += o.quantity
            metrics.restockedUnits += o.quantity
            emit(
                at, "pier:returns", sku: o.sku,
                ListingChanged(id: "return-\(o.id)", source: .merchant, hlc: HLC(wall: at), change: .inventoryDelta(o.region, o.quantity)))
        case .review(let i):
            guard let app = gate.app(category: "reviews", with: Scope("reviews.write")) else { return }
            let rating = rng.chance(0.78) ? 5 : rng.int(in: 1...4)
            act(
                app, Scope("reviews.write"), "import a buyer review onto the TikTok listing", at: at, sku: shop[i].sku,
                ["order": .string(shop[i].id), "rating": .number(rating)])
        case .appProbe(let day):
            for app in gate.apps(category: "email") {
                act(app, Scope("customer.pii.read"), "read buyer phone numbers for an SMS flow", at: at, sku: nil, ["day": .number(day + 1)])
            }
        }
    }

    private func regionCarrier(_ r: Region) -> String {
        switch r {
        case .us: "UPS"
        case .uk: "Royal Mail"
        default: "DHL"
        }
    }

    private var lateOrders = Set<Int>()

    /// An installed app acts: within its scopes it is ledgered as activity, outside them it is
    /// refused, and the refusal (naming the scope) is ledgered instead.
    private mutating func act(_ app: PartnerApp, _ scope: Scope, _ action: String, at: Int64, sku: String?, _ data: [String: JSONValue]) {
        let call = AppActivity(app: app.id, scope: scope.rawValue, action: action, details: data)
        switch gate.check(app, scope, action: action) {
        case .success:
            metrics.appActivity[app.id, default: 0] += 1
            emit(at, "app:\(app.id)", sku: sku, call)
        case .failure(let refusal):
            metrics.appRefusals += 1
            emit(at, "pier:gate", sku: sku, call.refused(refusal.description))
        }
    }

    private mutating func ticket(_ i: Int, reason: String, at: Int64) {
        guard let app = gate.app(category: "support", with: Scope("support.write")) else { return }
        let contact = app.allows(Scope("customer.pii.read")) ? "buyer contact included" : "buyer contact withheld (no customer.pii.read)"
        act(
            app, Scope("support.write"), "open a support ticket", at: at, sku: shop[i].sku,
            ["order": .string(shop[i].id), "reason": .string(reason), "contact": .string(contact)])
    }

    // MARK: Pier's side

    private mutating func receive(body: String, authorization: String, at: Int64) {
        metrics.webhooksReceived += 1
        let inbox = WebhookInbox(appKey: Self.appKey, appSecret: Self.appSecret)
        switch inbox.verify(authorization: authorization, rawBody: body, receivedAt: Self.epochSeconds + at / 1000) {
        case .failure(let rejection):
            metrics.webhooksRejected += 1
            emit(
                at, "pier:webhooks",
                WebhookRejected(
                    reason: rejection.code, detail: rejection.description, bodySHA256: Hex.encode(SHA256.hash(data: Array(body.utf8))),
                    bytes: body.utf8.count))
        case .success(let event):
            guard let id = event.data["order_id"]?.stringValue, let i = orderIndex[id] else { return }
            switch event.type {
            case 1:
                guard let status = event.data["order_status"]?.stringValue.flatMap(OrderStatus.init(rawValue:)) else { return }
                if !apply(i, status, source: "webhook", at: at) { metrics.duplicatesIgnored += 1 }
            case 12:
                if !learnReturn(i, source: "webhook", at: at) { metrics.duplicatesIgnored += 1 }
            default:
                break
            }
        }
    }

    private mutating func poll(at: Int64) {
        for i in shop.indices where shop[i].updatedAt > lastPoll - Self.pollMillis && shop[i].updatedAt <= at {
            if apply(i, shop[i].status, source: "poll", at: at) { metrics.reconciled += 1 }
        }
        for i in shop.indices where (shop[i].returnRequestedAt ?? .max) > lastPoll - Self.pollMillis && (shop[i].returnRequestedAt ?? .max) <= at {
            if learnReturn(i, source: "poll", at: at) { metrics.reconciled += 1 }
        }
        lastPoll = at
    }

    /// Pier learns of a buyer's return (webhook or poll) and decides it once.
    private mutating func learnReturn(_ i: Int, source: String, at: Int64) -> Bool {
        guard let reason = shop[i].returnReason, knownReturns.insert(i).inserted else { return false }
        metrics.returns += 1
        let returnID = shop[i].returnID
        emit(at, "tiktok:\(source)", sku: shop[i].sku, ReturnRequested(order: shop[i].id, returnID: returnID, reason: reason))
        if vertical == "beauty" && reason == "changed mind" {
            metrics.returnsRejected += 1
            emit(
                at + 60_000, "pier:returns", sku: shop[i].sku,
                ReturnRejected(order: shop[i].id, returnID: returnID, reason: "opened cosmetics cannot be resold (hygiene policy)"))
        } else {
            metrics.returnsApproved += 1
            emit(at + 60_000, "pier:returns", sku: shop[i].sku, ReturnApproved(order: shop[i].id, returnID: returnID, refundMinor: shop[i].amountMinor))
            if reason == "damaged in transit" || reason == "not as described" { ticket(i, reason: "return: \(reason)", at: at) }
            if reason != "damaged in transit" {
                queue.push(at + Int64(rng.logNormal(median: 3 * 86_400_000, sigma: 0.4)), .returnReceived(i))
            }
        }
        return true
    }

    /// Applies a status to Pier's book; false when it changed nothing.
    private mutating func apply(_ i: Int, _ status: OrderStatus, source: String, at: Int64) -> Bool {
        let o = shop[i]
        guard let change = book.apply(order: o.id, status: status) else { return false }
        if known.insert(i).inserted {
            metrics.orders += 1
            emit(
                at, "tiktok:\(source)", sku: o.sku,
                OrderCreated(
                    order: o.id, region: o.region, quantity: o.quantity, amountMinor: o.amountMinor, status: status.rawValue, placedAt: o.placedAt
                ))
        } else {
            emit(at, "tiktok:\(source)", sku: o.sku, OrderStatusChanged(order: o.id, from: change.previous?.rawValue ?? "", to: status.rawValue))
        }
        if change.previous.map({ $0 < .awaitingShipment }) ?? true, status >= .awaitingShipment, status != .cancelled {
            paid(i, at: at)
        }
        return true
    }

    /// Pier learns an order is paid: take the stock (or cancel: no oversell), then route it.
    private mutating func paid(_ i: Int, at: Int64) {
        let o = shop[i]
        let available = stock[o.sku]?[o.region] ?? 0
        guard available >= o.quantity else {
            metrics.cancelledOutOfStock += 1
            emit(
                at, "pier:inventory", sku: o.sku,
                OrderCancelled(order: o.id, reason: "out of stock in \(o.region.rawValue): \(available) left, \(o.quantity) ordered"))
            shopSets(i, .cancelled, at: at + 1_000)
            return
        }
        stock[o.sku, default: [:]][o.region] = available - o.quantity
        metrics.paid += 1
        metrics.revenueMinor += o.amountMinor
        if metrics.firstSaleMillis < 0 { metrics.firstSaleMillis = at - start }
        emit(
            at, "tiktok:order", sku: o.sku,
            ListingChanged(id: "order-\(o.id)", source: .tiktok, hlc: HLC(wall: at), change: .inventoryDelta(o.region, -o.quantity)))
        if let email = gate.apps(category: "email").first {
            act(email, Scope("orders.read"), "send the order to post-purchase flows", at: at, sku: o.sku, ["order": .string(o.id)])
        }
        if let app = shippingApp {
            act(
                app, .fulfilmentWrite, "create a shipment with the mapped ship-to address", at: at + 60_000, sku: o.sku,
                [
                    "order": .string(o.id), "address_fields": ["name", "address_line1", "city", "postal_code", "region_code"],
                ])
            queue.push(at + Int64(rng.logNormal(median: 3 * 3_600_000, sigma: 0.6)), .labelled(i))
        } else {
            emit(at, "pier:fulfilment", sku: o.sku, FulfilmentRouted(order: o.id, to: "merchant order system"))
            queue.push(at + Int64(rng.logNormal(median: 14 * 3_600_000, sigma: 0.75)), .labelled(i))
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
