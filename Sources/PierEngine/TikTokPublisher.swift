import PierCore
import PierStore

/// Publishes SKUs that are mapped and passed moderation: a product TikTok Shop already has is
/// edited (and reviewed again), a new one is created; each SKU goes live when TikTok's review
/// passes. A merchant-side sync and a workbench fix publish the same way, on the virtual clock
/// and within the tier's rate budget.
struct TikTokPublisher: LedgerEmitting {
    private(set) var drafts: [LedgerDraft] = []
    private(set) var published = 0

    mutating func emit(_ at: Int64, _ type: LedgerEventType, _ actor: String, sku: String? = nil, _ data: JSONValue) {
        drafts.append(LedgerDraft(at: at, type: type, actor: actor, sku: sku, data: data))
    }

    /// Publishes the SKUs that passed: a product TikTok already has is edited (and reviewed
    /// again), a new one is created. Returns when the last went live.
    mutating func publish(
        _ items: [(item: CatalogItem, ready: Int64)], products known: [String: String],
        client: inout TikTokClient
    ) throws(TikTokClient.GaveUp) -> Int64 {
        var end: Int64 = 0
        for entries in TikTokClient.byProduct(items) {
            guard let first = entries.first else { continue }
            let product = first.item.productID
            let (imagesDone, body) = try client.productImagesAndBody(entries, first: first.item)
            let tiktokID: String
            let sent: Int64
            if let existing = entries.lazy.compactMap({ known[$0.item.sku] }).first {
                tiktokID = existing
                sent = try client.send(.product, "PUT", "/product/202309/products/\(existing)", body: body, at: imagesDone)
                emit(sent, "tiktok:product-api", ProductUpdated(product: product, tiktokProduct: existing, skus: entries.map(\.item.sku)))
            } else {
                sent = try client.send(.product, "POST", "/product/202309/products", body: body, at: imagesDone)
                tiktokID = client.shop.productID()
                emit(sent, "tiktok:product-api", ProductCreated(product: product, tiktokProduct: tiktokID, skus: entries.map(\.item.sku)))
            }
            let reviewed = sent + client.shop.reviewLatency()
            for entry in entries {
                emit(reviewed, "tiktok:review", sku: entry.item.sku, ListingLive(tiktokProduct: tiktokID))
                published += 1
                end = max(end, reviewed)
            }
        }
        return end
    }
}
