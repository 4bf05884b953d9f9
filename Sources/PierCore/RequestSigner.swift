import Crypto

/// The TikTok Shop Open Platform request and webhook signatures.
///
/// Requests: sort the query parameters except `sign` and `access_token`, concatenate each key
/// and value, prefix the path, append the body (when not multipart), wrap in the app secret and
/// take hex(HMAC-SHA256(secret, that string)). Webhooks: hex(HMAC-SHA256(secret, appKey ‖ body)).
public enum RequestSigner {
    /// The string that gets signed for a request.
    public static func stringToSign(appSecret: String, path: String, query: [String: String], body: String) -> String {
        var s = appSecret + path
        for (k, v) in signedParameters(query) { s += k + v }
        s += body
        s += appSecret
        return s
    }

    /// The query parameters a signature covers, sorted by name: all but `sign` and `access_token`.
    public static func signedParameters(_ query: [String: String]) -> [(key: String, value: String)] {
        query.filter { $0.key != "sign" && $0.key != "access_token" }.sorted { $0.key < $1.key }
    }

    /// The `sign` query parameter for a request (see `SigningKey` to sign many with one secret).
    public static func sign(appSecret: String, path: String, query: [String: String], body: String) -> String {
        SigningKey(appSecret: appSecret).sign(path: path, query: query, body: body)
    }

    /// The `Authorization` header TikTok Shop sends with a webhook.
    public static func webhookSignature(appKey: String, appSecret: String, rawBody: String) -> String {
        hmacHex(key: appSecret, message: appKey + rawBody)
    }

    /// Constant-time comparison of two signatures.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }

    /// hex(HMAC-SHA256(key, message)).
    public static func hmacHex(key: String, message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: Array(key.utf8)))
        return Hex.encode(mac)
    }

    /// base64(HMAC-SHA256(key, message)), as Shopify signs its webhooks.
    public static func hmacBase64(key: String, message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: Array(key.utf8)))
        return Base64.encode(Array(mac))
    }
}

/// Standard base64 with padding.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
