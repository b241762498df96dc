import DocumentModel

/// What one file says, normalized against the plan: the unit, the report's number and date,
/// one entry per task it speaks of, its difficulties and proposals, and findings for
/// everything doubtful. Every value keeps where it came from.
public struct Submission: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable { case extracted, rejected }

    public var file: String
    public var sha256: String
    public var status: Status
    /// Why the file was rejected, in Vietnamese.
    public var reason: String?
    /// Machine-readable kind of rejection ("legacyWord", "notAReport", …).
    public var rejectionKind: String?
    public var unit: UnitRef?
    public var document: DocumentInfo
    public var entries: [Entry]
    public var difficulties: [Item]
    public var proposals: [Item]
    public var findings: [Finding]
    /// The comments reviewers left in the unit's own file (Word comments): not the report's
    /// content and not part of the extraction contract, but what the unit's own people said of
    /// it ("Đề nghị … kiểm tra lại số liệu trước khi trình ký", REVIEW35 #5), for the review.
    public var comments: [UnitComment]

    public init(file: String, sha256: String, status: Status, reason: String? = nil, rejectionKind: String? = nil,
                unit: UnitRef? = nil, document: DocumentInfo = .init(), entries: [Entry] = [],
                difficulties: [Item] = [], proposals: [Item] = [], findings: [Finding] = [], comments: [UnitComment] = []) {
        self.comments = comments
        self.file = file
        self.sha256 = sha256
        self.status = status
        self.reason = reason
        self.rejectionKind = rejectionKind
        self.unit = unit
        self.document = document
        self.entries = entries
        self.difficulties = difficulties
        self.proposals = proposals
        self.findings = findings
    }

    /// Decodes what earlier versions wrote too: `comments` came later (absent: none).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), sha256: try c.decode(String.self, forKey: .sha256),
                  status: try c.decode(Status.self, forKey: .status), reason: try c.decodeIfPresent(String.self, forKey: .reason),
                  rejectionKind: try c.decodeIfPresent(String.self, forKey: .rejectionKind),
                  unit: try c.decodeIfPresent(UnitRef.self, forKey: .unit), document: try c.decode(DocumentInfo.self, forKey: .document),
                  entries: try c.decode([Entry].self, forKey: .entries), difficulties: try c.decode([Item].self, forKey: .difficulties),
                  proposals: try c.decode([Item].self, forKey: .proposals), findings: try c.decode([Finding].self, forKey: .findings),
                  comments: try c.decodeIfPresent([UnitComment].self, forKey: .comments) ?? [])
    }
}

/// A comment left in a unit's file: its text, its author as Word records it, and where it
/// stands (the paragraph or table cell it is anchored in, else the comments part).
public struct UnitComment: Sendable, Codable, Equatable {
    public var text: String
    public var author: String?
    public var source: String
    public init(text: String, author: String? = nil, source: String) { self.text = text; self.author = author; self.source = source }
}

public struct UnitRef: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    /// Where the unit was read from ("word/document.xml table 1 row 1 cell 1", "file name").
    public var source: String?
    public init(id: String, name: String, source: String? = nil) { self.id = id; self.name = name; self.source = source }
}

public struct DocumentInfo: Sendable, Codable, Equatable {
    /// "125/BC-UBND" as written.
    public var number: String?
    /// ISO date "2026-10-28".
    public var date: String?
    public var numberSource: String?
    public var dateSource: String?
    public init(number: String? = nil, date: String? = nil, numberSource: String? = nil, dateSource: String? = nil) {
        self.number = number; self.date = date; self.numberSource = numberSource; self.dateSource = dateSource
    }
}

public struct Entry: Sendable, Codable, Equatable {
    public var task: String
    public var status: TaskStatus
    public var statusSource: String?
    public var indicators: [IndicatorID: Figure]
    /// The unit's own words about the task (passages joined).
    public var text: String
    /// Where the entry's passages are.
    public var sources: [String]

    public init(task: String, status: TaskStatus = .unknown, statusSource: String? = nil,
                indicators: [IndicatorID: Figure] = [:], text: String = "", sources: [String] = []) {
        self.task = task; self.status = status; self.statusSource = statusSource
        self.indicators = indicators; self.text = text; self.sources = sources
    }
}

/// A figure with its provenance: every place it was summed from.
public struct Figure: Sendable, Codable, Equatable {
    public var value: Double
    public var sources: [FigureSource]
    public init(value: Double, sources: [FigureSource]) { self.value = value; self.sources = sources }
}

public struct FigureSource: Sendable, Codable, Equatable {
    public var location: String
    /// The words or cell it was read from: "03 lớp tập huấn", "Số lớp = 2".
    public var text: String
    public var value: Double
    /// What the report says of the figure beside it (`estimateMark`: an estimate, not a
    /// result at the report's date; `otherFundingMark`: money from other sources than the
    /// plan's). Nil when it says nothing.
    public var marks: [String]?
    public init(location: String, text: String, value: Double, marks: [String]? = nil) {
        self.location = location; self.text = text; self.value = value; self.marks = marks
    }
    public static let estimateMark = "estimate"
    public static let otherFundingMark = "other_funding"
    public var isEstimate: Bool { marks?.contains(Self.estimateMark) == true }
    public var isOtherFunding: Bool { marks?.contains(Self.otherFundingMark) == true }
    /// Where a value an officer set in the review desk says it came from: "quyết định số 12".
    public static func decision(_ id: some CustomStringConvertible) -> String { "quyết định số \(id)" }
    /// The value was set or confirmed by an officer's decision, not read from a file.
    public var isOfficersDecision: Bool { location.hasPrefix(FigureSource.decision("")) }
}

public struct Item: Sendable, Codable, Equatable {
    public var text: String
    public var source: String
    public init(text: String, source: String) { self.text = text; self.source = source }
}

/// Something a person should look at.
public struct Finding: Sendable, Codable, Equatable {
    public var severity: Diagnostic.Severity
    public var code: String
    /// In Vietnamese, for the officer.
    public var message: String
    public var source: String?
    public init(severity: Diagnostic.Severity, code: String, message: String, source: String? = nil) {
        self.severity = severity; self.code = code; self.message = message; self.source = source
    }
}

extension Finding {
    /// The words a finding's message quotes in “…”, in order: every finding quotes the unit's
    /// own words that way, which the desk highlights and decisions match on.
    public static func quotes(in message: String) -> [String] {
        var out: [String] = []
        var rest = message[...]
        while let a = rest.firstIndex(of: "“"), let b = rest[rest.index(after: a)...].firstIndex(of: "”") {
            out.append(String(rest[rest.index(after: a)..<b]))
            rest = rest[rest.index(after: b)...]
        }
        return out
    }
}
