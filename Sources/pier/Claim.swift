import ArgumentParser
import Foundation
import PierCore
import PierEngine
import PierStore

/// `pier claim`: a reviewer takes a batch of open flags for a while, so a team never works the
/// same flags twice.
struct Claim: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Claim open flags for the operator on duty (a team never works the same flags), list claims, or release them.",
        discussion: """
            pier claim [SELLER] [--count 25] [--minutes 15]   claim open flags nobody else holds; prints them
            pier claim --list                                 every claim held now: who, on what, until when
            pier claim [SELLER] --release                     end your claims
            A decision on a flag another reviewer holds is refused, naming them and when the claim lapses.
            """)
    @Argument(help: "Seller id (every seller when omitted).") var seller: String?
    @Option(help: "How many flags to claim (1–1,000).") var count = 25
    @Option(help: "How long the claim holds, in minutes of wall clock (1–480).") var minutes = PierEngine.claimMinutes
    @Flag(help: "List the claims held now.") var list = false
    @Flag(help: "Release your claims.") var release = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !(list && release) else { throw ValidationError("give --list or --release, not both") }
    }

    func run() throws {
        let engine = try store.engine()
        if let seller { try CLI.requireSeller(seller, in: engine.db) }
        do {
            if list {
                let held = try engine.db.claims(seller: seller, now: engine.who.epochSeconds())
                for c in held {
                    print("\(c.sellerID)#\(c.flagID)  \(c.operatorName)  since \(c.claimedAt)  until \(Operator.clockText(epochSeconds: c.expiresAt))")
                }
                print("\(held.count) claims held")
            } else if release {
                let n = try engine.releaseClaims(seller: seller)
                print("released \(n) claims of \(engine.who.name)")
            } else {
                let flags = try engine.claimFlags(seller: seller, count: count, minutes: minutes)
                for f in flags {
                    print("\(f.sellerID)#\(f.id) \(f.sku) \(f.ruleID) \(f.field): \"\(TerminalText.clip(f.matched, 60))\"")
                }
                let until = Operator.clockText(epochSeconds: engine.who.epochSeconds() + Int64(minutes) * 60)
                print("\(flags.count) flags claimed by \(engine.who.name) until \(until)")
            }
        } catch let error as OnboardingError {
            throw CLI.fail(error.description, code: CLI.code(error))
        } catch let error as StoreError {
            throw CLI.fail(error.description, code: 4)
        }
    }
}
