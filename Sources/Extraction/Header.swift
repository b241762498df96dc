import DocumentModel
import Plan
import VietText

/// The report's identity: who sends it, its number and its date.
enum HeaderReader {
    // MARK: Number

    /// "Số: 125/BC-UBND" at the start of a line or cell; "(Kèm theo Báo cáo số 69/BC-TĐC
    /// ngày …)". A number cited in the body ("Kế hoạch số 115/KH-SKHCN") is not the report's.
    /// Plain scanning, no shared Regex: extraction runs on several threads at once.
    static func number(in text: String) -> String? {
        // Every document number has a "/" and a digit.
        guard text.utf8.contains(0x2F), text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        for line in text.nonEmptyLines {
            var rest = line.drop(while: { $0 == " " || $0 == "(" || $0 == "\u{00A0}" })
            let lead = VietText.fold(String(rest.prefix(24)))
            // "Số", "Số báo cáo", "Số văn bản", "Số (ký) hiệu", then ":" or "." or nothing.
            for label in numberLabels where lead.hasPrefix(label) {
                let after = lead.dropFirst(label.count)
                if let f = after.first, f.isLetter { continue }
                rest = rest.dropFirst(label.count)
                if let token = numberToken(rest) { return token }
                break
            }
        }
        // "Kèm theo Báo cáo (số) 69/BC-TĐC", anywhere in the line.
        guard text.containsBytes("èm theo") || text.containsBytes("ÈM THEO") || text.containsBytes("em theo")
                || text.containsBytes("EM THEO") else { return nil }
        let folded = VietText.fold(text)
        for lead in ["kem theo bao cao so", "kem theo van ban so", "kem theo cong van so", "kem theo bao cao", "kem theo van ban", "kem theo cong van"] {
            guard let at = folded.firstByteOffset(of: lead) else { continue }
            // Folding keeps one character per character here: find the same place in the text.
            let words = folded.utf8.prefix(at + lead.utf8.count).reduce(0) { $1 == 0x20 ? $0 + 1 : $0 } + 1
            var rest = Substring(text)
            for _ in 0..<words {
                rest = rest.drop(while: { $0 == " " || $0 == "(" })
                rest = rest.drop(while: { $0 != " " })
            }
            if let token = numberToken(rest) { return token }
        }
        return nil
    }

    /// The labels of a document's number, folded, longest first: "Số báo cáo: …", "Số: …".
    static let numberLabels = ["so bao cao", "so van ban", "so ky hieu", "so hieu", "so"]

    /// A folded line that holds the document's number ("so: 125/bc-ubnd", "so 125/bc-ubnd",
    /// "so:", "so bao cao: …") — not a unit name that starts with "Sở" ("so y te").
    static func isNumberLine(_ folded: String) -> Bool {
        guard let label = numberLabels.first(where: { folded.hasPrefix($0) }) else { return false }
        let rest = folded.dropFirst(label.count).drop(while: { $0 == " " })
        guard let f = rest.first else { return true }
        return f == ":" || f == "." || f.isASCIIDigit
    }

    /// The identifier at the start of `text` after ":" or "." and spaces: digits first, a "/"
    /// in it ("125/BC-UBND", "125 /BC-UBND", "12/2026/BC-SYT").
    static func numberToken(_ text: Substring) -> String? {
        var rest = text.drop(while: { $0 == " " || $0 == ":" || $0 == "." || $0 == "\u{00A0}" })
        guard let first = rest.first, first.isASCIIDigit else { return nil }
        var token = ""
        while let c = rest.first, !(c == "," || c == ";" || c == ")" || c.isNewline) {
            if c == " " || c == "\u{00A0}" {
                // One space is allowed on either side of the first "/".
                let next = rest.dropFirst().first
                if token.last == "/" || (next == "/" && !token.utf8.contains(UInt8(ascii: "/"))) { rest = rest.dropFirst(); continue }
                break
            }
            token.append(c)
            rest = rest.dropFirst()
        }
        token = token.trimmed(".,;:")
        guard token.utf8.contains(UInt8(ascii: "/")), let last = token.last, last != "/" else { return nil }
        return VietText.nfc(token)
    }

