import PierCore

/// Checks a TikTok Shop webhook before anything acts on it: the `Authorization` header must
/// be hex(HMAC-SHA256(app secret, app key ‖ raw body)), compared in constant time, and the
/// body's timestamp must be recent (a replayed capture is refused).
public struct WebhookInbox: Sendable {
    public let appKey: String
    public let appSecret: String
    /// How old a webhook's timestamp may be, in seconds.
    public var maxAgeSeconds: Int64 = 300

    public init(appKey: String, appSecret: String) {
        self.appKey = appKey
        self.appSecret = appSecret
    }

    /// A webhook that passed: its topic and payload.
    public struct Accepted: Sendable, Equatable {
        public let type: Int64
        public let timestamp: Int64
        public let data: JSONValue
    }

    /// Why a delivery was refused.
    public enum Rejection: Error, Sendable, Equatable, CustomStringConvertible {
        case badSignature
        case stale(ageSeconds: Int64)
        case malformed(String)

        public var description: String {
            switch self {
            case .badSignature: "signature does not match the body (forged or altered)"
            case .stale(let age): "timestamp is \(age) s old (replayed or delayed beyond 300 s)"
            case .malformed(let why): "body is not a TikTok Shop event: \(why)"
            }
        }

        public var code: String {
            switch self {
            case .badSignature: "bad_signature"
            case .stale: "stale_timestamp"
            case .malformed: "malformed"
            }
        }
    }

    /// Verifies a delivery received at `receivedAt` (Unix seconds).
    public func verify(authorization: String, rawBody: String, receivedAt: Int64) -> Result<Accepted, Rejection> {
        let expected = RequestSigner.webhookSignature(appKey: appKey, appSecret: appSecret, rawBody: rawBody)
        guard RequestSigner.constantTimeEquals(expected, authorization) else { return .failure(.badSignature) }
        guard let body = try? JSONParser.parse(rawBody) else { return .failure(.malformed("not JSON")) }
        guard let type = body["type"]?.intValue, let timestamp = body["timestamp"]?.intValue, let data = body["data"] else {
            return .failure(.malformed("type, timestamp or data missing"))
        }
        let age = receivedAt - timestamp
        guard age <= maxAgeSeconds else { return .failure(.stale(ageSeconds: age)) }
        return .success(Accepted(type: type, timestamp: timestamp, data: data))
    }

    /// The raw body TikTok Shop sends for an order status change (type 1), fields in its order.
    public static func orderStatusBody(shopID: String, timestamp: Int64, order: String, status: OrderStatus) -> String {
        "{\"type\":1,\"shop_id\":\"\(shopID)\",\"timestamp\":\(timestamp),\"data\":{\"order_id\":\"\(order)\",\"order_status\":\"\(status.rawValue)\",\"is_on_hold_order\":false,\"update_time\":\(timestamp)}}"
    }

    /// The raw body for a return status change (type 12), fields in its order.
    public static func returnStatusBody(shopID: String, timestamp: Int64, order: String, returnID: String, status: String) -> String {
        "{\"type\":12,\"shop_id\":\"\(shopID)\",\"timestamp\":\(timestamp),\"data\":{\"order_id\":\"\(order)\",\"return_role\":\"BUYER\",\"return_type\":\"RETURN_AND_REFUND\",\"return_status\":\"\(status)\",\"return_id\":\"\(returnID)\",\"create_time\":\(timestamp),\"update_time\":\(timestamp)}}"
    }
}
