/// A key press, as the console's bindings name it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case f(Int)

    /// Parses a key file's spelling: `q`, `?`, `space`, `enter`, `esc`, `tab`, `shift-tab`,
    /// `up`, `pgdn`, `home`, `ctrl-r`, `f1`…
    public init?(spelling raw: String) {
        let s = raw.lowercased()
        switch s {
        case "space": self = .char(" ")
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab": self = .backTab
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            if s.hasPrefix("ctrl-"), s.count == 6, let c = s.last, c.isLetter { self = .ctrl(c); return }
            if s.hasPrefix("f"), let n = Int(s.dropFirst()), (1...12).contains(n) { self = .f(n); return }
            guard raw.count == 1, let c = raw.first, !c.isWhitespace else { return nil }
            self = .char(c)
        }
    }

    /// How the footer and help show the key.
    public var description: String {
        switch self {
        case .char(" "): "space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .f(let n): "F\(n)"
        }
    }
}

/// An input event the console loop handles.
public enum ConsoleEvent: Sendable, Equatable {
    case key(Key)
    case mouse(x: Int, y: Int, button: MouseButton)
    case resize(width: Int, height: Int)
    case tick
}

/// What a mouse report means.
public enum MouseButton: Sendable, Equatable {
    case click, wheelUp, wheelDown
}
