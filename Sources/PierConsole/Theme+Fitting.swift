extension Theme {
    /// This theme as a terminal of `colors` colours can show it. A theme that needs more
    /// colours than the terminal has gives way to the bundled 16-colour one; on an 8-colour
    /// terminal bright colours become their normal ones (bright black becomes the dim default,
    /// never black on black) and bold marks what brightness did; below 8 colours, monochrome.
    /// The selected row, the active tab and the headers always stay told apart.
    public func fitting(colors: Int) -> Theme {
        if colors < 8 { return (try? Theme.load("mono")) ?? Theme(name: "mono", colors: 0, styles: [:]) }
        var base = self
        if self.colors > colors, let ansi16 = try? Theme.load("ansi16") { base = ansi16 }
        guard colors < 16 else { return base }
        var out = base
        out.name = base.name + "-8"
        out.colors = 8
        for (role, s) in base.styles {
            var t = s
            if t.fg == 8 { t.fg = -1; t.dim = true } else if t.fg > 7 { t.fg = t.fg < 16 ? t.fg - 8 : -1; t.bold = true }
            if t.bg > 7 { t.bg = t.bg < 16 ? t.bg - 8 : -1 }
            if t.fg >= 0, t.fg == t.bg { t.fg = -1; t.reverse = !t.reverse }
            out.styles[role] = t
        }
        let header = out.style(.header), tab = out.style(.tabActive)
        if out.style(.selected) == header || out.style(.selected).bg < 0 {
            out.styles[.selected] = Style(bold: true, reverse: true)
        }
        if tab == out.style(.footer) || tab == header { out.styles[.tabActive] = Style(bold: true, underline: true, reverse: true) }
        return out
    }
}
