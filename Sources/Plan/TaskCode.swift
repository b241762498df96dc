import VietText

/// A task of the plan's section II: "II.<group>.<letter>", letters in the Vietnamese order
/// the plan uses (a b c d đ e g h i …, no f). 'd' and 'đ' are different tasks.
public struct TaskCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, RawRepresentable {
    /// Vietnamese item letters in order (Vietnamese alphabet without the vowels with breve
    /// and circumflex, which item lists never use).
    public static let letters: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The group number (1 … 6 in the 2026 plan).
    public let group: Int
    /// The item letter, lower case ("đ" is U+0111).
    public let letter: Character

    public init?(group: Int, letter: Character) {
        let l = Character(String(letter).lowercased())
        guard group >= 1, group <= 99, TaskCode.letters.contains(l) else { return nil }
        self.group = group
        self.letter = l
    }

    /// "II.2.đ".
    public var rawValue: String { "II.\(group).\(letter)" }
    public var description: String { rawValue }

    /// Position of the letter in the Vietnamese order (a = 0, đ = 4, e = 5).
    public var letterIndex: Int { TaskCode.letters.firstIndex(of: letter)! }

    /// Parses "II.2.đ", "2.đ", "2đ", "2 đ", "II-2-đ", "2.đ)", "II.2.Đ", in NFC or NFD.
    /// "II.2.d" is task d, never đ.
    public init?(rawValue text: String) {
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
        (a.group, a.letterIndex) < (b.group, b.letterIndex)
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
