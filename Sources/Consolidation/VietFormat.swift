import Foundation
import Plan

/// Numbers, money, dates and ratios written the way Vietnamese administrative reports write
/// them (Nghị định 30/2020/NĐ-CP practice): "1.250.000", "15,5", "03 lớp", "75%", "24/11/2026".
public enum VietFormat {
    /// Grouping with ".", decimals with "," (at most two, trailing zeros dropped).
    public static func number(_ v: Double) -> String {
        let negative = v < 0
        let a = abs(v)
        let whole = a.rounded(.towardZero)
        var frac = ((a - whole) * 100).rounded()
        var w = Int64(whole)
        if frac >= 100 { w += 1; frac = 0 }
        var digits = String(w)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if frac > 0 {
            var f = String(Int(frac))
            if f.count == 1 { f = "0" + f }
            while f.hasSuffix("0") { f.removeLast() }
            grouped += "," + f
        }
        return (negative ? "-" : "") + grouped
    }

    public static func number(_ v: Int) -> String { number(Double(v)) }

    /// "dd/mm/yyyy" from ISO "yyyy-mm-dd" (the text is returned as it is when it is not one).
    public static func date(iso: String) -> String {
        let p = iso.split(separator: "-")
        return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : iso
    }

    /// A count in running text: zero-padded below 10 ("03"), grouped above.
    public static func count(_ v: Int) -> String {
        (0..<10).contains(v) ? "0\(v)" : number(v)
    }

    /// A count of an indicator value: zero-padded when it is a whole number below 10.
    public static func count(_ v: Double) -> String {
        if v == v.rounded(), v >= 0, v < 10 { return count(Int(v)) }
        return number(v)
    }

    /// "1.250.000 đồng".
    public static func money(_ v: Double) -> String { number(v.rounded()) + " đồng" }

