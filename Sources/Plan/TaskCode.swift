import VietText

/// A task of the plan, named by the plan's own numbering: a prefix (the tasks section's
/// number as the plan writes it, "II" or "III", or what pipeline.yaml's `taskCodes.prefix`
/// says; possibly empty) followed by the item numbers from the outermost level inwards.
///
/// The 2026 plan's shape is "II.<group>.<letter>", letters in the Vietnamese order the plan
/// uses (a b c d đ e g h i …, no f): 'd' and 'đ' are different tasks. Other plans give
/// "III.1.2", "1.1.3", "PL.4" or "NV.3"; all are the same type.
public struct TaskCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, RawRepresentable {
    /// Vietnamese item letters in order (Vietnamese alphabet without the vowels with breve
    /// and circumflex, which item lists never use).
    public static let letters: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The prefix before the item numbers: "II" for the 2026 plan; "" when codes have none.
    public let prefix: String
    /// The item numbers, outermost first: ["2", "đ"], ["1", "2", "3"], ["4"]. Letters are
    /// lower case; numbers are written without leading zeros.
    public let path: [String]

    /// The 2026 shape: "II.<group>.<letter>".
    public init?(group: Int, letter: Character) {
        let l = Character(String(letter).lowercased())
        guard group >= 1, group <= 99, TaskCode.letters.contains(l) else { return nil }
        self.prefix = "II"
        self.path = [String(group), String(l)]
    }

    /// Any numbering: a prefix (letters, digits, "-" or "_", no ".") and one or more item
    /// numbers (digits, or one Vietnamese item letter). Nil when a part is neither.
    public init?(prefix: String, path: [String]) {
        guard !path.isEmpty, prefix.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        var parts: [String] = []
        for p in path {
            let t = p.lowercased()
            if let n = Int(t), n >= 0, t.allSatisfy({ $0.isASCII && $0.isNumber }) { parts.append(String(n)); continue }
            guard t.count == 1, TaskCode.letters.contains(t.first!) else { return nil }
            parts.append(t)
        }
        self.prefix = prefix
        self.path = parts
    }

    /// The group: the first item number ("II.2.đ" → 2; "III.1.2" → 1). For a one-level code
    /// ("PL.4") there is no group: 0.
    public var group: Int {
        guard path.count >= 2 else { return 0 }
        return Int(path[0]) ?? (TaskCode.letters.firstIndex(of: path[0].first!).map { $0 + 1 } ?? 0)
    }

    /// The last item number as a character: the item letter for the 2026 shape ("đ"); for
    /// numeric items its first digit — use `item` for other numberings.
    public var letter: Character { path.last!.first! }

    /// The last item number as written ("đ", "12").
    public var item: String { path.last! }

    /// True for the 2026 shape "II.<group>.<letter>".
    public var isSectionIILetterCode: Bool {
        prefix == "II" && path.count == 2 && Int(path[0]) != nil && TaskCode.letters.contains(letter)
    }

    /// "II.2.đ", "III.1.2", "PL.4", "1.2".
    public var rawValue: String { prefix.isEmpty ? path.joined(separator: ".") : prefix + "." + path.joined(separator: ".") }
    public var description: String { rawValue }

    /// Position of the letter in the Vietnamese order (a = 0, đ = 4, e = 5); for a numeric
    /// item, its number minus one.
    public var letterIndex: Int { TaskCode.order(of: item) }

    static func order(of part: String) -> Int {
        if let n = Int(part) { return n - 1 }
        return part.first.flatMap { TaskCode.letters.firstIndex(of: $0) } ?? Int.max
    }

    /// Parses "II.2.đ", "2.đ", "2đ", "2 đ", "II-2-đ", "2.đ)", "II.2.Đ", in NFC or NFD
    /// ("II.2.d" is task d, never đ), and any other code in its written form
    /// ("III.1.2", "1.1.3", "PL.4").
    public init?(rawValue text: String) {
        if let c = TaskCode(sectionIIText: text) { self = c; return }
        // Other numberings: only the canonical dotted form, so that stray numbers in prose
        // ("1.250", "2026") are not taken for codes.
        let t = VietText.collapseWhitespace(text)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts.contains(where: \.isEmpty) else { return nil }
        let first = parts[0]
        let firstIsItem = Int(first) != nil
        let prefix = firstIsItem ? "" : first
        let path = firstIsItem ? parts : Array(parts.dropFirst())
        guard !path.isEmpty, path.allSatisfy({ p in Int(p).map { $0 < 1000 } ?? (p.count == 1) }) else { return nil }
        self.init(prefix: prefix, path: path)
    }

    /// The lenient parse of the 2026 shape, as extraction has always read it.
    private init?(sectionIIText text: String) {
        // NFC so that an NFD "đ" (which has no decomposition anyway) and case variants compare.
        var s = Substring(VietText.collapseWhitespace(text).lowercased())
        if s.hasPrefix("ii") {
            s = s.dropFirst(2)
            guard let first = s.first, !first.isNumber else { return nil }
        }
        s = s.drop(while: { $0 == "." || $0 == "-" || $0 == " " || $0 == "/" })
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, let group = Int(digits) else { return nil }
        s = s.dropFirst(digits.count).drop(while: { $0 == "." || $0 == "-" || $0 == " " || $0 == "/" })
        guard let letter = s.first else { return nil }
        s = s.dropFirst()
        s = s.drop(while: { $0 == ")" || $0 == "." || $0 == " " })
        guard s.isEmpty else { return nil }
        self.init(group: group, letter: letter)
    }

    public static func < (a: TaskCode, b: TaskCode) -> Bool {
        if a.prefix != b.prefix {
            let ra = romanValue(a.prefix), rb = romanValue(b.prefix)
            if let ra, let rb { return ra < rb }
            return a.prefix < b.prefix
        }
        for (x, y) in zip(a.path, b.path) where x != y { return order(of: x) < order(of: y) }
        return a.path.count < b.path.count
    }

    /// "I" … "XX" → 1 … 20; nil for anything else.
    public static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        let u = s.uppercased()
        guard !u.isEmpty, u.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = u.map { values[$0]! }
        for (i, v) in digits.enumerated() {
            if i + 1 < digits.count, digits[i + 1] > v { total -= v } else { total += v }
        }
        return total
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = TaskCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a task code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
