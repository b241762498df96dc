import DocumentModel

// styles.xml and numbering.xml of a Word document, kept close to OOXML (ids, levels, formats).

struct WordStyle {
    var id: String
    var name: String?
    var basedOn: String?
    var outlineLevel: Int?
    var numId: Int?
    var numLevel: Int?
    var font: String?
    var bold: Bool?
    var italic: Bool?
    var alignment: Alignment?
}

struct WordStyles {
    var paragraph: [String: WordStyle] = [:]
    var defaultParagraphStyle: String?
    var defaultFont: String?

    /// Walks the basedOn chain (bounded, cycles ignored).
    func chain(_ id: String?) -> [WordStyle] {
        var out: [WordStyle] = []
        var next = id ?? defaultParagraphStyle
        var seen = Set<String>()
        while let n = next, !seen.contains(n), let s = paragraph[n], out.count < 20 {
            seen.insert(n)
            out.append(s)
            next = s.basedOn
        }
        return out
    }

    func headingLevel(_ id: String?) -> Int? {
        for s in chain(id) {
            if let name = s.name?.lowercased(), name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...9).contains(n) {
                return n
            }
            if let l = s.outlineLevel { return (0..<9).contains(l) ? l + 1 : nil }
        }
        return nil
    }
}

extension WordStyles {
    /// What `read` never looks inside: the latent styles, the table properties and conditional
    /// formats of table styles, and every style but a paragraph style (`read` takes only
    /// those). Their content is dropped as the parser reports it.
    static let unreadSubtrees = UnreadSubtrees(
        names: ["latentStyles", "tblStylePr", "tblPr", "trPr", "tcPr"],
        unlessAttribute: ["style": (name: "type", values: ["paragraph"])])

    /// Reads styles.xml; style names longer than `maxNameCharacters` are cut (a name is
    /// copied into every paragraph of the style).
    static func read(_ c: XMLCursor, maxNameCharacters: Int = 64) throws -> WordStyles {
        var styles = WordStyles()
        try c.document { root in
            try c.children(of: root) { e in
                if e.name == "docDefaults" {
                    try c.children(of: e) { d in
                        guard d.name == "rPrDefault" else { return }
                        try c.children(of: d) { rpr in
                            try c.children(of: rpr) { f in
                                if f.name == "rFonts" { styles.defaultFont = f.attr("ascii") ?? f.attr("hAnsi") }
                            }
                        }
                    }
                    return
                }
                guard e.name == "style", e.attr("type") == "paragraph", let id = e.attr("styleId") else { return }
                var s = WordStyle(id: id)
                if let d = e.attr("default"), d == "1" || d == "true" { styles.defaultParagraphStyle = id }
                try c.children(of: e) { p in
                    switch p.name {
                    case "name":
                        s.name = p.attr("val")
                        if let clipped = s.name?.clipped(to: maxNameCharacters) { s.name = clipped }
                    case "basedOn": s.basedOn = p.attr("val")
                    case "pPr":
                        try c.children(of: p) { q in
                            switch q.name {
                            case "outlineLvl": s.outlineLevel = q.attr("val").flatMap { Int($0) }
                            case "jc": s.alignment = Alignment(ooxml: q.attr("val"))
                            case "numPr":
                                try c.children(of: q) { n in
                                    if n.name == "numId" { s.numId = n.attr("val").flatMap { Int($0) } }
                                    if n.name == "ilvl" { s.numLevel = n.attr("val").flatMap { Int($0) } }
                                }
                            default: break
                            }
                        }
                    case "rPr":
                        try c.children(of: p) { r in
                            switch r.name {
                            case "rFonts": s.font = r.attr("ascii") ?? r.attr("hAnsi")
                            case "b": s.bold = r.isOn
                            case "i": s.italic = r.isOn
                            default: break
                            }
                        }
                    default: break
                    }
                }
                styles.paragraph[id] = s
            }
        }
        return styles
    }
}

extension Alignment {
    init?(ooxml: String?) {
        switch ooxml {
        case "left", "start": self = .left
        case "center": self = .center
        case "right", "end": self = .right
        case "both", "distribute", "justify": self = .justify
        default: return nil
        }
    }
}

struct NumberingLevel {
    var start = 1
    var format = "decimal"
    var text = ""
}

struct WordNumbering {
    var abstracts: [Int: [Int: NumberingLevel]] = [:]
    /// Levels whose w:lvlText was longer than the reader keeps (see `read`).
    var clippedLevels = 0
    /// numId → abstractNumId, start overrides per level, level overrides.
    var nums: [Int: (abstract: Int, starts: [Int: Int], levels: [Int: NumberingLevel])] = [:]

    /// A start value as Word allows it (0…32767); anything else would overflow counters or
    /// spell "aaaa…" labels of absurd length.
    static func clampStart(_ value: String?) -> Int {
        guard let v = value.flatMap({ Int($0) }) else { return 1 }
        return max(0, min(v, 32_767))
    }

    func level(numId: Int, ilvl: Int) -> NumberingLevel? {
        guard let n = nums[numId] else { return nil }
        var l = n.levels[ilvl] ?? abstracts[n.abstract]?[ilvl]
        if let s = n.starts[ilvl] { l?.start = s }
        return l
    }

