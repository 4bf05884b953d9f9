import PierCore

/// Pier's TikTok Shop API client on the virtual clock: paces each request through its
/// endpoint family's GCRA budget, signs it, and retries transient failures with exponential
/// backoff and jitter.
struct TikTokClient {
    var shop: SimulatedTikTokShop
    private var limiters: [EndpointFamily: RateLimiter]
    private var jitter: SeededRandom
    private(set) var requests = 0
    private(set) var retries = 0
    private(set) var familyCalls: [EndpointFamily: Int] = [:]
    static let maxAttempts = 6

    init(shop: SimulatedTikTokShop, tier: Tier, seed: UInt64, seller: String) {
        self.shop = shop
        var l = [EndpointFamily: RateLimiter]()
        for f in EndpointFamily.allCases { l[f] = RateLimiter(tier.budget(for: f)) }
        limiters = l
        jitter = SeededRandom(seed: seed, stream: "jitter:\(seller)")
    }

    /// The failure after every retry was used.
    struct GaveUp: Error { let path: String; let status: Int }

    /// Sends one request wanted at `at`; returns when its response arrived.
    mutating func send(
        _ family: EndpointFamily, _ method: String, _ path: String, body: String = "", extra: [String: String] = [:],
        at: Int64
    ) throws(GaveUp) -> Int64 {
        var now = at
        var lastStatus = 0
        for attempt in 0..<TikTokClient.maxAttempts {
            let sendAt = limiters[family]?.reserve(at: now) ?? now
            var query = extra
            query["app_key"] = shop.appKey
            query["timestamp"] = String(1_763_769_600 + sendAt / 1000)
            query["shop_cipher"] = shop.shopCipher
            let sign = shop.signingKey.sign(path: path, query: query, body: body)
            requests += 1
            familyCalls[family, default: 0] += 1
            switch shop.handle(SignedRequest(method: method, path: path, query: query, body: body, sign: sign), family: family) {
            case .ok(let latency):
                return sendAt + latency
            case .transient(let status, let latency):
                retries += 1
                lastStatus = status
                let base = 500.0 * Double(1 << attempt)
                now = sendAt + latency + Int64(base + jitter.unit() * base / 2)
            case .unauthorized:
                throw GaveUp(path: path, status: 401)
            }
        }
        throw GaveUp(path: path, status: lastStatus)
    }
}
