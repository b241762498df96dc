// libFuzzer entry point for the XLSX reader (built by scripts/fuzz.sh with TONGHOP_FUZZ=1):
// the whole-document read and the streaming row reader. Every input must be read or
// refused with a ReadRefusal: a crash, a trap, a leak or a timeout is a finding.
import DocumentModel
import Foundation
import OOXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsx(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        let doc = try DocumentReader().read(data: data, fileName: "fuzz.xlsx")
        for sheet in doc.sheets {
            for row in sheet.rows { for cell in row.cells { _ = cell.value.displayText } }
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
