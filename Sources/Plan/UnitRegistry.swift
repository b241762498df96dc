import VietText

// Alias matching rules (see also Pipelines/README.md):
//
// 1. Every alias and every searched text is reduced to folded words (VietText.words: lower
//    case, no diacritics, đ → d, NFC/NFD alike, any punctuation or line break a separator),
//    so "UBND P. Sài Gòn", "ubnd p sai gon" and "ỦY BAN NHÂN DÂN\nP.SÀI GÒN" compare by the
//    word sequence "ubnd p sai gon" / "uy ban nhan dan p sai gon".
// 2. Communes get their aliases by rule: a kind prefix × the bare name. Prefixes:
//    phường: "Phường", "P.", "UBND phường", "UBND P.", "Ủy ban nhân dân phường", "UBND",
//    "Ủy ban nhân dân"; xã: the same with "Xã"/"X."; đặc khu: "Đặc khu", "ĐK", …
// 3. The bare name ("An Phú") is an alias for `resolve` (a whole cell or field that holds
//    just a name) but never for `mentions`: in running text a bare name needs its prefix,
//    otherwise task text and "Thành phố Hồ Chí Minh" would produce units.
// 4. Agencies: the name and the aliases of agencies.csv and unit-aliases.yaml; for each,
//    "X&Y" also as "XY" and "X và Y"; a trailing "Thành phố Hồ Chí Minh" also dropped, and
//    the form without it also with " Thành phố Hồ Chí Minh", " TP.HCM", " TP. Hồ Chí Minh",
//    " TPHCM".
// 5. An agency alias whose last word is the bare "Sở" ("Văn phòng Sở", "VP Sở") is deictic:
//    in a department's own report it means that department's office. It resolves, but is
//    not looked for in running text.
// 6. `mentions` scans words left to right and takes, at each position, the longest alias
//    that matches there (a trie over alias words), then continues after it: "UBND phường An
//    Phú Đông" is An Phú Đông, not An Phú.
// 7. The unit id is an alias too: in text only written exactly as the id ("SO-YT",
//    "SKHCN-QLKH", separators free), so that "số TP" is not SO-TP; a commune's 5-digit
//    code for `resolve` only.
// 8. A folded alias that leads to two units is a collision: `collisions` lists them, unless
//    unit-aliases.yaml marks the alias ambiguous; ambiguous aliases return all their units.

/// How an alias may be used.
struct AliasEntry: Sendable, Hashable {
    var key: String
    var unit: Int
    /// Usable by `mentions` (false: `resolve` only).
    var inText: Bool
    /// In text, only when written exactly so (case and letters; any separators): unit ids,
    /// whose folded words ("so tp") would also match ordinary words ("số TP").
    var exactForm: String? = nil
}

/// The reporting units of a pipeline with their aliases, and the lookups over them.
public struct UnitRegistry: Sendable {
    public let units: [ReportingUnit]
    /// Folded aliases (word keys) that are meant to name several units.
    public let ambiguousAliases: Set<String>

    private let byID: [String: Int]
    /// Per unit: the diacritic-keeping keys of its aliases, to tell apart units whose
    /// aliases fold alike ("Xã Thanh An" and "Xã Thạnh An").
    private let toneKeys: [Set<String>]
    /// Folded alias key → unit indices (all aliases).
    private let index: [String: [Int]]
    private let trie: AliasTrie

