import Crypto

/// An app secret ready to sign TikTok Shop requests many times: HMAC-SHA256's inner and outer
/// key blocks are absorbed once, and the string to sign is fed to the hash piece by piece
/// instead of being built. Equal to HMAC over `RequestSigner.stringToSign` (a test holds them equal).
public struct SigningKey: @unchecked Sendable {
    // SHA256 copies its state on write, so each signature starts from an untouched copy.
    private let inner: SHA256
    private let outer: SHA256
    private let secret: [UInt8]

    public init(appSecret: String) {
        secret = Array(appSecret.utf8)
        var key = secret.count > 64 ? Array(SHA256.hash(data: secret)) : secret
        key += [UInt8](repeating: 0, count: 64 - key.count)
        var i = SHA256(), o = SHA256()
        i.update(data: key.map { $0 ^ 0x36 })
        o.update(data: key.map { $0 ^ 0x5c })
        inner = i
        outer = o
    }

    /// The `sign` query parameter for a request (see `RequestSigner.stringToSign`).
    public func sign(path: String, query: [String: String], body: String) -> String {
        var h = inner
        h.update(data: secret)
        feed(path, into: &h)
        for (k, v) in RequestSigner.signedParameters(query) {
            feed(k, into: &h)
            feed(v, into: &h)
        }
        feed(body, into: &h)
        h.update(data: secret)
        var o = outer
        o.update(data: Array(h.finalize()))
        return Hex.encode(o.finalize())
    }

    private func feed(_ s: String, into h: inout SHA256) {
        var s = s
        s.withUTF8 { h.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
}
