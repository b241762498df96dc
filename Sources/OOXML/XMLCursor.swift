import CXML2
import DocumentModel

// libxml2's xmlTextReader behind one owner: a forward-only cursor over one package part,
// pulling its bytes from a `ByteSource` (a zip entry being inflated) so no part is ever held
// whole, let alone as a DOM. Options: XML_PARSE_NONET only — never NOENT, DTDLOAD or HUGE.
// A part whose prolog declares a DOCTYPE is refused before libxml2 sees the DTD.

/// The namespaces the readers care about, Transitional and Strict folded together.
enum XMLNamespace: Sendable {
    case none, w, s, r, mc, pkgRels, contentTypes, cp, dc, dcterms, ep, other

    init(uri: String) {
        switch uri {
        case "": self = .none
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main": self = .w
        case "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
             "http://purl.oclc.org/ooxml/spreadsheetml/main": self = .s
        case "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             "http://purl.oclc.org/ooxml/officeDocument/relationships": self = .r
        case "http://schemas.openxmlformats.org/markup-compatibility/2006": self = .mc
        case "http://schemas.openxmlformats.org/package/2006/relationships": self = .pkgRels
        case "http://schemas.openxmlformats.org/package/2006/content-types": self = .contentTypes
        case "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": self = .cp
        case "http://purl.org/dc/elements/1.1/": self = .dc
        case "http://purl.org/dc/terms/": self = .dcterms
        case "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
             "http://purl.oclc.org/ooxml/officeDocument/extendedProperties": self = .ep
        default: self = .other
        }
    }
}

struct XMLAttribute {
    var ns: XMLNamespace
    var name: String
    var value: String
}

struct XMLElement {
    var ns: XMLNamespace
    var name: String
    var attributes: [XMLAttribute]
    var isEmpty: Bool

    /// The first attribute with this local name (any namespace).
    func attr(_ name: String) -> String? {
        for a in attributes where a.name == name { return a.value }
        return nil
    }
    func attr(_ name: String, ns: XMLNamespace) -> String? {
        for a in attributes where a.name == name && a.ns == ns { return a.value }
        return nil
    }
    func `is`(_ ns: XMLNamespace, _ name: String) -> Bool { self.ns == ns && self.name == name }

    /// OOXML on/off attribute (w:val absent = on; "0", "false", "off", "none" = off).
    var isOn: Bool {
        guard let v = attr("val") else { return true }
        return !(v == "0" || v == "false" || v == "off" || v == "none")
    }
}

enum XMLEvent {
    case start(XMLElement)
    case end
    case text(String)
}

/// Feeds libxml2 from a `ByteSource`, watching the prolog for a DOCTYPE.
private final class XMLInput {
    let source: ByteSource
    var refusal: ReadRefusal?
    var xmlError: String?
    private var prolog = PrologScanner()

    init(source: ByteSource) { self.source = source }

    func fill(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        if refusal != nil { return -1 }
        do {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: length))
            if n > 0, !prolog.done {
                buffer.withMemoryRebound(to: UInt8.self, capacity: n) { p in
                    prolog.feed(UnsafeBufferPointer(start: p, count: n))
                }
                if prolog.sawDoctype {
                    refusal = .make(.doctype, "the part declares a DOCTYPE; OOXML parts never do", part: source.partName)
                    return -1
                }
            }
            return Int32(n)
        } catch {
            refusal = asRefusal(error, part: source.partName)
            return -1
        }
    }
}

/// Skips the XML declaration, processing instructions, comments and whitespace before the
/// root element; notes a `<!DOCTYPE`.
struct PrologScanner {
    private enum State { case between, afterLT, inPI, piQuestion, bang, inComment }
    private var state = State.between
    private var bang: [UInt8] = []
    private var dashes = 0
    private(set) var done = false
    private(set) var sawDoctype = false
    private var seen = 0

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes {
            if done { return }
            seen += 1
            if seen > 1 << 20 { done = true; return }  // a megabyte of prolog: let libxml2 judge
            switch state {
            case .between:
                if b == UInt8(ascii: "<") { state = .afterLT }
                else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xEF || b == 0xBB || b == 0xBF { continue }
                else { done = true }  // not ASCII-compatible (UTF-16) or junk: libxml2 decides
            case .afterLT:
                if b == UInt8(ascii: "?") { state = .inPI }
                else if b == UInt8(ascii: "!") { state = .bang; bang = [] }
                else { done = true }  // the root element
            case .inPI:
                if b == UInt8(ascii: "?") { state = .piQuestion }
            case .piQuestion:
                state = b == UInt8(ascii: ">") ? .between : (b == UInt8(ascii: "?") ? .piQuestion : .inPI)
            case .bang:
                bang.append(b)
                if bang == [UInt8(ascii: "-"), UInt8(ascii: "-")] { state = .inComment; dashes = 0 }
                else if bang.count == 7 {
                    if bang == Array("DOCTYPE".utf8) { sawDoctype = true }
                    done = true
                } else if !Array("DOCTYPE".utf8).starts(with: bang) && !(bang == [UInt8(ascii: "-")]) {
                    done = true
                }
            case .inComment:
                if b == UInt8(ascii: "-") { dashes += 1 }
                else if b == UInt8(ascii: ">") && dashes >= 2 { state = .between; dashes = 0 }
                else { dashes = 0 }
            }
        }
    }
}

/// libxml2 must be initialised once before readers are used from several threads.
private let libxml2Initialised: Bool = {
    xmlInitParser()
    return true
}()

