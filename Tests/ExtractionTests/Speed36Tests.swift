import Foundation
import Testing
@testable import Extraction

// The speed36 round made recognisers reach the same answers by cheaper paths. Each test here
// holds a new path to the definition it replaced, kept in the test as it was written before.

@Suite struct Speed36Tests {
    /// Texts a bracketed note, its look-alikes and the white space around them take.
    static let noteTexts: [String] = [
        "(Cán bộ theo dõi: đ/c Lâm Thị Hoa; tình trạng: đã xong)",
        "  (Người phụ trách: đ/c Võ Văn Kha; tình trạng: đã xong)\t",
        "\u{00A0}(Tình trạng:\u{2003}đang làm tiếp)\u{3000}",
        "( Ghi chú : còn 02 hồ sơ )",
        "(Ghi chú:\u{00A0})", "(Ghi chú: )", "(a:b)", "(:x)", "()", "(x)",
        "(1) Tuyên truyền (2) Kiểm tra", "(Kèm theo Báo cáo số 57/BC-UBND)",
        "(Tình trạng: xong) (thêm)", "((Tình trạng: xong))", "(Tình trạng: xong",
        "(Cán bộ phụ trách theo dõi việc này: xong)", "(Tình trạng 2: xong)",
        " \u{301}(Tình trạng: xong) ", "(Tình trạng: xong)\u{301}", "\u{202F}(Ghi chú: 😀)\u{205F}",
        "Không có ngoặc: gì cả", "",
    ]

