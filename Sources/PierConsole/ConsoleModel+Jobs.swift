import Foundation
import PierCore
import PierEngine
import PierStore

extension ConsoleModel {
    /// Collects finished jobs and advances the sync playback; true when something changed.
    public func tick(realMillis: Int64 = 50) -> Bool {
        var changed = false
        for r in worker.drain() {
            changed = true
            receive(r)
        }
        if let message = deferredStatus, !sellersPending, sellerDataPending.isEmpty, !workbenchPending {
            deferredStatus = nil
            say(message)
        }
        if var p = playback, !p.finished, !p.paused {
            p.advance(realMillis: realMillis)
            playback = p
            changed = true
        }
        if demoTick(realMillis: realMillis) { changed = true }
        if watchStore(realMillis: realMillis) { changed = true }
        return changed
    }

    /// Every half second, looks whether the store changed under the console (another console,
    /// a `pier` command) and re-reads what the panes show; true when it did.
    func watchStore(realMillis: Int64) -> Bool {
        sinceStoreLook += realMillis
        guard sinceStoreLook >= Self.storeLookMillis, let watch = storeWatch else { return false }
        sinceStoreLook = 0
        guard watch.changed() else { return false }
        refreshFromStore()
        return true
    }

    /// How often the console looks for other writers.
    static let storeLookMillis: Int64 = 500

    /// Re-reads the sellers, the selected seller's flags and orders and the ledger page.
    func refreshFromStore() {
        reloadSellers()
        guard selectedSeller != nil else { return }
        requestSellerData(.all)
        if pane == .catalogue { reloadWorkbench() }
        ledger.refresh()
    }

    /// Decides a queued conflict on the engine worker.
    func decideConflict(_ c: ConflictRecord, _ choice: ConflictChoice, reason: String) {
        guard let id = selectedSeller else { return }
        let r = c.resolution
        worker.submit { engine in
            do throws(OnboardingError) {
                try engine.decideConflict(seller: id, sku: r.sku, eventID: r.eventID, field: r.field, choice: choice, reason: reason)
                return .changed(
                    seller: id,
                    message:
                        "conflict on \(r.sku) \(r.field): \(choice == .accept ? "accepted as resolved" : "took \(choice.rawValue)'s value"), recorded in the ledger"
                )
            } catch { return .failed(error.description) }
        }
    }

