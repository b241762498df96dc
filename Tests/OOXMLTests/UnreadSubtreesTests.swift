import DocumentModel
import Testing
@testable import OOXML

/// A part's reader may tell the parser's callbacks which subtrees it never reads
/// (`UnreadSubtrees`): their content is dropped as it arrives, the element itself is still
/// handed out (as an empty element, with its attributes), and the depth limit still holds.
@Suite struct UnreadSubtreesTests {
    /// Every start event (local name and attributes) and text the cursor hands out.
    private func walk(_ xml: String, _ unread: UnreadSubtrees, maxDepth: Int = 20) throws -> [String] {
        let c = try XMLCursor(source: MemorySource(Array(xml.utf8), partName: "part.xml"), maxDepth: maxDepth, unreadSubtrees: unread)
        var seen: [String] = []
        func visit(_ e: XMLElement) throws {
            seen.append(e.name + e.attributes.map { " \($0.name)=\($0.value)" }.joined() + (e.isEmpty ? "/" : ""))
            try c.children(of: e, { try visit($0) }, text: { seen.append("'\($0)'") })
        }
        try c.document { try visit($0) }
        return seen
    }

    private let shelf = """
        <shelf><box type="fruit"><apple/>ripe</box><crate><box type="tool"><hammer/></box>loose<lid/></crate>\
        <box type="tool"><saw/>sharp</box><box><nail/></box><label type="x"><ink/></label></shelf>
        """

    @Test func droppedSubtreesAreHandedOutEmptyWithTheirAttributes() throws {
        let unread = UnreadSubtrees(names: ["crate"], unlessAttribute: ["box": (name: "type", values: ["fruit"])])
        #expect(try walk(shelf, unread) == [
            "shelf", "box type=fruit", "apple/", "'ripe'", "crate/", "box type=tool/", "box/", "label type=x", "ink/",
        ])
        // Without the filter every element and text is handed out.
        #expect(try walk(shelf, .none) == [
            "shelf", "box type=fruit", "apple/", "'ripe'", "crate", "box type=tool", "hammer/", "'loose'", "lid/",
            "box type=tool", "saw/", "'sharp'", "box", "nail/", "label type=x", "ink/",
        ])
    }

    @Test func theDepthLimitHoldsInsideADroppedSubtree() throws {
        let deep = "<a><skip>" + String(repeating: "<d>", count: 30) + String(repeating: "</d>", count: 30) + "</skip></a>"
        #expect(throws: ReadRefusal.self) { try walk(deep, UnreadSubtrees(names: ["skip"]), maxDepth: 20) }
        #expect(try walk(deep, UnreadSubtrees(names: ["skip"]), maxDepth: 40) == ["a", "skip/"])
    }

    /// The styles reader reads the same styles with its unread subtrees dropped: a paragraph
    /// style, a table style whose conditional formats hold paragraph properties, latent styles.
    @Test func wordStylesReadTheSameWithoutWhatTheyNeverRead() throws {
        let xml = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Serif A"/></w:rPr></w:rPrDefault></w:docDefaults>\
            <w:latentStyles><w:lsdException w:name="Title"/></w:latentStyles>\
            <w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr>\
            <w:tblPr><w:tblInd w:w="0"/></w:tblPr><w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr></w:tblStylePr></w:style>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:name w:val="Body"/><w:rPr><w:b/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:basedOn w:val="Body"/>\
            <w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style></w:styles>
            """
        func read(_ unread: UnreadSubtrees) throws -> WordStyles {
            try WordStyles.read(XMLCursor(source: MemorySource(Array(xml.utf8), partName: "word/styles.xml"), maxDepth: 20, unreadSubtrees: unread))
        }
        let all = try read(.none), filtered = try read(WordStyles.unreadSubtrees)
        func summary(_ s: WordStyles) -> [String] {
            s.paragraph.values.sorted { $0.id < $1.id }.map {
                "\($0.id) \($0.name ?? "-") \($0.basedOn ?? "-") \($0.outlineLevel ?? -1) \($0.numId ?? -1) \($0.numLevel ?? -1) \($0.bold ?? false)"
            } + [s.defaultParagraphStyle ?? "-", s.defaultFont ?? "-"]
        }
        #expect(summary(all) == ["Body Body - -1 -1 -1 true", "Chapter Chapter Body 0 4 1 false", "Body", "Serif A"])
        #expect(summary(filtered) == summary(all))
        #expect(filtered.headingLevel("Chapter") == 1)
    }
}
