import PierCore

extension TikTokClient {
    /// Reads a category's attributes and rules once a sync (the two calls TikTok asks for before
    /// a product goes into a category); returns when they are known, never before `at`.
    mutating func categoryRules(_ id: Int64, at: Int64, known: inout [Int64: Int64]) throws(GaveUp) -> Int64 {
        if let ready = known[id] { return max(at, ready) }
        var ready = try send(.read, "GET", "/product/202309/categories/\(id)/attributes", at: at)
        ready = try send(.read, "GET", "/product/202309/categories/\(id)/rules", at: ready)
        known[id] = ready
        return ready
    }

    /// Takes a product off TikTok Shop (the merchant removed it, or a fix made it not eligible);
    /// returns when TikTok took the call.
    mutating func deactivate(_ product: String, at: Int64) throws(GaveUp) -> Int64 {
        try send(.product, "POST", "/product/202309/products/deactivate", body: #"{"product_ids":["\#(product)"]}"#, at: at)
    }

    /// Uploads a product's images (at least one), all wanted at `at`; returns when the last is in.
    mutating func uploadImages(_ count: Int, at: Int64) throws(GaveUp) -> Int64 {
        var done = at
        for _ in 0..<max(count, 1) { done = max(done, try send(.media, "POST", "/product/202309/images/upload", at: at)) }
        return done
    }

    /// Readies one product group for its create or edit call: uploads its images once every SKU
    /// of the group is ready; returns when they are in and the product body to send.
    mutating func productImagesAndBody(_ entries: [(item: CatalogItem, ready: Int64)], first: CatalogItem) throws(GaveUp) -> (at: Int64, body: String) {
        let ready = entries.map(\.ready).max() ?? 0
        let imagesDone = try uploadImages(first.imageCount, at: ready)
        return (imagesDone, JSONValue.object(["title": .string(first.title), "skus": .number(entries.count)]).canonical)
    }

    /// SKUs ready to publish, grouped by their product in the order products first appear: one
    /// TikTok product a group.
    static func byProduct(_ items: [(item: CatalogItem, ready: Int64)]) -> [[(item: CatalogItem, ready: Int64)]] {
        var groups = [[(item: CatalogItem, ready: Int64)]]()
        var index = [String: Int]()
        for entry in items {
            if let i = index[entry.item.productID] {
                groups[i].append(entry)
            } else {
                index[entry.item.productID] = groups.count
                groups.append([entry])
            }
        }
        return groups
    }
}
