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
        #expect(JSONValue.object(ConflictOutcome(r).data).canonical == queued.data.canonical)
        let decided = #"{"choice":"tiktok","event_id":"t-LUM-00017-30ML-1","field":"inventory.US","reason":"TikTok counted the returns","value":-1}"#
        let d = try #require(try Self.event(.conflictDecided, decided).payload(ConflictDecided.self))
        #expect(d.choice == .tiktok && d.number == -1 && d.choice.state == .tookTikTok)
        #expect(JSONValue.object(d.data).canonical == decided, "a taken number is written as a number")
        let accepted = ConflictDecided(eventID: "e", field: "tags", choice: .accept, value: "sale,new", reason: "fine")
        #expect(accepted.data["value"] == .string("sale,new") && accepted.number == nil)
        #expect(try Self.event(.conflictResolved, #"{"field":"price"}"#).resolution == nil, "no change event named")
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