    /// `bracketedNote` as it was, trimming with Foundation's `trimmingCharacters(in: .whitespaces)`.
    static func bracketedNoteWithFoundation(_ text: String, labelWords: Int) -> String? {
        guard text.utf8.count <= 2000 else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.first == "(", t.last == ")", t.count >= 4 else { return nil }
        var depth = 0
        let last = t.index(before: t.endIndex)
        for i in t.indices {
            if t[i] == "(" { depth += 1 } else if t[i] == ")" {
                depth -= 1
                if depth == 0 && i != last { return nil }
            }
        }
        guard depth == 0 else { return nil }
        let inner = t.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        guard let colon = inner.firstIndex(of: ":") else { return nil }
        let label = inner[..<colon]
        let words = label.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty, words.count <= labelWords, label.allSatisfy({ $0.isLetter || $0 == " " }),
              !inner[inner.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return inner
    }

    /// A bracketed note is read with the native trim exactly as with Foundation's.
    @Test(arguments: noteTexts)
    func bracketedNoteTrimsAsFoundationDid(_ text: String) {
        for n in [1, 3, 5] {
            #expect(ExtractionRun.bracketedNote(text, labelWords: n) == Self.bracketedNoteWithFoundation(text, labelWords: n), "\(n) \(text.debugDescription)")
        }
    }

    /// `firstInlineDifficulty` as it was: the clause's test (does the clause before the mark
    /// name the section?) before the cue's.
    static func firstInlineDifficultyClauseFirst(_ w: ItemWords, in text: String, sections: PhraseTable<SectionKind>) -> (kept: String, item: String)? {
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        if let m = sections.match(tokens, at: first), m.value == .difficulties || m.value == .proposals { return nil }
        var words = 0
        for k in tokens.indices.dropFirst() {
            if tokens[k - 1].kind == .word { words += 1 }
            let mark = tokens[k - 1]
            guard mark.kind == .punct, ItemWords.inlineMarks.contains(String(mark.raw)), words >= w.inlineMinWords else { continue }
            let clauseStart = tokens[..<(k - 1)].lastIndex { $0.kind == .punct && ItemWords.inlineMarks.contains(String($0.raw)) || $0.breakBefore } ?? 0
            if (clauseStart..<(k - 1)).contains(where: { i in
                sections.match(tokens, at: i).map { $0.value == .difficulties || $0.value == .proposals } ?? false
            }) { continue }
            var start: Int
            if let m = w.inlineCues.match(tokens, at: k) {
                start = m.end
                if start < tokens.count, tokens[start].raw == ":" { start += 1 }
            } else if let m = w.inlineLabels.match(tokens, at: k), m.end < tokens.count, tokens[m.end].raw == ":" {
                start = m.end + 1
            } else { continue }
            var end = start
            while end < tokens.count {
                let t = tokens[end]
                if end > start, t.breakBefore { break }
                if t.kind == .punct, t.raw == ";" || t.raw == "." || mark.raw == "(" && t.raw == ")" { break }
                end += 1
            }
            guard tokens[start..<end].filter({ $0.kind == .word }).count >= w.inlineMinWords else { continue }
            let item = Vocabulary.span(tokens, start, end)
            var kept = String(text[..<mark.raw.startIndex])
            while kept.last == " " { kept.removeLast() }
            if end < tokens.count {
                let resume = tokens[end].raw == ")" && mark.raw == "(" ? tokens[end].raw.endIndex : tokens[end].raw.startIndex
                kept += String(text[resume...])
            }
            return (kept, item)
        }
        return nil
    }

    /// `inlineDifficulties` over the old order of tests.
    static func inlineDifficultiesClauseFirst(_ w: ItemWords, in text: String, sections: PhraseTable<SectionKind>) -> (kept: String, items: [String])? {
        guard !w.inlineCues.isEmpty || !w.inlineLabels.isEmpty, text.utf8.count <= 4000 else { return nil }
        var current = text
        var items: [String] = []
        for _ in 0..<4 {
            guard let (kept, item) = firstInlineDifficultyClauseFirst(w, in: current, sections: sections) else { break }
            items.append(item)
            current = kept
        }
        return items.isEmpty ? nil : (current, items)
    }

    static let entryTexts: [String] = [
        "01 cuộc; 09 cơ sở; vướng: 02 cơ sở kinh doanh LPG đóng cửa khi Đoàn đến, phải hẹn lại",
        "Tham mưu xử phạt 02 trường hợp; 01 đơn không đủ căn cứ xử lý (vướng: người tố giác không cung cấp được chứng cứ).",
        "- Ngày 12/3/2026: kiểm tra 18 sạp; vướng là nhiều tiểu thương không có mặt tại sạp.",
        "Khó khăn, vướng mắc: địa bàn rộng, lực lượng mỏng",
        "Phường đã tổ chức 02 lớp, khó khăn hơn năm trước",
        "Quá trình triển khai còn một số khó khăn, vướng mắc: (1) địa bàn rộng; (2) lực lượng mỏng",
        "Về khó khăn, vướng mắc: thiếu kinh phí, vướng là chưa có hướng dẫn",
        "Kiểm tra 05 cơ sở, khó khăn vướng mắc còn nhiều; vướng: 02 cơ sở đóng cửa khi Đoàn đến.",
        "Đã tuyên truyền 12 tin bài – vướng: loa hỏng ở ấp 3, chưa sửa; vướng là thiếu người trực (đã báo xã)",
        "Kiểm tra 18 sạp; vướng: 02 sạp; vướng: 03 sạp; vướng: 04 sạp; vướng: 05 sạp; vướng: 06 sạp đóng cửa",
        "Họp 02 lần (vướng: thiếu phòng họp) và kiểm tra 03 cơ sở, vướng là đường xa",
        "vướng: chưa có hướng dẫn",
        "",
    ]

    /// The inline difficulties cut are the same whichever of the two tests that skip a mark
    /// comes first: the cue's (rare, now first) or the clause's.
    @Test(arguments: entryTexts)
    func inlineDifficultiesAsWithTheClauseTestFirst(_ text: String) {
        let v = shippedVocabulary
        let new = v.items.inlineDifficulties(in: text, sections: v.sections)
        let old = Self.inlineDifficultiesClauseFirst(v.items, in: text, sections: v.sections)
        #expect(new?.kept == old?.kept, "\(text)")
        #expect(new?.items == old?.items, "\(text)")
    }
}