    /// Builds the registry. `extraAliases` are added by id (unit-aliases.yaml); aliases whose
    /// key names several units must be listed in `ambiguous` or show up in `collisions`.
    public init(units input: [ReportingUnit], extraAliases: [String: [String]] = [:], ambiguous: [String] = []) {
        var units = input
        var entries: [AliasEntry] = []
        for i in units.indices {
            let generated = UnitRegistry.aliasForms(for: units[i], extra: extraAliases[units[i].id] ?? [])
            var seen = Set<String>()
            var display: [String] = []
            for (form, usage) in generated {
                let key = UnitRegistry.key(form)
                guard !key.isEmpty else { continue }
                let exact = usage == .exactInText ? UnitRegistry.idForm(form) : nil
                if seen.insert(key).inserted {
                    display.append(form)
                    entries.append(AliasEntry(key: key, unit: i, inText: usage != .resolveOnly, exactForm: exact))
                } else if let j = entries.lastIndex(where: { $0.key == key && $0.unit == i }) {
                    // The same words from another rule: the most permissive use wins.
                    if usage != .resolveOnly { entries[j].inText = true }
                    if usage == .inText { entries[j].exactForm = nil }
                }
            }
            units[i].aliases = display
        }
        self.toneKeys = units.map { Set($0.aliases.map(UnitRegistry.toneKey)) }
        var index: [String: [Int]] = [:]
        for e in entries where !(index[e.key]?.contains(e.unit) ?? false) { index[e.key, default: []].append(e.unit) }
        var byID: [String: Int] = [:]
        for (i, u) in units.enumerated() where byID[u.id] == nil { byID[u.id] = i }
        self.units = units
        self.index = index
        self.byID = byID
        let marked = Set(ambiguous.map(UnitRegistry.key))
        // An entry marks the alias itself, or every alias shared by units with that bare name.
        self.ambiguousAliases = Set(index.filter { key, ids in
            ids.count > 1 && (marked.contains(key) || ids.allSatisfy { marked.contains(UnitRegistry.key(units[$0].bareName)) })
        }.keys)
        self.trie = AliasTrie(entries.filter(\.inText))
    }

    /// The folded word key of a text: "UBND P. Sài Gòn" → "ubnd p sai gon".
    public static func key(_ text: String) -> String {
        VietText.words(text).joined(separator: " ")
    }

    public func unit(id: String) -> ReportingUnit? {
        byID[id].map { units[$0] }
    }

    /// Units of one group token ("group:internal") or the unit of an id.
    public func units(for reference: String) -> [ReportingUnit] {
        if let g = UnitGroup(rawValue: reference) { return units.filter { $0.kind.group == g && $0.isReporter } }
        return unit(id: reference).map { [$0] } ?? []
    }

    /// Units whose alias is exactly the text, after folding (case, diacritics, NFD, spacing
    /// and punctuation do not matter). Several units only for an ambiguous alias.
    public func resolve(_ text: String) -> [ReportingUnit] {
        disambiguate(index[UnitRegistry.key(text)] ?? [], text).map { units[$0] }
    }

