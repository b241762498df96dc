import Foundation
import Testing
@testable import Extraction

// The speed37 round made recognisers reach the same answers by cheaper paths. Each test here
// holds a new path to the definition it replaced.

@Suite struct Speed37Tests {
    /// Texts where characters are single scalars and texts where they are not: a space, a
    /// line feed or a semicolon joined by a combining mark after it, CR LF, the Greek question
    /// mark (canonically ";"), joiners, emoji, separators at both ends and doubled.
    static let texts: [String] = [
        "", " ", "  ", "a", " a ", "Điểm 1. Tuyên truyền pháp luật", "Câu hỏi 3: Kết quả ra sao?",
        "PHẦN III – KHÓ KHĂN, ĐỀ XUẤT", "Điều  3.  Khó khăn,   vướng mắc ",
        "Ba\u{301}o ca\u{301}o nhie\u{302}\u{323}m vu\u{323}", "a \u{301}b c", "a\n\u{301}b\nc", "a;\u{301}b;c",
        "dòng một\r\ndòng hai\nba\tbốn\r", "a;b\u{037E}c;d", "ti\u{200D}ếp tục 👍🏽 và 👨‍👩‍👧 xong",
        "Số lượng: 12; Tỷ lệ: 95%\nKết quả: đạt;;", ";a;;b;", "\n\nx\n", "1/2/ /3//", "/", "a/\u{301}b",
        "Trong đó: 12 lớp; 1.250 lượt người; 3 cuộc\nĐạt 100 %",
    ]

    static let separators: [Character] = [" ", "\n", ";", "/"]

    /// `splitting(onASCII:maxSplits:omittingEmptySubsequences:)` gives the standard library's
    /// pieces, on every text, for every separator, split limit and choice of empty pieces,
    /// of a `String` and of a `Substring` (a text without its first character).
    @Test(arguments: texts)
    func splitsAsTheStandardLibrary(_ text: String) {
        for separator in Self.separators {
            for maxSplits in [0, 1, 2, 4, Int.max] {
                for omitting in [true, false] {
                    let ours = text.splitting(onASCII: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                    let standard = text.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                    #expect(ours.map { Array($0.unicodeScalars) } == standard.map { Array($0.unicodeScalars) },
                            "\(text.debugDescription) \(separator.debugDescription) \(maxSplits) \(omitting)")
                    #expect(ours.map { $0.startIndex.utf16Offset(in: text) } == standard.map { $0.startIndex.utf16Offset(in: text) })
                    let inner = text.dropFirst()
                    let oursInner = inner.splitting(onASCII: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                    let standardInner = inner.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                    #expect(oursInner.map { Array($0.unicodeScalars) } == standardInner.map { Array($0.unicodeScalars) },
                            "inner \(text.debugDescription) \(separator.debugDescription) \(maxSplits) \(omitting)")
                }
            }
        }
    }

    /// The readings' table finds a text by its bytes whatever its length (the key hashes
    /// only the length, the head and the tail), and tells apart texts that share all three.
    @Test func readingsKeyTellsApartTextsWithTheSameHeadAndTail() {
        let head = String(repeating: "Báo cáo kết quả ", count: 3)
        let a = head + "thực hiện nhiệm vụ A năm 2026" + head
        let b = head + "thực hiện nhiệm vụ B năm 2026" + head
        #expect(a.utf8.count == b.utf8.count)
        #expect(TextKey(a).hashValue == TextKey(b).hashValue)
        #expect(TextKey(a) != TextKey(b))
        #expect(TextKey(a) == TextKey(String(decoding: Array(a.utf8), as: UTF8.self)))
        var table: [TextKey: Int] = [TextKey(a): 1, TextKey(b): 2]
        table[TextKey(head)] = 3
        #expect(table[TextKey(a)] == 1 && table[TextKey(b)] == 2 && table[TextKey(head)] == 3)
        #expect(table[TextKey(a + " ")] == nil)
    }
}
