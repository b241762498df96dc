import Yams

/// `Yams.load(yaml:)` with the same result, without asking Yams' default resolver (seven
/// `NSRegularExpression`s, some 5,000 instructions a scalar) for the tag of a plain scalar
/// that no rule of it can match.
///
/// Every rule of `Resolver.default` is anchored at the text's start (`^`, no multi-line
/// option), and each alternative opens with one of a few characters: a letter of
/// yes/no/true/false/on/off/null (y Y n N t T f F o O), a digit, `+`, `-`, `.`, `<`, `~`, `=`;
/// the null rule also matches the empty text and a lone line terminator (ICU's `$` matches
/// before a line terminator that ends the text). A letter-led match is one of those words —
/// at most 5 bytes, and a line terminator at most 3 more. So a plain scalar whose first
/// scalar is none of these, or which opens with one of the letters and is longer than 8 bytes,
/// is a string; every other plain scalar is resolved by Yams itself, as before.
///
/// The document is parsed with `Resolver.basic` (no rules: an implicit tag reads as a string),
/// only when its text has no "!" (so no scalar carries an explicit tag and every plain scalar's
/// tag is implicit), and each plain scalar is then given the tag Yams would have given it.
/// Parsing with `.basic` treats two keys of one mapping as duplicates whenever their texts are
/// the same, which the default resolver also does unless one is plain and of another type
/// ("1" and "'1'"): on any error the text is loaded again by `Yams.load`, so errors and their
/// messages are Yams' own.
public enum YAMLLoad {
    public static func load(yaml: String) throws -> Any? {
        if yaml.utf8.contains(UInt8(ascii: "!")) { return try Yams.load(yaml: yaml) }
        let root: Node?
        do {
            root = try Parser(yaml: yaml, resolver: .basic, constructor: .default).singleRoot()
        } catch {
            return try Yams.load(yaml: yaml)
        }
        guard let root else { return nil }
        return Constructor.default.any(from: retagged(root))
    }

    /// True when no rule of Yams' default resolver can match the plain scalar `text`, so that
    /// its tag is a string's; false when one may (Yams decides).
    static func certainlyString(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "<"), UInt8(ascii: "~"), UInt8(ascii: "="):
            return false
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
             UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return utf8.count > 8
        case 0x0A, 0x0B, 0x0C, 0x0D:
            return false
        case 0xC2, 0xE2:
            // U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9): line terminators.
            return !(text.unicodeScalars.first.map { $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 } ?? false)
        default:
            return true
        }
    }

    static func retagged(_ node: Node) -> Node {
        switch node {
        case .scalar(let s):
            guard s.style == .plain else { return node }
            let tag = certainlyString(s.string) ? Tag(.str) : Tag(Resolver.default.resolveTag(of: Node.scalar(.init(s.string))))
            return .scalar(.init(s.string, tag, s.style, s.mark))
        case .mapping(let m):
            return .mapping(.init(m.map { (retagged($0.key), retagged($0.value)) }, m.tag, m.style, m.mark))
        case .sequence(let q):
            return .sequence(.init(q.map(retagged), q.tag, q.style, q.mark))
        default:
            return node
        }
    }
}
