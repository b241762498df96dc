import DocumentModel
import Plan
import VietText

/// How a report writes its own date and the dates of other documents (vocabulary
/// `document_date`). The grammar of a Vietnamese date ("ngày … tháng … năm …") is fixed; the
/// words around it that units vary are here.
struct DateVocabulary: Sendable {
    /// Words before a day ("ngày mồng 5 tháng …"), lower case with diacritics.
    var dayLeads: Set<String> = ["mồng", "mùng"]
    /// Month names that are not numerals ("tháng giêng", "tháng chạp", "tháng tư").
    var monthNames: [String: Int] = ["giêng": 1, "chạp": 12, "tư": 4]
    /// Words before "…, ngày …" that make it another document's date ("Căn cứ Kế hoạch số …,
    /// ngày …", "Phúc đáp Công văn số …, ngày …"), folded.
    var citedLeads: [String] = ["can cu", "phuc dap", "thuc hien", "ke hoach", "cong van", "van ban", "quyet dinh",
                                "thong bao", "chi thi", "to trinh", "nghi quyet", "bao cao so", "kem theo", "dinh kem"]
    /// How the line of an annex or attached table names the report it goes with: a lead, then
    /// the kind of document ("Kèm theo Báo cáo số … ngày …", "(Đính kèm Công văn số …)"), folded.
    /// A copied annex of the plan ("Kèm theo Kế hoạch số …") names no report of the unit's.
    var annexLeads: [String] = ["kem theo", "dinh kem", "gui kem", "kem"] {
        didSet { annexPhrases = DateVocabulary.phrases(annexLeads, annexDocuments) }
    }
    var annexDocuments: [String] = ["bao cao", "cong van", "van ban"] {
        didSet { annexPhrases = DateVocabulary.phrases(annexLeads, annexDocuments) }
    }
    /// Every lead followed by every kind, as word lists, longest first.
    private(set) var annexPhrases: [[String]] = DateVocabulary.phrases(["kem theo", "dinh kem", "gui kem", "kem"], ["bao cao", "cong van", "van ban"])

    static func phrases(_ leads: [String], _ documents: [String]) -> [[String]] {
        leads.flatMap { l in documents.map { (l + " " + $0).split(separator: " ").map(String.init) } }.sorted { $0.count > $1.count }
    }
    /// Labels of a cell that holds the report's date, or whose next cell does ("Ngày báo
    /// cáo: | 12/11/2026"), folded.
    var labels: [String] = ["ngay bao cao", "ngay lap bieu", "ngay lap", "ngay ky", "ngay gui"]
    /// How a message says when it was sent, at its foot ("Gửi lúc 10:05 ngày 30/10/2026"),
    /// folded: the date after its "ngày" is the report's when the letter has no other.
    var sentLeads: [String] = []
    /// Who drew up or last brought up to date a sheet, named in its header with the day
    /// ("Người cập nhật: Lê Văn A – ngày 24/10/2026"), folded: the date after the name's "ngày",
    /// within `makerMaxWords` words of the label, is the report's.
    var makerLabels: [String] = []
    var makerMaxWords = 8
    /// A label opening with "Ngày" and ending in a colon, the rest of the line only the date
    /// ("Ngày chốt sổ: 14/10/2026"), names the report's date when it has at most this many words.
    var dayLabelMaxWords = 4
    /// A report is dated from the plan's date to the end of the year this many years after the
    /// plan's year; a date outside is not taken (a template's "năm 2025", a typo).
    var yearsAfterPlan = 1

    static let standard = DateVocabulary()