/// A forward-only cursor over one XML part.
final class XMLCursor {
    private let reader: xmlTextReaderPtr
    private let input: XMLInput
    let part: String
    private let maxDepth: Int
    /// Elements opened and not yet closed.
    private(set) var open = 0
    private var pending = false
    private var atEnd = false
    private var unconsumedStart = false
    // libxml2 interns names and namespace URIs in the reader's dictionary, so the pointers are
    // stable for the reader's lifetime and can key a cache.
    private var names: [UnsafeRawPointer: String] = [:]
    private var namespaces: [UnsafeRawPointer: XMLNamespace] = [:]

    init(source: ByteSource, maxDepth: Int) throws {
        _ = libxml2Initialised
        let input = XMLInput(source: source)
        self.input = input
        self.part = source.partName
        self.maxDepth = maxDepth
        let context = Unmanaged.passUnretained(input).toOpaque()
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let r = xmlReaderForIO(
            { ctx, buffer, len in
                guard let ctx, let buffer else { return -1 }
                return Unmanaged<XMLInput>.fromOpaque(ctx).takeUnretainedValue().fill(buffer, Int(len))
            },
            nil, context, source.partName, nil, options)
        else {
            throw ReadRefusal.make(.corrupt, "xmlReaderForIO failed", part: source.partName)
        }
        reader = r
        xmlTextReaderSetStructuredErrorHandler(r, { ctx, error in
            guard let ctx, let error else { return }
            let input = Unmanaged<XMLInput>.fromOpaque(ctx).takeUnretainedValue()
            if input.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
                input.xmlError = "line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
        }, context)
    }

    deinit { xmlFreeTextReader(reader) }

    private func failure() -> ReadRefusal {
        if let r = input.refusal { return r }
        let message = input.xmlError ?? "libxml2 could not parse the part"
        if message.contains("Excessive depth") {
            return .make(.xmlTooDeep, message, part: part)
        }
        if message.contains("DOCTYPE") || message.contains("Detected an entity reference loop") {
            return .make(.doctype, message, part: part)
        }
        return .make(.malformedXML, message, part: part)
    }

    private func name(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        let key = UnsafeRawPointer(p)
        if let s = names[key] { return s }
        let s = String(cString: p)
        names[key] = s
        return s
    }

    private func namespace(_ p: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let p else { return .none }
        let key = UnsafeRawPointer(p)
        if let n = namespaces[key] { return n }
        let n = XMLNamespace(uri: String(cString: p))
        namespaces[key] = n
        return n
    }

    /// The next start, end or text event; nil at the end of the part.
    func next() throws -> XMLEvent? {
        while true {
            if atEnd { return nil }
            if pending {
                pending = false
            } else {
                let rc = xmlTextReaderRead(reader)
                if rc == 0 {
                    if input.refusal != nil { throw failure() }
                    atEnd = true
                    return nil
                }
                if rc < 0 { throw failure() }
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let depth = Int(xmlTextReaderDepth(reader))
                if depth >= maxDepth {
                    throw ReadRefusal.make(.xmlTooDeep, "elements nested deeper than \(maxDepth)", part: part)
                }
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [XMLAttribute] = []
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                        let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                        attributes.append(XMLAttribute(
                            ns: namespace(xmlTextReaderConstNamespaceUri(reader)),
                            name: name(xmlTextReaderConstLocalName(reader)), value: value))
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                let element = XMLElement(
                    ns: namespace(xmlTextReaderConstNamespaceUri(reader)),
                    name: name(xmlTextReaderConstLocalName(reader)), attributes: attributes, isEmpty: isEmpty)
                if !isEmpty { open += 1 }
                unconsumedStart = !isEmpty
                return .start(element)
            case 15:  // end element
                open -= 1
                unconsumedStart = false
                return .end
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                unconsumedStart = false
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                return .text(value)
            case 10:  // DOCTYPE that slipped past the prolog scan
                throw ReadRefusal.make(.doctype, "the part declares a DOCTYPE; OOXML parts never do", part: part)
            default:
                continue
            }
        }
    }

    /// Skips what is left of elements opened below `level`, fast when the element just started.
    func skip(to level: Int) throws {
        if open == level + 1 && unconsumedStart {
            unconsumedStart = false
            let rc = xmlTextReaderNext(reader)
            open -= 1
            if rc == 1 { pending = true } else if rc == 0 { atEnd = true } else { throw failure() }
            return
        }
        while open > level {
            guard try next() != nil else { return }
        }
    }

    /// Walks the children of `element` (which must be the element just started): `onElement` is
    /// called for each child element and may read it or leave it (it is then skipped); text
    /// directly inside goes to `onText`.
    func children(of element: XMLElement, _ onElement: (XMLElement) throws -> Void, text onText: ((String) -> Void)? = nil) throws {
        if element.isEmpty { return }
        let level = open
        while let event = try next() {
            switch event {
            case .start(let child):
                try onElement(child)
                if open > level { try skip(to: level) }
            case .text(let t):
                onText?(t)
            case .end:
                if open < level { return }
            }
        }
    }

    /// All text below `element`, concatenated.
    func text(of element: XMLElement) throws -> String {
        var out = ""
        func walk(_ e: XMLElement) throws {
            try children(of: e, { try walk($0) }, text: { out += $0 })
        }
        try walk(element)
        return out
    }

    /// Walks the whole part: `onElement` for each top-level element (normally just the root).
    func document(_ onElement: (XMLElement) throws -> Void) throws {
        while let event = try next() {
            if case .start(let e) = event {
                try onElement(e)
                if open > 0 { try skip(to: 0) }
            }
        }
    }
}
