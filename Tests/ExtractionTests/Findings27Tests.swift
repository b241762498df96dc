import Foundation
import Testing
@testable import Extraction

// Specifications of findings that protect nothing (issue #11: each finding costs an
// officer's time): the number an item's label gives it at the start of its line ("Ý 3", "––
// Trang chiếu 5", "Slide 2") is the item's own, no count to ask about.

@Suite struct Findings27Tests {
    @Test func anItemsLabelOpeningItsLineNumbersTheItem() {
        let v = extractor.vocabulary
        func reference(_ text: String, _ number: String) -> Bool {
            let tokens = Tokenizer.tokenize(text)
            guard let i = tokens.firstIndex(where: { $0.kind == .number && $0.raw == number }) else { return false }
            return v.isReference(tokens, i)
        }
        #expect(reference("Ý 3", "3"))
        #expect(reference("–– Trang chiếu 5", "5"))
        #expect(reference("Slide 2", "2"))
        // A card's number stays quoted: often the only sign its work was read into no task.
        #expect(!reference("ĐỐI TƯỢNG 03", "03"))
        // Inside a line the same words stand before a count: "góp ý 02 dự thảo" counts drafts.
        #expect(!reference("Sở đã góp ý 02 dự thảo quy chuẩn", "02"))
        #expect(!reference("Tổ chức hoạt động 3 lớp tập huấn", "3"))
    }
}
