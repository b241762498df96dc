import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Unicode in hostile and old files: legacy Vietnamese encodings checked letter by letter
/// against a reference table, NFD input, invisible spaces, byte order marks.
@Suite struct UnicodeTests {
    typealias F = Fixtures

    // The 134 Vietnamese letters beyond ASCII and their TCVN3 (ABC, .VnTime) and VNI-Windows
    // spellings, index by index, as listed by the converter duydev/vietnamese-conversion
    // (src/charsets.ts); the TCVN3 single codes agree with glibc's TCVN5712-1 table. TCVN3 has
    // no capital toned letters: they are written as the capital base and the toned small letter.
    static let unicode = Array("\u{C0}\u{C1}\u{C2}\u{C3}\u{C8}\u{C9}\u{CA}\u{CC}\u{CD}\u{D2}\u{D3}\u{D4}\u{D5}\u{D9}\u{DA}\u{DD}\u{E0}\u{E1}\u{E2}\u{E3}\u{E8}\u{E9}\u{EA}\u{EC}\u{ED}\u{F2}\u{F3}\u{F4}\u{F5}\u{F9}\u{FA}\u{FD}\u{102}\u{103}\u{110}\u{111}\u{128}\u{129}\u{168}\u{169}\u{1A0}\u{1A1}\u{1AF}\u{1B0}\u{1EA0}\u{1EA1}\u{1EA2}\u{1EA3}\u{1EA4}\u{1EA5}\u{1EA6}\u{1EA7}\u{1EA8}\u{1EA9}\u{1EAA}\u{1EAB}\u{1EAC}\u{1EAD}\u{1EAE}\u{1EAF}\u{1EB0}\u{1EB1}\u{1EB2}\u{1EB3}\u{1EB4}\u{1EB5}\u{1EB6}\u{1EB7}\u{1EB8}\u{1EB9}\u{1EBA}\u{1EBB}\u{1EBC}\u{1EBD}\u{1EBE}\u{1EBF}\u{1EC0}\u{1EC1}\u{1EC2}\u{1EC3}\u{1EC4}\u{1EC5}\u{1EC6}\u{1EC7}\u{1EC8}\u{1EC9}\u{1ECA}\u{1ECB}\u{1ECC}\u{1ECD}\u{1ECE}\u{1ECF}\u{1ED0}\u{1ED1}\u{1ED2}\u{1ED3}\u{1ED4}\u{1ED5}\u{1ED6}\u{1ED7}\u{1ED8}\u{1ED9}\u{1EDA}\u{1EDB}\u{1EDC}\u{1EDD}\u{1EDE}\u{1EDF}\u{1EE0}\u{1EE1}\u{1EE2}\u{1EE3}\u{1EE4}\u{1EE5}\u{1EE6}\u{1EE7}\u{1EE8}\u{1EE9}\u{1EEA}\u{1EEB}\u{1EEC}\u{1EED}\u{1EEE}\u{1EEF}\u{1EF0}\u{1EF1}\u{1EF2}\u{1EF3}\u{1EF4}\u{1EF5}\u{1EF6}\u{1EF7}\u{1EF8}\u{1EF9}")
    static let vni = ["A\u{D8}", "A\u{D9}", "A\u{C2}", "A\u{D5}", "E\u{D8}", "E\u{D9}", "E\u{C2}", "\u{CC}", "\u{CD}", "O\u{D8}", "O\u{D9}", "O\u{C2}", "O\u{D5}", "U\u{D8}", "U\u{D9}", "Y\u{D9}", "a\u{F8}", "a\u{F9}", "a\u{E2}", "a\u{F5}", "e\u{F8}", "e\u{F9}", "e\u{E2}", "\u{EC}", "\u{ED}", "o\u{F8}", "o\u{F9}", "o\u{E2}", "o\u{F5}", "u\u{F8}", "u\u{F9}", "y\u{F9}", "A\u{CA}", "a\u{EA}", "\u{D1}", "\u{F1}", "\u{D3}", "\u{F3}", "U\u{D5}", "u\u{F5}", "\u{D4}", "\u{F4}", "\u{D6}", "\u{F6}", "A\u{CF}", "a\u{EF}", "A\u{DB}", "a\u{FB}", "A\u{C1}", "a\u{E1}", "A\u{C0}", "a\u{E0}", "A\u{C5}", "a\u{E5}", "A\u{C3}", "a\u{E3}", "A\u{C4}", "a\u{E4}", "A\u{C9}", "a\u{E9}", "A\u{C8}", "a\u{E8}", "A\u{DA}", "a\u{FA}", "A\u{DC}", "a\u{FC}", "A\u{CB}", "a\u{EB}", "E\u{CF}", "e\u{EF}", "E\u{DB}", "e\u{FB}", "E\u{D5}", "e\u{F5}", "E\u{C1}", "e\u{E1}", "E\u{C0}", "e\u{E0}", "E\u{C5}", "e\u{E5}", "E\u{C3}", "e\u{E3}", "E\u{C4}", "e\u{E4}", "\u{C6}", "\u{E6}", "\u{D2}", "\u{F2}", "O\u{CF}", "o\u{EF}", "O\u{DB}", "o\u{FB}", "O\u{C1}", "o\u{E1}", "O\u{C0}", "o\u{E0}", "O\u{C5}", "o\u{E5}", "O\u{C3}", "o\u{E3}", "O\u{C4}", "o\u{E4}", "\u{D4}\u{D9}", "\u{F4}\u{F9}", "\u{D4}\u{D8}", "\u{F4}\u{F8}", "\u{D4}\u{DB}", "\u{F4}\u{FB}", "\u{D4}\u{D5}", "\u{F4}\u{F5}", "\u{D4}\u{CF}", "\u{F4}\u{EF}", "U\u{CF}", "u\u{EF}", "U\u{DB}", "u\u{FB}", "\u{D6}\u{D9}", "\u{F6}\u{F9}", "\u{D6}\u{D8}", "\u{F6}\u{F8}", "\u{D6}\u{DB}", "\u{F6}\u{FB}", "\u{D6}\u{D5}", "\u{F6}\u{F5}", "\u{D6}\u{CF}", "\u{F6}\u{EF}", "Y\u{D8}", "y\u{F8}", "\u{CE}", "\u{EE}", "Y\u{DB}", "y\u{FB}", "Y\u{D5}", "y\u{F5}"]
    static let tcvn3 = ["A\u{B5}", "A\u{B8}", "\u{A2}", "A\u{B7}", "E\u{CC}", "E\u{D0}", "\u{A3}", "I\u{D7}", "I\u{DD}", "O\u{DF}", "O\u{E3}", "\u{A4}", "O\u{E2}", "U\u{EF}", "U\u{F3}", "Y\u{FD}", "\u{B5}", "\u{B8}", "\u{A9}", "\u{B7}", "\u{CC}", "\u{D0}", "\u{AA}", "\u{D7}", "\u{DD}", "\u{DF}", "\u{E3}", "\u{AB}", "\u{E2}", "\u{EF}", "\u{F3}", "\u{FD}", "\u{A1}", "\u{A8}", "\u{A7}", "\u{AE}", "I\u{DC}", "\u{DC}", "U\u{F2}", "\u{F2}", "\u{A5}", "\u{AC}", "\u{A6}", "\u{AD}", "A\u{B9}", "\u{B9}", "A\u{B6}", "\u{B6}", "\u{A2}\u{CA}", "\u{CA}", "\u{A2}\u{C7}", "\u{C7}", "\u{A2}\u{C8}", "\u{C8}", "\u{A2}\u{C9}", "\u{C9}", "\u{A2}\u{CB}", "\u{CB}", "\u{A1}\u{BE}", "\u{BE}", "\u{A1}\u{BB}", "\u{BB}", "\u{A1}\u{BC}", "\u{BC}", "\u{A1}\u{BD}", "\u{BD}", "\u{A1}\u{C6}", "\u{C6}", "E\u{D1}", "\u{D1}", "E\u{CE}", "\u{CE}", "E\u{CF}", "\u{CF}", "\u{A3}\u{D5}", "\u{D5}", "\u{A3}\u{D2}", "\u{D2}", "\u{A3}\u{D3}", "\u{D3}", "\u{A3}\u{D4}", "\u{D4}", "\u{A3}\u{D6}", "\u{D6}", "I\u{D8}", "\u{D8}", "I\u{DE}", "\u{DE}", "O\u{E4}", "\u{E4}", "O\u{E1}", "\u{E1}", "\u{A4}\u{E8}", "\u{E8}", "\u{A4}\u{E5}", "\u{E5}", "\u{A4}\u{E6}", "\u{E6}", "\u{A4}\u{E7}", "\u{E7}", "\u{A4}\u{E9}", "\u{E9}", "\u{A5}\u{ED}", "\u{ED}", "\u{A5}\u{EA}", "\u{EA}", "\u{A5}\u{EB}", "\u{EB}", "\u{A5}\u{EC}", "\u{EC}", "\u{A5}\u{EE}", "\u{EE}", "U\u{F4}", "\u{F4}", "U\u{F1}", "\u{F1}", "\u{A6}\u{F8}", "\u{F8}", "\u{A6}\u{F5}", "\u{F5}", "\u{A6}\u{F6}", "\u{F6}", "\u{A6}\u{F7}", "\u{F7}", "\u{A6}\u{F9}", "\u{F9}", "Y\u{FA}", "\u{FA}", "Y\u{FE}", "\u{FE}", "Y\u{FB}", "\u{FB}", "Y\u{FC}", "\u{FC}"]