    // MARK: Date

    /// "Phường An Khánh, ngày 28 tháng 10 năm 2026" → 2026-10-28; a blank day gives nil.
    /// Only a place-and-date line counts (text before "ngày" ends with a comma), so dates of
    /// plans and letters cited in the body are not taken for the report's date.
    static func placeDate(in text: String) -> (date: String?, complete: Bool)? {
        // "<place>, ngày …" and "<place>, 28/10/2026": a comma, then (past spaces) "n", "N" or
        // a digit. Checked on bytes first; anything non-ASCII after the comma is let through.
        guard hasCommaBeforeDateWord(text) else { return nil }
        // The place is at most 60 characters: the date starts within the first hundred.
        let folded = VietText.fold(text.utf8.count > 220 ? String(text.prefix(110)) : text)
        let match = folded.firstByteOffset(of: ", ngay").map { ($0, 6) } ?? folded.firstByteOffset(of: ",ngay").map { ($0, 5) }
        guard let (at, length) = match else {
            // "Thủ Đức, 28/10/2026": a place and a numeric date.
            let parts = folded.split(separator: ",", maxSplits: 1)
            if parts.count == 2, parts[0].count <= 40, !parts[0].contains(where: \.isNumber),
               let d = numericDate(parts[1].trimmed()) {
                return (d, true)
            }
            return nil
        }
        let head = String(decoding: Array(folded.utf8)[..<at], as: UTF8.self)
        guard head.count <= 60, !head.containsBytes("can cu"), !head.containsBytes("ke hoach so") else { return nil }
        let tail = folded.suffix(fromByte: at + length)
        // "…, ngày 28/10/2026" as well as "…, ngày 28 tháng 10 năm 2026".
        if let first = tail.split(separator: " ").first, let d = numericDate(String(first).trimmed(".,;")) { return (d, true) }
        return parseVietDate(tail)
    }

    static func hasCommaBeforeDateWord(_ text: String) -> Bool {
        let bytes = text.utf8
        var i = bytes.startIndex
        while let comma = bytes[i...].firstIndex(of: 0x2C) {
            var j = bytes.index(after: comma)
            while j < bytes.endIndex, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] >= 0x80 { j = bytes.index(after: j) }
            if j < bytes.endIndex, bytes[j] == 0x6E || bytes[j] == 0x4E || (bytes[j] >= 0x30 && bytes[j] <= 0x39) { return true }
            i = bytes.index(after: comma)
        }
        return false
    }

    /// " 28 tháng 10 năm 2026" (folded) → date.
    static func parseVietDate(_ tail: String) -> (date: String?, complete: Bool)? {
        let words = tail.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "," })
        guard let t = words.firstIndex(of: "thang"), let y = words.firstIndex(of: "nam"), t < y, y + 1 < words.count else { return nil }
        let dayWords = words[..<t]
        let monthWords = words[(t + 1)..<y]
        guard let year = Int(words[y + 1].prefix(4)), (1990...2100).contains(year) else { return nil }
        guard let month = monthWords.first.flatMap({ Int($0) }), (1...12).contains(month) else { return (nil, false) }
        guard let day = dayWords.last.flatMap({ Int($0) }), (1...31).contains(day) else { return (nil, false) }
        return (isoDate(year, month, day), true)
    }

    /// The date after "ngày" in a line such as "(Kèm theo Báo cáo số 69/BC-TĐC ngày
    /// 6/11/2026 …)" or "… ngày 06 tháng 11 năm 2026 …".
    static func dateAfterNgay(_ text: String) -> String? {
        let folded = VietText.fold(text)
        var search = 0
        while let at = folded.firstByteOffset(of: "ngay ", from: search) {
            search = at + 5
            let tail = folded.suffix(fromByte: at + 5)
            let first = tail.prefix(while: { !$0.isWhitespace && $0 != "," && $0 != ")" })
            if let d = numericDate(String(first)) { return d }
            if let d = parseVietDate(" " + tail)?.date { return d }
        }
        return nil
    }

    /// "04/11/2026", "4/11/2026", "04-11-2026", "04.11.2026".
    static func numericDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { "/-.".contains($0) })
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2].prefix(4)),
              (1...31).contains(d), (1...12).contains(m), (1990...2100).contains(y) else { return nil }
        return isoDate(y, m, d)
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)", dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}

