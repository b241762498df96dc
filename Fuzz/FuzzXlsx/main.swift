// libFuzzer entry point for the XLSX reader (built by scripts/fuzz.sh with TONGHOP_FUZZ=1):
// the whole-document read and the streaming row reader. Every input must be read or
// refused with a ReadRefusal: a crash, a trap, a leak or a timeout is a finding.
//
// Two kinds of input: a whole package (any first byte but 0), or, after a 0 byte, XML parts
// separated by 0 bytes (worksheet, shared strings, styles, workbook) wrapped into a valid
// package, so that mutations reach the SpreadsheetML reader instead of the zip layer.
import DocumentModel
import Foundation
import OOXML

let defaultWorkbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rS"/></sheets></workbook>"#

func wrapSheetParts(_ bytes: ArraySlice<UInt8>) -> Data? {
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
    var w = PackageWriter()
    w.add("[Content_Types].xml", string: #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#, compress: false)
    w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#, compress: false)
    w.add("xl/_rels/workbook.xml.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#, compress: false)
    w.add("xl/worksheets/sheet1.xml", bytes: parts[0], compress: false)
    if parts.count > 1 { w.add("xl/sharedStrings.xml", bytes: parts[1], compress: false) }
    if parts.count > 2 { w.add("xl/styles.xml", bytes: parts[2], compress: false) }
    w.add("xl/workbook.xml", bytes: parts.count > 3 ? parts[3] : Array(defaultWorkbook.utf8), compress: false)
    return try? w.data()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsx(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let data: Data
    if count > 0, bytes[0] == 0 {
        guard let wrapped = wrapSheetParts(Array(bytes)[1...]) else { return 0 }
        data = wrapped
    } else {
        data = Data(bytes)
    }
    do {
        let doc = try DocumentReader().read(data: data, fileName: "fuzz.xlsx")
        for sheet in doc.sheets {
            for row in sheet.rows { for cell in row.cells { _ = cell.value.displayText } }
            for m in sheet.merges { _ = sheet.value(row: m.first.row, column: m.first.column) }
        }
    } catch {
        _ = error.kind
    }
    if let reader = try? SpreadsheetReader(data: data, fileName: "fuzz.xlsx") {
        for i in reader.sheets.indices {
            _ = try? reader.forEachRow(inSheet: i) { row in _ = row.cells.count }
        }
    }
    return 0
}

// SwiftPM links an executable target with its entry point renamed to <Module>_main; with
// -parse-as-library none is emitted, so provide it and hand over to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("FuzzXlsx_main")
public func fuzzXlsxMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, { fuzzXlsx($0, $1) })
}