    @Test func referenceTablesAreComplete() {
        #expect(Self.unicode.count == 134 && Self.vni.count == 134 && Self.tcvn3.count == 134)
    }

    @Test func tcvn3FullAlphabet() {
        for (u, t) in zip(Self.unicode, Self.tcvn3) {
            #expect(LegacyVietnamese.convert(t, .tcvn3) == String(u), "TCVN3 \(t.unicodeScalars.map { String($0.value, radix: 16) }) → \(u)")
        }
        // .VnTimeH: the small letters' codes show capitals.
        for (u, t) in zip(Self.unicode, Self.tcvn3) where u.isLowercase && t.count == 1 {
            #expect(LegacyVietnamese.convert(t, .tcvn3Upper) == u.uppercased(), "TCVN3H \(t) → \(u.uppercased())")
        }
    }

    @Test func vniFullAlphabet() {
        for (u, v) in zip(Self.unicode, Self.vni) {
            #expect(LegacyVietnamese.convert(v, .vni) == String(u), "VNI \(v) → \(u)")
        }
    }

    @Test func legacySentences() {
        let tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc"
        #expect(LegacyVietnamese.looksEncoded(tcvn3, .tcvn3))
        #expect(LegacyVietnamese.convert(tcvn3, .tcvn3) == "Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc")
        let vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc"
        #expect(LegacyVietnamese.looksEncoded(vni, .vni))
        #expect(LegacyVietnamese.convert(vni, .vni) == "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc")
        let upper = "B¸O C¸O KÕT QU¶"  // .VnTimeH
        #expect(LegacyVietnamese.convert(upper, .tcvn3Upper) == "BÁO CÁO KẾT QUẢ")
        // Real Unicode in a legacy-named font is left alone.
        #expect(!LegacyVietnamese.looksEncoded("Báo cáo kết quả", .tcvn3))
        #expect(!LegacyVietnamese.looksEncoded("Báo cáo kết quả", .vni))
    }