    /// Installs or uninstalls an app for the onboarded seller, ledgered with the operator.
    func changeApp(_ app: String, install: Bool) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                if install {
                    let a = try engine.install(seller: id, app: app)
                    return .changed(seller: id, message: "\(a.name) installed: consent to \(a.scopes.map(\.rawValue).joined(separator: ", ")) is in the ledger")
                }
                try engine.uninstall(seller: id, app: app)
                return .changed(seller: id, message: "\(engine.resources.app(app)?.name ?? app) uninstalled: its scopes are revoked")
            } catch { return .failed(error.description) }
        }
    }

    func receive(_ r: JobResult) {
        switch r {
        case .reservations(let seller, let apps, let seed, let map):
            // Worked out for another seller, app set or seed than the screen now shows: dropped
            // (the change that moved the screen on asked for its own).
            if seller == selectedSeller, seed == self.seed { _ = plan.take(map, seller: seller, apps: apps) }
        case .onboarded(let seller, let result):
            onboarding = nil
            switch result {
            case .success(let report):
                reloadSellers()
                select(seller)
                startPlayback()
                say(
                    "\(report.seller.name) onboarded: coverage \(Format.percent(report.metrics.coverageBP)), flagged \(Format.percent(report.metrics.flaggedBP)); playing the sync"
                )
            case .failure(let e):
                say(e.description, error: true)
            }
        case .changed(let seller, let message):
            // The reload below reads this console's own commit (and any before it): the next
            // look at the data version must not read it all again.
            _ = storeWatch?.changed()
            if seller == selectedSeller {
                // Said once the panes show the change, so the next key acts on what is there now.
                refreshFromStore()
                deferredStatus = message
            } else {
                reloadSellers()
                say(message)
            }
        case .failed(let message):
            deferredStatus = nil
            // A refused fix may mean another console changed the SKUs: show what is there now.
            if pane == .catalogue { reloadWorkbench() }
            say(message, error: true)
        case .ledgerPage(let page):
            // Read for another seller, filter or order than the screen now shows: dropped.
            guard ledger.accept(page) else { break }
            if let miss = page.jumpMiss { say(miss, error: true) }
            if let sku = skuJump, let id = selectedSeller {
                skuJump = nil
                if ledger.count == 0 {
                    say("no event of \(id) is about SKU \(TerminalText.sanitize(sku))", error: true)
                } else {
                    say("\(Format.count(ledger.count)) events about \(TerminalText.sanitize(sku))")
                }
            }
        case .fieldChanges(let seller, let seq, let result):
            receiveChanges(seller: seller, seq: seq, result)
        case .orderEvents(let seller, let order, let result):
            // Filled into the order's detail only while that order's detail is still open.
            guard seller == selectedSeller, var d = dialog, d.title == "Order \(order)",
                let i = d.lines.firstIndex(of: Self.orderEventsPending)
            else { break }
            switch result {
            case .success(let events):
                d.lines[i] = "events: " + (events.isEmpty ? "none found" : events.map { "\($0.seq) \($0.type)" }.joined(separator: " · "))
            case .failure(let error):
                d.lines[i] = "events: the ledger could not be read (\(error.description))"
            }
            d.lines[i] = TerminalText.sanitize(d.lines[i])
            dialog = d
        case .ledgerTypes(let seller, let result):
            // Asked for on the Ledger pane of this seller: the picker opens only if that is still the screen.
            guard seller == selectedSeller, pane == .ledger else { break }
            switch result {
            case .success(let types): typePicker = TypePicker(types: types)
            case .failure(let error): say("the ledger's event types could not be read: \(error.description)", error: true)
            }
        case .sellers(let generation, let result):
            receiveSellers(generation: generation, result)
        case .workbench(let seller, let generation, let result):
            receiveWorkbench(seller: seller, generation: generation, result)
        case .workbenchDetail(let seller, let sku, let result):
            receiveWorkbenchDetail(seller: seller, sku: sku, result)
        case .playback(let seller, let result):
            receivePlayback(seller: seller, result)
        case .flagHits(let query, let result):
            // Only the search still typed is shown.
            switch result {
            case .success(let hits):
                guard overview.take(hits: hits, for: query) else { break }
                say("\(Format.count(hits.count))\(hits.count == 500 ? "+" : "") flag(s) across \(Set(hits.map(\.sellerID)).count) seller(s)")
            case .failure(let error):
                guard overview.take(hits: nil, for: query) else { break }
                say("the search could not be read: \(error.description)", error: true)
            }
        case .sellerData(let d):
            receiveSellerData(d)
        case .flagDetail(let seller, let flag, let result):
            receiveFlagDetail(seller: seller, flag: flag, result)
        case .exported(let paths):
            exportPaths = paths
            say("wrote \(paths.count) files to \(exportFolder)")
        case .verified(let reports):
            if let bad = reports.first(where: { $0.problem != nil }), let p = bad.problem {
                say("ledger BROKEN for \(bad.seller): \(p)", error: true)
            } else {
                say(
                    "ledger ok: \(reports.map { "\($0.seller) \(Format.count($0.events)) events" }.joined(separator: ", ")) · head \(reports.first?.head.prefix(16) ?? "")…"
                )
            }
        case .imported(let seller, let lines, let synced):
            sellerTable.focus = seller
            reloadSellers()
            let next = synced ? "The Ledger pane shows the sync's events." : "Enter on the seller configures its onboarding."
            dialog = Dialog(
                title: synced ? "Synced \(seller) from the merchant" : "Imported \(seller)", lines: Array(lines.prefix(14)) + [next],
                action: .dismiss)
        case .replayed(let r):
            let statuses = r.listingsByStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            dialog = Dialog(
                title: "Replay at event \(r.throughSeq)",
                lines: [
                    "\(r.seller) at virtual \(Format.clock(r.throughAt)) after \(Format.count(r.events)) events: status \(r.status)",
                    "listings: \(statuses.isEmpty ? "none yet" : statuses)",
                    "open flags \(r.openFlags) · conflicts \(r.conflicts) (queue \(r.conflictQueue)) · apps \(r.installs.isEmpty ? "none" : r.installs.joined(separator: ", "))",
                    r.compared
                        ? (r.differences.isEmpty ? "stored state matches the ledger" : "DIFFERS: \(r.differences.first ?? "")") : "(the state at that event)",
                ], action: .dismiss)
        }
    }

    func requestReservations() {
        guard let id = selectedSeller else { return }
        plan.forgetReservations()
        let seed = seed
        let apps = plan.chosenApps
        worker.submit { engine in
            var map = [Tier: Result<RateReservation, OnboardingError>]()
            for t in Tier.allCases {
                do throws(OnboardingError) { map[t] = .success(try engine.reserve(seller: id, tier: t, apps: apps, seed: seed)) } catch {
                    map[t] = .failure(error)
                }
            }
            return .reservations(seller: id, apps: apps, seed: seed, map)
        }
    }

    func startOnboarding(tier: Tier, apps: [String]) {
        guard let id = selectedSeller else { return }
        onboarding = id
        let seed = seed
        say("onboarding \(id) on \(tier.title)…")
        show(.sync)
        worker.submit { engine in
            do throws(OnboardingError) { return .onboarded(seller: id, .success(try engine.onboard(seller: id, tier: tier, apps: apps, seed: seed))) } catch {
                return .onboarded(seller: id, .failure(error))
            }
        }
    }

    /// Reads the seller's ledger on the engine worker and, when it arrives, plays its
    /// onboarding from the start in the Sync pane.
    public func startPlayback() {
        guard let id = selectedSeller else { return }
        say(Self.readingLedger(id))
        worker.submit { engine in
            do throws(StoreError) { return .playback(seller: id, .success(Playback(seller: id, events: try engine.db.events(seller: id)))) } catch {
                return .playback(seller: id, .failure(error))
            }
        }
    }

    /// The status line while a seller's ledger is read for the Sync pane.
    static func readingLedger(_ seller: String) -> String { "reading \(seller)'s ledger to play its sync…" }

    /// Plays a ledger the worker read, for the seller still on screen.
    func receivePlayback(seller: String, _ result: Result<Playback, StoreError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let p):
            playback = p
            show(.sync)
            if status == Self.readingLedger(seller) { say("") }
        case .failure(let error):
            say("\(seller)'s ledger could not be read: \(error.description)", error: true)
        }
    }

    func decide(_ ids: [Int64], _ decision: FlagDecision, note: String?) {
        guard let id = selectedSeller, !ids.isEmpty else { return }
        review.marked = []
        worker.submit { engine in
            do throws(OnboardingError) {
                try engine.decide(seller: id, flags: ids, decision: decision, note: note)
                return .changed(
                    seller: id, message: "\(decision.rawValue.replacingOccurrences(of: "_", with: " ")): \(ids.count) flag(s) recorded in the ledger")
            } catch { return .failed(error.description) }
        }
    }

    /// Claims the next batch of open flags for the reviewer on duty.
    func claimFlags() {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                let got = try engine.claimFlags(seller: id, count: ConsoleModel.claimBatch)
                let until = Operator.clockText(epochSeconds: engine.who.epochSeconds() + Int64(PierEngine.claimMinutes) * 60)
                return .changed(
                    seller: id,
                    message: got.isEmpty
                        ? "no open flag is free to claim" : "claimed \(got.count) flag(s) until \(until): \(got.map { "#\($0.id)" }.joined(separator: " "))")
            } catch { return .failed(error.description) }
        }
    }

    func decideAppeal(_ flag: Int64, _ decision: AppealDecision, note: String?) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                try engine.decideAppeal(seller: id, flag: flag, decision: decision, note: note)
                return .changed(seller: id, message: "appeal on flag #\(flag) \(decision == .grant ? "granted: listing live" : "denied")")
            } catch { return .failed(error.description) }
        }
    }

    func fileAppeal(_ flag: Int64, statement: String, evidence: String) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) {
                try engine.fileAppeal(seller: id, flag: flag, statement: statement, evidence: evidence)
                return .changed(seller: id, message: "appeal filed on flag #\(flag)")
            } catch { return .failed(error.description) }
        }
    }

    func verifyLedger() {
        guard let id = selectedSeller else { return }
        say("verifying…")
        worker.submit { engine in
            do throws(StoreError) { return .verified([try engine.db.verifyLedger(seller: id)]) } catch { return .failed(error.description) }
        }
    }

    func replay(at seq: Int64) {
        guard let id = selectedSeller else { return }
        worker.submit { engine in
            do throws(OnboardingError) { return .replayed(try engine.replay(seller: id, through: seq)) } catch { return .failed(error.description) }
        }
    }

    func export() {
        guard let id = selectedSeller else { return }
        let folder = exportFolder
        worker.submit { engine in
            do throws(OnboardingError) { return .exported(try Exporter(engine: engine).export(seller: id, to: folder)) } catch {
                return .failed(error.description)
            }
        }
    }

    /// Parses `platform FILE NAME…` and imports on the worker.
    /// Reads the import prompt: `PLATFORM FILE SELLER NAME`, where a file with spaces is quoted
    /// ("…" or '…') or has its spaces escaped (`\ `), and `~` is the home folder.
    static func importLine(_ text: String) -> (platform: SourcePlatform, file: String, name: String)? {
        var words = [String](), word = "", quote: Character?, escaped = false, started = false
        var rest = Substring(text)
        while let c = rest.first, words.count < 2 {
            rest = rest.dropFirst()
            if escaped { word.append(c); escaped = false; continue }
            if c == "\\", quote != "'" { escaped = true; started = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
                continue
            }
            if c == "\"" || c == "'" { quote = c; started = true; continue }
            if c == " " {
                if started { words.append(word); word = ""; started = false }
                continue
            }
            word.append(c)
            started = true
        }
        if started, words.count < 2 { words.append(word) }
        let name = rest.trimmingCharacters(in: .whitespaces)
        guard quote == nil, words.count == 2, !name.isEmpty, let platform = SourcePlatform(rawValue: words[0].lowercased()) else { return nil }
        return (platform, HomeFolder.expanding(words[1]), name)
    }

    func importCatalogue(_ text: String) {
        guard let (platform, file, name) = Self.importLine(text) else {
            say("import needs: shopify|woocommerce|amazon FILE SELLER NAME (quote a file with spaces: \"my export.csv\")", error: true)
            return
        }
        guard FileManager.default.isReadableFile(atPath: file) else { say("cannot read \(TerminalText.sanitize(file))", error: true); return }
        // An imported seller keeps its region and currency; a new one starts in the US, in USD.
        let known = sellerTable.sellers.first { $0.id == PierEngine.sellerID(name) }
        let region = known?.regions.first ?? .us
        let currency = known?.currency ?? "USD"
        say("importing \(file)…")
        worker.submit { engine in
            do throws(OnboardingError) {
                let report = try engine.importCatalogue(platform: platform, file: file, seller: name, region: region, currency: currency)
                // An onboarded seller's import is a merchant-side sync: what it did comes first.
                let lines = report.sync.map { $0.lines.map(TerminalText.sanitize) + [""] + report.lines } ?? report.lines
                return .imported(seller: PierEngine.sellerID(name), lines: lines, synced: report.sync != nil)
            } catch { return .failed(error.description) }
        }
    }
}
