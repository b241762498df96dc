import Foundation
import OOXML
import Plan

/// The guidance letter sent with the forms (công văn hướng dẫn), in the layout of Nghị định
/// 30/2020/NĐ-CP, Phụ lục I: the issuer and national motto side by side, number and
/// "V/v …" summary, place and date, "Kính gửi", the body, "Nơi nhận" and the signature block.
/// Number and day stay blank ("Số: …", "ngày … tháng … năm …") for the clerk to fill.
public struct GuidanceLetter: Sendable {
    public let pipeline: PipelineDefinition

    public init(pipeline: PipelineDefinition) {
        self.pipeline = pipeline
    }

    public static let fileName = "cong-van-huong-dan.docx"

    /// The letter's paragraphs, for tests and for the officer's preview.
    public var bodyParagraphs: [String] {
        let plan = pipeline.plan
        var out = [
            "Thực hiện \(plan.title)\(plan.number.map { " (số \($0))" } ?? ""), \(pipeline.issuer.name) đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện năm \(plan.year) theo biểu mẫu gửi kèm công văn này (mỗi đơn vị một biểu mẫu riêng, mang tên và mã của đơn vị), như sau:",
            "1. Chỉ nhập vào các ô màu vàng: số, ngày của văn bản báo cáo; tiến độ thực hiện từng nhiệm vụ (chọn trong danh sách: \(statusList)); số liệu; kết quả đã thực hiện; khó khăn, vướng mắc và đề xuất, kiến nghị (mỗi ý một ô).",
            "2. Số liệu ghi bằng số nguyên, không kèm chữ; số tiền ghi bằng đồng (ví dụ 15500000, không ghi “15,5 triệu”). Nhiệm vụ không phát sinh thì chọn “Không phát sinh”; ô không có số liệu thì để trống.",
            "3. Không thêm, xóa, di chuyển dòng, cột hoặc trang tính và không đổi tên tệp; có thể mở, lưu bằng Microsoft Excel, LibreOffice hoặc WPS. Biểu mẫu của đơn vị nào chỉ dùng cho đơn vị đó.",
        ]
        var deadlines: [String] = []
        for r in pipeline.reporters {
            let who = r.units.map { ref -> String in
                switch UnitGroup(rawValue: ref) {
                case .internalUnits?: return "các phòng, đơn vị trực thuộc Sở"
                case .departments?: return "các sở, ban, ngành"
                case .communes?: return "Ủy ban nhân dân các phường, xã, đặc khu"
                case nil: return pipeline.units.unit(id: ref)?.name ?? ref
                }
            }.joined(separator: " và ")
            let to = r.reportTo.flatMap { pipeline.units.unit(id: $0)?.name } ?? pipeline.issuer.name
            deadlines.append("\(who) gửi về \(to) \(r.rule == .before ? "trước ngày" : "chậm nhất ngày") \(r.deadline.displayText)")
        }
        out.append("4. Thời hạn gửi biểu mẫu (tệp XLSX, kèm văn bản có chữ ký, đóng dấu): " + deadlines.joined(separator: "; ") + ".")
        out.append("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ \(pipeline.reporters.compactMap(\.reportTo).first.flatMap { pipeline.units.unit(id: $0)?.name } ?? pipeline.issuer.name) để được hướng dẫn.")
        out.append("Trân trọng./.")
        return out
    }

    var statusList: String {
        ((try? FormSpec.load(pipeline.directory.appendingPathComponent(FormSpec.fileName), catalogue: pipeline.catalogue))?.statuses.map { "“\($0.label)”" } ?? [])
            .joined(separator: ", ")
    }

