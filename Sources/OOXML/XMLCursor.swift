import CXML2
import DocumentModel

// libxml2's SAX2 push parser behind one owner: a forward-only cursor over one package part,
// fed from a `ByteSource` (a zip entry being inflated) 64 KB at a time, so no part is ever held
// whole, let alone as a DOM (SAX rather than xmlTextReader, which builds and frees a node for
// every element, attribute and text). Options: XML_PARSE_NONET only — never NOENT, DTDLOAD or HUGE.
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

    /// The local names of every attribute a reader asks for. The SAX queue keeps these and
    /// drops every other attribute as it arrives (`w:rsid*`, `w:eastAsia`, spacing, widths,
    /// margins…): copying them into the queue and then into strings of every element's list
    /// was a visible part of reading. A reader that asks for a new name adds it here; debug
    /// builds stop at `attr` when it was forgotten.
    static let readNames: Set<String> = [
        "val", "id", "ascii", "hAnsi", "cs", "type", "styleId", "default", "abstractNumId", "numId", "ilvl",
        "char", "font", "fldCharType", "author", "authorId", "s", "r", "t", "ref", "numFmtId", "formatCode", "fontId",
        "state", "space", "name", "hidden", "date1904", "b", "ContentType", "Type", "TargetMode", "Target", "PartName", "Id", "Extension",
        // Cell fills (w:shd, Excel's fills), read for statuses written as colours.
        "fill", "fillId", "indexed", "patternType", "rgb", "theme", "themeFill", "themeFillShade", "themeFillTint", "tint",
    ]

    /// The first attribute with this local name (any namespace).
    func attr(_ name: String) -> String? {
        assert(Self.readNames.contains(name), "attribute \(name) is not in XMLElement.readNames: the SAX queue drops it")
        for a in attributes where a.name == name { return a.value }
        return nil
    }
    func attr(_ name: String, ns: XMLNamespace) -> String? {
        assert(Self.readNames.contains(name), "attribute \(name) is not in XMLElement.readNames: the SAX queue drops it")
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

/// The subtrees of a part its reader never reads, told to the parser's callbacks so that they
/// drop what is inside them as it arrives instead of queueing it for the cursor to skip. The
/// element itself is still handed out, with its attributes, as an empty element: a reader sees
/// the same elements it looks at, and libxml2 still parses (and checks) every byte.
/// Word's styles part is the case: two thirds of a package's XML, of which the readers use the
/// paragraph styles and the document defaults; the table styles' conditional formats and the
/// latent styles were 70–90 % of its events.
struct UnreadSubtrees: Sendable {
    /// Elements (by local name, any namespace) whose content no reader reads.
    var names: Set<String> = []
    /// Elements whose content is read only when this attribute (the first with its local
    /// name, any namespace, as `XMLElement.attr` finds it) has one of these values.
    var unlessAttribute: [String: (name: String, values: Set<String>)] = [:]

    static let none = UnreadSubtrees()
    var isEmpty: Bool { names.isEmpty && unlessAttribute.isEmpty }
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

/// A map from pointers libxml2 interned in its dictionary (names, namespace URIs) to what they
/// mean: open addressing on the pointer's bits, no hashing of strings.
private struct PointerMap<Value> {
    private var keys = [UnsafeRawPointer?](repeating: nil, count: 64)
    private var values = [Value?](repeating: nil, count: 64)
    private var count = 0

    private func slot(_ key: UnsafeRawPointer, _ mask: Int) -> Int {
        let bits = UInt(bitPattern: key)
        return Int(truncatingIfNeeded: (bits >> 3) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
    }

    func get(_ key: UnsafeRawPointer) -> Value? {
        let mask = keys.count - 1
        var i = slot(key, mask)
        while let k = keys[i] {
            if k == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func set(_ key: UnsafeRawPointer, _ value: Value) {
        if (count + 1) * 2 > keys.count {
            let oldKeys = keys, oldValues = values
            keys = [UnsafeRawPointer?](repeating: nil, count: oldKeys.count * 2)
            values = [Value?](repeating: nil, count: oldKeys.count * 2)
            count = 0
            for (k, v) in zip(oldKeys, oldValues) { if let k, let v { set(k, v) } }
        }
        let mask = keys.count - 1
        var i = slot(key, mask)
        while let k = keys[i], k != key { i = (i + 1) & mask }
        if keys[i] == nil { count += 1 }
        keys[i] = key
        values[i] = value
    }
}

/// An event as the parser produced it: names by their interned pointers, attribute values and
/// text as bytes kept in the queue. Turned into an `XMLEvent` only when the cursor hands it
/// out, so the subtrees a reader skips cost no Swift strings.
private struct RawEvent {
    enum Kind { case start, end, text }
    var kind: Kind
    var isEmpty = false
    var name: UnsafeRawPointer?
    var ns: UnsafeRawPointer?
    /// start: index of the first attribute; text: offset of its bytes.
    var first = 0
    /// start: number of attributes; text: number of bytes.
    var count = 0
}

private struct RawAttribute {
    var name: UnsafeRawPointer?
    var ns: UnsafeRawPointer?
    var offset: Int
    var length: Int
}

/// libxml2's SAX2 push parser over one part: fed 64 KB at a time as the `ByteSource` inflates
/// them, its callbacks queue raw events for the cursor.
private final class SAXQueue {
    let source: ByteSource
    let maxDepth: Int
    private var ctxt: xmlParserCtxtPtr?
    private var handler = xmlSAXHandler()
    @exclusivity(unchecked) var events: [RawEvent] = []
    @exclusivity(unchecked) var attributes: [RawAttribute] = []
    @exclusivity(unchecked) var bytes: [UInt8] = []
    @exclusivity(unchecked) var head = 0
    /// The parser has seen the end of the part.
    @exclusivity(unchecked) var finished = false
    /// Why the part cannot be read further; thrown once the events before it are handed out.
    @exclusivity(unchecked) var failure: ReadRefusal?
    private var xmlError: String?
    /// Where the text being gathered starts in `bytes` (characters come in pieces).
    @exclusivity(unchecked) private var textStart: Int?
    /// The last event queued is a start with nothing after it: an end right after makes it empty.
    @exclusivity(unchecked) private var lastWasStart = false
    @exclusivity(unchecked) private var depth = 0
    private var prolog = PrologScanner()
    @exclusivity(unchecked) private var names = PointerMap<String>()
    @exclusivity(unchecked) private var namespaces = PointerMap<XMLNamespace>()
    @exclusivity(unchecked) private var unread = PointerMap<Bool>()
    /// What no reader of the part reads (`UnreadSubtrees`), and by interned name pointer which
    /// elements it names: 0 read, 1 never read inside, 2 read inside only with the attribute.
    private let unreadSubtrees: UnreadSubtrees
    @exclusivity(unchecked) private var subtreeVerdicts = PointerMap<UInt8>()
    /// The depth of the element whose content is being dropped; 0 when none is.
    @exclusivity(unchecked) private var droppingBelow = 0
    private let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)

    init(source: ByteSource, maxDepth: Int, unreadSubtrees: UnreadSubtrees = .none) {
        self.source = source
        self.maxDepth = maxDepth
        self.unreadSubtrees = unreadSubtrees
        handler.initialized = XML_SAX2_MAGIC
        // The parser runs only inside `feed`, a method of the queue, which holds the queue alive
        // for the whole call: the callbacks borrow it (`_withUnsafeGuaranteedRef`) rather than
        // retaining and releasing it once per element and per piece of text, which was a
        // visible part of reading.
        handler.startElementNs = { ctx, localname, _, uri, _, _, count, _, attributes in
            guard let ctx else { return }
            Unmanaged<SAXQueue>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.start(localname, uri, Int(count), attributes) }
        }
        handler.endElementNs = { ctx, _, _, _ in
            guard let ctx else { return }
            Unmanaged<SAXQueue>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.end() }
        }
        let characters: charactersSAXFunc = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            Unmanaged<SAXQueue>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.characters(UnsafeBufferPointer(start: ch, count: Int(len))) }
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.internalSubset = { ctx, _, _, _ in
            // A DOCTYPE that slipped past the prolog scan.
            guard let ctx else { return }
            let q = Unmanaged<SAXQueue>.fromOpaque(ctx).takeUnretainedValue()
            q.stop(.make(.doctype, "the part declares a DOCTYPE; OOXML parts never do", part: q.source.partName))
        }
        handler.serror = { ctx, error in
            guard let ctx, let error else { return }
            let q = Unmanaged<SAXQueue>.fromOpaque(ctx).takeUnretainedValue()
            if q.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue {
                let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
                q.xmlError = "line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
        }
    }

    deinit {
        if let ctxt { xmlFreeParserCtxt(ctxt) }
        chunk.deallocate()
    }

    private func stop(_ refusal: ReadRefusal) {
        if failure == nil { failure = refusal }
        if let ctxt { xmlStopParser(ctxt) }
    }

    private func parseFailure() -> ReadRefusal {
        let message = xmlError ?? "libxml2 could not parse the part"
        if message.contains("Excessive depth") { return .make(.xmlTooDeep, message, part: source.partName) }
        if message.contains("DOCTYPE") || message.contains("Detected an entity reference loop") {
            return .make(.doctype, message, part: source.partName)
        }
        return .make(.malformedXML, message, part: source.partName)
    }

    // MARK: Callbacks

    private func characters(_ text: UnsafeBufferPointer<xmlChar>) {
        if failure != nil || droppingBelow > 0 { return }
        if textStart == nil { textStart = bytes.count }
        bytes.append(contentsOf: text)
    }

    private func flushText() {
        guard let start = textStart else { return }
        textStart = nil
        guard bytes.count > start else { return }
        events.append(RawEvent(kind: .text, first: start, count: bytes.count - start))
        lastWasStart = false
    }

    private func start(_ localname: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
                       _ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if failure != nil { return }
        if droppingBelow == 0 { flushText() }  // no text is gathered inside a dropped subtree
        if depth >= maxDepth {
            stop(.make(.xmlTooDeep, "elements nested deeper than \(maxDepth)", part: source.partName))
            return
        }
        depth += 1
        if droppingBelow > 0 { return }
        let first = attributes.count
        if count > 0, let list {
            for i in 0..<count {
                // localname, prefix, URI, value, end of value
                let a = list + 5 * i
                guard let v = a[3], let e = a[4] else { continue }
                if let n = a[0], isUnread(UnsafeRawPointer(n)) { continue }
                let offset = bytes.count
                bytes.append(contentsOf: UnsafeBufferPointer(start: v, count: e - v))
                attributes.append(RawAttribute(name: a[0].map(UnsafeRawPointer.init), ns: a[2].map(UnsafeRawPointer.init),
                                               offset: offset, length: e - v))
            }
        }
        events.append(RawEvent(kind: .start, name: localname.map(UnsafeRawPointer.init), ns: uri.map(UnsafeRawPointer.init),
                               first: first, count: attributes.count - first))
        lastWasStart = true
        if !unreadSubtrees.isEmpty, let localname, isUnreadSubtree(UnsafeRawPointer(localname), attributes: first..<attributes.count) {
            droppingBelow = depth
        }
    }

    /// Whether the element just queued (its name, its kept attributes) is one whose content
    /// no reader reads.
    private func isUnreadSubtree(_ name: UnsafeRawPointer, attributes range: Range<Int>) -> Bool {
        let verdict: UInt8
        if let known = subtreeVerdicts.get(name) {
            verdict = known
        } else {
            let local = self.name(name)
            verdict = unreadSubtrees.names.contains(local) ? 1 : unreadSubtrees.unlessAttribute[local] != nil ? 2 : 0
            subtreeVerdicts.set(name, verdict)
        }
        switch verdict {
        case 1: return true
        case 2:
            guard let rule = unreadSubtrees.unlessAttribute[self.name(name)] else { return false }
            for a in attributes[range] where self.name(a.name) == rule.name {
                let value = bytes.withUnsafeBufferPointer { SAXQueue.attributeValue(UnsafeBufferPointer(rebasing: $0[a.offset..<(a.offset + a.length)])) }
                return !rule.values.contains(value)
            }
            return true
        default: return false
        }
    }

    /// Attributes no reader asks for (any local name outside `XMLElement.readNames`): Word's
    /// revision session ids (`w:rsidR`, `w:rsidRPr`, …) and paragraph ids (`w14:paraId`),
    /// Excel's row descent (`x14ac:dyDescent`), spacing, widths and margins. They are dropped
    /// as they arrive: a paragraph of Word carries five revision ids alone, and copying them
    /// into the queue and then into every element's attribute list was a visible part of
    /// reading. By local name, decided once per name libxml2 interned.
    private func isUnread(_ name: UnsafeRawPointer) -> Bool {
        if let known = unread.get(name) { return known }
        let verdict = !XMLElement.readNames.contains(String(cString: name.assumingMemoryBound(to: CChar.self)))
        unread.set(name, verdict)
        return verdict
    }

    private func end() {
        if failure != nil { return }
        if droppingBelow > 0 {
            if depth > droppingBelow { depth -= 1; return }
            droppingBelow = 0  // the end of the element whose content was dropped: it is empty
        }
        flushText()
        depth -= 1
        if lastWasStart, events.count > head, events[events.count - 1].kind == .start {
            // Nothing between start and end: the element is empty, as xmlTextReader says of <a/>.
            events[events.count - 1].isEmpty = true
        } else {
            events.append(RawEvent(kind: .end))
        }
        lastWasStart = false
    }

    // MARK: Events for the cursor

    private func name(_ p: UnsafeRawPointer?) -> String {
        guard let p else { return "" }
        if let s = names.get(p) { return s }
        let s = String(cString: p.assumingMemoryBound(to: CChar.self))
        names.set(p, s)
        return s
    }

    private func namespace(_ p: UnsafeRawPointer?) -> XMLNamespace {
        guard let p else { return .none }
        if let n = namespaces.get(p) { return n }
        let n = XMLNamespace(uri: String(cString: p.assumingMemoryBound(to: CChar.self)))
        namespaces.set(p, n)
        return n
    }

    func element(_ r: RawEvent) -> XMLElement {
        var list: [XMLAttribute] = []
        if r.count > 0 {
            list.reserveCapacity(r.count)
            for a in attributes[r.first..<(r.first + r.count)] {
                let value = bytes.withUnsafeBufferPointer { SAXQueue.attributeValue(UnsafeBufferPointer(rebasing: $0[a.offset..<(a.offset + a.length)])) }
                list.append(XMLAttribute(ns: namespace(a.ns), name: name(a.name), value: value))
            }
        }
        return XMLElement(ns: namespace(r.ns), name: name(r.name), attributes: list, isEmpty: r.isEmpty)
    }

    func text(_ r: RawEvent) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r.first..<(r.first + r.count)]), as: UTF8.self) }
    }

    /// Drops the events handed out, keeping the bytes and attributes of those still queued
    /// (at most one) and of the text being gathered.
    func compact() {
        guard head > 0 else { return }
        var firstByte = textStart ?? bytes.count
        var firstAttribute = attributes.count
        for r in events[head...] {
            switch r.kind {
            case .start:
                firstAttribute = min(firstAttribute, r.first)
                if r.count > 0 { firstByte = min(firstByte, attributes[r.first].offset) }
            case .text: firstByte = min(firstByte, r.first)
            case .end: break
            }
        }
        events.removeFirst(head)
        head = 0
        attributes.removeFirst(firstAttribute)
        bytes.removeFirst(firstByte)
        for i in events.indices {
            switch events[i].kind {
            case .start: events[i].first -= firstAttribute
            case .text: events[i].first -= firstByte
            case .end: break
            }
        }
        for i in attributes.indices { attributes[i].offset -= firstByte }
        if let t = textStart { textStart = t - firstByte }
    }

    /// An attribute value as libxml2's tree has it. Without entity substitution the SAX2 parser
    /// hands an ampersand (from &amp; or &#38;) over as "&#38;" for the tree builder to decode.
    static func attributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "&"), let semi = bytes[i...].firstIndex(of: UInt8(ascii: ";")), semi - i <= 10 {
                let body = Array(bytes[(i + 1)..<semi])
                var scalar: UInt32?
                if body.first == UInt8(ascii: "#") {
                    let digits = body.dropFirst()
                    if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                        scalar = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
                    } else {
                        scalar = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
                    }
                } else {
                    switch String(decoding: body, as: UTF8.self) {
                    case "amp": scalar = 0x26
                    case "lt": scalar = 0x3C
                    case "gt": scalar = 0x3E
                    case "quot": scalar = 0x22
                    case "apos": scalar = 0x27
                    default: scalar = nil
                    }
                }
                if let scalar, let u = Unicode.Scalar(scalar) {
                    out.append(contentsOf: String(Character(u)).utf8)
                    i = semi + 1
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Feeding

    /// Parses the next chunk of the part (or its end). Problems are kept in `failure`.
    func feed() {
        if finished || failure != nil { return }
        let n: Int
        do {
            n = try source.read(into: chunk)
        } catch {
            stop(asRefusal(error, part: source.partName))
            return
        }
        let base = chunk.baseAddress!.assumingMemoryBound(to: CChar.self)
        if n > 0, !prolog.done {
            prolog.feed(UnsafeBufferPointer(start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n))
            if prolog.sawDoctype {
                stop(.make(.doctype, "the part declares a DOCTYPE; OOXML parts never do", part: source.partName))
                return
            }
        }
        var rc: Int32
        if ctxt == nil {
            // The first bytes go to the context so that it detects the encoding from them.
            let first = min(n, 4)
            let context = Unmanaged.passUnretained(self).toOpaque()
            guard let c = xmlCreatePushParserCtxt(&handler, context, base, Int32(first), source.partName) else {
                failure = .make(.corrupt, "xmlCreatePushParserCtxt failed", part: source.partName)
                return
            }
            ctxt = c
            xmlCtxtUseOptions(c, Int32(XML_PARSE_NONET.rawValue))
            rc = n > first ? xmlParseChunk(c, base + first, Int32(n - first), 0) : xmlParseChunk(c, nil, 0, n == 0 ? 1 : 0)
        } else if n > 0 {
            rc = xmlParseChunk(ctxt, base, Int32(n), 0)
        } else {
            rc = xmlParseChunk(ctxt, nil, 0, 1)
        }
        if n == 0 {
            finished = true
            flushText()
        }
        if failure != nil { return }
        if rc != 0 || ctxt!.pointee.wellFormed == 0 {
            flushText()
            failure = parseFailure()
        }
    }
}