import Foundation

extension ExtractionRun {
    /// The lines of the issuing-body block (left of the Quốc hiệu), without rules and "Số:".
    func issuerBlock() -> (lines: [String], source: String) {
        var block: [String] = []
        var source = ""
        for line in lines.prefix(8) {
            // The marks of the header block stand at the start of their cells.
            let folded = VietText.fold(line.cells.map { String($0.text.prefix(50)) }.joined(separator: " | "))
            guard folded.containsBytes("cong hoa") || folded.containsBytes("doc lap") || folded.containsBytes("so:") || !block.isEmpty || line.cells.count >= 2 else { continue }
            guard let left = line.cells.first, line.cells.count >= 2 || !block.isEmpty else { continue }
            if VietText.fold(String(left.text.prefix(12))).hasPrefix("bao cao") { break }
            for piece in left.text.nonEmptyLines {
                let t = piece.trimmed()
                let f = VietText.fold(t)
                if f.isEmpty || HeaderReader.isNumberLine(f) || t.allSatisfy({ "—-_–=*".contains($0) }) { continue }
                if f.containsBytes("cong hoa") || f.containsBytes("doc lap") { continue }
                block.append(t)
                if source.isEmpty { source = left.location.description }
            }
            if line.cells.count == 1 { break }
        }
        return (block, source)
    }

    struct HeaderResult {
        var unit: UnitRef?
        var info = DocumentInfo()
        var findings: [Finding] = []
    }

