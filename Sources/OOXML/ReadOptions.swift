// Options for reading one file: what a file may cost at most. Defaults are sized for
// administrative reports (a few MB) with a wide margin; the benchmark and tests pass their own.

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
    /// Most merged ranges one sheet may declare (consumers look ranges up per cell).
    public var maxMergedRanges: Int = 50_000
    /// Most cells a streamed sheet may hold.
    public var maxStreamedSheetCells: Int = 50_000_000
    /// Most paragraphs (all stories together) a Word document may hold.
    public var maxParagraphs: Int = 500_000
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
