import Foundation
import PierCore
import PierStore

/// Writes a seller's onboarding artifacts: the manifest (JSON), the catalogue diff (CSV), the
/// audit ledger (JSONL) and the partner-app install record (JSON and CSV). Each file is written
/// to a temporary name and renamed, so a failed export never leaves a half-written file.
public struct Exporter: Sendable {
    public let engine: PierEngine

    public init(engine: PierEngine) { self.engine = engine }

    /// The files an export writes, by name.
    public static let files = ["manifest.json", "catalogue-diff.csv", "ledger.jsonl", "installs.json", "installs.csv", "orders.csv", "fixes.json"]

    /// Exports `seller` into `directory` (created if missing); returns the paths written.
    public func export(seller: String, to directory: String) throws(OnboardingError) -> [String] {
        try engine.authorise(.change, action: "export", seller: seller)
        let db = engine.db
        let data: (SellerRecord, [ListingRecord], [LedgerEvent], [InstallRecord], SellerProjection)
        do {
            data = try db.read { db in
                guard let s = try db.seller(seller) else { throw StoreError.notFound("unknown seller '\(seller)'") }
                var events = [LedgerEvent]()
                var source = SellerProjection(sellerID: seller)
                try db.forEachEvent(seller: seller) { e in
                    events.append(e)
                    if e.kind == .skuImported || e.kind == .fixApplied || e.kind == .fixReverted { source.apply(e) }
                    return true
                }
                return (s, try db.listings(seller: seller), events, try db.installs(seller: seller), source)
            }
        } catch {
            if case .failed(let m) = error, m.contains("unknown seller") { throw .unknownSeller(seller, known: (try? db.sellers().map(\.id)) ?? []) }
            throw .store(error.description)
        }
        let (record, listings, events, installs, source) = data
        let imported = source.listings
        guard record.status == .onboarded else {
            throw .notOnboarded(seller: seller, action: "export", why: "run `pier onboard \(seller) --tier …` first")
        }
        let head = events.last?.hash ?? LedgerEvent.genesis
        let apps = engine.resources.apps
        let orders: [OrderRecord]
        do { orders = try db.orders(seller: seller) } catch { throw .store(error.description) }
        var orderCSV = "seller,order_id,placed_at_ms,sku,region,quantity,amount,currency,status,fulfilment,return,note\n"
        for o in orders.reversed() {
            orderCSV +=
                [
                    seller, o.orderID, String(o.placedAt), Exporter.text(o.sku), o.region, String(o.quantity),
                    Money(minorUnits: o.amountMinor, currency: record.currency).decimalString, record.currency, o.status, o.fulfilment,
                    o.returnState, o.note,
                ].map(Exporter.csv).joined(separator: ",") + "\n"
        }

        var ledger = ""
        for e in events { ledger += e.jsonLine + "\n" }

        var diff =
            "sku,product_id,title,status,reason,source_category,tiktok_category_id,tiktok_category_path,currency,source_price,tiktok_price,campaign_price,source_inventory,tiktok_inventory,moderation,moderation_tags,eligibility\n"
        for l in listings {
            let src = imported[l.sku]
            let row: [String] = [
                l.sku, l.productID, Exporter.text(l.title), l.status.rawValue, Exporter.text(l.coverageReason ?? ""), Exporter.text(l.sourceCategory),
                l.tiktokCategoryID.map(String.init) ?? "", l.tiktokCategoryPath ?? "", l.currency,
                src.map { Money(minorUnits: $0.priceMinor, currency: $0.currency).decimalString } ?? "",
                Money(minorUnits: l.priceMinor, currency: l.currency).decimalString,
                l.campaignPriceMinor.map { Money(minorUnits: $0, currency: l.currency).decimalString } ?? "",
                src.map { Exporter.inventory($0.inventory) } ?? "", Exporter.inventory(l.inventory), l.moderation.rawValue,
                l.moderationTags.joined(separator: "|"), l.eligibility.rawValue,
            ]
            diff += row.map(Exporter.csv).joined(separator: ",") + "\n"
        }

        let installJSON = JSONValue.object([
            "format": "pier.install-record/1", "seller": .string(seller),
            "installs": .array(
                installs.map { i in
                    let app = apps.first { $0.id == i.appID }
                    return .object([
                        "app": .string(i.appID), "name": .string(app?.name ?? i.appID), "category": .string(app?.category ?? ""),
                        "scopes": .array(i.scopes.map(JSONValue.string)), "minimum_tier": .string(app?.minimumTier.rawValue ?? ""),
                        "installed_at_ms": .int(i.installedAt), "revoked_at_ms": i.revokedAt.map(JSONValue.int) ?? .null,
                    ])
                }),
        ])
        var installCSV = "seller,app,name,category,scopes,minimum_tier,installed_at_ms,revoked_at_ms\n"
        for i in installs {
            let app = apps.first { $0.id == i.appID }
            installCSV +=
                [
                    seller, i.appID, app?.name ?? "", app?.category ?? "", i.scopes.joined(separator: " "), app?.minimumTier.rawValue ?? "",
                    String(i.installedAt), i.revokedAt.map(String.init) ?? "",
                ].map(Exporter.csv).joined(separator: ",") + "\n"
        }

        let manifest = JSONValue.object([
            "format": "pier.onboarding-manifest/1",
            "seller": .object([
                "id": .string(record.id), "name": .string(record.name), "platform": .string(record.platform.rawValue),
                "vertical": .string(record.vertical), "regions": .array(record.regions.map { .string($0.rawValue) }),
                "currency": .string(record.currency),
            ]),
            "tier": .optional(record.tier?.rawValue), "apps": .array(record.apps.map(JSONValue.string)),
            "seed": .string(record.seed.map(String.init) ?? ""),
            "rule_pack": .string(engine.resources.rules.version), "category_map": .string(engine.resources.mapping.version),
            "metrics": record.metrics ?? .null,
            "ledger": .object(["events": .number(events.count), "head": .string(head), "algorithm": "sha256(prev_hash + \"\\n\" + canonical_event)"]),
            "files": .array(Exporter.files.filter { $0 != "manifest.json" }.map(JSONValue.string)),
            "exported_by": .object(engine.who.stamp()),
        ])

        // The workbench's fixes and rules, reverted ones marked: a rule holds at the next re-import.
        let fixJSON = JSONValue.object([
            "format": "pier.catalogue-fixes/1", "seller": .string(seller),
            "rules": .number(source.fixesInOrder.filter { $0.isActive && $0.target.isRule }.count),
            "fixes": .array(source.fixesInOrder.map(\.json)),
        ])
        let contents: [(String, String)] = [
            ("manifest.json", manifest.pretty + "\n"), ("catalogue-diff.csv", diff), ("ledger.jsonl", ledger),
            ("installs.json", installJSON.pretty + "\n"), ("installs.csv", installCSV), ("orders.csv", orderCSV),
            ("fixes.json", fixJSON.pretty + "\n"),
        ]
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .store("cannot create \(directory): \(error.localizedDescription)")
        }
        var written = [String]()
        for (name, text) in contents {
            let path = (directory as NSString).appendingPathComponent(name)
            let temp = path + ".partial"
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: temp))
                if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
                try fm.moveItem(atPath: temp, toPath: path)
            } catch {
                try? fm.removeItem(atPath: temp)
                throw .store("cannot write \(path): \(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }

    /// RFC 4180 quoting.
    static func csv(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    /// Text from a catalogue, defused for spreadsheets: a leading = + - @ would start a formula.
    static func text(_ s: String) -> String {
        guard let first = s.first, "=+-@\t\r".contains(first) else { return s }
        return "'" + s
    }

    static func inventory(_ inv: [Region: Int]) -> String {
        inv.keys.sorted().map { "\($0.rawValue)=\(inv[$0] ?? 0)" }.joined(separator: ";")
    }
}
