import Foundation
import PierCore
import PierEngine
import PierStore

/// A one-line text field the console is collecting (a filter, an appeal, a folder).
public struct TextInput: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case sellerFilter, flagFilter, ledgerSearch, exportFolder, importFile, orderFilter, jump, flagSearch, catalogueFilter
        /// The property a catalogue fix fills; its value is asked next.
        case fixAttributeName
        case fixAttributeValue(name: String)
        /// The reason for an eligibility call in the catalogue workbench.
        case fixEligibilityReason(eligible: Bool)
        case appealStatement(flag: Int64)
        case appealEvidence(flag: Int64, statement: String)
        /// The reason for a conflict decision; the confirmation follows.
        case conflictReason(ConflictRecord, ConflictChoice)
        /// A note for the decision the dialog is confirming; the dialog comes back with it.
        case decisionNote(Dialog)
    }
    public var purpose: Purpose
    public var prompt: String
    public var text: String
}

/// What a confirmation dialog will do on `y`.
public enum PendingAction: Sendable, Equatable {
    case decide([Int64], FlagDecision, note: String?)
    case install(String)
    /// Install an app for the onboarded seller now, consenting to its scopes.
    case installNow(String)
    /// Uninstall an app of the onboarded seller, revoking its scopes.
    case uninstall(String)
    case onboard(Tier, [String])
    case appealDecision(Int64, AppealDecision, note: String?)
    /// Decide a queued conflict.
    case conflict(ConflictRecord, ConflictChoice, reason: String)
    case fileAppeal(Int64, statement: String, evidence: String)
    /// Trade the selected seller for this many virtual days after go-live.
    case trade(days: Int)
    /// Apply a catalogue workbench fix; `expecting` is the state each SKU had on screen.
    case fix(CatalogueFix.Target, CatalogueFix.Change, reason: String?, expecting: [String: String])
    /// Revert a catalogue fix with a compensating event.
    case undoFix(Int64)
    /// An information box: either answer just closes it.
    case dismiss
}

extension PendingAction {
    /// Whether `n` in the confirmation adds a note (a reviewer's decision) rather than cancels.
    public var takesNote: Bool {
        switch self {
        case .decide, .appealDecision: true
        default: false
        }
    }

    /// The reviewer's note the decision carries.
    public var note: String? {
        switch self {
        case .decide(_, _, let note), .appealDecision(_, _, let note): note
        default: nil
        }
    }

    /// The same decision carrying `note`.
    func with(note: String?) -> PendingAction {
        switch self {
        case .decide(let ids, let d, _): .decide(ids, d, note: note)
        case .appealDecision(let id, let d, _): .appealDecision(id, d, note: note)
        default: self
        }
    }
}

/// A yes/no question guarding a consequential action.
public struct Dialog: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    public var action: PendingAction
}

/// Everything the console shows, and the rules for changing it. Lives on the UI thread; the
/// engine's slow work goes through the worker and comes back as `JobResult`s.
public final class ConsoleModel {
    public let worker: EngineWorker
    public var engine: PierEngine { worker.engine }
    public let role: ConsoleRole
    public let seed: UInt64
    /// Who is deciding at this console (the engine's operator).
    public var reviewer: String { engine.who.name }

    /// Who else holds the flag, and until when, when someone does.
    public func heldByOther(_ flag: FlagRecord) -> String? {
        guard flag.state == .open, let c = review.claims[flag.id], c.operatorName != reviewer else { return nil }
        return "held by \(c.operatorName) until \(Operator.clockText(epochSeconds: c.expiresAt))"
    }
    public var keymap: Keymap
    public var pane: PaneID = .overview
    public var width = 80
    public var height = 24
    public var status = ""
    public var statusIsError = false
    /// A change's message, said when the reads it asked for have arrived.
    var deferredStatus: String?
    public var quitRequested = false
    public var input: TextInput?
    public var dialog: Dialog?
    public var helpOpen = false
    public var helpQuery = ""
    /// The first help row on screen.
    public var helpScroll = 0
    /// A caption line (presenter mode).
    public var caption: String?
    /// The presenter script being played, if any.
    public var demo: DemoPlayer?

