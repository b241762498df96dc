import Foundation
// Numbers as Vietnamese officials write them: "1.250" (dot groups thousands), "15,5" (comma is
// the decimal mark), "15.500.000", "1,2 tỷ", zero-padded counts "03", and numbers typed the
// English way by people whose Excel is set to en-US ("1,250", "2.5").

public enum VietNumber {
    /// Whether a number is a calendar year (1900–2100, whole): a date's or a period's, which
    /// counts nothing ("Quý IV/2026", "TCVN ISO 9001:2015").
    public static func isYear(_ n: Double) -> Bool { n >= 1900 && n <= 2100 && n == n.rounded() }

    /// Parses the digits-and-separators token alone (no scale words). Returns nil for text
    /// that is not one number, e.g. "9001:2015" or "1.2.3" with uneven groups.
    public static func parse(_ token: Substring) -> Double? {
        var digits = token.trimmingSpaces()
        if digits.isEmpty { return nil }
        var negative = false
        if digits.first == "-" || digits.first == "−" { negative = true; digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCIIDigit, let last = digits.last, last.isASCIIDigit else { return nil }
        var dots = 0, commas = 0
        for ch in digits {
            if ch == "." { dots += 1 } else if ch == "," { commas += 1 } else if !ch.isASCIIDigit { return nil }
        }
        let groups = { (sep: Character) -> [Substring] in digits.split(separator: sep, omittingEmptySubsequences: false) }
        let value: Double?
        switch (dots, commas) {
        case (0, 0):
            value = Double(digits)
        case (_, 0):
            // "1.250", "15.500.000": thousands. A single dot not followed by exactly three digits
            // ("2.5", "1.25") is a decimal point typed the English way.
            let g = groups(".")
            if isThousandsGrouping(g) { value = Double(g.joined()) }
            else if dots == 1 { value = Double(digits) }
            else { value = nil }
        case (0, _):
            let g = groups(",")
            if commas == 1 {
                // "15,5" decimal; "1,250" is ambiguous: Vietnamese decimal or English thousands.
                // Three digits after a single comma is far more often a grouped thousand in
                // counts; amounts with a scale word are handled by the caller (`parseAmount`).
                if g[1].count == 3, g[0].count <= 3, g[0].first != "0" { value = Double(g.joined()) }
                else { value = Double(g[0] + "." + g[1]) }
            } else if isThousandsGrouping(g) { value = Double(g.joined()) }
            else { value = nil }
        default:
            // Both marks: the last one is the decimal mark ("1.250,5" or "1,250.5").
            let lastDot = digits.lastIndex(of: ".")!, lastComma = digits.lastIndex(of: ",")!
            let (group, decimal): (Character, Character) = lastComma > lastDot ? (".", ",") : (",", ".")
            let parts = digits.split(separator: decimal, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].contains(group) else { return nil }
            let intGroups = parts[0].split(separator: group, omittingEmptySubsequences: false)
            guard isThousandsGrouping(intGroups) else { return nil }
            value = Double(intGroups.joined() + "." + parts[1])
        }
        guard let v = value else { return nil }
        return negative ? -v : v
    }

    /// The scale a word after a number applies: "nghìn"/"ngàn" 1e3, "triệu" 1e6, "tỷ" 1e9.
    /// Takes folded words.
    public static func scale(ofFoldedWord word: Substring) -> Double? {
        switch word {
        case "nghin", "ngan": return 1e3
        case "trieu", "tr": return 1e6
        case "ty": return 1e9
        default: return nil
        }
    }

    /// A number written the Vietnamese way for an officer: "26.500.000", "15,5".
    public static func written(_ value: Double) -> String {
        let negative = value < 0
        let magnitude = abs(value)
        let whole = magnitude.rounded(.down)
        // An integral value below 2^63 prints the same digits as "%.0f" without a formatter.
        var digits = whole < 9.2e18 ? String(Int64(whole)) : String(format: "%.0f", whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = magnitude - whole
        if fraction > 1e-9 {
            var f = String(format: "%.6f", fraction).dropFirst(2)
            while f.last == "0" { f = f.dropLast() }
            grouped += "," + f
        }
        return (negative ? "-" : "") + grouped
    }

    /// The value of a number written in words from `words` on (lower-case, with diacritics:
    /// "hai mươi lăm" 25, "ba trăm mười" 310, "một nghìn hai trăm năm mươi" 1250, "mười lăm"
    /// 15), and how many words it takes; nil when the first word starts no number. Reads up
    /// to the first word that is no numeral or that cannot follow the ones before it.
    public static func spelled(_ words: [Substring]) -> (value: Int, words: Int)? {
        var total = 0, group = 0
        var digit: Int?
        var used = 0
        var tensDone = false
        loop: for w in words {
            if let d = spelledDigits[w], w != "mươi" {
                // "mốt", "lăm", "tư" are units only after a ten ("hai mươi mốt", "mười lăm").
                if ["mốt", "lăm", "nhăm"].contains(w), !tensDone { break loop }
                if ["mốt", "lăm", "nhăm", "tư"].contains(w), used == 0 { break loop }
                if digit != nil { break loop }
                digit = d
            } else {
                switch w {
                case "mười":
                    if digit != nil || tensDone { break loop }
                    group += 10; tensDone = true
                case "mươi":
                    guard let d = digit, !tensDone else { break loop }
                    group += d * 10; digit = nil; tensDone = true
                case "trăm":
                    guard let d = digit, group == 0 else { break loop }
                    group = d * 100; digit = nil
                case "linh", "lẻ":
                    guard group % 100 == 0, group > 0, digit == nil else { break loop }
                    tensDone = true
                case "nghìn", "ngàn":
                    guard total == 0, digit != nil || group > 0 else { break loop }
                    total = (group + (digit ?? 0)) * 1000; group = 0; digit = nil; tensDone = false
                default: break loop
                }
            }
            used += 1
        }
        guard used > 0 else { return nil }
        return (total + group + (digit ?? 0), used)
    }

    /// The numerals of `spelled` with the digit each names ("mươi" is a ten, read apart).
    static let spelledDigits: [Substring: Int] = [
        "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
        "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mươi": 0,
    ]

    static func isThousandsGrouping(_ groups: [Substring]) -> Bool {
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
