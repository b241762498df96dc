import Testing
@testable import Extraction

// The document's readings shared by every reader (TextReadings.swift): while a document is
// extracted, `Tokenizer.tokenize` answers from its readings, and must answer exactly what
// reading the text afresh answers, short texts and huge ones alike.

private func same(_ a: [Token], _ b: [Token]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.kind == $1.kind && $0.raw == $1.raw && $0.folded == $1.folded && $0.breakBefore == $1.breakBefore }
}

@Suite struct TextReadingsTests {
    let texts = [
        "", "Tập huấn 03 lớp; 120 người dự.", "Kiểm tra 12 cơ sở: xử phạt 15.500.000 đồng.\nĐã xong",
        "ĐÃ HOÀN THÀNH", "1.a) Tuyên truyền", "e\u{301}", // a decomposed letter, as some files hold
        String(repeating: "Sáng kiến 2 mục, 3,5 triệu đồng. ", count: 200), // above longestText
    ]

    @Test func tokenizeWithTheReadingsBoundIsReadingAfresh() {
        let readings = TextReadings()
        TextReadings.$current.withValue(readings) {
            for _ in 0..<2 {
                for t in texts { #expect(same(Tokenizer.tokenize(t), Tokenizer.read(t))) }
            }
        }
        #expect(TextReadings.current == nil)
    }

    @Test func aHugeTextKeptByTheReadersIsNotEvictedByAnotherRead() {
        let readings = TextReadings()
        let kept = String(repeating: "Đăng 12 tin bài. ", count: 400)
        let other = String(repeating: "Thu 5 mẫu, ", count: 600)
        #expect(same(readings.tokens(kept), Tokenizer.read(kept)))
        TextReadings.$current.withValue(readings) {
            #expect(same(Tokenizer.tokenize(other), Tokenizer.read(other)))
            #expect(same(Tokenizer.tokenize(kept), Tokenizer.read(kept)))
        }
        // The kept one still answers the readers that ask only for what was read.
        #expect(same(readings.tokensIfRead(kept), Tokenizer.read(kept)))
    }
}
