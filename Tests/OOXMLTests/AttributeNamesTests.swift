import Foundation
import Testing
@testable import OOXML

/// The SAX queue keeps only the attributes whose local names are in `XMLElement.readNames`.
/// Every name a reader asks for (`attr("…")` anywhere in the OOXML sources) must be there, or
/// the reader would silently see it missing; names outside are dropped as they arrive.
@Suite struct AttributeNamesTests {
    @Test func everyNameAReaderAsksForIsKept() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/OOXML").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(at: sources, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 5, "OOXML sources not found at \(sources.path)")
        let call = try NSRegularExpression(pattern: #"\battr\("([^"]+)""#)
        var asked = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for m in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { asked.insert(String(text[r])) }
            }
        }
        #expect(asked.contains("val") && asked.contains("date1904"))
        #expect(asked.subtracting(XMLElement.readNames).isEmpty, "asked for but dropped: \(asked.subtracting(XMLElement.readNames).sorted())")
    }

    @Test func unreadAttributesAreDroppedAndReadOnesKept() throws {
        let xml = #"<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:rsidR="00AB" w:spacing="12"><w:pStyle w:val="Heading1" w:other="x"/></w:p>"#
        let c = try XMLCursor(source: MemorySource(bytes: Array(xml.utf8)), maxDepth: 10)
        var seen: [[String]] = []
        try c.document { root in
            seen.append(root.attributes.map(\.name))
            try c.children(of: root) { seen.append($0.attributes.map(\.name)) }
        }
        #expect(seen == [[], ["val"]])
    }
}

/// A part held in memory.
private final class MemorySource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    let partName = "t.xml"
    init(bytes: [UInt8]) { self.bytes = bytes }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        for i in 0..<n { buffer[i] = bytes[offset + i] }
        offset += n
        return n
    }
}