    /// Reads numbering.xml. A level text longer than `maxLabelCharacters` is cut to that length
    /// (and counted in `clippedLevels`): it is copied into the label of every paragraph of the
    /// level, so a megabyte of level text would cost a megabyte per list item.
    static func read(_ c: XMLCursor, maxLabelCharacters: Int = 64) throws -> WordNumbering {
        var out = WordNumbering()
        func readLevel(_ e: XMLElement) throws -> NumberingLevel {
            var l = NumberingLevel()
            try c.children(of: e) { p in
                switch p.name {
                case "start": l.start = WordNumbering.clampStart(p.attr("val"))
                case "numFmt":
                    l.format = p.attr("val") ?? "decimal"
                    if let clipped = l.format.clipped(to: maxLabelCharacters) { l.format = clipped; out.clippedLevels += 1 }
                case "lvlText":
                    l.text = p.attr("val") ?? ""
                    if let clipped = l.text.clipped(to: maxLabelCharacters) {
                        l.text = clipped
                        out.clippedLevels += 1
                    }
                default: break
                }
            }
            return l
        }
        try c.document { root in
            try c.children(of: root) { e in
                if e.name == "abstractNum", let id = e.attr("abstractNumId").flatMap({ Int($0) }) {
                    var levels: [Int: NumberingLevel] = [:]
                    try c.children(of: e) { l in
                        if l.name == "lvl", let i = l.attr("ilvl").flatMap({ Int($0) }) { levels[i] = try readLevel(l) }
                    }
                    out.abstracts[id] = levels
                } else if e.name == "num", let id = e.attr("numId").flatMap({ Int($0) }) {
                    var abstract = -1
                    var starts: [Int: Int] = [:]
                    var levels: [Int: NumberingLevel] = [:]
                    try c.children(of: e) { p in
                        if p.name == "abstractNumId" { abstract = p.attr("val").flatMap { Int($0) } ?? -1 }
                        if p.name == "lvlOverride", let i = p.attr("ilvl").flatMap({ Int($0) }) {
                            try c.children(of: p) { o in
                                if o.name == "startOverride" { starts[i] = WordNumbering.clampStart(o.attr("val")) }
                                if o.name == "lvl" { levels[i] = try readLevel(o) }
                            }
                        }
                    }
                    out.nums[id] = (abstract, starts, levels)
                }
            }
        }
        return out
    }
}

/// Counters of the lists seen so far, to compute the labels Word would show. As in Word,
/// counters belong to the abstract list, so w:num instances of one abstract list continue each
/// other; a w:num with w:startOverride restarts the overridden levels where it is first used.
struct ListCounters {
    private var counters: [Int: [Int?]] = [:]
    private var seenNums = Set<Int>()

    mutating func label(numbering: WordNumbering, numId: Int, ilvl: Int) -> (format: String, label: String?)? {
        guard let n = numbering.nums[numId], let level = numbering.level(numId: numId, ilvl: ilvl) else { return nil }
        let key = n.abstract
        var c = counters[key] ?? Array(repeating: nil, count: 9)
        if !seenNums.contains(numId) {
            seenNums.insert(numId)
            for (l, _) in n.starts where l >= 0 && l < 9 { c[l] = nil }
        }
        let i = min(max(ilvl, 0), 8)
        c[i] = (c[i] ?? (level.start - 1)) + 1
        for d in (i + 1)..<9 { c[d] = nil }
        counters[key] = c
        if level.format == "bullet" { return (level.format, ListCounters.bullet(level.text)) }
        if level.format == "none" { return (level.format, level.text.isEmpty ? nil : level.text) }
        var text = ""
        var scalars = Array(level.text.unicodeScalars)[...]
        while let u = scalars.popFirst() {
            if u == "%", let d = scalars.first, let k = Int(String(d)), (1...9).contains(k) {
                scalars.removeFirst()
                let lv = numbering.level(numId: numId, ilvl: k - 1)
                let value = c[k - 1] ?? lv?.start ?? 1
                text += ListCounters.format(value, lv?.format ?? "decimal")
            } else {
                text.unicodeScalars.append(u)
            }
        }
        return (level.format, text)
    }

    static func bullet(_ text: String) -> String {
        guard let u = text.unicodeScalars.first else { return "•" }
        switch u.value {
        case 0xF0B7, 0xF0A7, 0xF0FC, 0xF0D8, 0xF076, 0xF0A8, 0xF06E, 0xF0E0, 0x00B7: return "•"
        case 0xF02D: return "-"
        default:
            return (0xE000...0xF8FF).contains(u.value) ? "•" : text
        }
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "lowerLetter", "upperLetter":
            guard n > 0, n <= 26 * 30 else { return String(n) }
            let letter = Character(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
            let s = String(repeating: letter, count: (n - 1) / 26 + 1)
            return format == "upperLetter" ? s.uppercased() : s
        case "lowerRoman", "upperRoman":
            let s = roman(n)
            return format == "upperRoman" ? s : s.lowercased()
        default: return String(n)
        }
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}
