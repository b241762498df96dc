import Foundation
import Testing
@testable import Plan

/// `tonghop units find`: what people type finds the right unit first; nonsense finds nothing.
@Suite struct UnitSearchTests {
    let units = Fixtures.pipeline.units

    func first(_ q: String) -> String? { units.search(q).first?.unit.id }

    @Test("Abbreviations and kinds find the unit first", arguments: [
        ("chi cuc", "SKHCN-CCTDC"),
        ("Chi cục TĐC", "SKHCN-CCTDC"),
        ("cc tdc", "SKHCN-CCTDC"),
        ("p sai gon", "26740"),
        ("P.Sài Gòn", "26740"),
        ("sai gon", "26740"),
        ("so y te", "SO-YT"),
        ("Sở Y tế", "SO-YT"),
        ("so gd dt", "SO-GDDT"),
        ("ubnd xa binh chanh", "27637"),
        ("xa binh chanh", "27637"),
        ("ubnd p chanh hung", "27418"),
        ("tt phan tich thi nghiem", "SKHCN-TTPTTN"),
        ("tt cntt", "SKHCN-TTCNTT"),
        ("vp ubnd", "VP-UBND"),
        ("phong qlkh", "SKHCN-QLKH"),
        ("thanh tra", "THANHTRA-TP"),
        ("tan phu", "27031"),
        ("con dao", "26732"),
    ])
    func findsFirst(_ query: String, _ id: String) {
        let hits = units.search(query)
        #expect(hits.first?.unit.id == id, "\(query) → \(hits.prefix(3).map { "\($0.unit.id) \($0.score)" })")
        // The first hit stands out: no other unit has the same score.
        if hits.count > 1 { #expect(hits[0].score > hits[1].score, "\(query): tie \(hits.prefix(3).map { "\($0.unit.id) \($0.score)" })") }
    }

    @Test("A query that names no unit finds nothing", arguments: ["xyzzy", "qwerty asdf", "phường xyz", "sở abcdef", "12345678"])
    func nothing(_ query: String) {
        #expect(units.search(query).isEmpty, "\(query) → \(units.search(query).prefix(4).map(\.unit.id))")
    }

    @Test("A kind alone lists units of that kind, not arbitrary ones")
    func kindAlone() {
        let hits = units.search("chi cục")
        #expect(hits.map(\.unit.id) == ["SKHCN-CCTDC"])
        let so = units.search("sở y")
        #expect(so.first?.unit.id == "SO-YT")
    }
}