    /// "75%", "41,7%".
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let p = (Double(part) * 1000 / Double(whole)).rounded() / 10
        return number(p) + "%"
    }

    public static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0 else { return "0%" }
        let p = (part * 1000 / whole).rounded() / 10
        return number(p) + "%"
    }

    /// "24/11/2026".
    public static func date(_ d: PlanDate) -> String { d.displayText }

    /// A date written in a unit's words with a one-digit day or month ("12/6/2025") as the
    /// report writes every date, "12/06/2025" (REVIEW36 #11). Only whole day/month/year
    /// triples of a real calendar day are touched; numbers such as "05/2026/QĐ-UBND" are not.
    public static func paddedDates(_ s: String) -> String {
        guard s.contains("/") else { return s }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in looseDate.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            let d = Int(ns.substring(with: m.range(at: 1))) ?? 0, mo = Int(ns.substring(with: m.range(at: 2))) ?? 0
            let y = ns.substring(with: m.range(at: 3))
            guard (1...31).contains(d), (1...12).contains(mo) else { continue }
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += String(format: "%02d/%02d/", d, mo) + y
            last = m.range.location + m.range.length
        }
        guard last > 0 else { return s }
        return out + ns.substring(from: last)
    }

    static let looseDate = try! NSRegularExpression(pattern: "(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])")

    /// REVIEW45 #7: a formal reference to a document by its number and date ("Nghị định số
    /// 133/2025/NĐ-CP ngày 12/06/2025", "Công văn số 3944/SKHCN-TĐC ngày 04/10/2026") takes
    /// the long form of its date: "ngày 12 tháng 6 năm 2025". Only a real calendar day right
    /// after "số <number> ngày" is touched; deadlines ("trước ngày 15/11/2026") are not.
    public static func formalReferenceDates(_ s: String) -> String {
        guard s.contains("/"), s.contains("số") else { return s }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in formalReference.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            let r = m.range(at: 2)
            let d = Int(ns.substring(with: m.range(at: 3))) ?? 0, mo = Int(ns.substring(with: m.range(at: 4))) ?? 0
            guard let y = Int(ns.substring(with: m.range(at: 5))), let date = PlanDate(year: y, month: mo, day: d) else { continue }
            out += ns.substring(with: NSRange(location: last, length: r.location - last))
            out += longDateWithoutDay(date)
            last = r.location + r.length
        }
        guard last > 0 else { return s }
        return out + ns.substring(from: last)
    }

    static let formalReference = try! NSRegularExpression(pattern: "(số\\s+[0-9][^\\s,;()]*\\s+ngày\\s+)((\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2}))(?![\\d/])")

    /// "ngày 05 tháng 01 năm 2027": day below 10 and months 1–2 zero-padded.
    public static func longDate(_ d: PlanDate) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let month = d.month <= 2 ? "0\(d.month)" : "\(d.month)"
        return "ngày \(day) tháng \(month) năm \(d.year)"
    }

    /// A month as written in a date line: months 1–2 zero-padded ("01"), others as they are.
    public static func monthText(_ m: Int) -> String { m <= 2 ? "0\(m)" : "\(m)" }

    /// "20 tháng 01 năm 2026": a document's date after "ngày".
    public static func longDateWithoutDay(_ d: PlanDate) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        return "\(day) tháng \(monthText(d.month)) năm \(d.year)"
    }

    /// "Quý IV/2026": the quarter of a date.
    public static func quarter(_ d: PlanDate) -> String {
        "Quý " + ["I", "II", "III", "IV"][(d.month - 1) / 3] + "/\(d.year)"
    }

    /// The last day of the quarter of a date.
    public static func quarterEnd(_ d: PlanDate) -> PlanDate {
        let m = ((d.month - 1) / 3 + 1) * 3
        return PlanDate.endOfMonth(year: d.year, month: m) ?? d
    }

    /// A receipt time as a Vietnamese civil date-time (UTC+7): "16/11/2026 08:30".
    public static func dateTime(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func p(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(p(c.day))/\(p(c.month))/\(c.year ?? 0) \(p(c.hour)):\(p(c.minute))"
    }

    /// The civil date (UTC+7) of a receipt time.
    public static func civilDate(_ date: Date) -> PlanDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return PlanDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)!
    }

    /// "A, B và C"; only commas when a name holds "và" itself ("Sở Tài chính, Sở Xây dựng,
    /// Sở Nông nghiệp và Môi trường"), so no "và … và" chain.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            if items.contains(where: { $0.contains(" và ") }) { return items.joined(separator: ", ") }
            return items.dropLast().joined(separator: ", ") + " và " + items.last!
        }
    }

    /// "28,0%": one decimal always (a whole 100% stays "100%"), for ratios stated side by side.
    public static func percentOneDecimal(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let p = (Double(part) * 1000 / Double(whole)).rounded() / 10
        if p == 100 { return "100%" }
        let s = number(p)
        return (s.contains(",") ? s : s + ",0") + "%"
    }

    /// "Ba trăm bốn mươi chín triệu đồng": an amount in words, first letter capitalised.
    public static func moneyInWords(_ amount: Int) -> String {
        let words = numberInWords(amount)
        return words.prefix(1).uppercased() + words.dropFirst() + " đồng"
    }

    static func numberInWords(_ n: Int) -> String {
        if n == 0 { return "không" }
        let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
        let scales = ["", " nghìn", " triệu", " tỷ"]
        func triple(_ v: Int, full: Bool) -> String {
            let h = v / 100, t = (v / 10) % 10, u = v % 10
            var parts: [String] = []
            if h > 0 || full { parts.append(digits[h] + " trăm") }
            if t > 1 {
                parts.append(digits[t] + " mươi")
                if u == 1 { parts.append("mốt") } else if u == 5 { parts.append("lăm") } else if u > 0 { parts.append(digits[u]) }
            } else if t == 1 {
                parts.append("mười")
                if u == 5 { parts.append("lăm") } else if u > 0 { parts.append(digits[u]) }
            } else if u > 0 {
                if h > 0 || full { parts.append("lẻ") }
                parts.append(digits[u])
            }
            return parts.joined(separator: " ")
        }
        var groups: [Int] = []
        var v = n
        while v > 0 { groups.append(v % 1000); v /= 1000 }
        var out: [String] = []
        for i in stride(from: groups.count - 1, through: 0, by: -1) where groups[i] > 0 {
            let full = i < groups.count - 1
            out.append(triple(groups[i], full: full) + scales[min(i, 3)])
        }
        return out.joined(separator: " ")
    }
}
