import Testing
@testable import Extraction

/// Extraction's own `String.prefix(_:)` (a cut found on the bytes when characters are
/// scalars) gives what the standard library's gives, character for character, on text where
/// characters are scalars and on text where they are not.
@Suite struct StringPrefixTests {
    static let texts = [
        "", "a", "Báo cáo kết quả thực hiện Chỉ thị 38 – năm 2026", "UBND phường Sài Gòn: 12 lớp; 1.250 lượt người",
        // Decomposed diacritics: a combining mark joins the letter before it.
        "Ba\u{301}o ca\u{301}o nhie\u{302}\u{323}m vu\u{323}",
        // CR LF is one character; LF alone and tabs are not joined.
        "dòng một\r\ndòng hai\nba\tbốn\r",
        // Emoji with joiners and skin tones, regional indicators, Hangul syllables by jamo.
        "Đạt 👍🏽 và 👨‍👩‍👧 🇻🇳🇻🇳 \u{1100}\u{1161}\u{11A8} xong",
        // A zero-width joiner and a soft hyphen between letters; punctuation of the General Punctuation block.
        "ti\u{200D}ếp\u{00AD}tục … “đạt” ‼ — xong",
    ]

    @Test(arguments: texts)
    func cutsWhereTheStandardLibraryCuts(_ text: String) {
        let characters = text.count
        for n in 0...(characters + 2) {
            let ours: Substring = text.prefix(n)
            let standard: Substring = text[...].prefix(n)
            #expect(Array(ours.unicodeScalars) == Array(standard.unicodeScalars), "prefix(\(n)) of \(text.debugDescription)")
        }
    }
}
