# Hand A: Lâm Quốc Tuấn — report typed in Zalo, pasted into Word. No styles, ALL-CAPS lines,
# tasks named only by code ("Mục II.5.c", "ND 1.a", "NV 3.a", "nội dung 5.3"), several results per line.
from common import *

def zalo(fname, lines, size=12, font="Arial"):
    d = new_doc(font=font, size=size)
    for ln in lines:
        p = d.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
    d.save(os.path.join(ROOT, fname))

def build():
    # A1 Phường Dĩ An
    f = "a1-diAn-bc-ct38-zalo.docx"
    zalo(f, [
        "UBND PHƯỜNG DĨ AN",
        "Số: 214/BC-UBND",
        "Dĩ An, ngày 06/10/2026",
        "",
        "BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KH CT38 NĂM 2026 (gửi nhóm Zalo TĐC – Chi cục)",
        "Kính gửi anh chị Chi cục, phường báo cáo nhanh như sau:",
        "",
        "KẾT QUẢ THỰC HIỆN",
        "👉 ND 1.a: đăng 12 tin bài trên loa + fanpage phường; tổ chức 01 hội nghị phổ biến VBPL đo lường cho hộ KD chợ Dĩ An, 85 người dự => xong",
        "👉 Mục II.5.c: phối hợp Chi cục KT 2 đợt / 14 cơ sở (5 CHXD, 3 tiệm vàng, 6 sạp chợ), 2 cs vi phạm, phạt 7,5tr; kiểm định 46 cân tại chợ Dĩ An => đang tiếp tục thực hiện QIV",
        "👉 NV 3.a: cử 02 CC dự lớp tập huấn nghiệp vụ TĐC của Chi cục ngày 17/9/2026 => đã dự xong",
        "",
        "KHÓ KHĂN",
        "- CC phụ trách kiêm nhiệm nhiều việc, chưa nắm hết nghiệp vụ đo lường",
        "",
        "KIẾN NGHỊ",
        "- Đề nghị Chi cục gửi mẫu biên bản kiểm tra cân cho phường",
        "- Xin hỗ trợ 01 bộ quả cân chuẩn cho chợ Dĩ An",
        "",
        "Người báo cáo: Lâm Quốc Tuấn (CC VHXH) – ĐT 0908 xxx 214",
        "TM. UBND PHƯỜNG",
        "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH",
        "Nguyễn Văn Sang",
    ])
    key(f, "25942", "Phường Dĩ An", "214/BC-UBND", "2026-10-06", [
        E("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 85}, "ND 1.a: đăng 12 tin bài ... 01 hội nghị ... 85 người dự => xong"),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 2, "fines_vnd": 7500000, "instruments_verified": 46}, "Mục II.5.c: phối hợp Chi cục KT 2 đợt / 14 cơ sở ..."),
        E("II.3.a", "completed", {"participants": 2}, "NV 3.a: cử 02 CC dự lớp tập huấn"),
    ], ["CC phụ trách kiêm nhiệm nhiều việc, chưa nắm hết nghiệp vụ đo lường"],
       ["Đề nghị Chi cục gửi mẫu biên bản kiểm tra cân cho phường", "Xin hỗ trợ 01 bộ quả cân chuẩn cho chợ Dĩ An"])

    # A2 Xã Long Điền
    f = "a2-longdien-ct38-bao-cao.docx"
    zalo(f, [
        "UBND XÃ LONG ĐIỀN",
        "Số: 87/BC-UBND",
        "Long Điền, 28/10/2026",
        "V/v báo cáo kết quả KH CT38/2026 (chép lại từ tin nhắn Zalo gửi đ/c Thảo – Chi cục)",
        "",
        "I. KẾT QUẢ",
        "+ ND 1.a: đăng 6 tin, bài trên trang TTĐT xã và Zalo OA; phát thanh lồng ghép 2 buổi/tuần. Đã làm xong phần tuyên truyền năm.",
        "+ Mục II.5.c: KT liên ngành 01 đợt tại 9 cs kinh doanh xăng dầu, gas; phối hợp TT kiểm định 112 cân tại chợ Long Điền và chợ Long Hải. Chưa xong, QIV làm tiếp.",
        "+ NV 3.a: chưa cử người đi được do trùng lịch tiếp dân, chưa thực hiện.",
        "",
        "II. KHÓ KHĂN VƯỚNG MẮC",
        "- Xã mới sắp xếp, chưa có cán bộ chuyên trách TĐC, chưa có kinh phí riêng cho kiểm tra",
        "",
        "III. ĐỀ XUẤT",
        "- Đề nghị Sở bố trí lớp tập huấn bổ sung vào tháng 12 cho các xã chưa cử người",
        "",
        "Nơi nhận: Chi cục TĐC (qua Zalo + email); Lưu VP.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Thị Kim Loan",
    ])
    key(f, "26659", "Xã Long Điền", "87/BC-UBND", "2026-10-28", [
        E("II.1.a", "completed", {"communications": 6}, "ND 1.a: đăng 6 tin, bài ... Đã làm xong"),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9, "instruments_verified": 112}, "Mục II.5.c: KT liên ngành 01 đợt tại 9 cs ... Chưa xong, QIV làm tiếp."),
        E("II.3.a", "not_started", {}, "NV 3.a: chưa cử người ... chưa thực hiện."),
    ], ["Xã mới sắp xếp, chưa có cán bộ chuyên trách TĐC, chưa có kinh phí riêng cho kiểm tra"],
       ["Đề nghị Sở bố trí lớp tập huấn bổ sung vào tháng 12 cho các xã chưa cử người"])

    # A3 Phường Bình Hòa — sequential numbering "nội dung 5.3" = II.5.c
    f = "a3-binhhoa-bc-ct38.docx"
    zalo(f, [
        "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH HÒA",
        "Số: 331/BC-UBND                Bình Hòa, ngày 30/10/2026",
        "",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38 NĂM 2026 (THEO ĐỀ CƯƠNG CHI CỤC GỬI QUA ZALO)",
        "",
        "1. KẾT QUẢ TỪNG NỘI DUNG",
        "- nội dung 1.1 (tập huấn, phổ biến VBPL): 02 lớp phổ biến VBPL TĐC cho hộ KD (KP3, KP7), tổng 140 lượt người; 9 tin bài trên trang phường; xong",
        "- nội dung 3.1 (tập huấn công chức): 01 CC dự tập huấn TĐC do Chi cục tổ chức 24/9; xong",
        "- nội dung 5.3 (phối hợp kiểm tra theo phân quyền): KT 3 cuộc/21 cơ sở (xăng dầu 4, cân chợ 11, vàng 6), 3 cs vp, phạt 12,25tr; đang làm",
        "- nội dung 5.4 (khen thưởng, bảo vệ người tố giác): không phát sinh",
        "",
        "2. KHÓ KHĂN",
        "- Hộ kinh doanh nhỏ lẻ ở chợ tạm thay đổi liên tục, khó quản lý cân",
        "- Chưa có phần mềm theo dõi kết quả kiểm tra",
        "",
        "3. KIẾN NGHỊ",
        "- Đề nghị Chi cục phối hợp kiểm tra chuyên đề vàng trang sức trong Quý IV",
        "",
        "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH",
        "Võ Minh Hiếu",
        "(người soạn: Tuấn – VHXH)",
    ])
    key(f, "25987", "Phường Bình Hòa", "331/BC-UBND", "2026-10-30", [
        E("II.1.a", "completed", {"training_courses": 2, "participants": 140, "communications": 9}, "nội dung 1.1 ... 02 lớp ... 140 lượt người; 9 tin bài; xong"),
        E("II.3.a", "completed", {"participants": 1}, "nội dung 3.1 ... 01 CC dự tập huấn; xong"),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 3, "fines_vnd": 12250000}, "nội dung 5.3 ... đang làm"),
        E("II.5.d", "not_applicable", {}, "nội dung 5.4 ... không phát sinh"),
    ], ["Hộ kinh doanh nhỏ lẻ ở chợ tạm thay đổi liên tục, khó quản lý cân", "Chưa có phần mềm theo dõi kết quả kiểm tra"],
       ["Đề nghị Chi cục phối hợp kiểm tra chuyên đề vàng trang sức trong Quý IV"])

    # A4 mistaken: dengue report sent instead
    f = "a4-thuanan-bc-gui-chi-cuc.docx"
    zalo(f, [
        "UBND PHƯỜNG THUẬN AN",
        "Số: 402/BC-UBND",
        "Thuận An, ngày 14/10/2026",
        "",
        "BÁO CÁO NHANH TÌNH HÌNH PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT TUẦN 41",
        "",
        "TÌNH HÌNH DỊCH",
        "- Ghi nhận 17 ca SXH trong tuần, tăng 4 ca so với tuần trước; 2 ổ dịch tại KP Bình Hòa 2 và KP Hòa Long",
        "- Phun hóa chất 2 đợt, 1.240 hộ; diệt lăng quăng 3.600 hộ",
        "",
        "KHÓ KHĂN",
        "- Thiếu nhân lực cộng tác viên y tế khu phố",
        "",
        "KIẾN NGHỊ",
        "- Đề nghị TTYT khu vực hỗ trợ thêm hóa chất phun",
        "",
        "TM. UBND PHƯỜNG – KT. CHỦ TỊCH – PHÓ CHỦ TỊCH",
        "Huỳnh Thanh Tâm",
    ])
    key(f, "25978", "Phường Thuận An", "402/BC-UBND", "2026-10-14", [], [], [],
        status="rejected", reason="Không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: báo cáo tình hình phòng chống dịch sốt xuất huyết gửi nhầm")
