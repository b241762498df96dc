import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of where a report's difficulties and proposals stand and what an item of
// each kind says (vocabulary.yaml `items`): headings that go on past their section's words,
// labels alone on their line, a numbering column beside side-by-side headings, lines that
// are no item (causes, signers, the closing), proposals that ask without a request's word,
// and several items of one line parted by ";". The words are this file's own.

private let title: [Piece] = [.p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]
private let results: [Piece] = [.p("I. KẾT QUẢ THỰC HIỆN"),
                                .p("1. Phổ biến quy định về nhãn hàng hóa: đăng 04 tin trên trang thông tin của phường. Đã hoàn thành.")]

@Suite struct ItemMeaningTests {
    /// "Tồn tại, vướng mắc và nguyên nhân" is a heading of the difficulties; the lines that
    /// name a cause as such ("Nguyên nhân chủ quan:") are no items, the lines under them are.
    @Test func aHeadingThatGoesOnToTheCausesStillOpensTheDifficulties() {
        let s = extract(word([wardHeader] + title + results + [
            .p("II. NHẬN XÉT"),
            .p("2. Tồn tại, vướng mắc và nguyên nhân"),
            .p("Nguyên nhân chủ quan:"),
            .p("- Tổ công tác của phường mới thành lập, chưa quen nghiệp vụ ghi nhãn."),
            .p("Nguyên nhân: địa bàn rộng, giao thông ách tắc giờ cao điểm."),
            .p("III. KIẾN NGHỊ"),
            .p("- Đề nghị Sở gửi bộ câu hỏi thường gặp về ghi nhãn cho phường."),
        ]))
        #expect(s.difficulties.map(\.text) == ["Tổ công tác của phường mới thành lập, chưa quen nghiệp vụ ghi nhãn"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở gửi bộ câu hỏi thường gặp về ghi nhãn cho phường"])
    }

    /// In a sheet, a short label alone in its cell ("Vướng:", "Ban quản lý kiến nghị:") opens
    /// its section wherever its section's word stands; the lines below are its items, and the
    /// preparer's and signer's lines are none.
    @Test func aLabelAloneOnItsLineOpensItsSection() {
        let s = extract(workbook([
            ["UBND PHƯỜNG HÒA BÌNH"],
            ["Số: 41/BC-UBND", nil, "Hòa Bình, ngày 02 tháng 11 năm 2026"],
            ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Việc đã làm", "Tiến độ", "Số liệu"],
            [1, "Đăng tin về đo lường trên loa phát thanh của phường", "Đã xong", "05 tin"],
            [],
            ["Vướng:"],
            [nil, "- Quầy kinh doanh ở chợ đêm đóng mở thất thường, khó gặp chủ quầy."],
            ["Ban quản lý kiến nghị:"],
            [nil, "- Chi cục cử người hướng dẫn tổ kiểm tra của phường cách niêm phong cân."],
            [],
            [nil, "Người lập biểu", nil, "KT. CHỦ TỊCH"],
            [nil, nil, nil, "PHÓ CHỦ TỊCH"],
            [nil, "Lâm Thị Hoa", nil, "Trịnh Văn Bảo"],
        ]), fileName: "hoa-binh.xlsx")
        #expect(s.difficulties.map(\.text) == ["Quầy kinh doanh ở chợ đêm đóng mở thất thường, khó gặp chủ quầy"])
        #expect(s.proposals.map(\.text) == ["Chi cục cử người hướng dẫn tổ kiểm tra của phường cách niêm phong cân"])
    }

    /// "STT | Vướng mắc | Kiến nghị tương ứng": each row pairs a difficulty with the proposal
    /// that answers it; a dash gives none; the closing line under the table is no item.
    @Test func sideBySideHeadingsBesideANumberingColumn() {
        let s = extract(word([wardHeader] + title + results + [
            .p("II. KHÓ KHĂN VÀ KIẾN NGHỊ"),
            .table([
                ["STT", "Vướng mắc", "Kiến nghị tương ứng"],
                ["1", "Kho lưu mẫu của phường chật, không đủ chỗ giữ mẫu chờ thử nghiệm.", "Đề nghị Trung tâm nhận mẫu ngay trong ngày lấy mẫu."],
                ["2", "Nhiều biển hiệu cân điện tử ghi sai đơn vị đo.", "—"],
            ]),
            .p("Ủy ban nhân dân phường Sài Gòn kính báo cáo./."),
        ]))
        #expect(s.difficulties.map(\.text) == ["Kho lưu mẫu của phường chật, không đủ chỗ giữ mẫu chờ thử nghiệm",
                                               "Nhiều biển hiệu cân điện tử ghi sai đơn vị đo"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Trung tâm nhận mẫu ngay trong ngày lấy mẫu"])
    }

