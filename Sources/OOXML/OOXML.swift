// The OOXML layer: the only module that imports libzip (CZip) and libxml2 (CXML2).
//
// Public surface:
// - `DocumentReader(options:)` — `read(contentsOf:)` / `read(data:fileName:)` → `Document`,
//   `throws(ReadRefusal)`; variants taking `statistics: inout ReadStatistics`.
// - `SpreadsheetReader` — streams one XLSX sheet at a time: `sheets`, `forEachRow(inSheet:_:)`,
//   `readSheet(_:)`.
// - `ReadOptions` — limits (entries, inflated bytes, compression ratio, XML depth, cells, …).
// - `PackageWriter` — writes zip packages (DOCX/XLSX parts) atomically.
// - `ReadRefusal.Kind.officerMessage` — the Vietnamese reason for each refusal kind.
//
// Inside, in reading order: Sniff (bytes and name) → ZipArchive (libzip, limits on bytes
// actually inflated) → OPCPackage (content types, relationships) → XMLCursor (libxml2's SAX2
// push parser streaming each part) → DocxReader / SpreadsheetReader → the shared Document.
