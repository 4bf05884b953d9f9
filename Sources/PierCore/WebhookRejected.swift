/// `webhook.rejected`: a webhook failed verification; the body itself is not kept, only its
/// digest and size.
public struct WebhookRejected: LedgerPayload, Equatable {
    public static let type = LedgerEventType.webhookRejected
    /// The rejection's code (`bad_signature`, `stale_timestamp`).
    public var reason: String
    public var detail: String
    /// The body's SHA-256, hex.
    public var bodySHA256: String
    public var bytes: Int

    public init(reason: String, detail: String, bodySHA256: String, bytes: Int) {
        self.reason = reason
        self.detail = detail
        self.bodySHA256 = bodySHA256
        self.bytes = bytes
    }

    public var data: [String: JSONValue] {
        ["reason": .string(reason), "detail": .string(detail), "body_sha256": .string(bodySHA256), "bytes": .number(bytes)]
    }

    public init?(data: JSONValue) {
        guard let reason = data["reason"]?.stringValue else { return nil }
        self.init(
            reason: reason, detail: data["detail"]?.stringValue ?? "", bodySHA256: data["body_sha256"]?.stringValue ?? "",
            bytes: Int(data["bytes"]?.intValue ?? 0))
    }
}