    public var sellers: [SellerRecord] = []
    public var sellerCursor = 0
    public var sellerFilter = ""
    public var selectedSeller: String?
    /// The reads of the sellers asked of the worker.
    var sellersReads = ReadCounter()
    /// A seller to put the Sellers cursor on when the list arrives (just imported).
    var sellerFocus: String?
    /// The reads of the Catalogue pane's worklist asked of the worker, and the SKU whose detail
    /// was last asked for (nil: ask again).
    var workbenchReads = ReadCounter()
    var workbenchDetailAsked: (seller: String, sku: String)?

    public var tierIndex = 1
    public var appCursor = 0
    public var chosenApps: [String] = []
    public var reservations: [Tier: Result<RateReservation, OnboardingError>] = [:]
    public var reservationsFor: String?
    public var onboarding: String?

    public var playback: Playback?

    /// The Review pane's component: the flags, their claims, filter, order, cursor, marks, detail.
    public var review = ReviewQueue()
    /// The number of the last read of the selected seller's lists, and per part
    /// (`Parts.rawValue`) the reads asked and taken: one job reads several parts under one number.
    var sellerDataGeneration = 0
    var sellerDataReads: [Int: ReadCounter] = [:]
    /// How many flags `C` claims at a time in the Review pane.
    public static let claimBatch = 25
    /// The Orders pane detail's events line until the engine worker has read them.
    static let orderEventsPending = "events: reading the ledger…"

    /// The current flag's listing, once the worker has read it.
    public var flagListing: ListingRecord? { review.currentDetail(seller: selectedSeller)?.listing }
    /// The events of the current flag's life, once the worker has read them.
    public var flagHistory: [LedgerEvent] { review.currentDetail(seller: selectedSeller)?.history ?? [] }

    public var ledger = LedgerWindow()
    private var changesCache: (seq: Int64, rows: [FieldChangeRow])?
    /// The event whose field changes were last asked of the worker.
    private var changesAsked: Int64?
    /// A SKU a `:` jump filtered the ledger by: its count is said when the page arrives.
    var skuJump: String?
    public var orders: [OrderRecord] = [] { didSet { filteredOrders = nil } }
    public var orderCursor = 0
    /// Index into `OrdersPane.views`.
    public var orderView = 0 { didSet { filteredOrders = nil } }
    public var orderFilter = "" { didSet { filteredOrders = nil } }
    /// Index into `ConsoleModel.sellerSorts`.
    public var sellerSort = 0

    /// Index into `ConsoleModel.orderSorts`.
    public var orderSort = 0 { didSet { filteredOrders = nil } }
    var filteredOrders: [OrderRecord]?
    public var exportFolder: String = ""
    /// Every seller's health against the targets, worst first (the Overview).
    public var health: [SellerHealth] = []
    public var overviewCursor = 0
    /// The Overview's search across every seller's flags, and what it found.
    public var flagSearch = ""
    public var flagHits: [FlagRecord] = []
    /// The search whose hits the worker is reading, until they arrive.
    public var flagSearchPending: String?
    /// The selected seller's conflicts (the queue, or all), and the cursor on them.
    public var conflicts: [ConflictRecord] = []
    public var conflictCursor = 0
    public var conflictQueueOnly = true
    /// The Ledger pane's picker of every event type, while open.
    public var typePicker: TypePicker?
    /// Text waiting to be put on the terminal's clipboard (OSC 52) by the app loop.
    public var clipboard: String?
    /// The Catalogue pane's state: the worklist, open groups, cursor, marks, detail.
    public var workbench = CatalogueWorkbench()
    /// The Catalogue pane's category picker, while open.
    public var categoryPicker: CategoryPicker?
    /// The TikTok tree, searchable (built when the picker first opens).
    lazy var categorySearch = CategorySearch(engine.resources.mapping.categories)
    /// The apps the selected seller has installed now.
    public var installed: Set<String> = []
    public var exportPaths: [String] = []
    /// Sees commits by other writers, so the panes follow them without a key press.
    let storeWatch: (any StoreChangeWatch)?
    var sinceStoreLook: Int64 = 0

