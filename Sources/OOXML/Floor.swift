import CXML2
import CZip
import Foundation

/// The C floor of reading, for the benchmark (`tonghop-bench floor`, `run-speed`): what opening a
/// package with libzip and running libxml2's SAX parser over every part the readers parse costs
/// when nothing at all is done with the events. No Swift work per node: Swift only picks the
/// parts by name and hands libxml2 64 KB chunks as libzip inflates them.
public enum OOXMLFloor {
    public struct Result: Sendable {
        public var files = 0
        /// Files libzip could not open (not zips, damaged).
        public var unopened = 0
        public var parts = 0
        public var inflatedBytes = 0
        /// Parts libxml2 reported not well-formed.
        public var malformed = 0
        /// Files stopped at a limit of the options (inflated size, compression ratio), as the
        /// reader refuses them: the floor stops there too.
        public var stopped = 0

        public init() {}
    }

    /// The parts the DOCX and XLSX readers parse, by their usual names: content types, the
    /// package's and the main part's relationships, the main part and the parts it points at
    /// (styles, numbering, headers, footers, footnotes, endnotes, comments; workbook, shared
    /// strings, styles, worksheets, their relationships and drawings) and the core and app
    /// properties. Themes, settings, font tables, calculation chains, charts and custom XML are
    /// never parsed by the readers.
    public static func isReadPart(_ name: String) -> Bool {
        let n = name.lowercased()
        if n == "[content_types].xml" || n == "_rels/.rels" || n == "word/_rels/document.xml.rels"
            || n == "xl/_rels/workbook.xml.rels" || n == "docprops/core.xml" || n == "docprops/app.xml" {
            return true
        }
        if n.hasPrefix("word/"), !n.dropFirst(5).contains("/"), n.hasSuffix(".xml") {
            let stem = n.dropFirst(5).dropLast(4)
            return ["document", "styles", "numbering", "footnotes", "endnotes", "comments"].contains(String(stem))
                || stem.hasPrefix("header") || stem.hasPrefix("footer")
        }
        if n == "xl/workbook.xml" || n == "xl/sharedstrings.xml" || n == "xl/styles.xml" { return true }
        // A sheet's relationships name its drawing, whose text boxes are read.
        if n.hasPrefix("xl/worksheets/_rels/"), !n.dropFirst(20).contains("/"), n.hasSuffix(".xml.rels") { return true }
        if n.hasPrefix("xl/drawings/"), !n.dropFirst(12).contains("/"), n.hasSuffix(".xml") { return true }
        return n.hasPrefix("xl/worksheets/") && !n.dropFirst(14).contains("/") && n.hasSuffix(".xml")
    }

    /// Opens `path` with libzip and SAX-parses every part `isReadPart` names, adding to `result`.
    /// The reader's size limits hold here too (declared and inflated bytes per entry and in
    /// total, compression ratio): a file the reader refuses at a limit is not inflated past it.
    public static func walk(path: String, options: ReadOptions = ReadOptions(), into result: inout Result) {
        result.files += 1
        var error: Int32 = 0
        guard let za = zip_open(path, ZIP_RDONLY, &error) else { result.unopened += 1; return }
        defer { zip_discard(za) }
        let count = zip_get_num_entries(za, 0)
        guard count > 0 else { return }
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: 64 << 10)
        defer { chunk.deallocate() }
        var total = 0
        entries: for i in 0..<UInt64(count) {
            guard let cname = zip_get_name(za, i, 0), isReadPart(String(cString: cname)) else { continue }
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(za, i, 0, &st) == 0 else { continue }
            if st.size > UInt64(options.maxEntryInflatedBytes)
                || (st.comp_method != 0 && st.size > UInt64(options.compressionRatioGraceBytes)
                    && Double(st.comp_size) / Double(st.size) < options.minCompressionRatio) {
                result.stopped += 1
                break
            }
            guard let file = zip_fopen_index(za, i, 0) else { continue }
            defer { zip_fclose(file) }
            guard let ctxt = xmlCreatePushParserCtxt(&handler, nil, nil, 0, cname) else { continue }
            defer { xmlFreeParserCtxt(ctxt) }
            xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            result.parts += 1
            var failed = false
            var inflated = 0
            while true {
                let n = zip_fread(file, chunk, UInt64(64 << 10))
                if n < 0 { failed = true; break }
                if n == 0 { break }
                result.inflatedBytes += Int(n)
                inflated += Int(n)
                total += Int(n)
                if inflated > options.maxEntryInflatedBytes || total > options.maxTotalInflatedBytes
                    || (st.comp_method != 0 && inflated > options.compressionRatioGraceBytes
                        && Double(st.comp_size) / Double(inflated) < options.minCompressionRatio) {
                    result.stopped += 1
                    break entries
                }
                if xmlParseChunk(ctxt, chunk, Int32(n), 0) != 0 { failed = true; break }
            }
            if !failed, xmlParseChunk(ctxt, nil, 0, 1) != 0 { failed = true }
            if failed || ctxt.pointee.wellFormed == 0 { result.malformed += 1 }
        }
    }
}
