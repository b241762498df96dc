CODE = {"completed": 1, "in_progress": 2, "not_started": 3, "not_applicable": 4, "unknown": None}
def R(task, st, mact, name, note=None, **ind):
    row = {"task": task, "status": st, "mact": mact, "name": name, "code": CODE[st], "note": note}
    key = {}
    for k, v in ind.items():
        if k == "fines_k":
            row["fines_k"] = v; key["fines_vnd"] = v * 1000
        else:
            row[k] = v; key[k] = v
    row["ind"] = key
    return row

FILES = [
dict(fname="BM02-PKT_TanMy_2026.xlsx", hand="H2", unit_id="27487", unit_name="Phường Tân Mỹ", unit_upper="PHƯỜNG TÂN MỸ",
 old_parent="ỦY BAN NHÂN DÂN QUẬN 7", old_area="QUẬN", sheet="BM02 Q7", number="57/BC-UBND", date="2026-09-29",
 rows=[
  R("II.1.a", "completed", "TĐC-01", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "Hội nghị với hộ kinh doanh chợ Tân Mỹ",
    communications=5, training_courses=1, participants=60),
  R("II.2.d", "unknown", "TĐC-02", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ năng suất chất lượng"),
  R("II.5.c", "in_progress", "TĐC-03", "Kiểm tra đo lường, chất lượng xăng dầu, LPG, cân tại chợ (nội dung được phân quyền)", "Phối hợp Chi cục TĐC",
    inspections=3, establishments_inspected=9, violations=2, fines_k=15000),
  R("II.3.a", "completed", "TĐC-05", "Cử cán bộ tham gia tập huấn nghiệp vụ TĐC", "Lớp của Chi cục ngày 18/6", participants=2),
  R("II.2.đ", "in_progress", "TĐC-06", "Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan", "Đang cập nhật quy trình TTHC"),
  R("II.1.b", "completed", "TĐC-07", "Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", None, enterprises_supported=1),
 ],
 diffs=["Biểu mẫu báo cáo chưa được Sở ban hành mới sau sắp xếp, phường tạm dùng biểu của Phòng Kinh tế Quận 7 trước đây.",
        "Cán bộ phụ trách kiêm nhiệm, không có chuyên môn về đo lường."],
 props=["Đề nghị Sở ban hành biểu mẫu báo cáo thống nhất áp dụng cho cấp phường, xã."],
 maker="Võ Thị Kim Ngân", signer="Huỳnh Tấn Phát"),

dict(fname="BM02_PhuongBinhTan_CT38_nam2026.xlsx", hand="H2", unit_id="27442", unit_name="Phường Bình Tân", unit_upper="PHƯỜNG BÌNH TÂN",
 old_parent="ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN", old_area="QUẬN", sheet="Bieu 02 (cu)", number="142/BC-UBND", date="2026-10-15",
 rows=[
  R("II.1.a", "completed", "TĐC-01", "Tuyên truyền pháp luật về TĐC trên hệ thống thông tin cơ sở", None, communications=4),
  R("II.5.c", "in_progress", "TĐC-03", "Kiểm tra đo lường, chất lượng tại cơ sở kinh doanh xăng dầu, vàng bạc", None,
    inspections=2, establishments_inspected=11, violations=1, fines_k=4500),
  R("II.3.a", "completed", "TĐC-05", "Tập huấn nghiệp vụ cho công chức", None, participants=1),
  R("II.2.đ", "completed", "TĐC-06", "Áp dụng HTQLCL ISO 9001:2015", "Đã công bố lại 8/2026"),
  R("II.5.d", "not_applicable", "TĐC-08", "Tiếp nhận, xử lý tố giác vi phạm về TĐC", "Không có đơn thư"),
 ],
 diffs=["Chưa có kinh phí riêng cho công tác kiểm tra đo lường tại phường."],
 props=["Đề nghị Chi cục hướng dẫn cụ thể nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được phân cấp cho phường.",
        "Đề nghị trang bị cho phường 01 bộ quả cân chuẩn phục vụ kiểm tra cân tại chợ."],
 maker="Lý Hoàng Nam", signer="Đặng Văn Thành"),

dict(fname="Bieu-02_XaNhaBe_TDC_2026.xlsx", hand="H2", unit_id="27655", unit_name="Xã Nhà Bè", unit_upper="XÃ NHÀ BÈ",
 old_parent="ỦY BAN NHÂN DÂN HUYỆN NHÀ BÈ", old_area="HUYỆN", sheet="BM02 NB", number="203/BC-UBND", date="2026-10-27",
 rows=[
  R("II.1.a", "completed", "TĐC-01", "Tuyên truyền pháp luật TĐC, hội nghị phổ biến cho hộ kinh doanh", None,
    communications=7, training_courses=1, participants=48),
  R("II.2.d", "in_progress", "TĐC-02", "Hướng dẫn doanh nghiệp, hộ kinh doanh công bố hợp quy, ghi nhãn", None, enterprises_supported=3),
  R("II.5.c", "in_progress", "TĐC-03", "Kiểm tra đo lường, chất lượng xăng dầu, LPG, vật liệu xây dựng", "Có 01 cuộc liên ngành với QLTT",
    inspections=5, establishments_inspected=18, violations=4, fines_k=22500),
  R("II.3.a", "not_started", "TĐC-05", "Cử cán bộ tham gia tập huấn", "Chờ thư mời Quý IV"),
 ],
 diffs=["Nhiều cửa hàng kinh doanh LPG nhỏ lẻ trong khu dân cư, khó kiểm soát.",
        "Chưa có cán bộ chuyên trách; công chức Phòng Kinh tế kiêm nhiệm."],
 props=["Đề nghị Chi cục phối hợp xã kiểm tra chuyên đề kinh doanh LPG trong Quý IV/2026.",
        "Đề nghị Sở tổ chức tập huấn cho công chức cấp xã vào đầu năm để thuận tiện bố trí."],
 maker="Nguyễn Thị Mỹ Duyên", signer="Lê Quốc Bảo"),

dict(fname="BM02-PKT_ThuDuc (phuong Thu Duc) 2026.xlsx", hand="H2", lo=True, unit_id="26824", unit_name="Phường Thủ Đức", unit_upper="PHƯỜNG THỦ ĐỨC",
 old_parent="ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC", old_area="THÀNH PHỐ THỦ ĐỨC", sheet="BM02", number="415/BC-UBND", date="2026-11-10",
 rows=[
  R("II.1.a", "completed", "TĐC-01", "Tuyên truyền, hội nghị phổ biến pháp luật TĐC", None, communications=11, training_courses=2, participants=190),
  R("II.5.c", "completed", "TĐC-03", "Kiểm tra đo lường, chất lượng (nội dung được phân quyền)", None,
    inspections=6, establishments_inspected=27, violations=3, fines_k=18750),
  R("II.5.b", "completed", "TĐC-04", "Phối hợp khảo sát, lấy mẫu chất lượng hàng hóa", "Mẫu xăng dầu, mũ bảo hiểm", samples_tested=10),
  R("II.3.a", "completed", "TĐC-05", "Cử công chức tập huấn nghiệp vụ", None, participants=4),
  R("II.2.đ", "in_progress", "TĐC-06", "Duy trì, cải tiến HTQLCL ISO 9001:2015", None),
 ],
 diffs=["Khối lượng công việc sau sắp xếp lớn, nhân sự Phòng Kinh tế, Hạ tầng và Đô thị thiếu."],
 props=["Đề nghị Sở cập nhật biểu mẫu báo cáo mới và gửi file mẫu cho các phường."],
 maker="Trương Gia Huy", signer="Phan Thị Mai"),
]