    static func load(_ section: [String: Any], file: String) throws -> DateVocabulary {
        var v = DateVocabulary()
        let known = ["day_leads", "month_names", "cited_leads", "annex_leads", "annex_documents", "labels", "sent_leads", "maker_labels", "maker_max_words", "day_label_max_words", "years_after_plan"]
        for key in section.keys where !known.contains(key) {
            throw Vocabulary.LoadError(file: file, message: "document_date.\(key): unknown key (use \(known.joined(separator: ", ")))")
        }
        func list(_ key: String) throws -> [String]? {
            guard let any = section[key] else { return nil }
            guard let l = any as? [Any] else { throw Vocabulary.LoadError(file: file, message: "document_date.\(key) must be a list") }
            return l.map { "\($0)" }
        }
        if let l = try list("day_leads") { v.dayLeads = Set(l.map { VietText.nfc($0).lowercased() }) }
        if let l = try list("cited_leads") { v.citedLeads = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let l = try list("annex_leads") { v.annexLeads = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let l = try list("annex_documents") { v.annexDocuments = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let l = try list("labels") { v.labels = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let l = try list("maker_labels") { v.makerLabels = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let any = section["maker_max_words"] {
            guard let n = any as? Int, n >= 1 else { throw Vocabulary.LoadError(file: file, message: "document_date.maker_max_words must be a positive whole number") }
            v.makerMaxWords = n
        }
        if let any = section["day_label_max_words"] {
            guard let n = any as? Int, n >= 1 else { throw Vocabulary.LoadError(file: file, message: "document_date.day_label_max_words must be a positive whole number") }
            v.dayLabelMaxWords = n
        }
        if let l = try list("sent_leads") { v.sentLeads = l.map { VietText.words($0).joined(separator: " ") }.filter { !$0.isEmpty } }
        if let any = section["month_names"] {
            guard let m = any as? [String: Any] else { throw Vocabulary.LoadError(file: file, message: "document_date.month_names must be a mapping") }
            v.monthNames = [:]
            for (name, value) in m.sorted(by: { $0.key < $1.key }) {
                guard let n = value as? Int, (1...12).contains(n) else {
                    throw Vocabulary.LoadError(file: file, message: "document_date.month_names.\(name) must be a month number 1–12")
                }
                v.monthNames[VietText.nfc(name).lowercased()] = n
            }
        }
        if let any = section["years_after_plan"] {
            guard let n = any as? Int, n >= 0 else { throw Vocabulary.LoadError(file: file, message: "document_date.years_after_plan must be a whole number ≥ 0") }
            v.yearsAfterPlan = n
        }
        return v
    }

    /// Whether a folded text holds `phrase` as whole words.
    static func hasWords(_ folded: String, _ phrase: String) -> Bool {
        var from = 0
        while let at = folded.firstByteOffset(of: phrase, from: from) {
            let bytes = Array(folded.utf8)
            let before = at == 0 ? nil : bytes[at - 1]
            let end = at + phrase.utf8.count
            let after = end < bytes.count ? bytes[end] : nil
            func isWordByte(_ b: UInt8?) -> Bool { b.map { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 } ?? false }
            if !isWordByte(before), !isWordByte(after) { return true }
            from = at + 1
        }
        return false
    }

    /// Whether a line is an annex's note of the report it goes with.
    func isAnnexLine(folded: String) -> Bool {
        annexPhrases.contains { DateVocabulary.hasWords(folded, $0.joined(separator: " ")) }
    }

    /// Whether a line opens by saying when it was sent ("Gửi lúc 10:05 ngày …").
    func isSentLine(_ text: String) -> Bool {
        guard !sentLeads.isEmpty else { return false }
        let words = VietText.words(String(text.prefix(40))).joined(separator: " ")
        return sentLeads.contains { words == $0 || words.hasPrefix($0 + " ") }
    }

    /// Whether the words before a date name another document (a cited plan, letter or decision).
    func isCited(foldedHead: String) -> Bool {
        citedLeads.contains { DateVocabulary.hasWords(foldedHead, $0) }
    }
}

/// A word of a date line: as written but lower case (diacritics kept: "mười" 10 is not "mươi"),
/// folded, and whether a comma stands before it.
struct DateWord: Sendable {
    /// As written.
    var raw: String
    var tone: String
    var folded: String
    var commaBefore: Bool

    /// The words of a line, split at white space and at ",;()"; "28/10/2026" stays one word,
    /// trailing ".:" are dropped ("2026.", "Số:").
    static func words(_ text: String) -> [DateWord] {
        var out: [DateWord] = []
        var current = ""
        var comma = false
        func flush() {
            let t = current.trimmed(".:")
            if !t.isEmpty {
                let raw = VietText.nfc(t)
                let tone = raw.lowercased()
                out.append(DateWord(raw: raw, tone: tone, folded: VietText.fold(tone), commaBefore: comma))
                comma = false
            }
            current = ""
        }
        for ch in text {
            if ch.isWhitespace || ch == "\u{00A0}" || ch == "(" || ch == ")" || ch == ";" {
                flush()
            } else if ch == "," {
                flush()
                comma = true
            } else {
                current.append(ch)
            }
        }
        flush()
        return out
    }
}

/// The date cited right after a document's number in running text (", ngày 20 tháng 01 năm
/// 2026", " ngày 4/10/2026"): the header's own date reading, so a citation is read as the
/// header's date line is. nil unless the text opens with "ngày" and a whole date.
public func citedDate(opening text: Substring) -> PlanDate? {
    let words = DateWord.words(String(text.prefix(60)))
    guard words.first?.folded == "ngay", let d = HeaderReader.readDate(words, from: 1), d.complete,
          let iso = d.date else { return nil }
    return PlanDate(iso: iso)
}

extension HeaderReader {
    /// The date whose day starts at `words[start]` (after "ngày"): "28/10/2026", "28 tháng 10
    /// năm 2026", "mồng 5 tháng giêng năm 2026", "mười lăm tháng mười một năm hai nghìn không
    /// trăm hai mươi sáu". nil when no date is written there; a date of blank or impossible
    /// day or month is `complete: false`. `end` is the index after the date's last word.
    static func readDate(_ words: [DateWord], from start: Int, vocabulary dv: DateVocabulary = .standard)
        -> (date: String?, complete: Bool, end: Int)? {
        guard start <= words.count else { return nil }
        if start < words.count, let d = numericDate(words[start].tone.trimmed(".,;")) { return (d, true, start + 1) }
        var i = start
        while i < words.count, dv.dayLeads.contains(words[i].tone) { i += 1 }
        // "ngày 28 tháng 10": the month word within a few words of the day.
        guard let t = words[i...].prefix(7).firstIndex(where: { $0.folded == "thang" }) else { return nil }
        // The year marker is the "năm" a year follows: "tháng năm năm 2026" is May.
        var yearMark: Int?
        var year: (value: Int, end: Int)?
        var k = t + 1
        while k < min(words.count, t + 7) {
            if words[k].folded == "nam", let y = readYear(words, from: k + 1) { yearMark = k; year = y; break }
            k += 1
        }
        guard let y = yearMark, let year else { return nil }
        guard let month = readNumber(words[(t + 1)..<y], names: dv.monthNames), (1...12).contains(month),
              let day = readNumber(words[i..<t], names: [:]), (1...PlanDate.daysIn(month: month, year: year.value)).contains(day) else {
            return (nil, false, year.end)
        }
        return (isoDate(year.value, month, day), true, year.end)
    }

    /// A day or month: digits ("05"), a name ("giêng"), or a numeral in words ("mười một").
    static func readNumber(_ words: ArraySlice<DateWord>, names: [String: Int]) -> Int? {
        guard let first = words.first else { return nil }
        if words.count == 1 {
            if let n = Int(first.tone) { return n }
            if let n = names[first.tone] { return n }
        }
        guard let s = VietNumber.spelled(words.map { Substring($0.tone) }), s.words == words.count else { return nil }
        return s.value
    }

    /// A year: "2026" (also "2026." or "2026)"), or in words ("hai nghìn không trăm hai mươi sáu").
    static func readYear(_ words: [DateWord], from i: Int) -> (value: Int, end: Int)? {
        guard i < words.count else { return nil }
        if let y = Int(words[i].tone.prefix(4)), words[i].tone.prefix(4).count == 4, (1900...2100).contains(y) { return (y, i + 1) }
        guard let s = VietNumber.spelled(words[i...].prefix(10).map { Substring($0.tone) }), (1900...2100).contains(s.value) else { return nil }
        return (s.value, i + s.words)
    }

    /// A spreadsheet's date serial written as a plain number (a Google Sheets export without a
    /// date format: "Ngày báo cáo | 46338"), when it falls in the years a report can have.
    static func serialDate(_ value: Double, uses1904: Bool) -> String? {
        guard value == value.rounded() else { return nil }
        let iso = String(CellDate(serial: value, uses1904: uses1904).isoText.prefix(10))
        guard let y = Int(iso.prefix(4)), (1990...2100).contains(y) else { return nil }
        return iso
    }
}

extension HeaderReader {
    /// The days a report on `plan` can bear: from the plan's signing date (the first of its
    /// year while it has none) to the end of the year `years_after_plan` after the plan's year.
    static func reportDates(plan: PipelineDefinition.PlanInfo, dates dv: DateVocabulary) -> ClosedRange<PlanDate>? {
        guard let first = plan.date ?? PlanDate(year: plan.year, month: 1, day: 1),
              let last = PlanDate(year: plan.year + dv.yearsAfterPlan, month: 12, day: 31), first <= last else { return nil }
        return first...last
    }
}