    /// Who sent the report, its number and date, from the issuing-body block, labelled cells,
    /// the place-and-date line, the body's own sentences, the signature, the properties and,
    /// last, the file name. Each source votes with a weight; a tie is a finding, not a guess.
    func header(fileName: String) -> HeaderResult {
        // The places that name the sender and their weights (vocabulary `header_vote`).
        let hv = v.headerVote
        var result = HeaderResult()
        var votes: [String: (name: String, weight: Double, source: String)] = [:]
        // The source is described only when the text names a unit.
        func vote(_ text: String, weight: Double, source: @autoclosure () -> String, lastOnly: Bool = false) {
            // The plan's issuer is named in every report ("Kế hoạch số 115/KH-SKHCN của Sở Khoa
            // học và Công nghệ") and never reports to itself: it gets no vote.
            var ms = x.units.mentions(in: text).compactMap(\.unit).filter(\.isReporter)
            if lastOnly, let last = ms.last { ms = [last] }
            var seen = Set<String>()
            for unit in ms where seen.insert(unit.id).inserted {
                let old = votes[unit.id]
                votes[unit.id] = (unit.name, (old?.weight ?? 0) + weight, old?.source ?? source())
            }
        }
        var dateLocked = false
        var annexDate: (String, String)?
        var lineInContainer = 0
        var lastContainer: Line.Container?
        for (index, line) in lines.enumerated() {
            lineInContainer = line.container == lastContainer ? lineInContainer + 1 : 0
            lastContainer = line.container
            // The header of a sheet is in its first rows; far down a long sheet there is none.
            if case .sheet = line.container, lineInContainer > 60 { continue }
            let head = index < 40
            // A row of more than three cells is data (a task table, a reporting period "Kỳ báo
            // cáo: từ ngày | … | đến ngày | …"), not the header.
            if line.cells.count > 3 { continue }
            for (ci, cell) in line.cells.enumerated() where !cell.continued {
                let text = cell.text
                // A number or date cell is read from its label's cell; a mark is nothing.
                if cell.value != nil || text.utf8.count < 2 { continue }
                // The header, the annex line and the closing are short; a long body paragraph
                // below the header names nothing this pass looks for.
                if !head {
                    // Below the header only the annex line ("Kèm theo Báo cáo số …") and the
                    // closing ("Trên đây là báo cáo của …") are read; find them without folding.
                    guard text.utf8.count <= 600,
                          text.containsBytes("èm theo") || text.containsBytes("ÈM THEO") || text.containsBytes("rên đây")
                            || text.containsBytes("RÊN ĐÂY") else { continue }
                }
                // Labels and lead-ins are at the start of a cell, "… báo cáo như sau:" at the end
                // of the opening paragraph: a long text is folded only where they can be.
                let folded = VietText.fold(text.utf8.count > 160 ? String(text.prefix(60)) + " … " + String(text.suffix(60)) : text)
                if result.info.number == nil, head || folded.containsBytes("kem theo"), let n = HeaderReader.number(in: text) {
                    result.info.number = n
                    result.info.numberSource = cell.location.description
                }
                // "Số báo cáo: | 310/BC-UBND" in two cells.
                if result.info.number == nil, head, ["so", "so:", "so bao cao", "so bao cao:", "so van ban:", "so hieu:"].contains(folded),
                   ci + 1 < line.cells.count {
                    let next = line.cells[ci + 1]
                    if next.text.utf8.contains(UInt8(ascii: "/")), next.text.first?.isNumber == true {
                        result.info.number = next.text
                        result.info.numberSource = next.location.description
                    }
                }
                if annexDate == nil, folded.containsBytes("kem theo"), let d = HeaderReader.dateAfterNgay(text) {
                    annexDate = (d, cell.location.description)
                }
                if !dateLocked, head || folded.containsBytes("kem theo") {
                    for piece in text.nonEmptyLines {
                        if let d = HeaderReader.placeDate(in: String(piece)) {
                            result.info.date = d.date
                            result.info.dateSource = cell.location.description
                            dateLocked = true
                            if d.date == nil {
                                result.findings.append(Finding(severity: .warning, code: "date-incomplete",
                                    message: "Ngày của báo cáo không ghi đủ ngày, tháng, năm (“\(String(piece).trimmed())”).",
                                    source: cell.location.description))
                            }
                            // The place names the unit for a commune ("Phường An Khánh, ngày …").
                            vote(String(piece.prefix(while: { $0 != "," })), weight: hv.placeDate, source: cell.location.description)
                            break
                        }
                    }
                }
                // A cell that is only a date: "Ngày 10/11/2026", "Ngày 10 tháng 11 năm 2026".
                if !dateLocked, head, folded.hasPrefix("ngay "), text.utf8.count <= 40,
                   let d = HeaderReader.numericDate(String(folded.dropFirst(5)).trimmed(" .,;"))
                    ?? HeaderReader.parseVietDate(String(folded.dropFirst(4)))?.date {
                    result.info.date = d
                    result.info.dateSource = cell.location.description
                    dateLocked = true
                }
                if !dateLocked, head, folded.hasPrefix("ngay bao cao") || folded == "ngay:" || folded.hasPrefix("ngay lap") {
                    let candidates = line.cells.dropFirst(ci + 1)
                    if let next = candidates.first {
                        if case .date(let d)? = next.value { result.info.date = String(d.isoText.prefix(10)) }
                        else { result.info.date = HeaderReader.numericDate(next.text) ?? HeaderReader.parseVietDate(" " + VietText.fold(next.text))?.date }
                        if result.info.date != nil { result.info.dateSource = next.location.description; dateLocked = true }
                    } else if let colon = text.firstIndex(of: ":") {
                        let rest = String(text[text.index(after: colon)...]).trimmed()
                        if let d = HeaderReader.numericDate(rest) ?? HeaderReader.parseVietDate(" " + VietText.fold(rest))?.date {
                            result.info.date = d; result.info.dateSource = cell.location.description; dateLocked = true
                        }
                    }
                }
                guard head || folded.containsBytes("kem theo") || folded.hasPrefix("tren day la") else { continue }
                if hv.skipLines.contains(where: { folded.hasPrefix($0) }) { continue }
                if case .table = line.container, folded.containsBytes("so:") || text.utf8.contains(0x0A) || ci == 0 && index < 3 {
                    // The issuing-body block: the last unit named is the issuer, the first its parent.
                    vote(String(text.nonEmptyLines.prefix { !HeaderReader.isNumberLine(VietText.fold(String($0))) }.joined(separator: "\n")),
                         weight: hv.issuerBlock, source: cell.location.description, lastOnly: true)
                } else if hv.unitLabels.contains(where: { folded.hasPrefix($0) }) {
                    vote(text, weight: hv.unitLabel, source: cell.location.description, lastOnly: true)
                } else if case .sheet = line.container, index < 4 {
                    vote(text, weight: hv.sheetTop, source: cell.location.description, lastOnly: true)
                } else if hv.reportPhrases.contains(where: { folded.containsBytes($0) }) || hv.closingPhrases.contains(where: { folded.hasPrefix($0) }) {
                    vote(text, weight: hv.reportSentence, source: cell.location.description)
                } else if index < 8, text.utf8.count <= 300, line.cells.count <= 2, text.contains(where: \.isLetter) {
                    // Other short lines near the top (a title "… của UBND phường X"); not the
                    // cells of a data table.
                    vote(text, weight: hv.nearTop, source: cell.location.description)
                }
            }
        }
        // The issuing-body block read as a whole: "VĂN PHÒNG" under "ỦY BAN NHÂN DÂN THÀNH PHỐ"
        // names the office of the city's committee, the child first, then its parent.
        if !votes.values.contains(where: { $0.weight >= hv.issuerBlock }), case let block = issuerBlock(), !block.lines.isEmpty {
            let composite = block.lines.reversed().joined(separator: " ")
            vote(composite, weight: hv.issuerBlock, source: block.source, lastOnly: false)
        }
        if let title = document.properties.title { vote(title, weight: hv.propertiesTitle, source: "docProps/core.xml") }
        vote(fileName, weight: hv.fileName, source: "tên tệp")
        // File names often carry the unit's code ("25975_BC_CT38_2026.docx", "SO-YT_BC_….docx").
        let nameTokens = Set(fileName.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map { $0.uppercased() })
        for token in nameTokens {
            guard let unit = x.unitsByUpperID[token] else { continue }
            let old = votes[unit.id]
            votes[unit.id] = (unit.name, (old?.weight ?? 0) + hv.fileName, old?.source ?? "tên tệp")
        }
        // Ties broken by the unit's id so that the same file always gives the same message.
        let ranked = votes.sorted {
            $0.value.weight != $1.value.weight ? $0.value.weight > $1.value.weight : "\($0.key)" < "\($1.key)"
        }
        if let top = ranked.first {
            let second = ranked.dropFirst().first?.value.weight ?? 0
            if top.value.weight >= hv.accept, top.value.weight >= second * hv.ratio {
                result.unit = UnitRef(id: top.key, name: top.value.name, source: top.value.source)
            } else {
                let names = ranked.prefix(3).map(\.value.name).joined(separator: ", ")
                result.findings.append(Finding(severity: .error, code: "unit-ambiguous",
                    message: "Không xác định chắc chắn đơn vị báo cáo: có thể là \(names). Đề nghị kiểm tra và chỉ định đơn vị."))
            }
        } else {
            result.findings.append(Finding(severity: .error, code: "unit-unresolved",
                message: "Không xác định được đơn vị báo cáo từ phần đầu văn bản, chữ ký, thuộc tính hay tên tệp."))
        }
        if !dateLocked, let (d, source) = annexDate {
            result.info.date = d
            result.info.dateSource = source
        }
        if result.info.date == nil, !result.findings.contains(where: { $0.code == "date-incomplete" }) {
            result.findings.append(Finding(severity: .warning, code: "date-missing", message: "Không tìm thấy ngày của báo cáo."))
        }
        return result
    }
}