    /// Under one heading over both kinds, an item is a proposal when it asks someone for
    /// something, with or without a request's word: a body and what it should do, or what
    /// should be done; an item that states a shortage is a difficulty.
    @Test func aProposalAsksEvenWithoutARequestsWord() {
        let s = extract(word([wardHeader] + title + results + [
            .p("II. KHÓ KHĂN, ĐỀ XUẤT"),
            .p("- Tủ hồ sơ kiểm tra chưa được số hóa, tra cứu mất nhiều thời gian."),
            .p("- Chi cục bố trí một buổi giải đáp trực tuyến về công bố hợp quy cho hộ kinh doanh."),
            .p("- Cấp cho phường 02 bộ thước cuộn chuẩn để kiểm tra tại chợ vải."),
            .p("- Phường đề nghị Sở công khai danh sách cơ sở đã bị xử phạt."),
        ]))
        #expect(s.difficulties.map(\.text) == ["Tủ hồ sơ kiểm tra chưa được số hóa, tra cứu mất nhiều thời gian"])
        #expect(s.proposals.map(\.text) == ["Chi cục bố trí một buổi giải đáp trực tuyến về công bố hợp quy cho hộ kinh doanh",
                                            "Cấp cho phường 02 bộ thước cuộn chuẩn để kiểm tra tại chợ vải",
                                            "Phường đề nghị Sở công khai danh sách cơ sở đã bị xử phạt"])
    }

    /// "Hoàn thiện …" (complete, perfect something) opens with what should be done, as "Cấp …"
    /// and "Bổ sung …" do: under the proposals heading it is a proposal.
    @Test func aProposalThatOpensWithWhatShouldBeCompleted() {
        let s = extract(word([wardHeader] + title + results + [
            .p("II. ĐỀ XUẤT"),
            .p("- Hoàn thiện phần mềm theo dõi cân tại chợ để phường cập nhật dữ liệu kiểm tra."),
        ]))
        #expect(s.proposals.map(\.text) == ["Hoàn thiện phần mềm theo dõi cân tại chợ để phường cập nhật dữ liệu kiểm tra"])
    }

    /// One line holding several items parted by ";" gives each when every part says something
    /// of its kind on its own; a line whose second part only explains the first stays whole.
    @Test func itemsRunTogetherWithSemicolonsArePartedByMeaning() {
        let s = extract(word([wardHeader] + title + results + [
            .p("II. KHÓ KHĂN"),
            .p("- Máy in tem của phường đã hỏng; công chức phụ trách chưa được tập huấn về truy xuất nguồn gốc."),
            .p("- Phường chưa có phòng lưu mẫu riêng; mẫu được gửi nhờ tại trạm y tế."),
            .p("III. ĐỀ XUẤT"),
            .p("- Đề nghị Chi cục thay máy in tem cho phường; tổ chức lớp hướng dẫn truy xuất nguồn gốc trong quý I."),
        ]))
        #expect(s.difficulties.map(\.text) == ["Máy in tem của phường đã hỏng",
                                               "công chức phụ trách chưa được tập huấn về truy xuất nguồn gốc",
                                               "Phường chưa có phòng lưu mẫu riêng; mẫu được gửi nhờ tại trạm y tế"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục thay máy in tem cho phường",
                                            "tổ chức lớp hướng dẫn truy xuất nguồn gốc trong quý I"])
    }

    /// What the item words say, one by one.
    @Test func whatAnItemSays() {
        let w = extractor.vocabulary.items
        #expect(w.asks("Sở xem xét cấp thêm kinh phí in tờ gấp"))
        #expect(w.asks("Tổ chức đoàn kiểm tra liên ngành vào dịp Tết"))
        #expect(!w.asks("Tổ chức bộ máy của phường chưa ổn định"))
        #expect(!w.asks("Thời hạn đề nghị góp ý quá ngắn, khó lấy ý kiến"))
        #expect(w.statesShortage("Phường thiếu phương tiện đo"))
        #expect(!w.statesShortage("Việc kiểm tra chủ yếu do đoàn liên ngành làm"))
        #expect(w.isNoItem("PHÓ GIÁM ĐỐC"))
        #expect(w.isNoItem("Người lập biểu: Võ Thị Hạnh"))
        #expect(w.isNoItem("Trân trọng./."))
        #expect(!w.isNoItem("Thiếu cân đối chứng"))
        #expect(w.isClosing("Sở Xây dựng kính báo cáo./."))
        #expect(!w.isClosing("Chưa có biểu mẫu thống nhất để báo cáo số liệu kiểm tra"))
    }
}
