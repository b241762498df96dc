// Options for reading one file: what a file may cost at most. Defaults are sized for
// administrative reports (a few MB) with a wide margin; the benchmark and tests pass their own.
//
// Two kinds of limit: what is *inflated* (zip entries, XML depth) and what is *materialised*
// (text, cells, paragraphs, table cells, sheets). The second kind matters because a small part
// can make the reader build far more than it holds: one shared string referenced by every cell,
// one level text copied into every list label, one sheet part behind thousands of sheet
// entries. Whatever would be copied without bound is either refused (`.tooLarge`, with a
// Vietnamese reason naming the limit) or, where a real report could hold it, cut to a
// reasonable length with a diagnostic.

/// Limits and switches for `DocumentReader` and `SpreadsheetReader`.
public struct ReadOptions: Sendable, Equatable {
    /// Largest file accepted at all (bytes on disk).
    public var maxFileBytes: Int = 512 << 20
    /// Most entries a zip may hold.
    public var maxEntries: Int = 1_000
    /// Most bytes one entry may inflate to (counted while inflating, declared sizes are not trusted).
    public var maxEntryInflatedBytes: Int = 256 << 20
    /// Most bytes all entries read from one file may inflate to.
    public var maxTotalInflatedBytes: Int = 512 << 20
    /// Smallest compressed/inflated ratio accepted once an entry has inflated past
    /// `compressionRatioGraceBytes` (Apache POI's ZipSecureFile rule: 0.01, i.e. 1:100).
    public var minCompressionRatio: Double = 0.01
    public var compressionRatioGraceBytes: Int = 100 << 10
    /// Deepest XML element nesting accepted (libxml2's own limit is 256 without XML_PARSE_HUGE).
    public var maxXMLDepth: Int = 160
    /// Most non-empty cells a workbook may hold (all sheets together) when it is read into a `Document`
    /// (`SpreadsheetReader.forEachRow` streams and is bounded by `maxStreamedSheetCells`).
    public var maxSheetCells: Int = 3_000_000
    /// Most shared strings a workbook may declare, and most bytes (UTF-8) of text they may hold
    /// together: they are kept in memory for the whole read, so a 100 MB shared-strings part is
    /// refused (`.tooLarge`) once either is passed rather than loaded.
    public var maxSharedStrings: Int = 1_000_000
    public var maxSharedStringBytes: Int = 32 << 20
    /// Most merged ranges one sheet may declare, and all sheets read into a `Document` together
    /// (consumers look ranges up per cell).
    public var maxMergedRanges: Int = 50_000
    /// Most non-empty rows a workbook may hold (all sheets together) when it is read into a
    /// `Document`: extraction reads each row as a line.
    public var maxSheetRows: Int = 1_000_000
    /// Most cells a streamed sheet may hold.
    public var maxStreamedSheetCells: Int = 50_000_000
    /// Most paragraphs (all stories together) a Word document may hold; a line break inside a
    /// paragraph counts as one more, since extraction reads each visual line.
    public var maxParagraphs: Int = 200_000
    /// Most table cells (all tables of all stories together, nested ones included) a Word
    /// document may hold.
    public var maxTableCells: Int = 200_000
    /// Most UTF-8 bytes of text one read may materialise: paragraph text of every story and
    /// comment, and cell text of every sheet, where each cell that references a shared string
    /// counts that string again (it is copied by everything downstream). A report is well
    /// under 1 MB (`FileIntake.reportReadOptions` allows 1 MB); the default is a ceiling for
    /// any document, past which a file is refused before it is built.
    public var maxTextBytes: Int = 64 << 20
    /// Most sheet entries a workbook may list (each one is a part to read).
    public var maxSheets: Int = 1_000
    /// Longest list label kept (w:lvlText, in characters): a longer level text is cut, with a
    /// diagnostic, rather than copied into every numbered paragraph. Word's own labels are a
    /// few characters.
    public var maxListLabelCharacters: Int = 64
    /// Longest name kept (characters): sheet names (Excel allows 31), style names and list
    /// formats. A longer one is cut, with a diagnostic: a sheet name is copied into the
    /// location of every figure read from the sheet, a style name into every paragraph.
    public var maxNameCharacters: Int = 64
    /// Longest document property kept (title, subject, …; characters): longer ones are cut.
    public var maxPropertyCharacters: Int = 1_000
    /// Longest part (zip entry) name accepted, in UTF-8 bytes: part names end up in the
    /// location of every paragraph read from the part. Office writes names of a few dozen bytes.
    public var maxPartNameBytes: Int = 1_024
    /// Accept an entry whose CRC does not match (with a "bad-crc" diagnostic) rather than refusing.
    /// Excel and calamine both read such files; the bytes were fully inflated and parsed as XML.
    public var tolerateBadCRC: Bool = true
    /// Convert runs in TCVN3 (.Vn…) and VNI (VNI-…) fonts to Unicode when their characters
    /// show the legacy encoding.
    public var convertLegacyVietnamese: Bool = true

    public init() {}
}

/// Byte counts of one read, for benchmarks and the operator log.
public struct ReadStatistics: Sendable, Equatable {
    /// Bytes of part data actually inflated (XML, mostly).
    public var inflatedBytes: Int = 0
    /// Parts read.
    public var partsRead: Int = 0
    public init() {}
}
