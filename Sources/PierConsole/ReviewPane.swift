import PierCore
import PierEngine
import PierStore

/// Pane 4: the moderation queue and a flag's detail: the offending words highlighted in
/// context, the rule, the policy it cites, the seller-facing message, and its history.
enum ReviewPane {
    static func render(_ m: ConsoleModel, into b: inout CellBuffer, area: Rect) {
        guard m.seller != nil else {
            b.put("Pick a seller in pane 1 to review its flags.", x: area.x + 2, y: area.y + 1, role: .dim)
            return
        }
        let flags = m.review.visible
        let wide = area.width >= 110
        let (listArea, detailArea) = wide ? area.splitLeft(area.width / 2) : area.splitTop(max(4, area.height / 2))
        let widths = Screen.columns([2, 5, nil, 7, 8, 10], width: listArea.width)
        let table = Rect(x: listArea.x, y: listArea.y, width: listArea.width, height: listArea.height - 1)
        Screen.table(
            &b, area: table, headers: ["", "#", "SKU", "RULE", "SEVERITY", "STATE"], widths: widths, count: flags.count,
            cursor: m.review.cursor, top: Screen.top(cursor: m.review.cursor, rows: table.height - 1, count: flags.count)
        ) { i in
            let f = flags[i]
            let role: StyleRole = m.review.marked.contains(f.id) ? .marked : (f.severity == .reject ? .flagHigh : f.state == .open ? .flagMedium : .dim)
            let held = f.state == .open ? m.review.claims[f.id].map { $0.operatorName == m.reviewer ? "open·mine" : "held·\($0.operatorName)" } : nil
            return (
                [m.review.marked.contains(f.id) ? "●" : "", String(f.id), f.sku, f.ruleID, f.severity.rawValue, held ?? f.state.rawValue],
                m.heldByOther(f) == nil ? role : .dim
            )
        }
        let filter =
            "state: \(m.review.state?.rawValue ?? "all") · by \(ReviewQueue.sorts[m.review.sort].name)"
            + (m.review.filter.isEmpty ? "" : " · filter: \(m.review.filter)")
            + (m.review.marked.isEmpty ? "" : " · \(m.review.marked.count) marked")
        if flags.isEmpty {
            let empty = m.sellerDataPending.contains(.flags) ? "Reading the flags…" : "No flags (\(filter)). s cycles the state filter."
            b.put(TextWidth.fit(empty, listArea.width - 4), x: listArea.x + 2, y: listArea.y + 2, role: .dim)
        }
        b.put(TextWidth.fit(filter, listArea.width - 2), x: listArea.x + 1, y: listArea.maxY - 1, role: .accent)
        guard detailArea.height >= 3 else { return }
        b.box(detailArea, title: m.review.current.map { "Flag #\($0.id)" } ?? "Flag")
        guard let f = m.review.current else { return }
        detail(m, f, &b, detailArea.inset(1))
    }