    public func write(to url: URL) throws {
        var w = PackageWriter()
        w.add("[Content_Types].xml", string: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#)
        w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        w.add("word/_rels/document.xml.rels", string: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#)
        w.add("word/styles.xml", string: styles)
        w.add("word/document.xml", string: document)
        try w.write(to: url)
    }

    let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#

    func run(_ text: String, bold: Bool = false, italic: Bool = false, size: Int? = nil) -> String {
        var rpr = ""
        if bold { rpr += "<w:b/>" }
        if italic { rpr += "<w:i/>" }
        if let size { rpr += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
        return "<w:r>" + (rpr.isEmpty ? "" : "<w:rPr>\(rpr)</w:rPr>") + #"<w:t xml:space="preserve">\#(xmlEscape(text))</w:t></w:r>"#
    }

    func para(_ runs: String, align: String = "both", indent: Bool = false, before: Int = 0, after: Int = 0) -> String {
        "<w:p><w:pPr><w:spacing w:before=\"\(before)\" w:after=\"\(after)\" w:line=\"288\" w:lineRule=\"auto\"/>"
            + (indent ? #"<w:ind w:firstLine="720"/>"# : "") + "<w:jc w:val=\"\(align)\"/></w:pPr>\(runs)</w:p>"
    }

    /// The issuer's abbreviation for the letter's number ("…/BC-SKHCN" → "SKHCN"): a công văn
    /// is numbered "số/abbreviation", without the report's "BC-".
    var issuerCode: String {
        let last = pipeline.report.numberPattern.split(separator: "/").last.map(String.init) ?? ""
        return last.hasPrefix("BC-") ? String(last.dropFirst(3)) : last
    }

    func cell(_ width: Int, _ content: String) -> String {
        #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>\#(content)</w:tc>"#
    }

    var document: String {
        let parent = pipeline.issuer.parent.uppercased()
        let issuer = pipeline.issuer.name.uppercased()
        let summary = "V/v hướng dẫn báo cáo kết quả thực hiện Kế hoạch năm \(pipeline.plan.year) theo biểu mẫu"
        var b = ""
        // Issuer | motto (Nghị định 30: two columns, no borders).
        b += #"<w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5400"/></w:tblGrid><w:tr>"#
        b += cell(4000, para(run(parent, size: 24), align: "center") + para(run(issuer, bold: true, size: 24), align: "center")
            + para(run("Số: …/\(issuerCode)", size: 26), align: "center", before: 120)
            + para(run(summary, size: 24), align: "center", before: 60))
        b += cell(5400, para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24), align: "center")
            + para(run("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26), align: "center")
            + para(run("Thành phố Hồ Chí Minh, ngày … tháng … năm \(pipeline.plan.year)", italic: true), align: "center", before: 240))
        b += "</w:tr></w:tbl>"
        b += para(run("Kính gửi:", size: 28), align: "left", before: 360)
        var recipients: [String] = []
        for r in pipeline.reporters {
            for ref in r.units {
                switch UnitGroup(rawValue: ref) {
                case .internalUnits?: recipients.append("Các phòng, đơn vị trực thuộc Sở;")
                case .departments?: recipients.append("Các sở, ban, ngành Thành phố;")
                case .communes?: recipients.append("Ủy ban nhân dân các phường, xã, đặc khu.")
                case nil: recipients.append((pipeline.units.unit(id: ref)?.name ?? ref) + ";")
                }
            }
        }
        for r in recipients { b += #"<w:p><w:pPr><w:ind w:left="2160"/></w:pPr>\#(run("- " + r))</w:p>"# }
        for (i, p) in bodyParagraphs.enumerated() { b += para(run(p), indent: true, before: i == 0 ? 240 : 120) }
        // Nơi nhận | signature.
        b += #"<w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4700"/><w:gridCol w:w="4700"/></w:tblGrid><w:tr>"#
        var left = para(run("Nơi nhận:", bold: true, italic: true, size: 24), align: "left", before: 240)
        for r in ["- Như trên;", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT."] { left += para(run(r, size: 22), align: "left") }
        var right = ""
        if let a = pipeline.signer.authority { right += para(run(a, bold: true), align: "center", before: 240) }
        right += para(run(pipeline.signer.title, bold: true), align: "center", before: pipeline.signer.authority == nil ? 240 : 0)
        right += para("", align: "center", before: 1200) + para(run(pipeline.signer.name, bold: true), align: "center")
        b += cell(4700, left) + cell(4700, right) + "</w:tr></w:tbl>"
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"# + b
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    }
}