    @Test func legacyRunsInADocument() throws {
        let body = #"<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>B¸o c¸o kÕt qu¶ thùc hiÖn</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>Keá hoaïch naêm 2026</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr><w:t>B¸o c¸o</w:t></w:r></w:p>"#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Báo cáo kết quả thực hiện", "Kế hoạch năm 2026", "BÁO CÁO"])
    }

    @Test func nfdInputBecomesNFC() throws {
        let nfd = "Ke\u{302}\u{301} hoa\u{323}ch thu\u{31B}\u{323}c hie\u{302}\u{323}n"
        let doc = try F.read(F.docx(body: "<w:p><w:r><w:t>\(nfd)</w:t></w:r></w:p>"))
        #expect(Array(doc.body[0].text.unicodeScalars) == Array("Kế hoạch thực hiện".unicodeScalars))
        let book = try F.read(F.xlsx(sheets: [("Bie\u{302}\u{309}u", nil, #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>\#(nfd)</t></is></c></row></sheetData>"#)], sharedStrings: [nfd]), name: "t.xlsx")
        #expect(book.sheets[0].name == "Biểu")
        #expect(book.sheets[0].rows[0].cells.map(\.value) == [.text("Kế hoạch thực hiện"), .text("Kế hoạch thực hiện")])
    }

    /// No-break and zero-width spaces are kept as the characters they are (matching folds
    /// them later); they never break a read.
    @Test func invisibleSpacesKept() throws {
        let text = "Số\u{A0}liệu\u{200B}mới\u{FEFF}\u{2009}2026"
        let doc = try F.read(F.docx(body: "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>"))
        #expect(doc.body[0].text == text)
        let book = try F.read(F.xlsx(sheets: [("S", nil, #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>"#)], sharedStrings: [text]), name: "t.xlsx")
        #expect(book.sheets[0].rows[0].cells[0].value == .text(text))
    }

    /// A byte order mark before the XML declaration (UTF-8) or a UTF-16 part is read.
    @Test func byteOrderMarks() throws {
        let ct = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
        let doc = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Có BOM</w:t></w:r></w:p></w:body></w:document>"#
        var w = PackageWriter()
        w.add("[Content_Types].xml", bytes: [0xEF, 0xBB, 0xBF] + Array(ct.utf8))
        w.add("word/document.xml", bytes: [0xEF, 0xBB, 0xBF] + Array(doc.utf8))
        #expect(try F.read(w.data()).body.first?.text == "Có BOM")
        var w16 = PackageWriter()
        w16.add("[Content_Types].xml", string: ct)
        let utf16 = doc.replacingOccurrences(of: "UTF-8", with: "UTF-16")
        w16.add("word/document.xml", bytes: [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try F.read(w16.data()).body.first?.text == "Có BOM")
        // A BOM in the middle of text is a character like any other (U+FEFF, kept).
        let book = try F.read(F.xlsx(sheets: [("S", nil, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\u{FEFF}b</t></is></c></row></sheetData>")]), name: "t.xlsx")
        #expect(book.sheets[0].rows[0].cells[0].value == .text("a\u{FEFF}b"))
    }
}
