import Foundation

/// Escaping for XML the program writes (DOCX, XLSX parts; also usable for HTML text).
/// Characters XML 1.0 does not allow (C0 controls other than tab, newline and carriage
/// return; U+FFFE, U+FFFF) are dropped, so text from units can never break a part.
public enum XMLEscaping {
    /// Text content: & < > escaped (and " ' too, so the same string is safe in attributes).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x09, 0x0A, 0x0D: out.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when every character of `s` may appear in an XML 1.0 document.
    public static func isAllowed(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { v in
            let c = v.value
            return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        }
    }
}

/// Checks that bytes are a well-formed XML document (libxml2, no network, no DTD), for tests
/// of the parts the program writes. Returns nil when well-formed, the problem otherwise.
public enum XMLWellFormedness {
    public static func problem(in bytes: [UInt8], part: String) -> String? {
        do {
            let cursor = try XMLCursor(source: MemorySource(bytes, partName: part), maxDepth: 256)
            while try cursor.next() != nil {}
            return nil
        } catch {
            return "\(part): \(error)"
        }
    }

    /// Every part of a zip package by name (for tests reading back written packages).
    public static func parts(ofPackageAt url: URL) throws -> [String: [UInt8]] {
        let data = try Data(contentsOf: url)
        let archive = try ZipArchive(bytes: data, budget: InflateBudget(options: ReadOptions()))
        var out: [String: [UInt8]] = [:]
        for entry in archive.entries {
            out[entry.name] = try archive.readAll(entry.name)
        }
        return out
    }
}
