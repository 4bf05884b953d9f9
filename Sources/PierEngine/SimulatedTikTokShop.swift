import PierCore

/// A signed TikTok Shop Open API request.
struct SignedRequest: Sendable {
    let method: String
    let path: String
    let query: [String: String]
    let body: String
    let sign: String
}

/// The in-process stand-in for TikTok Shop: it verifies every request's signature with the
/// published algorithm, answers with realistic latency, sometimes fails transiently (429/503),
/// and reviews new listings.
struct SimulatedTikTokShop {
    let appKey: String
    let appSecret: String
    let shopCipher: String
    /// The app secret, ready to sign with.
    let signingKey: SigningKey
    /// Probability that any one request fails transiently.
    let transientFailureRate: Double
    private var rng: SeededRandom
    private(set) var accepted = 0
    private(set) var badSignatures = 0

    enum Answer: Equatable {
        case ok(latency: Int64)
        case transient(status: Int, latency: Int64)
        case unauthorized
    }

    /// The share of calls that fail transiently (429 or 503) unless a caller says otherwise.
    static let defaultFailureRate = 0.015

    init(seed: UInt64, seller: String, transientFailureRate: Double = SimulatedTikTokShop.defaultFailureRate) {
        var keys = SeededRandom(seed: seed, stream: "credentials:\(seller)")
        appKey = Hex.encode((0..<6).map { _ in UInt8(truncatingIfNeeded: keys.next()) })
        appSecret = Hex.encode((0..<20).map { _ in UInt8(truncatingIfNeeded: keys.next()) })
        shopCipher = "ROW_" + Hex.encode((0..<12).map { _ in UInt8(truncatingIfNeeded: keys.next()) })
        signingKey = SigningKey(appSecret: appSecret)
        self.transientFailureRate = transientFailureRate
        rng = SeededRandom(seed: seed, stream: "tiktok:\(seller)")
    }

    /// Handles one request: rejects a bad signature, otherwise answers after a latency.
    mutating func handle(_ request: SignedRequest, family: EndpointFamily) -> Answer {
        let expected = signingKey.sign(path: request.path, query: request.query, body: request.body)
        guard RequestSigner.constantTimeEquals(expected, request.sign) else {
            badSignatures += 1
            return .unauthorized
        }
        let median: Double =
            switch family {
            case .auth: 280
            case .read: 120
            case .media: 420
            case .product: 650
            case .inventory: 160
            }
        let latency = Int64(rng.logNormal(median: median, sigma: 0.35))
        if rng.chance(transientFailureRate) {
            return .transient(status: rng.chance(0.7) ? 429 : 503, latency: latency / 2)
        }
        accepted += 1
        return .ok(latency: latency)
    }

    /// How long TikTok Shop's listing review takes for a new product.
    mutating func reviewLatency() -> Int64 {
        Int64(rng.logNormal(median: Double(TierPlanner.reviewMedianMillis), sigma: 0.5))
    }

    /// A TikTok product id (above 2^53, as real ones are).
    mutating func productID() -> String {
        String(1_729_000_000_000_000_000 + (rng.next() % 1_000_000_000_000_000))
    }
}