/// A forward-only cursor over one XML part.
final class XMLCursor {
    private let queue: SAXQueue
    let part: String
    /// Elements opened and not yet closed.
    @exclusivity(unchecked) private(set) var open = 0

    init(source: ByteSource, maxDepth: Int, unreadSubtrees: UnreadSubtrees = .none) throws {
        _ = libxml2Initialised
        queue = SAXQueue(source: source, maxDepth: maxDepth, unreadSubtrees: unreadSubtrees)
        part = source.partName
    }

    /// The next raw event, once the one after it is known (an element's emptiness, a text's
    /// end) or nothing more will come; nil at the end of the part.
    private func nextRaw() throws -> RawEvent? {
        let q = queue
        while true {
            if q.head + 1 < q.events.count || (q.head < q.events.count && (q.finished || q.failure != nil)) {
                let r = q.events[q.head]
                q.head += 1
                switch r.kind {
                case .start: if !r.isEmpty { open += 1 }
                case .end: open -= 1
                case .text: break
                }
                return r
            }
            if let failure = q.failure { throw failure }
            if q.finished { return nil }
            q.compact()
            q.feed()
        }
    }

    /// The next start, end or text event; nil at the end of the part.
    func next() throws -> XMLEvent? {
        guard let r = try nextRaw() else { return nil }
        switch r.kind {
        case .start: return .start(queue.element(r))
        case .end: return .end
        case .text: return .text(queue.text(r))
        }
    }

    /// Skips what is left of elements opened below `level`, without making strings of them.
    func skip(to level: Int) throws {
        while open > level {
            guard try nextRaw() != nil else { return }
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