    static func detail(_ m: ConsoleModel, _ f: FlagRecord, _ b: inout CellBuffer, _ r: Rect) {
        let rule = m.engine.resources.rules.rule(f.ruleID)
        var y = r.y
        func line(_ text: String, _ role: StyleRole = .normal) {
            guard y < r.maxY else { return }
            b.put(TextWidth.fit(text, r.width), x: r.x, y: y, role: role)
            y += 1
        }
        line(
            "\(f.ruleID) \(rule?.title ?? "") · \(f.severity) · \(f.state)\(f.appeals > 0 ? " · appeals \(f.appeals)/\(PierEngine.maxAppeals)" : "")"
                + (m.heldByOther(f).map { " · \($0)" } ?? ""),
            f.severity == .reject ? .flagHigh : .flagMedium)
        line("SKU \(f.sku) · \(f.field)", .dim)
        if let listing = m.flagListing {
            // A value a person typed in the workbench (`attribute:brand`) is not kept on the listing: the match is the text.
            let typed = f.field.hasPrefix("attribute:")
            let text: String =
                switch f.field {
                case _ where typed: f.matched
                case "title": listing.title
                case "description": listing.description
                // The merchant's category, as moderation read it (without the vocabulary's prefix).
                case "category": SourceCategory(label: listing.sourceCategory).text
                default: listing.tags.joined(separator: ", ")
                }
            y = highlight(
                text, start: typed ? 0 : f.spanStart, end: typed ? f.matched.utf8.count : f.spanEnd, &b,
                Rect(x: r.x, y: y, width: r.width, height: min(3, r.maxY - y)))
        }
        // What people did comes before the rule's boilerplate, wrapped whole: an appeal's
        // statement and evidence are read in full, not cut at the edge; ] and [ scroll them.
        var rest = [(text: String, role: StyleRole)]()
        for e in m.flagHistory where e.kind != .flagRaised {
            let by = e.operatorStamp.map { " (by \($0.name))" } ?? ""
            func noted(_ note: String?) -> String { note.map { " · note: \($0)" } ?? "" }
            let text: String
            if let d = e.payload(FlagDecided.self) {
                text = "\(Format.clock(e.at)) \(e.actor) \(d.decision.rawValue)\(noted(d.note))"
            } else if let a = e.payload(AppealFiled.self) {
                text = "\(Format.clock(e.at)) appeal \(a.number)\(by): “\(a.statement)” evidence: \(a.evidence)"
            } else if let d = e.payload(AppealDecided.self) {
                text = "\(Format.clock(e.at)) \(e.actor) \(d.decision.rawValue) appeal \(d.number)\(noted(d.note))"
            } else if let w = e.payload(FlagWithdrawn.self) {
                text = "\(Format.clock(e.at)) withdrawn: \(w.reason)"
            } else {
                continue
            }
            for l in TextWidth.wrap(TerminalText.sanitize(text), r.width) { rest.append((l, .ledgerType)) }
        }
        if f.state == .editRequested {
            for l in TextWidth.wrap("Waiting on the seller's edit: a re-import withdraws the flag if the words go; c or u decides it now.", r.width) {
                rest.append((l, .accent))
            }
        }
        for l in TextWidth.wrap("Cites: \(rule?.cites ?? "")", r.width) { rest.append((l, .dim)) }
        for l in TextWidth.wrap("To the seller: \(rule?.message ?? "")", r.width) { rest.append((l, .normal)) }
        let room = max(0, r.maxY - y)
        let top = max(0, min(m.review.detailScroll, rest.count - room))
        let more = rest.count - top - room
        for (i, l) in rest.dropFirst(top).prefix(room).enumerated() {
            let last = i == room - 1 && more > 0
            line(last ? "… \(more) more line\(more == 1 ? "" : "s"): ] scrolls" : l.text, last ? .accent : l.role)
        }
    }

    /// Writes the context around the matched words with the words highlighted; returns the next row.
    static func highlight(_ text: String, start: Int, end: Int, _ b: inout CellBuffer, _ r: Rect) -> Int {
        let bytes = Array(text.utf8)
        guard start >= 0, end <= bytes.count, start < end, r.height > 0 else { return r.y }
        let before = String(decoding: bytes[max(0, start - 120)..<start], as: UTF8.self)
        let match = String(decoding: bytes[start..<end], as: UTF8.self)
        let after = String(decoding: bytes[end..<min(bytes.count, end + 200)], as: UTF8.self)
        let capacity = r.width * r.height
        var lead = Substring(before.suffix(max(0, min(before.count, capacity / 3))))
        if lead.count < before.count, let space = lead.firstIndex(of: " ") { lead = lead[lead.index(after: space)...] }
        var x = r.x, y = r.y
        // Words wrap whole (a word longer than the row still breaks); the match keeps its role.
        // An ellipsis only where text was left out before the context.
        let cut = lead.utf8.count < start
        for (piece, role) in [((cut ? "…" : "") + String(lead), StyleRole.normal), (match, .highlight), (after, .normal)] {
            for word in Self.words(TerminalText.sanitize(piece)) {
                let w = TextWidth.width(of: word)
                if x > r.x, x + w > r.maxX, w <= r.width, word != " " { x = r.x; y += 1 }
                if x == r.x, word == " " { continue }
                for c in word {
                    let cw = TextWidth.width(of: c)
                    if x + cw > r.maxX { x = r.x; y += 1 }
                    if y >= r.maxY { return y }
                    x += b.put(String(c), x: x, y: y, role: role)
                }
            }
        }
        return y + 1
    }

    /// A text as runs of non-spaces and single spaces, in order.
    static func words(_ text: String) -> [String] {
        var out = [String]()
        var word = ""
        for c in text {
            if c == " " {
                if !word.isEmpty { out.append(word); word = "" }
                out.append(" ")
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }
}
