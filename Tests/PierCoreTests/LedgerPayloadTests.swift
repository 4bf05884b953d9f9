import Testing

@testable import PierCore

/// The review events' typed data: one encoder and one decoder per type, writing the bytes the
/// ledger has always stored, so chains written before the types existed read and hash the same.
@Suite("Typed ledger payloads")
struct LedgerPayloadTests {
    static func event(_ type: LedgerEventType, _ json: String) throws -> LedgerEvent {
        LedgerEvent(
            seq: 1, seller: "s", at: 0, type: type.rawValue, actor: "ops:ana", sku: "A", data: try JSONParser.parse(json), prevHash: "",
            hash: "")
    }

    @Test func storedEventsReadAndWriteTheSameBytes() throws {
        let stored: [(LedgerEventType, String)] = [
            (
                .flagRaised,
                #"{"end":112,"field":"description","flag":9,"matched":"100% safe","rule":"AB-002","rule_category":"absolute-claim","rule_pack":"tts-listing-rules-2026.12-12","severity":"hold","start":103}"#
            ),
            (.flagDecided, #"{"decision":"request_edit","flag":3,"matched":"cures","note":"ask for a softer claim","rule":"HC-001"}"#),
            (.flagWithdrawn, #"{"flag":3,"reason":"the words are gone","rule":"HC-001"}"#),
            (.appealFiled, #"{"evidence":"lab report","flag":3,"number":2,"statement":"it is a cosmetic"}"#),
            (.appealDecided, #"{"decision":"grant","flag":3,"number":2,"rule":"HC-001"}"#),
            (
                .appInstalled,
                #"{"app":"yotpo","category":"reviews","consented":true,"minimum_tier":"standard","name":"Yotpo","scopes":["product.read","review.write"]}"#
            ),
            (.appUninstalled, #"{"app":"yotpo","revoked_scopes":["product.read","review.write"]}"#),
            (.fixReverted, #"{"fix":4}"#),
        ]
        for (type, json) in stored {
            let e = try Self.event(type, json)
            let data: [String: JSONValue]? =
                switch type {
                case .flagRaised: e.payload(FlagRaised.self)?.data
                case .flagDecided: e.payload(FlagDecided.self)?.data
                case .flagWithdrawn: e.payload(FlagWithdrawn.self)?.data
                case .appealFiled: e.payload(AppealFiled.self)?.data
                case .appInstalled: e.payload(AppInstalled.self)?.data
                case .appUninstalled: e.payload(AppUninstalled.self)?.data
                case .fixReverted: e.payload(FixReverted.self)?.data
                default: e.payload(AppealDecided.self)?.data
                }
            #expect(data.map { JSONValue.object($0).canonical } == json, "\(type.rawValue) re-encodes to its stored bytes")
        }
    }

    @Test func conflictEventsReadAndWriteTheSameBytes() throws {
        let queued = try Self.event(
            .conflictQueued,
            #"{"event_id":"t-LUM-00017-30ML-1","field":"inventory.US","merchant":"0","policy":"oversell-clamp","resolved":"0","tiktok":"-1","winner":"clamped"}"#
        )
        let r = try #require(queued.resolution)
        #expect(r.needsHuman && r.sku == "A" && r.tiktokValue == "-1" && r.policy == "oversell-clamp")
        #expect(JSONValue.object(r.outcome.data).canonical == queued.data.canonical && type(of: r.outcome).type == .conflictQueued)
        let decided = #"{"choice":"tiktok","event_id":"t-LUM-00017-30ML-1","field":"inventory.US","reason":"TikTok counted the returns","value":-1}"#
        let d = try #require(try Self.event(.conflictDecided, decided).payload(ConflictDecided.self))
        #expect(d.choice == .tiktok && d.number == -1 && d.choice.state == .tookTikTok)
        #expect(JSONValue.object(d.data).canonical == decided, "a taken number is written as a number")
        let accepted = ConflictDecided(eventID: "e", field: "tags", choice: .accept, value: "sale,new", reason: "fine")
        #expect(accepted.data["value"] == .string("sale,new") && accepted.number == nil)
        #expect(try Self.event(.conflictResolved, #"{"field":"price"}"#).resolution == nil, "no change event named")
        let resolved = try Self.event(.conflictResolved, queued.data.canonical)
        #expect(resolved.resolution?.needsHuman == false && resolved.payload(ConflictQueued.self) == nil, "the type, not the data, says queued")
    }

    @Test func moderationEventsReadAndWriteTheSameBytes() throws {
        for json in [
            #"{"outcome":"hold"}"#,
            #"{"deactivated":true,"decided_by":"fix","fix":4,"outcome":"reject","tiktok_product_id":"tt-p-000017"}"#,
            #"{"decided_by":"fix","fix":4,"outcome":"hold"}"#,
        ] {
            let m = try #require(try Self.event(.skuModerated, json).payload(SKUModerated.self))
            #expect(JSONValue.object(m.data).canonical == json)
        }
        let taken = try #require(
            try Self.event(.skuModerated, #"{"deactivated":true,"outcome":"reject","tiktok_product_id":"p"}"#).payload(SKUModerated.self))
        #expect(taken.outcome == .reject && taken.takenDown == "p" && taken.fix == nil)
        #expect(ListingModeration(taken.outcome) == .reject && ListingModeration(.pass) == .pass)
        #expect(try Self.event(.skuModerated, #"{"outcome":"maybe"}"#).payload(SKUModerated.self) == nil, "an unknown outcome")
        let decided = try Self.event(.flagDecided, #"{"decision":"clear","flag":3}"#)
        #expect(decided.flagID == 3)
        #expect(try Self.event(.skuModerated, #"{"flag":3,"outcome":"hold"}"#).flagID == nil, "not an event of a flag's life")
    }

    @Test func catalogueEventsReadAndWriteTheSameBytes() throws {
        let imported =
            #"{"attributes":{"brand":"Lumina","ingredients":"Aqua, Caffeine, Palmitoyl Tripeptide-1","net_content":"15ml"},"category":"shopify:Health & Beauty > Personal Care > Cosmetics > Skin Care > Eye Creams","currency":"USD","description":"Barrier Lab Peptide Eye Serum wakes up the look of tired eyes.","images":6,"inventory":{"EU":0,"US":91},"price":3499,"product":"barrier-lab-peptide-eye-serum","tags":["eye care"],"title":"Barrier Lab Peptide Eye Serum - 15ml"}"#
        let i = try #require(try Self.event(.skuImported, imported).payload(SKUImported.self))
        #expect(i.inventory == [.us: 91, .eu: 0] && i.priceMinor == 3499 && i.attributes["net_content"] == "15ml")
        #expect(JSONValue.object(i.data).canonical == imported)
        let mapped =
            #"{"category_id":601615,"package":{"dimensions_cm":"25x20x10","from":"default parcel","weight_g":500},"path":"Beauty & Personal Care>Skincare>Moisturisers & Mists"}"#
        let m = try #require(try Self.event(.skuMapped, mapped).payload(SKUMapped.self))
        #expect(m.categoryID == 601615 && m.weightGrams == 500 && m.fix == nil)
        #expect(JSONValue.object(m.data).canonical == mapped)
        let byFix =
            #"{"category_id":601615,"decided_by":"fix","fix":4,"package":{"dimensions_cm":"25x20x10","from":"default parcel","weight_g":500},"path":"Beauty & Personal Care>Skincare>Moisturisers & Mists"}"#
        #expect(try Self.event(.skuMapped, byFix).payload(SKUMapped.self).map { JSONValue.object($0.data).canonical } == byFix)
        for json in [
            #"{"candidates":[{"id":888200,"score":"10.54","words":["rust"]},{"id":820616,"score":"1.24","words":["external"]}],"category_id":null,"decided_by":"text","kind":"no-category","reason":"no TikTok Shop category: medicines and medical treatments have no category in the TikTok Shop UK tree"}"#,
            #"{"candidates":[],"category_id":601615,"deactivated":true,"decided_by":"fix","fix":4,"kind":"needs-attribute","reason":"needs attribute: size","tiktok_product_id":"tt-p-000017"}"#,
        ] {
            let u = try #require(try Self.event(.skuUnmapped, json).payload(SKUUnmapped.self))
            #expect(JSONValue.object(u.data).canonical == json)
        }
        let u = SKUUnmapped(reason: "r", categoryID: nil, kind: .needsCategory, decidedBy: "text", candidates: [], fix: 2)
        #expect(u.decidedBy == "fix", "a fix decides what it caused")
        #expect(try Self.event(.listingLive, #"{"tiktok_product_id":"17"}"#).payload(ListingLive.self)?.tiktokProduct == "17")
        for json in [
            #"{"reason":"removed from the merchant's store","tiktok_product_id":null}"#,
            #"{"reason":"removed from the merchant's store","tiktok_product_id":"17"}"#,
        ] {
            let r = try #require(try Self.event(.listingRemoved, json).payload(ListingRemoved.self))
            #expect(JSONValue.object(r.data).canonical == json)
        }
    }

    @Test func sellerEventsReadAndWriteTheSameBytes() throws {
        for json in [
            #"{"currency":"USD","name":"PixelGrid Electronics","origin":"archetype","platform":"amazon","regions":["US","EU"],"skus":5500,"vertical":"electronics"}"#,
            #"{"currency":"USD","name":"cheats","origin":"import","platform":"shopify","regions":["US"],"skus":23,"vertical":"imported"}"#,
        ] {
            let r = try #require(try Self.event(.sellerRegistered, json).payload(SellerRegistered.self))
            #expect(JSONValue.object(r.data).canonical == json)
        }
        let started =
            #"{"apps":["yotpo","klaviyo","shipstation"],"category_map":"2026.12-64","operator":"presenter","platform":"shopify","regions":["US"],"rule_pack":"tts-listing-rules-2026.12-27","seed":"1","seller":"lumina","skus":1200,"tier":"standard","wall_clock":"2026-01-05T09:00:00Z"}"#
        let e = try Self.event(.onboardingStarted, started)
        let s = try #require(e.payload(OnboardingStarted.self))
        #expect(s.tier == .standard && s.seed == 1 && s.apps == ["yotpo", "klaviyo", "shipstation"] && s.skus == 1200)
        let stamped = s.data.merging(["operator": "presenter", "wall_clock": "2026-01-05T09:00:00Z"]) { a, _ in a }
        #expect(JSONValue.object(stamped).canonical == started, "the payload and the operator's stamp are the stored bytes")
        #expect(e.operatorStamp?.name == "presenter")
        #expect(try Self.event(.onboardingStarted, #"{"tier":"gold"}"#).payload(OnboardingStarted.self) == nil, "an unknown tier")

        let withBuyer =
            #"{"apps":[],"buyer":"men","category_map":"2026.12-77","operator":"probe","platform":"shopify","regions":["US"],"rule_pack":"tts-listing-rules-2026.12-32","seed":"1","seller":"mens","skus":16,"tier":"premium","wall_clock":"2026-01-05T09:00:00Z"}"#
        let b = try #require(try Self.event(.onboardingStarted, withBuyer).payload(OnboardingStarted.self))
        #expect(b.buyer == .men)
        let stampedBuyer = b.data.merging(["operator": "probe", "wall_clock": "2026-01-05T09:00:00Z"]) { a, _ in a }
        #expect(JSONValue.object(stampedBuyer).canonical == withBuyer, "the store's buyer is written only when there is one")

        let imported =
            #"{"added":16,"changed":0,"file":"mens.csv","operator":"probe","products":16,"removed":0,"sha256":"e01247d97f6d8b139e8abd106f00b13e11a3e39ba8a788e61bc24bb16bf64da9","skus":16,"wall_clock":"2026-01-05T09:00:00Z"}"#
        let i = try #require(try Self.event(.catalogImported, imported).payload(CatalogImported.self))
        #expect(i.skus == 16 && i.added == 16 && i.file == "mens.csv")
        let stampedImport = i.data.merging(["operator": "probe", "wall_clock": "2026-01-05T09:00:00Z"]) { a, _ in a }
        #expect(JSONValue.object(stampedImport).canonical == imported, "a real import's stored bytes")
        #expect(try Self.event(.catalogImported, #"{"skus":3}"#).payload(CatalogImported.self) == nil, "no file, no import")
    }

    @Test func orderEventsReadAndWriteTheSameBytes() throws {
        let stored: [(LedgerEventType, String)] = [
            (.orderCreated, #"{"amount_minor":1600,"order":"576428758666370588","placed_at":2806922,"quantity":1,"region":"US","status":"UNPAID"}"#),
            (.orderStatus, #"{"from":"UNPAID","order":"576428758666370588","to":"AWAITING_SHIPMENT"}"#),
            (.orderCancelled, #"{"order":"576459548423314099","reason":"out of stock in US: 0 left, 1 ordered"}"#),
            (.fulfilmentRouted, #"{"order":"5764","to":"merchant order system"}"#),
            (.fulfilmentLabelled, #"{"carrier":"UPS","order":"576427659154742377","tracking":"1Z9154742377"}"#),
            (.fulfilmentShipped, #"{"dispatch_ms":15948770,"late":false,"order":"576427659154742377"}"#),
            (.fulfilmentDelivered, #"{"order":"576426559643114166"}"#),
            (.fulfilmentFailed, #"{"order":"576400573447066895","reason":"recipient not available after three attempts"}"#),
            (.returnRequested, #"{"order":"576497274912182262","reason":"wrong shade or size","return":"R274912182262"}"#),
            (.returnApproved, #"{"order":"576497274912182262","refund_minor":3200,"return":"R274912182262"}"#),
            (.returnRejected, #"{"order":"5764","reason":"opened cosmetics cannot be resold (hygiene policy)","return":"R1"}"#),
        ]
        for (type, json) in stored {
            let e = try Self.event(type, json)
            let step = try #require(OrderSteps.decode(e.kind, e.data), "\(type.rawValue) reads")
            #expect(JSONValue.object(step.data).canonical == json, "\(type.rawValue) re-encodes to its stored bytes")
            #expect(e.orderID == step.order && !step.order.isEmpty)
        }
        #expect(try Self.event(.orderCreated, #"{"order":"1","region":"MARS"}"#).payload(OrderCreated.self) == nil, "an unknown region")
        #expect(
            try Self.event(.appActivity, #"{"action":"send","app":"klaviyo","order":"9","scope":"orders.read"}"#).orderID == "9",
            "an app's call names its order")
        #expect(try Self.event(.skuMapped, #"{"order":"9"}"#).orderID == nil, "no other event is about an order")
    }

    /// The connect, sync, trading, app and webhook events, as a real onboarding, a week of
    /// trading, a catalogue fix and a re-import stored them (the binary before these types).
    @Test func runEventsReadAndWriteTheSameBytes() throws {
        let metrics =
            #"{"apps":1,"change_events":0,"conflict_bp":0,"conflict_queue":0,"conflict_skus":0,"coverage_bp":7500,"coverage_eligible_bp":7500,"default_dimensions":4,"default_weight":0,"first_live_ms":26341,"flagged_bp":2500,"flagged_skus":1,"flags_by_rule":{"HC-001":1,"MR-001":1},"health_claim_flagged_skus":1,"held_skus":1,"inactive":0,"inventory_conflict_bp":0,"inventory_conflict_skus":0,"live":3,"missing_attribute":0,"no_category":0,"not_eligible":0,"oauth_ms":249225,"p95_sku_ms":59768,"products":5,"projected_sync_ms":45450,"rejected_skus":0,"requests":24,"resolutions":0,"retries":1,"skipped":0,"skus":4,"sync_ms":59768,"unmapped":0}"#
        let stored: [(any LedgerPayload.Type, String)] = [
            (
                TierReserved.self,
                #"{"budgets":{"auth":{"burst":20,"per_second_milli":10000},"inventory":{"burst":80,"per_second_milli":40000},"media":{"burst":40,"per_second_milli":20000},"product":{"burst":16,"per_second_milli":8000},"read":{"burst":100,"per_second_milli":50000}},"calls":{"auth":8,"inventory":11000,"media":3801,"product":606,"read":20},"projected_sync_ms":318000,"tier":"premium"}"#
            ),
            (
                OAuthAuthorized.self,
                #"{"scopes":["catalog.read","catalog.write","customer.pii.read","inventory.write","orders.read","support.write","webhooks.manage"]}"#
            ),
            (OAuthTokenIssued.self, #"{"access_token_expires_in":604800,"refresh_token_expires_in":31536000}"#),
            (ShopAuthorized.self, #"{"regions":["US","EU"],"shop_cipher":"ROW_d3731b3053c270e127bb20c7"}"#),
            (
                WebhooksRegistered.self,
                #"{"topics":["ORDER_STATUS_CHANGE","PRODUCT_STATUS_CHANGE","PRODUCT_INFORMATION_CHANGE","RETURN_STATUS_CHANGE","SELLER_DEAUTHORIZATION","PACKAGE_UPDATE"]}"#
            ),
            (ShopActivated.self, #"{"warehouses":["WH-US","WH-EU"]}"#),
            (ConnectCompleted.self, #"{"duration_ms":288643}"#),
            (SyncCompleted.self, #"{"duration_ms":372798,"published":5374}"#),
            (OnboardingCompleted.self, #"{"metrics":"# + metrics + "}"),
            (TradingStarted.self, #"{"days":7,"fulfilment":"merchant","live_skus":5346}"#),
            (
                TradingCompleted.self,
                #"{"metrics":{"app_activity":{},"app_refusals":0,"cancelled_out_of_stock":0,"days":2,"delivered":0,"duplicates_ignored":0,"failed_deliveries":0,"first_sale_ms":-1,"fulfilled_by":"merchant","fulfilled_on_time":0,"fulfilment_outcomes":0,"fulfilment_success_bp":0,"late_dispatches":0,"orders":0,"paid":0,"reconciled":0,"restocked_units":0,"return_rate_bp":0,"returns":0,"returns_approved":0,"returns_rejected":0,"revenue_minor":0,"webhooks_received":6,"webhooks_rejected":6}}"#
            ),
            (
                WebhookRejected.self,
                #"{"body_sha256":"5560d9d087519b06a157a0b214ee570c67442d7f8b6a2450fcb385e213ac2201","bytes":183,"detail":"signature does not match the body (forged or altered)","reason":"bad_signature"}"#
            ),
            (
                ProductCreated.self,
                #"{"product":"PG-PARENT-1","skus":["PIX-00001-IPHONE15-BLACK","PIX-00001-IPHONE15-NAVY"],"tiktok_product_id":"1729864757002694125"}"#
            ),
            (ProductUpdated.self, #"{"product":"mug","skus":["MUG-1"],"tiktok_product_id":"1729967484172149722"}"#),
            (SKUSkipped.self, #"{"product":"rose-serum","reason":"duplicate SKU: a SKU with this code was already imported"}"#),
            (
                AppActivity.self,
                #"{"action":"create a shipment with the mapped ship-to address","address_fields":["name","address_line1","city","postal_code","region_code"],"app":"shipstation","order":"576428758666370588","scope":"fulfillment.write"}"#
            ),
            (
                AppActivity.self,
                #"{"action":"open a support ticket","app":"zendesk","contact":"buyer contact included","order":"576435964950038098","reason":"late dispatch","scope":"support.write"}"#
            ),
            (
                AppCallRefused.self,
                #"{"action":"read buyer phone numbers for an SMS flow","app":"klaviyo","day":1,"reason":"klaviyo may not read buyer phone numbers for an SMS flow: scope customer.pii.read was not granted","scope":"customer.pii.read"}"#
            ),
            (
                CatalogSynced.self,
                #"{"added":0,"changed":2,"duration_ms":34951,"held":0,"metrics":"# + metrics
                    + #","published":1,"rejected":0,"removed":1,"unmapped":0,"updated":1,"withdrawn_flags":0}"#
            ),
            (CatalogSynced.self, #"{"changed":1,"deactivated":0,"duration_ms":40639,"fix":1,"metrics":"# + metrics + #","published":1}"#),
        ]
        for (payload, json) in stored {
            let e = try Self.event(payload.type, json)
            let decoded: (any LedgerPayload)? = payload.init(data: e.data)
            let read = try #require(decoded, "\(payload.type.rawValue) reads")
            #expect(JSONValue.object(read.data).canonical == json, "\(payload.type.rawValue) re-encodes to its stored bytes")
        }
        let reserved = try #require(TierReserved(data: try JSONParser.parse(stored[0].1)))
        #expect(reserved.budgets[.product] == RateBudget(perSecond: 8, burst: 16) && reserved.calls[.media] == 3801)
        let synced = try #require(CatalogSynced(data: try JSONParser.parse(stored[18].1)))
        #expect(synced.cause == .merchant(.init(added: 0, removed: 1, updated: 1, held: 0, rejected: 0, unmapped: 0, withdrawnFlags: 0)))
        #expect(CatalogSynced(data: try JSONParser.parse(stored[19].1))?.cause == .fix(1, deactivated: 0))
    }

    /// Workbench fixes of each target and change, as `pier fix` stored them before the payload
    /// moved into the vocabulary; the operator's stamp sits beside the payload's keys.
    @Test func fixEventsReadAndWriteTheSameBytes() throws {
        let stored = [
            #"{"by":"sku","category_id":601615,"fix":1,"kind":"category","matched":1,"operator":"scen","skus":["ZQ-1"],"wall_clock":"2026-01-05T09:00:00Z"}"#,
            #"{"by":"vendor","category_id":601615,"fix":2,"kind":"category","matched":4,"operator":"scen","reason":"vendor rule","value":"Scen","wall_clock":"2026-01-05T09:00:00Z"}"#,
            #"{"attribute":"material","attribute_value":"Cotton","by":"product_type","fix":3,"kind":"attribute","matched":1,"operator":"scen","value":"Face Serum","wall_clock":"2026-01-05T09:00:00Z"}"#,
            #"{"by":"sku","eligible":false,"fix":4,"kind":"eligibility","matched":1,"operator":"scen","reason":"sample","skus":["RS-1"],"wall_clock":"2026-01-05T09:00:00Z"}"#,
        ]
        var read: [FixApplied] = []
        for json in stored {
            let e = try Self.event(.fixApplied, json)
            let fix = try #require(e.payload(FixApplied.self), "\(json)")
            let stamp: [String: JSONValue] = ["operator": .string("scen"), "wall_clock": .string("2026-01-05T09:00:00Z")]
            let encoded: [String: JSONValue] = fix.data.merging(stamp) { a, _ in a }
            #expect(JSONValue.object(encoded).canonical == json, "fix #\(fix.fix) re-encodes to its stored bytes")
            read.append(fix)
        }
        #expect(read.map(\.target) == [.skus(["ZQ-1"]), .vendor("Scen"), .productType("Face Serum"), .skus(["RS-1"])])
        #expect(read.map(\.change) == [.category(601615), .category(601615), .attribute(name: "material", value: "Cotton"), .eligibility(false)])
        #expect(read[1].reason == "vendor rule" && read[1].target.isRule && !read[0].target.isRule && read[1].matched == 4)
        #expect(FixApplied(data: try JSONParser.parse(#"{"by":"shelf","fix":1,"kind":"category","category_id":1}"#)) == nil, "an unknown target is not read")
        #expect(FixApplied(data: try JSONParser.parse(#"{"by":"sku","fix":1,"kind":"category"}"#)) == nil, "a category fix names its category")
    }

    @Test func anAppsCallKeepsWhatItWasAboutAndARefusalSaysWhy() throws {
        let call = AppActivity(app: "zendesk", scope: "support.write", action: "open a support ticket", details: ["order": "7", "app": "forged"])
        #expect(call.app == "zendesk" && call.details["app"] == nil, "the fixed fields are not details")
        let refused = call.refused("scope support.write was not granted")
        #expect(AppCallRefused.type == .appCallRefused && refused.order == "7" && refused.reason == "scope support.write was not granted")
        #expect(try Self.event(.appActivity, #"{"order":"9","scope":"orders.read"}"#).payload(AppActivity.self) == nil, "no app, no call")
        #expect(try Self.event(.appActivity, #"{"app":"x","scope":"s"}"#).payload(AppCallRefused.self) == nil, "activity is not a refusal")
    }

    @Test func listingChangesReadAndWriteTheSameBytes() throws {
        for json in [
            #"{"change":{"field":"campaign_price","kind":"campaign_price","value":2549},"event_id":"t-LUM-00160-50ML-3","hlc":[1235580,0],"source":"tiktok"}"#,
            #"{"change":{"field":"campaign_price","kind":"campaign_price","value":null},"event_id":"t-LUM-00160-50ML-4","hlc":[1235590,1],"source":"tiktok"}"#,
            #"{"change":{"field":"inventory.US","kind":"inventory_delta","region":"US","value":-2},"event_id":"m-LUM-00203-BERRYCRUSH-1","hlc":[271708,0],"source":"merchant"}"#,
            #"{"change":{"field":"price","kind":"price","value":3059},"event_id":"t-LUM-00015-50ML-2","hlc":[356520,0],"source":"tiktok"}"#,
            #"{"change":{"field":"status","kind":"status","value":"inactive"},"event_id":"m-LUM-00118-250ML-1","hlc":[1188804,0],"source":"merchant"}"#,
            #"{"change":{"field":"moderation_tags","kind":"tag_add","value":"image-quality-review"},"event_id":"t-LUM-00248-BRONZE-1","hlc":[1084731,0],"source":"tiktok"}"#,
        ] {
            let c = try #require(try Self.event(.listingChanged, json).payload(ListingChanged.self))
            #expect(JSONValue.object(c.data).canonical == json)
            #expect(ListingChanged(c.event(sku: "A")) == c, "a change event and its record say the same")
        }
        let bad = #"{"change":{"field":"inventory.US","kind":"inventory_delta","value":-2},"event_id":"m","hlc":[1,0],"source":"merchant"}"#
        #expect(try Self.event(.listingChanged, bad).payload(ListingChanged.self) == nil, "a stock change names its region")
    }

    @Test func aPayloadReadsOnlyItsOwnTypeAndWhatItNeeds() throws {
        let decided = try Self.event(.flagDecided, #"{"decision":"clear","flag":3,"matched":"x","rule":"HC-001"}"#)
        #expect(decided.payload(FlagDecided.self)?.decision == .clear)
        #expect(decided.payload(FlagDecided.self)?.decision.state == .cleared)
        #expect(decided.payload(AppealDecided.self) == nil, "another type's event is not read as this one")
        #expect(try Self.event(.flagDecided, #"{"decision":"shrug","flag":3}"#).payload(FlagDecided.self) == nil, "an unknown decision")
        #expect(try Self.event(.flagRaised, #"{"flag":3,"rule":"X","severity":"loud"}"#).payload(FlagRaised.self) == nil)
        let warn = try Self.event(.flagRaised, #"{"flag":3,"rule":"CE-001","severity":"warn"}"#).payload(FlagRaised.self)
        #expect(warn?.state == .noted && warn?.start == 0)
        #expect(FlagDecision.allCases.map(\.state) == [.cleared, .upheld, .editRequested])
    }
}
