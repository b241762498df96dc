import Foundation

// Which number formats show a date or time, the way calamine decides it: built-in ids, and
// custom format codes scanned for date/time letters outside quotes, escapes and brackets.

enum NumberFormats {
    /// Built-in date/time formats: 14–22, 45–47, and the East Asian locale ids 27–36, 50–58.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id)
    }

    /// Linear in the length of `code` (a format code is an attribute of up to megabytes).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var escaped = false
        var inBracket = false
        var bracketLength = 0
        var bracketAllHMS = true
        var skipNext = false
        for ch in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if escaped { escaped = false; continue }
            if inBracket {
                if ch == "]" {
                    // [h], [hh], [mm], [ss]: elapsed time. [$-409], [Red], [>100]: not dates.
                    if bracketLength > 0, bracketAllHMS { return true }
                    inBracket = false
                } else {
                    bracketLength += 1
                    switch ch {
                    case "h", "H", "m", "M", "s", "S": break
                    default: bracketAllHMS = false
                    }
                }
                continue
            }
            if inQuotes {
                if ch == "\"" { inQuotes = false }
                continue
            }
            switch ch {
            case "\"": inQuotes = true
            case "\\": escaped = true
            case "_", "*": skipNext = true
            case "[":
                inBracket = true
                bracketLength = 0
                bracketAllHMS = true
            case ";": return false  // only the first (positive) section decides
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": return true
            case "e", "E":
                // "e" is a year in some locales, but also the exponent of "0.00E+00".
                continue
            default: continue
            }
        }
        return false
    }

    /// Built-in percentage formats: 9 ("0%") and 10 ("0.00%").
    static func isBuiltInPercent(_ id: Int) -> Bool { id == 9 || id == 10 }

    /// Whether the first (positive) section of a format code shows a percentage: a "%" outside
    /// quotes, escapes and brackets ("0%", "0.0%", "#,##0.00%"). Linear in the code's length.
    static func isPercentFormat(_ code: String) -> Bool {
        var inQuotes = false, escaped = false, inBracket = false, skipNext = false
        for ch in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if escaped { escaped = false; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            if inQuotes { if ch == "\"" { inQuotes = false }; continue }
            switch ch {
            case "\"": inQuotes = true
            case "\\": escaped = true
            case "_", "*": skipNext = true
            case "[": inBracket = true
            case ";": return false
            case "%": return true
            default: continue
            }
        }
        return false
    }

    /// The words a number format shows after the number ("#,##0\" mẫu\"", "0 \"cơ sở\"",
    /// "0\\ \"lớp\""): the quoted and escaped text of the first (positive) section, when it
    /// holds a letter; nil otherwise (plain numbers, money signs in brackets, percentages).
    /// Linear in the code's length; at most `limit` characters are kept.
    static func literalSuffix(_ code: String, limit: Int = 40) -> String? {
        var out = ""
        var inQuotes = false, escaped = false, inBracket = false, skipNext = false
        for ch in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if escaped { escaped = false; if out.unicodeScalars.count < limit { out.unicodeScalars.append(ch) }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            if inQuotes {
                if ch == "\"" { inQuotes = false } else if out.unicodeScalars.count < limit { out.unicodeScalars.append(ch) }
                continue
            }
            switch ch {
            case "\"": inQuotes = true
            case "\\": escaped = true
            case "_", "*": skipNext = true
            case "[": inBracket = true
            case ";": break
            default: continue
            }
            if ch == ";" { break }
        }
        let t = out.trimmingCharacters(in: .whitespaces)
        return t.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) ? t.precomposedStringWithCanonicalMapping : nil
    }
}
