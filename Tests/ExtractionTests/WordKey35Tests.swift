import Testing
@testable import Extraction

// Specifications of the word keys tokens carry (speed35): phrase tables and word sets find a
// word by its key, and must answer exactly as comparing the folded words did — for words of up
// to 7 bytes (the key is the bytes) and for longer ones (the key is a hash, the words are
// compared). The phrases are this file's own.

@Suite struct WordKey35Tests {
    @Test func shortWordsAreTheirBytes() {
        #expect(WordKey.of("doan".utf8) == WordKey.of(Array("doan".utf8)))
        #expect(WordKey.isExact(WordKey.of("hoanthn".utf8)))
        #expect(!WordKey.isExact(WordKey.of("hoanthanh".utf8)))
        #expect(WordKey.of("doan".utf8) != WordKey.of("doa".utf8))
        #expect(WordKey.of("a".utf8) != WordKey.of("a\u{0}".utf8))
        let token = Tokenizer.read("Đoàn")[0]
        #expect(token.folded == "doan")
        #expect(token.key == WordKey.of("doan".utf8))
        let number = Tokenizer.read("15.500")[0]
        #expect(number.kind == .number && number.key == WordKey.of("15.500".utf8))
    }

    @Test func phrasesOfLongAndShortWords() {
        var table = PhraseTable<Int>()
        table.add("software export", 1)
        table.add("software", 2)
        table.add("task desc", 3)
        table.add("đang thực hiện", 4)
        let tokens = Tokenizer.read("Software, export; softwares task desc — Đang thực hiện")
        #expect(table.match(tokens, at: 0)?.value == 1)
        #expect(table.match(tokens, at: 0)?.end == 3)
        // A longer word that shares the first one's start is not it.
        #expect(table.match(tokens, at: 4) == nil)
        #expect(table.match(tokens, at: 5)?.value == 3)
        #expect(table.match(tokens, at: 8)?.value == 4)
        #expect(table.firstWords == ["software", "task", "dang"])
        // A sentence break is not crossed: "software" alone.
        #expect(table.match(Tokenizer.read("software. export"), at: 0)?.value == 2)
    }

    @Test func wordSetsOfLongAndShortWords() {
        let set = WordSet(["da", "thuongxuyen", "hoan"])
        let tokens = Tokenizer.read("đã thườngxuyên thuongxuyem hoàn hoàng")
        #expect(tokens.map { set.contains($0) } == [true, true, false, true, false])
        #expect(set.contains("thuongxuyen") && !set.contains("thuong"))
        #expect(WordSet().isEmpty && !set.isEmpty)
    }
}
