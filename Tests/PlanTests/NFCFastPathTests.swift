import Foundation
import Testing
@testable import VietText

/// `VietText.nfc` decides on UTF-8 bytes when a string surely needs no normalization; the
/// decision must agree with the scalar rule and the result with Foundation's NFC.
@Suite("NFC fast path")
struct NFCFastPathTests {
    static let samples: [String] = [
        "", "abc 123", "Báo cáo kết quả thực hiện Chỉ thị 38", "ĐỒNG Ý — “được” … ‰ ⁞",
        "Ba\u{0301}o ca\u{0301}o", "e\u{0302}\u{0301}", "ÅΩ €", "日本語", "ﬁ ligature", "😀 emoji", "\u{2028}\u{2060}\u{205F}",
        "ǅ ȸ ʰ ˿", "\u{1E00}\u{1EFF}\u{1F00}", "A\u{030A}",
    ]

    @Test(arguments: samples)
    func agreesWithScalarRuleAndFoundation(_ s: String) {
        var copy = s
        copy.makeContiguousUTF8()
        let bytes = VietText.isSurelyNFC(bytes: copy.utf8.span)
        #expect(bytes == s.unicodeScalars.allSatisfy(VietText.isSurelyNFC))
        #expect(VietText.nfc(s) == s.precomposedStringWithCanonicalMapping)
        #expect(Array(VietText.nfc(s).unicodeScalars) == Array(s.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
