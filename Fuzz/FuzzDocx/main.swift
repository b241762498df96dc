// libFuzzer entry point for the DOCX reader (built by scripts/fuzz.sh with TONGHOP_FUZZ=1).
// Every input must be read or refused with a ReadRefusal: a crash, a trap, a leak or a
// timeout is a finding.
import DocumentModel
import Foundation
import OOXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        let doc = try DocumentReader().read(data: data, fileName: "fuzz.docx")
        // Touch what later stages touch.
        for block in doc.body { _ = block.text }
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
