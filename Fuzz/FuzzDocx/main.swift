// libFuzzer entry point for the DOCX reader (built by scripts/fuzz.sh with TONGHOP_FUZZ=1).
// Every input must be read or refused with a ReadRefusal: a crash, a trap, a leak or a
// timeout is a finding.
//
// Two kinds of input: a whole package (any first byte but 0), or, after a 0 byte, XML parts
// separated by 0 bytes (document, numbering, styles, footnotes) that are wrapped into a
// valid package, so that mutations reach the WordprocessingML reader instead of dying in
// the zip layer.
import DocumentModel
import Foundation
import OOXML

let wordParts: [(name: String, type: String, content: String)] = [
    ("word/document.xml", "", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    ("word/numbering.xml", "numbering", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
    ("word/styles.xml", "styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
    ("word/footnotes.xml", "footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
]

func wrapWordParts(_ bytes: ArraySlice<UInt8>) -> Data? {
    let parts = bytes.split(separator: 0, maxSplits: wordParts.count - 1, omittingEmptySubsequences: false)
    var w = PackageWriter()
    var types = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
    var rels = ""
    for (i, part) in parts.enumerated() {
        let p = wordParts[i]
        types += #"<Override PartName="/\#(p.name)" ContentType="\#(p.content)"/>"#
        if !p.type.isEmpty {
            rels += #"<Relationship Id="r\#(i)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\#(p.type)" Target="\#(p.name.dropFirst(5))"/>"#
        }
        w.add(p.name, bytes: Array(part), compress: false)
    }
    w.add("[Content_Types].xml", string: types + "</Types>", compress: false)
    w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#, compress: false)
    w.add("word/_rels/document.xml.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + rels + "</Relationships>", compress: false)
    return try? w.data()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let data: Data
    if count > 0, bytes[0] == 0 {
        guard let wrapped = wrapWordParts(Array(bytes)[1...]) else { return 0 }
        data = wrapped
    } else {
        data = Data(bytes)
    }
    do {
        let doc = try DocumentReader().read(data: data, fileName: "fuzz.docx")
        // Touch what later stages touch.
        for block in doc.body {
            _ = block.text
            if case .table(let t) = block { _ = t.grid }
        }
        for part in doc.furniture { for block in part.blocks { _ = block.text } }
    } catch {
        _ = error.kind
    }
    return 0
}

// SwiftPM links an executable target with its entry point renamed to <Module>_main; with
// -parse-as-library none is emitted, so provide it and hand over to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("FuzzDocx_main")
public func fuzzDocxMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, { fuzzDocx($0, $1) })
}