    public init(worker: EngineWorker, role: ConsoleRole, seed: UInt64 = 1, keymap: Keymap = Keymap()) {
        self.worker = worker
        self.role = role
        self.seed = seed
        self.keymap = keymap
        var watchProblem: String?
        do {
            storeWatch = try worker.engine.db.changeWatch()
            _ = storeWatch?.changed()
        } catch {
            storeWatch = nil
            watchProblem = error.description
        }
        reloadSellers()
        // The catalogue workbench's map and moderator are built off the UI thread while the
        // operator looks around, so the first fix does not wait for them.
        let engine = worker.engine
        Thread.detachNewThread { engine.prepareCatalogueTools() }
        if let watchProblem { say("live refresh off: \(watchProblem)", error: true) }
    }

    public func say(_ text: String, error: Bool = false) {
        status = text
        statusIsError = error
    }

    // MARK: Sellers

    public var visibleSellers: [SellerRecord] {
        let kept =
            sellerFilter.isEmpty
            ? sellers
            : sellers.filter { s in
                [s.id, s.name, s.platform.title, s.vertical, s.status.rawValue, s.tier?.rawValue ?? ""].contains {
                    $0.localizedCaseInsensitiveContains(sellerFilter)
                }
            }
        return sellerSort == 0 ? kept : kept.sorted(by: Self.sellerSorts[sellerSort].before)
    }

    /// A seller's figure from its stored metrics (basis points); nil before onboarding.
    static func figure(_ s: SellerRecord, _ key: String) -> Int64? { s.metrics?[key]?.intValue }

    /// The Sellers list's orders: by id (as stored), coverage (lowest first: the ones to look at),
    /// flagged (highest first), SKUs (most first), status; sellers not yet onboarded last.
    public static let sellerSorts: [(name: String, before: @Sendable (SellerRecord, SellerRecord) -> Bool)] = [
        ("id", { $0.id < $1.id }),
        ("coverage, lowest first", { (figure($0, "coverage_bp") ?? .max, $0.id) < (figure($1, "coverage_bp") ?? .max, $1.id) }),
        ("flagged, highest first", { (-(figure($0, "flagged_bp") ?? -1), $0.id) < (-(figure($1, "flagged_bp") ?? -1), $1.id) }),
        ("SKUs, most first", { (-$0.skuCount, $0.id) < (-$1.skuCount, $1.id) }),
        ("status", { ($0.status.rawValue, $0.id) < ($1.status.rawValue, $1.id) }),
    ]

    /// Asks the engine worker for every seller and their health; `receiveSellers` takes them.
    public func reloadSellers() {
        let generation = sellersReads.ask()
        worker.submit { engine in .sellers(generation: generation, SellerList.read(from: engine)) }
    }

    /// Whether a read of the sellers is on its way (the panes say so rather than "none").
    public var sellersPending: Bool { sellersReads.pending }

    /// Takes the sellers the worker read, unless a later read was already taken. The Overview's
    /// cursor stays on its seller; a seller just imported (`sellerFocus`) gets the Sellers cursor.
    func receiveSellers(generation: Int, _ result: Result<SellerList, OnboardingError>) {
        guard sellersReads.isNewer(generation) else { return }
        sellersReads.take(generation)
        switch result {
        case .success(let list):
            sellers = list.sellers
            if let focus = sellerFocus {
                sellerFocus = nil
                sellerCursor = visibleSellers.firstIndex { $0.id == focus } ?? sellerCursor
            }
            sellerCursor = min(sellerCursor, max(0, visibleSellers.count - 1))
            let current = health.indices.contains(overviewCursor) ? health[overviewCursor].seller.id : nil
            health = list.health
            overviewCursor =
                current.flatMap { id in health.firstIndex { $0.seller.id == id } } ?? min(overviewCursor, max(0, health.count - 1))
        case .failure(let error):
            say("the sellers could not be read: \(error.description)", error: true)
        }
    }

    public var seller: SellerRecord? { sellers.first { $0.id == selectedSeller } }

