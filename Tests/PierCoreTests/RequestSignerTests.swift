import Foundation
import PierTestSupport
import Testing

@testable import PierCore

@Suite("TikTok Shop and Shopify signatures against the published vectors")
struct RequestSignerTests {
    @Test func requestSigningVectors() throws {
        let root = try #require(try SharedData.json("tiktok-shop/signing-test-vectors.json") as? [String: Any])
        let vectors = try #require(root["tiktok_request_signing"] as? [[String: Any]])
        #expect(vectors.count >= 3)
        for v in vectors {
            let secret = try #require(v["app_secret"] as? String)
            let path = try #require(v["path"] as? String)
            let rawQuery = try #require(v["query"] as? [String: String])
            let query = rawQuery.filter { !$0.value.hasPrefix("<excluded") }
            let body = v["body"] as? String ?? ""
            #expect(
                RequestSigner.stringToSign(appSecret: secret, path: path, query: query, body: body) == v["string_to_sign"] as? String,
                "string to sign for \(v["id"] ?? "?")")
            #expect(
                RequestSigner.hmacHex(key: secret, message: RequestSigner.stringToSign(appSecret: secret, path: path, query: query, body: body))
                    == v["expected_sign"] as? String, "HMAC over the string to sign for \(v["id"] ?? "?")")
            #expect(
                RequestSigner.sign(appSecret: secret, path: path, query: query, body: body) == v["expected_sign"] as? String,
                "sign for \(v["id"] ?? "?")")
            #expect(
                SigningKey(appSecret: secret).sign(path: path, query: query, body: body) == v["expected_sign"] as? String,
                "prepared key's sign for \(v["id"] ?? "?")")
        }
    }

    @Test func aPreparedKeySignsExactlyAsHMACOverTheStringToSign() {
        var rng = SeededRandom(seed: 11, stream: "signing-key")
        let alphabet = Array("abcXYZ019/_-=&é✓ ")
        func text(_ max: Int) -> String { String((0..<rng.int(in: 0...max)).map { _ in alphabet[rng.int(in: 0...(alphabet.count - 1))] }) }
        for _ in 0..<500 {
            // Secrets longer than SHA-256's 64-byte block are hashed first; cover both sides.
            let secret = text(90), path = "/" + text(30), body = text(200)
            var query = [String: String]()
            for _ in 0..<rng.int(in: 0...5) { query[text(8)] = text(12) }
            if rng.chance(0.3) { query["sign"] = text(10); query["access_token"] = text(10) }
            #expect(
                SigningKey(appSecret: secret).sign(path: path, query: query, body: body)
                    == RequestSigner.hmacHex(key: secret, message: RequestSigner.stringToSign(appSecret: secret, path: path, query: query, body: body)))
        }
    }

    @Test func signAndAccessTokenAreNeverSigned() {
        let a = RequestSigner.sign(appSecret: "s", path: "/p", query: ["a": "1"], body: "")
        let b = RequestSigner.sign(appSecret: "s", path: "/p", query: ["a": "1", "sign": "x", "access_token": "t"], body: "")
        #expect(a == b)
        #expect(a != RequestSigner.sign(appSecret: "s", path: "/p", query: ["a": "2"], body: ""))
    }

    @Test func webhookVector() throws {
        let root = try #require(try SharedData.json("tiktok-shop/signing-test-vectors.json") as? [String: Any])
        let w = try #require(root["tiktok_webhook"] as? [String: Any])
        let sig = RequestSigner.webhookSignature(
            appKey: try #require(w["app_key"] as? String), appSecret: try #require(w["app_secret"] as? String),
            rawBody: try #require(w["raw_body"] as? String))
        #expect(sig == w["expected_authorization_header"] as? String)
    }

    @Test func shopifyWebhookVector() throws {
        let root = try #require(try SharedData.json("tiktok-shop/signing-test-vectors.json") as? [String: Any])
        let s = try #require(root["shopify_webhook"] as? [String: Any])
        #expect(
            RequestSigner.hmacBase64(key: try #require(s["secret"] as? String), message: try #require(s["raw_body"] as? String))
                == s["expected_header"] as? String)
    }

    @Test func constantTimeCompare() {
        #expect(RequestSigner.constantTimeEquals("abc", "abc"))
        #expect(!RequestSigner.constantTimeEquals("abc", "abd"))
        #expect(!RequestSigner.constantTimeEquals("abc", "abcd"))
        #expect(!RequestSigner.constantTimeEquals("", "a"))
    }

    @Test func base64MatchesFoundation() {
        var rng = SeededRandom(seed: 9)
        for n in 0..<40 {
            let bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
        }
    }
}
