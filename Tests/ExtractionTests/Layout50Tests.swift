import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 50: layouts of the held-out sets 246–250, opened this round. Units and figures here
// are this file's own.

@Suite struct Layout50Tests {
    /// A commune's own few parts, each a field's bare name in capitals after a roman numeral
    /// ("I. ĐO LƯỜNG", "III. TUYÊN TRUYỀN", "IV. VIỆC KHÁC"), each gathering several tasks: every
    /// item under them is its own task. Before, "TUYÊN TRUYỀN" and "VIỆC KHÁC" read as parts on
    /// another subject (no words of the plan's subject) and their items were not read at all.
    @Test func aCommunesFieldPartsEachHoldSeveralTasks() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW)"),
            .p("I. ĐO LƯỜNG"),
            .p("- Phối hợp Chi cục kiểm tra đo lường tại 09 cơ sở kinh doanh xăng dầu trong 02 đợt, không phát hiện vi phạm. Đã hoàn thành."),
            .p("II. CHẤT LƯỢNG SẢN PHẨM"),
            .p("- Phối hợp lấy 06 mẫu nước mắm của các hộ sản xuất để khảo sát chất lượng. Đã hoàn thành."),
            .p("III. TUYÊN TRUYỀN"),
            .p("- Đăng 21 tin, bài trên trang thông tin điện tử và hệ thống truyền thanh phường. Đã hoàn thành."),
            .p("IV. VIỆC KHÁC"),
            .p("- Cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở tổ chức. Đã hoàn thành."),
            .p("- Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường; đang rà soát quy trình."),
            .p("V. KHÓ KHĂN, ĐỀ XUẤT"),
            .p("- Đề nghị Sở hỗ trợ kinh phí in tài liệu tuyên truyền."),
        ]))
        #expect(Set(s.entries.map(\.task)) == ["II.5.c", "II.5.b", "II.1.a", "II.3.a", "II.2.đ"])
        #expect(s.value("II.1.a", "communications") == 21)
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "1. Tuyên truyền:" in ordinary case over a ward's items is the one task it heads, and a
    /// status line under its item stays that item's.
    @Test func aBareFieldNameInOrdinaryCaseHeadsItsTask() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026"),
            .p("1. Tuyên truyền:"),
            .p("* Đã phát thanh 12 tin trên loa phường về đo lường, chất lượng."),
            .p("* Tình hình: đã xong."),
        ]))
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 12)
    }

    /// A Zalo "báo cáo nhanh" pasted into Word: "📌" items, each with its superior's threaded
    /// reply "↪ a.Tuấn PCT: ok xong" as the only status; "📌 Vướng: …" and "📌 Xin ý kiến: …"
    /// are the report's items, and a reply to a request is no task's status.
    @Test func aChatsRepliesStateItsItemsStatuses() {
        let s = extract(word([
            .p("UBND PHƯỜNG SÀI GÒN"),
            .p("Số: 301/BC-KTHTĐT"),
            .p("Sài Gòn, ngày 11/11/2026"),
            .p("BÁO CÁO NHANH"),
            .p("kết quả thực hiện KH CT38 về tiêu chuẩn, đo lường, chất lượng năm 2026"),
            .p("[08:23, 11/11/2026] Võ Thành Danh:"),
            .p("📌 KT cân tại chợ Bến Thành: 2 đợt/ 22 hộ kd – 1 vi phạm, phạt 2,5 triệu"),
            .p("↪ a.Tuấn PCT: ok xong"),
            .p("📌 Tuyên truyền trên loa + pano: 20 tin, bài"),
            .p("↪ a.Tuấn PCT: còn làm tiếp tới cuối năm"),
            .p("📌 Khen thưởng người tố giác vi phạm TĐC"),
            .p("↪ a.Tuấn PCT: ko phát sinh"),
            .p("📌 Vướng: thiếu kinh phí in tờ rơi"),
            .p("📌 Xin ý kiến: đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ"),
            .p("↪ a.Tuấn PCT: ok đưa vào bc"),
        ]))
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(s.difficulties.map(\.text) == ["thiếu kinh phí in tờ rơi"])
        #expect(s.proposals.map(\.text) == ["đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ"])
    }

    /// A division's "phiếu báo cáo nhanh" in its writer's shorthand, explained once in a list
    /// of abbreviations after the signature: read in full words, the list itself not read as
    /// items, the difficulties quoted as written. Before, the form was refused as being on
    /// another subject.
    @Test func aShorthandFormIsReadThroughItsGlossary() {
        let s = extract(word([
            .table([["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nPHÒNG NĂNG SUẤT CHẤT LƯỢNG\nSố: 19/BC-NSCL",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTP.HCM, ngày 20 tháng 10 năm 2026"]]),
            .p("PHIẾU BÁO CÁO NHANH"),
            .p("1. CT 1322 / KH 36"),
            .p("31 DN áp dụng công cụ NS (5S, Kaizen)"),
            .p("→ ĐTK"),
            .p("2. Khóa chuyên sâu NS, mạng lưới TVV"),
            .p("03 khóa / 87 HV"),
            .p("→ HT"),
            .p("Vướng:"),
            .p("DN ngại chi phí đối ứng khi áp dụng công cụ NS."),
            .p("TRƯỞNG PHÒNG"),
            .p("Viết tắt dùng trong phiếu:"),
            .p("CT – Chương trình"),
            .p("NS – năng suất"),
            .p("DN – doanh nghiệp"),
            .p("TVV – tư vấn viên"),
            .p("HV – học viên"),
            .p("HT – hoàn thành"),
            .p("ĐTK – đang triển khai"),
        ]))
        #expect(s.status == .extracted)
        #expect(s.entry("II.2.a")?.status == .inProgress)
        #expect(s.value("II.2.a", "enterprises_supported") == 31)
        #expect(s.entry("II.3.b")?.status == .completed)
        #expect(s.value("II.3.b", "participants") == 87)
        #expect(s.difficulties.map { $0.text.trimmed(" .") } == ["DN ngại chi phí đối ứng khi áp dụng công cụ NS"])
        #expect(s.proposals.isEmpty)
    }

    /// The list's pairs, one or several to a line ("KP – kinh phí  tr – triệu đồng"), and only
    /// after a heading that names the list; an abbreviation is replaced as a whole word only.
    @Test func aGlossarysPairs() {
        let g = AbbreviationGlossary(headings: ["viet tat"], marks: ["–", "-", "=", ":"], abbreviationLetters: 8, leastPairs: 2, headingWords: 8)
        #expect(g.pairs(in: "KP – kinh phí tr – triệu đồng").map { $0.map { "\($0.0)=\($0.1)" } } == ["KP=kinh phí", "tr=triệu đồng"])
        #expect(g.pairs(in: "HT = hoàn thành; ĐTK = đang triển khai").map { $0.map { "\($0.0)=\($0.1)" } } == ["HT=hoàn thành", "ĐTK=đang triển khai"])
        #expect(g.pairs(in: "Phường đã kiểm tra – xong") == nil)
        #expect(AbbreviationGlossary.replaced("87 HV, HVCH", ["HV"], ["HV": "học viên"]) == "87 học viên, HVCH")
        var d = word([.p("03 khóa / 87 HV"), .p("Ghi chú: HV – học viên")])
        let before = d
        g.expand(&d)
        #expect(d == before)
    }

    /// "Thông tin, tuyên truyền 16 tin, bài về Chỉ thị 38 …": a clause that reports its figures
    /// before it names the directive is work, not the report's preamble ("P. Bình Tây bc CT38:
    /// …" names it first).
    @Test func workAboutTheDirectiveIsWork() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("- Thông tin, tuyên truyền 16 tin, bài về Chỉ thị 38 và pháp luật đo lường trên Đài truyền thanh phường. Đã hoàn thành."),
        ]))
        #expect(s.value("II.1.a", "communications") == 16)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// "kỳ này 01 cuộc; lũy kế từ đầu năm 05 cuộc": the number after "kỳ" or "đầu năm" is a
    /// count, and the running total is the figure. Before, "kỳ 01" and "năm 05" read as a
    /// period's number and both figures vanished with no finding.
    @Test func thisPeriodAndTheRunningTotal() {
        let s = extract(word([
            wardHeader,
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
            .p("1. Kiểm tra đo lường, chất lượng tại chợ (nội dung phân cấp cho phường)"),
            .p("- Phường kiểm tra trong kỳ 01 cuộc, lũy kế từ đầu năm 05 cuộc."),
            .p("- Số cơ sở được kiểm tra: kỳ này 08; lũy kế từ đầu năm 41."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 5)
        // What is not read as a figure is quoted to a person, the running total with it.
        #expect(s.value("II.5.c", "establishments_inspected") == 41 || s.findings.contains { $0.message.contains("41") })
    }

    /// "trong kỳ 15 mẫu được lấy (lũy kế từ đầu năm 42 mẫu)": a parenthesis opening with a total
    /// word gives the running total, not a part of the figure before it. Before, "15" stood as
    /// the figure and "42" was quoted as unread.
    @Test func aRunningTotalInBrackets() {
        let s = extract(word([
            .table([["SỞ Y TẾ\nSố: 602/BC-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Lấy mẫu mỹ phẩm để khảo sát chất lượng"),
            .p("Phối hợp Trung tâm Kiểm nghiệm thực hiện, kết quả: trong kỳ 15 mẫu được lấy, gửi kiểm nghiệm (lũy kế từ đầu năm 42 mẫu); nội dung đang thực hiện."),
        ]))
        #expect(s.value("II.5.b", "samples_tested") == 42)
        #expect(s.entry("II.5.b")?.status == .inProgress)
    }

    /// A biểu's Roman task rows ending with their progress in brackets, a share of the work
    /// beside the words ("I | Tuyên truyền … (Hoàn thành 100%)", "II | … (Đang triển khai
    /// ~70%)"): the status of the row's task. Before, the number made the bracket no status.
    @Test func aTaskRowEndingWithItsProgressInBrackets() {
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 144/BC-UBND", nil, nil, "Sài Gòn, ngày 05 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung thực hiện", "Số lượng", "ĐVT", "Ghi chú"],
            ["I", "Tuyên truyền quy định về đo lường, chất lượng (Hoàn thành 100%)"],
            [nil, "- Tin, bài trên trang thông tin điện tử phường", 11, "tin/bài"],
            ["II", "Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu (Đang triển khai ~70%)"],
            [nil, "- Số cuộc kiểm tra", 5, "cuộc"],
            [nil, "- Số cơ sở được kiểm tra", 33, "cơ sở"],
        ]), fileName: "bieu.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 5)
    }

    /// A weekly log sent as an attachment dates itself beside its number: "Cập nhật đến Tuần 46
    /// – gửi kèm ngày 14/11/2026" (`document_date.labels`).
    @Test func aWeeklyLogSentAsAnAttachmentIsDatedSo() {
        let s = extract(workbook([
            ["UBND PHƯỜNG SÀI GÒN", "SỔ THEO DÕI CÔNG VIỆC TĐC THEO TUẦN NĂM 2026 (CT38)"],
            ["Số: 402/BC-UBND", "Cập nhật đến Tuần 46 – gửi kèm ngày 14/11/2026"],
            ["Tuần", "Từ ngày", "Đến ngày", "Việc", "Số lượng"],
            ["Tuần 5", "26/01", "01/02", "Tuyên truyền trên loa phường", "2 tin"],
        ]), fileName: "theo-tuan.xlsx")
        #expect(s.document.date == "2026-11-14")
    }

    /// A department's register of case files, one per request of the Chi cục ("Mã hồ sơ | Văn
    /// bản đề nghị | Việc phối hợp | … | Kết quả | Tình trạng hồ sơ"): each row is the work it
    /// did, its state the status, decoded by the register's own "Quy ước" legend; "(gửi kèm
    /// để báo cáo Chi cục TĐC)" names the recipient, not the sender.
    @Test func aRegisterOfCaseFiles() {
        let s = extract(workbook([
            ["SỞ CÔNG THƯƠNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 2418/SCT-QLTM", nil, nil, "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026"],
            ["SỔ THEO DÕI HỒ SƠ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (gửi kèm để báo cáo Chi cục TĐC)"],
            ["Mã hồ sơ", "Văn bản đề nghị / căn cứ", "Việc phối hợp", "Thời gian", "Kết quả", "Tình trạng hồ sơ"],
            ["HS-38/01", "CV 145/CCTĐC", "Phối hợp đoàn kiểm tra chất lượng xăng dầu lưu thông trên thị trường", "Tháng 4", "04 đoàn; 27 cửa hàng; 03 cửa hàng vi phạm", "Đã đóng HS"],
            ["HS-38/02", "CV 302/SKHCN", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", "Tháng 6", "Đã có ý kiến đối với 02 dự thảo QCVN", "Đang mở"],
            ["HS-38/03", "—", "Bảo vệ, khen thưởng người tố giác vi phạm TĐC", "—", "Không có trường hợp", "Không lập HS"],
            [],
            ["Quy ước ghi \"Tình trạng hồ sơ\""],
            ["Đã đóng HS", "việc đã làm xong"],
            ["Đang mở", "việc đang làm"],
            ["Không lập HS", "không phát sinh việc"],
        ], name: "So theo doi"), fileName: "so-theo-doi.xlsx")
        #expect(s.unit?.id == "SO-CT")
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.2.e", "standards_reviewed") == 2)
        #expect(s.entry("II.2.e")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }
}
