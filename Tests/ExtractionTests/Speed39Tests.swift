import Foundation
import Testing
import Yams
@testable import Extraction

// The speed39 round: the same answers by cheaper paths. Each test holds a new path to what it
// replaced.

/// Two loaded YAML values are the same: the same types, the same scalars (NaN equal to NaN),
/// mappings with the same keys and the same values, sequences in the same order.
private func same(_ a: Any?, _ b: Any?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (nil, _), (_, nil): return false
    case let (x as [AnyHashable: Any], y as [AnyHashable: Any]):
        guard x.count == y.count else { return false }
        return x.allSatisfy { k, v in y[k].map { same(v, $0) } ?? false }
    case let (x as [Any], y as [Any]):
        return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case let (x?, y?):
        guard type(of: x) == type(of: y), let hx = x as? AnyHashable, let hy = y as? AnyHashable else { return false }
        if let dx = x as? Double, let dy = y as? Double, dx.isNaN, dy.isNaN { return true }
        return hx == hy
    }
}

@Suite struct Speed39Tests {
    /// Every scalar Yams' default resolver may type, next to texts that open like them and are
    /// strings, load as `Yams.load` loads them: booleans, nulls, integers in every base, floats,
    /// timestamps, a merge key, "=", quoted look-alikes, Vietnamese text, letters of the
    /// booleans' words leading long texts.
    @Test func aPipelineLikeDocumentLoadsAsYamsLoadsIt() throws {
        let yaml = """
        base: &b
          giữ: nguyên
          n: 1
        merged:
          <<: *b
          thêm: có
        bools: [yes, Yes, YES, no, No, NO, true, True, TRUE, false, False, FALSE, on, On, ON, off, Off, OFF]
        nulls: [~, null, Null, NULL, "null"]
        empty:
        ints: [0, -5, +7, 1_000, 0b101, 0o17, 017, 0x1F, 190:20:30, "12", '13']
        floats: [1.5, -0.25, 1e3, 6.8523015e+5, .5, .inf, -.Inf, +.INF, .NaN, 190:20:30.15]
        dates: [2026-12-05, 2026-12-5 10:00:00, 2026-12-05T10:00:00Z, 2026-12-05 10:00:00.5 +07:00]
        value: =
        strings:
          - Nhiệm vụ số 12
          - nothing at all
          - Nullable
          - truest
          - off-by-one
          - onwards and upwards
          - yes please
          - Thường xuyên
          - Đã hoàn thành
          - ô nhiễm
          - 'yes'
          - "01"
          - |
            Khối văn bản
        30: ba mươi
        1.5: một phẩy năm
        true: đúng
        "true": chuỗi đúng
        ~: rỗng
        Tháng 11/2026: tháng
        """
        #expect(same(try YAMLLoad.load(yaml: yaml), try Yams.load(yaml: yaml)))
    }

    /// The pipeline's own files load as before.
    @Test func thePipelinesFilesLoadAsYamsLoadsThem() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Pipelines/ct38-2026")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 10)
        for file in files {
            let yaml = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            #expect(same(try YAMLLoad.load(yaml: yaml), try Yams.load(yaml: yaml)), "\(file)")
        }
    }

    /// A plain scalar declared a string without asking Yams is one Yams' default resolver makes a
    /// string: every text of up to three characters from an alphabet of the rules' openers and
    /// others, and each of them ahead of a long tail.
    @Test func aCertainStringIsOneTheDefaultResolverMakesAString() {
        let alphabet = ["y", "n", "N", "t", "o", "O", "f", "0", "1", "+", "-", ".", "<", "~", "=", "e", "x", "a", "ư",
                        ":", "_", " ", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "Đ", "ô"]
        var texts = [""]
        for _ in 0..<3 { texts += texts.flatMap { t in alphabet.map { t + $0 } } }
        texts = Array(Set(texts))
        texts += texts.map { $0 + "ừa thêm" }
        texts += ["false\r\n", "FALSE\u{2028}", "NULL\n", "yes\u{85}", "Tháng 11/2026"]
        var certain = 0
        for text in texts where YAMLLoad.certainlyString(text) {
            certain += 1
            #expect(Resolver.default.resolveTag(of: Node.scalar(.init(text))) == .str, "\(text.debugDescription)")
        }
        #expect(certain > 1_000)
    }

    /// A mapping's keys that are the same text, one plain and of another type and one quoted,
    /// are two keys, as they are to Yams; keys that are the same fail as they fail in Yams, with
    /// its message.
    @Test func duplicateKeysAreYamsOwn() throws {
        let twoKeys = "1: số\n'1': chuỗi\nyes: có\n\"yes\": chuỗi có\n"
        #expect(same(try YAMLLoad.load(yaml: twoKeys), try Yams.load(yaml: twoKeys)))
        let duplicate = "a: 1\nb: 2\na: 3\n"
        var ours = "", theirs = ""
        do { _ = try YAMLLoad.load(yaml: duplicate) } catch { ours = "\(error)" }
        do { _ = try Yams.load(yaml: duplicate) } catch { theirs = "\(error)" }
        #expect(!theirs.isEmpty && ours == theirs)
        let tagged = "a: !!str 1\nb: !!int '2'\n"
        #expect(same(try YAMLLoad.load(yaml: tagged), try Yams.load(yaml: tagged)))
    }
}