    /// Makes a seller current and loads what its panes show.
    public func select(_ id: String) {
        selectedSeller = id
        // Another seller's flags never stay on screen while this one's are read.
        review = ReviewQueue()
        orderFilter = ""
        orderCursor = 0
        orderView = 0
        orderSort = 0
        chosenApps = seller?.apps ?? []
        conflictCursor = 0
        conflictQueueOnly = true
        if let t = seller?.tier { tierIndex = Tier.allCases.firstIndex(of: t) ?? 1 }
        ledger = LedgerWindow()
        ledger.seller = id
        changesCache = nil
        orders = []
        conflicts = []
        installed = []
        requestSellerData(.all)
        if seller?.status == .new, reservationsFor != id { requestReservations() }
        exportFolder = FileManager.default.currentDirectoryPath + "/pier-export/\(id)"
    }

    /// Asks the worker for the selected seller's conflicts: the queue (open first), or every resolution.
    public func reloadConflicts() { requestSellerData(.conflicts) }

    public var currentConflict: ConflictRecord? { conflicts.indices.contains(conflictCursor) ? conflicts[conflictCursor] : nil }

    /// Asks the worker for the apps the selected seller has installed now (after onboarding,
    /// apps come and go: the onboarding's choice is not the current state).
    public func reloadInstalls() { requestSellerData(.installs) }

    // MARK: Review

    /// Asks the worker for the selected seller's flags and the claims on them.
    public func reloadFlags() { requestSellerData(.flags) }

    /// The cursor moved to another flag, or the flag changed: its detail starts at the top and
    /// is read again, on the engine worker, before the next frame (see `prepareFrame`).
    public func loadFlagDetail() { review.forgetDetail() }

    /// Asks the worker for the current flag's listing and history, once per flag.
    private func requestFlagDetail(seller id: String) {
        guard let f = review.current, review.detailAsked.map({ $0.seller != id || $0.flag != f.id }) ?? true else { return }
        review.detailAsked = (id, f.id)
        worker.submit { engine in
            do throws(StoreError) {
                return .flagDetail(seller: id, flag: f.id, .success(try FlagDetail.read(seller: id, flag: f, from: engine.db)))
            } catch {
                return .flagDetail(seller: id, flag: f.id, .failure(error))
            }
        }
    }

    /// Takes a flag's detail the worker read, for the seller on screen.
    func receiveFlagDetail(seller: String, flag: Int64, _ result: Result<FlagDetail, StoreError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let d): review.detail = d
        case .failure(let error): say("flag #\(flag)'s listing and history could not be read: \(error.description)", error: true)
        }
    }

    /// Asks the engine worker for what the next frames draw and a render must not read: the
    /// Review pane's flag detail, the Ledger pane's visible page and the selected event's field
    /// changes. Nothing is read here; the results arrive through `tick`.
    public func prepareFrame() {
        guard let id = selectedSeller, width >= Screen.minWidth, height >= Screen.minHeight else { return }
        if pane == .review { requestFlagDetail(seller: id) }
        if pane == .catalogue { requestWorkbenchDetail(seller: id) }
        guard pane == .ledger else { return }
        if let r = ledger.request(visibleRows: LedgerPane.visibleRows(self)) {
            worker.submit { engine in .ledgerPage(LedgerWindow.fetch(r, from: engine.db)) }
        }
        guard ledger.showDetail, let e = ledger.current, let sku = e.sku, changesCache?.seq != e.seq, changesAsked != e.seq else { return }
        changesAsked = e.seq
        worker.submit { engine in
            do throws(OnboardingError) {
                return .fieldChanges(seller: id, seq: e.seq, .success(try engine.fieldChanges(seller: id, sku: sku, seq: e.seq)))
            } catch {
                return .fieldChanges(seller: id, seq: e.seq, .failure(error))
            }
        }
    }

    /// Takes the field changes the worker read for an event of the seller on screen.
    func receiveChanges(seller: String, seq: Int64, _ result: Result<[FieldChangeRow], OnboardingError>) {
        guard seller == selectedSeller else { return }
        switch result {
        case .success(let rows): changesCache = (seq, rows)
        case .failure(let error): say("event \(seq)'s field changes could not be read: \(error.description)", error: true)
        }
    }

    /// The field changes the worker read for an event (none until they arrive).
    func preparedChanges(for e: LedgerEvent) -> [FieldChangeRow] {
        changesCache.flatMap { $0.seq == e.seq ? $0.rows : nil } ?? []
    }
}