    /// The diacritic-keeping word key: "Xã Thạnh An" → "xã thạnh an".
    public static func toneKey(_ text: String) -> String {
        VietText.nfc(text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Of several units an alias names, the one whose alias matches the text with its
    /// diacritics; all of them when the text has none (or matches several).
    private func disambiguate(_ ids: [Int], _ text: String) -> [Int] {
        // Text typed without any diacritics may have lost them: it cannot tell the units apart.
        guard ids.count > 1, text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return ids }
        let tk = UnitRegistry.toneKey(text)
        let hits = ids.filter { toneKeys[$0].contains(tk) }
        return hits.count == 1 ? hits : ids
    }

    /// Unit names inside a longer text ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ", "Báo cáo … của
    /// UBND phường Bình Thạnh"), leftmost-longest, in text order.
    public func mentions(in text: String) -> [UnitMention] {
        // Words as ids of the alias vocabulary (-1: a word no alias has), so that a text
        // naming no unit costs a scan and a table probe per word, no strings.
        let words = trie.words.spans(of: text)
        var out: [UnitMention] = []
        var i = 0
        while i < words.count {
            var node = 0
            var candidates: [(end: Int, node: Int)] = []
            var j = i
            while j < words.count, let next = trie.child(node, words[j].id) {
                node = next
                if !trie.nodes[node].units.isEmpty { candidates.append((j, node)) }
                j += 1
            }
            // Longest first; an id alias counts only when written exactly as the id.
            var best: (end: Int, units: [Int])? = nil
            for c in candidates.reversed() {
                let n = trie.nodes[c.node]
                let written = text[words[i].range.lowerBound..<words[c.end].range.upperBound]
                let ok = n.units.filter { u in n.exact[u].map { $0 == UnitRegistry.idForm(String(written)) } ?? true }
                if !ok.isEmpty { best = (c.end, ok); break }
            }
            if let best {
                let range = words[i].range.lowerBound..<words[best.end].range.upperBound
                let ids = disambiguate(best.units, String(text[range]))
                out.append(UnitMention(
                    units: ids.map { units[$0] }, range: range, text: String(text[range]),
                    alias: words[i...best.end].map { trie.words.word($0.id) }.joined(separator: " ")))
                i = best.end + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Aliases (folded) that name more than one unit without being marked ambiguous.
    public var collisions: [(alias: String, units: [ReportingUnit])] {
        index.filter { $0.value.count > 1 && !ambiguousAliases.contains($0.key) }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value.map { units[$0] }) }
    }

    /// Ranked search for people typing ("p sai gon", "chi cuc", "so y te", "ubnd xa …",
    /// "tt …"): empty when nothing fits. Query and aliases are compared as folded words,
    /// with the usual abbreviations written out on both sides ("p" → "phường", "tt" → "trung
    /// tâm", "ubnd" → "ủy ban nhân dân"); a word also matches as the beginning of a longer one.
    /// Scores, best alias of each unit:
    /// - 100: an alias is exactly the query (`resolve`); 90: the query names the unit inside
    ///   a longer text (`mentions`);
    /// - 50–89: every query word is in the alias, more for an alias the query covers more
    ///   of, for the words in order and for the alias starting with the query;
    /// - 20–40: some words only, of which at least one says which unit (not only a kind or
    ///   city word like "phường", "sở", "thành phố"), when no unit has them all.
    public func search(_ query: String) -> [(unit: ReportingUnit, score: Int)] {
        var scores: [Int: Int] = [:]
        func bump(_ i: Int, _ s: Int) { scores[i] = max(scores[i] ?? 0, s) }
        for u in resolve(query) { if let i = byID[u.id] { bump(i, 100) } }
        for m in mentions(in: query) { for u in m.units { if let i = byID[u.id] { bump(i, 90) } } }
        let q = UnitRegistry.searchWords(query)
        if !q.isEmpty {
            var partial: [Int: Int] = [:]
            for (i, u) in units.enumerated() {
                var best = 0, bestPartial = 0
                for alias in u.aliases {
                    let a = UnitRegistry.searchWords(alias)
                    guard !a.isEmpty else { continue }
                    // Which alias word each query word matches (exactly, else as a prefix of it).
                    var used = Set<Int>()
                    var positions: [Int] = []
                    var weight = 0.0
                    // A matched query word that says which unit (not only a kind or the city).
                    var telling = false
                    for w in q {
                        if let k = a.indices.first(where: { !used.contains($0) && a[$0] == w }) {
                            used.insert(k); positions.append(k); weight += 1
                        } else if w.count >= 2, let k = a.indices.first(where: { !used.contains($0) && a[$0].hasPrefix(w) }) {
                            used.insert(k); positions.append(k); weight += 0.7
                        } else {
                            continue
                        }
                        if !UnitRegistry.genericWords.contains(w) { telling = true }
                    }
                    if positions.count == q.count {
                        if a == q { best = max(best, 100); continue }
                        let covered = weight / Double(a.count)
                        let inOrder = positions == positions.sorted() && positions.last! - positions.first! == positions.count - 1
                        let starts = positions.first == 0
                        best = max(best, 50 + Int(25 * covered) + (inOrder ? 7 : 0) + (starts ? 7 : 0))
                    } else if !positions.isEmpty {
                        guard telling, positions.count * 2 >= q.count else { continue }
                        bestPartial = max(bestPartial, 20 + Int(20 * weight / Double(q.count)))
                    }
                }
                if best > 0 { bump(i, best) } else if bestPartial > 0 { partial[i] = bestPartial }
            }
            // Units that miss words only when no unit has them all.
            if scores.isEmpty { for (i, s) in partial { bump(i, s) } }
        }
        let top = scores.values.max() ?? 0
        // Keep what is close to the best hit.
        return scores.filter { $0.value > 0 && $0.value + 25 >= top }
            .sorted { $0.value != $1.value ? $0.value > $1.value : units[$0.key].name != units[$1.key].name ? units[$0.key].name < units[$1.key].name : $0.key < $1.key }
            .map { (units[$0.key], $0.value) }
    }

    /// Abbreviations written out for `search` (folded words).
    static let searchAbbreviations: [String: [String]] = [
        "p": ["phuong"], "x": ["xa"], "dk": ["dac", "khu"], "tt": ["trung", "tam"], "cc": ["chi", "cuc"],
        "vp": ["van", "phong"], "ubnd": ["uy", "ban", "nhan", "dan"], "tp": ["thanh", "pho"], "hcm": ["ho", "chi", "minh"],
        "tphcm": ["thanh", "pho", "ho", "chi", "minh"], "q": ["quan"], "h": ["huyen"],
    ]

    /// Words that say what kind of unit or which city, not which unit.
    static let genericWords: Set<String> = [
        "phuong", "xa", "dac", "khu", "uy", "ban", "nhan", "dan", "so", "phong", "trung", "tam", "chi", "cuc",
        "van", "thanh", "pho", "ho", "minh", "va", "huyen", "quan",
    ]

    /// The folded words of a query or alias, abbreviations written out.
    static func searchWords(_ text: String) -> [String] {
        VietText.words(text).flatMap { searchAbbreviations[$0] ?? [$0] }
    }

    // MARK: Alias generation

    static let wardPrefixes = ["Phường", "P.", "UBND phường", "UBND P.", "Ủy ban nhân dân phường", "UBND", "Ủy ban nhân dân"]
    static let communePrefixes = ["Xã", "X.", "UBND xã", "UBND X.", "Ủy ban nhân dân xã", "UBND", "Ủy ban nhân dân"]
    static let specialZonePrefixes = ["Đặc khu", "ĐK", "UBND đặc khu", "UBND ĐK", "Ủy ban nhân dân đặc khu", "UBND", "Ủy ban nhân dân"]
    static let citySuffixes = [" Thành phố Hồ Chí Minh", " TP.HCM", " TP. Hồ Chí Minh", " TPHCM"]

    enum Usage { case inText, exactInText, resolveOnly }

    /// An id as written, separators normalised: "SO_YT" → "SO-YT".
    static func idForm(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if !out.isEmpty, out.last != "-" { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// The written forms of a unit, each with how it may be used.
    static func aliasForms(for unit: ReportingUnit, extra: [String]) -> [(String, Usage)] {
        var forms: [(String, Usage)] = [(unit.name, .inText)]
        switch unit.kind {
        case .ward, .commune, .specialZone:
            let prefixes = unit.kind == .ward ? wardPrefixes : unit.kind == .commune ? communePrefixes : specialZonePrefixes
            let bare = unit.bareName
            for p in prefixes { forms.append(("\(p) \(bare)", .inText)) }
            forms.append((bare, .resolveOnly))
            for a in unit.aliases + extra { forms.append((a, .inText)) }
        case .internal, .department:
            var bases: [String] = []
            for a in [unit.name] + unit.aliases + extra {
                var variants = [a]
                if a.contains("&") {
                    variants.append(a.replacing("&", with: ""))
                    variants.append(a.replacing("&", with: " và "))
                }
                for v in variants {
                    bases.append(v)
                    for s in citySuffixes where v.hasSuffix(s) { bases.append(String(v.dropLast(s.count))) }
                }
            }
            for b in bases {
                let deictic = VietText.words(b).last == "so"
                forms.append((b, deictic ? .resolveOnly : .inText))
                if !deictic, !citySuffixes.contains(where: { b.hasSuffix($0) }), !b.hasSuffix("Thành phố"), !b.hasSuffix("TP") {
                    for s in citySuffixes { forms.append((b + s, .inText)) }
                }
            }
        }
        // The id itself, as file names carry it ("SO-YT_BC_CT38_2026.docx", "25975_BC_…").
        // A commune's 5-digit code resolves but is not looked for in text (any number could be it).
        forms.append((unit.id, unit.kind.isCommuneLevel ? .resolveOnly : .exactInText))
        return forms
    }

    /// Folded words of a text with their ranges in it.
    static func wordSpans(_ text: String) -> [(word: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        forEachWord(in: text) { bytes, range in
            var word: [UInt8] = []
            word.reserveCapacity(bytes.count)
            for i in bytes.indices { word.append(bytes[i]) }
            out.append((String(decoding: word, as: UTF8.self), range))
        }
        return out
    }

    /// Calls `body` with the folded UTF-8 bytes and the range of each word of `text` (letters,
    /// digits and combining marks): scalar by scalar, folding into one reused buffer, so that
    /// NFC letters and NFD marks fold alike and no String is made per character.
    static func forEachWord(in text: String, _ body: (Span<UInt8>, Range<String.Index>) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var start: String.Index? = nil
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let sc = scalars[i]
            if ScalarClass.isWordCharacter(sc) {
                if start == nil { start = i }
                VietText.appendFolded(sc, to: &current)
            } else if let s = start {
                if !current.isEmpty { body(current.span, s..<i) }
                current.removeAll(keepingCapacity: true)
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start, !current.isEmpty { body(current.span, s..<text.endIndex) }
    }

}

/// A trie over alias words, the words given as ids of a `WordTable`.
struct AliasTrie: Sendable {
    struct Node: Sendable {
        /// Children by word id: few per node but the root.
        var children: [(word: Int, node: Int)] = []
        var units: [Int] = []
        /// Units that match here only when written exactly so (see `AliasEntry.exactForm`).
        var exact: [Int: String] = [:]
    }

    var nodes: [Node] = [Node()]
    let words: WordTable
    /// The root's children indexed by word id (-1: none): every word of a text is looked up
    /// there.
    private var rootChildren: [Int] = []

    init(_ entries: [AliasEntry]) {
        var table = WordTable()
        for e in entries { for w in e.key.split(separator: " ") { _ = table.add(String(w)) } }
        words = table
        rootChildren = [Int](repeating: -1, count: table.count)
        for e in entries {
            var n = 0
            for w in e.key.split(separator: " ") {
                let id = table.id(of: String(w))!
                if let c = child(n, id) {
                    n = c
                } else {
                    nodes.append(Node())
                    let c = nodes.count - 1
                    nodes[n].children.append((id, c))
                    if n == 0 { rootChildren[id] = c }
                    n = c
                }
            }
            if !nodes[n].units.contains(e.unit) { nodes[n].units.append(e.unit) }
            if let form = e.exactForm { nodes[n].exact[e.unit] = form }
        }
    }

    func child(_ node: Int, _ word: Int) -> Int? {
        guard word >= 0 else { return nil }
        if node == 0 { let c = rootChildren[word]; return c >= 0 ? c : nil }
        for c in nodes[node].children where c.word == word { return c.node }
        return nil
    }
}

/// The folded words of the aliases, each with a dense id, found from the bytes of a folded
/// word by an FNV-1a hash and open addressing (confirmed byte for byte): looking up every
/// word of a header this way builds no strings.
struct WordTable: Sendable {
    private var bytes: [[UInt8]] = []
    private var strings: [String] = []
    private var slots: [Int32] = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []

    var count: Int { strings.count }

    func word(_ id: Int) -> String { strings[id] }

    static func hash<C: Sequence>(_ b: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return h
    }

    /// `hash` of the bytes of a span.
    static func hash(_ b: Span<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in b.indices { h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3 }
        return h
    }

    mutating func add(_ word: String) -> Int {
        if let id = id(of: word) { return id }
        let b = Array(word.utf8)
        let id = strings.count
        strings.append(word); bytes.append(b); hashes.append(WordTable.hash(b))
        if strings.count * 2 > slots.count { rehash(slots.count * 2) } else { insert(id) }
        return id
    }

    private mutating func insert(_ id: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hashes[id]) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(id)
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for id in strings.indices { insert(id) }
    }

    func id(of word: String) -> Int? {
        let b = word.utf8.span
        return lookup(b, hash: WordTable.hash(b))
    }

    func lookup(_ b: Span<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[i])
            if id < 0 { return nil }
            if hashes[id] == hash, Self.equal(bytes[id], b) { return id }
            i = (i + 1) & mask
        }
    }

    private static func equal(_ a: [UInt8], _ b: Span<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in b.indices where a[i] != b[i] { return false }
        return true
    }

    /// The words of a text (as `UnitRegistry.wordSpans` cuts and folds them) with their
    /// ids, -1 for words no alias has.
    func spans(of text: String) -> [(id: Int, range: Range<String.Index>)] {
        var out: [(Int, Range<String.Index>)] = []
        UnitRegistry.forEachWord(in: text) { bytes, range in
            out.append((lookup(bytes, hash: WordTable.hash(bytes)) ?? -1, range))
        }
        return out
    }
}
