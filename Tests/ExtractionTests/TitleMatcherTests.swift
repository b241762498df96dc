import Testing
@testable import Extraction

/// Paraphrased task titles, as units write them, in words other than the plan's.
@Suite struct TitleMatcherTests {
    @Test(arguments: [
        ("Cử cán bộ, công chức tham gia các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "II.3.a"),
        ("Xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan", "II.2.đ"),
        ("Khảo sát chất lượng sản phẩm, hàng hóa, cảnh báo người tiêu dùng", "II.5.b"),
        ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "II.1.b"),
        ("Góp ý dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật", "II.2.e"),
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "II.2.i"),
        ("Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", "II.4.b"),
        ("Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng", "II.3.c"),
        ("Khen thưởng, bảo vệ người tố giác vi phạm", "II.5.d"),
        ("Thực hiện các nội dung được phân quyền cho Ủy ban nhân dân cấp xã", "II.5.c"),
    ])
    func paraphrasesFindTheirTask(text: String, code: String) {
        #expect(extractor.titles.best(text, threshold: 0.35) == code, "\(extractor.titles.rankWithShared(text).prefix(3))")
    }

    /// A known limit: "Khảo sát … lưu thông trên thị trường" shares more words with II.5.a
    /// (kiểm tra … lưu thông trên thị trường) than with II.5.b (khảo sát); word overlap cannot
    /// tell that the verb decides. Such a passage goes to the task with more shared words.
    @Test func sharedWordsOutweighOneDistinctiveVerb() {
        #expect(extractor.titles.best("Khảo sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường", threshold: 0.35) == "II.5.a")
    }

    @Test func wordsEveryTaskSharesNameNone() {
        #expect(extractor.titles.best("Tiêu chuẩn, đo lường, chất lượng", threshold: 0.35) == nil)
        #expect(extractor.titles.best("Đơn vị: UBND xã Long Hòa", threshold: 0.35) == nil)
    }
}
