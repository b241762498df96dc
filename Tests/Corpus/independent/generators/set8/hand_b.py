"""Hand B - Đỗ Văn Phong (công chức Phòng Kinh tế phường/xã, tự soạn, 14pt).
Habits: figures broken down per khu phố / per tháng on manual "+ " lines, sometimes with a
"Tổng cộng" line, sometimes not; each item closes with an arrow line "=> Hoàn thành." /
"=> Đang thực hiện." / "=> Chưa thực hiện."; headings cite the plan group ("(mục II.5 Kế hoạch)");
manual dashes, no Word numbering; zero-padded counts."""
import os
from docx.shared import Pt
from common import *

ARROW = {"completed": "=> Hoàn thành.", "in_progress": "=> Đang thực hiện.",
         "not_started": "=> Chưa thực hiện.", "not_applicable": "=> Không phát sinh."}


def build(fname, unit_id, unit_name, unit_upper, number, date, place_date, items, difficulties,
          proposals, signer, off_subject=None, reason=None):
    d = new_doc(size=14)
    header_block(d, [("ỦY BAN NHÂN DÂN", True, False), (unit_upper, True, False), ("", False, False),
                     (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                  (place_date, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    if off_subject:
        para(d, off_subject, bold=True, align="c")
    else:
        para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác "
                "tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
            f"Ủy ban nhân dân {unit_name} báo cáo kết quả thực hiện như sau:" if not off_subject else
         f"Ủy ban nhân dân {unit_name} báo cáo kết quả như sau:", align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    entries = []
    for n, it in enumerate(items, 1):
        p0 = para(d, f"{n}. {it['head']}", bold=True, align="j")
        for l in it["lines"]:
            para(d, l, align="j", indent=1 if not l.startswith("+") else None)
        if it.get("status"):
            para(d, ARROW[it["status"]], italic=True, indent=1)
        if it.get("task"):
            entries.append(entry(it["task"], it["status"], it.get("ind"), " ".join(it["lines"]),
                                 f"word/document.xml paragraph {body_index(d, p0)}"))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in difficulties or ["Không."]:
        para(d, f"- {x}", align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in proposals or ["Không."]:
        para(d, f"- {x}", align="j", indent=1)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {unit_name}./.", indent=1)
    s = d.add_table(rows=1, cols=2)
    cell_text(s.cell(0, 0), "Nơi nhận:", bold=True, italic=True, size=12)
    for l in ["- Như trên;", "- TT. Đảng ủy, HĐND;", "- Lưu: VT, KT."]:
        p = s.cell(0, 0).add_paragraph(); r = p.add_run(l); r.font.size = Pt(11)
    cell_text(s.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="c")
    for _ in range(3):
        s.cell(0, 1).add_paragraph()
    p = s.cell(0, 1).add_paragraph(); r = p.add_run(signer); r.bold = True
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(ROOT, fname))
    if off_subject:
        key(fname, unit_id, unit_name, number, date, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals)


def main():
    # B1 Phường Bình Tây - totals given
    build("27367_BinhTay_BC_CT38.docx", "27367", "Phường Bình Tây", "PHƯỜNG BÌNH TÂY",
          "318/BC-UBND", "2026-10-22", "Bình Tây, ngày 22 tháng 10 năm 2026",
          [
           {"head": "Công tác tuyên truyền (mục II.1 Kế hoạch)", "task": "II.1.a", "status": "completed",
            "lines": ["Phát thanh tuyên truyền quy định về đo lường, chất lượng hàng hóa, nhãn hàng hóa trên hệ thống loa truyền thanh các khu phố:",
                      "+ Khu phố 1: 04 tin;", "+ Khu phố 2: 03 tin;", "+ Khu phố 3: 05 tin;",
                      "Tổng cộng: 12 tin.",
                      "Tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh tại chợ Bình Tây với 45 người tham dự."],
            "ind": {"communications": 12, "training_courses": 1, "participants": 45}},
           {"head": "Kiểm tra các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng (mục II.5 Kế hoạch)",
            "task": "II.5.c", "status": "in_progress",
            "lines": ["Phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra việc chấp hành quy định về đo lường trong kinh doanh tại chợ và các cửa hàng:",
                      "+ Khu phố 1: 02 cuộc, 06 cơ sở;", "+ Khu phố 3: 01 cuộc, 04 cơ sở;", "+ Khu phố 5: 02 cuộc, 05 cơ sở;",
                      "Tổng cộng: 05 cuộc, 15 cơ sở. Phát hiện 02 cơ sở vi phạm (sử dụng cân không có dấu kiểm định), xử phạt 7.500.000 đồng."],
            "ind": {"inspections": 5, "establishments_inspected": 15, "violations": 2, "fines_vnd": 7500000}},
           {"head": "Tham gia tập huấn nghiệp vụ (mục II.3 Kế hoạch)", "task": "II.3.a", "status": "completed",
            "lines": ["Cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức tháng 8/2026."],
            "ind": {"participants": 2}},
          ],
          ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
           "Phường chưa có cân đối chứng tại chợ để người dân tự kiểm tra."],
          ["Đề nghị Sở hỗ trợ trang bị 01 cân đối chứng đặt tại chợ Bình Tây.",
           "Đề nghị Chi cục TĐC tiếp tục mở lớp tập huấn cho công chức phường, xã vào đầu năm 2027."],
          "Lâm Quốc Hưng")

    # B2 Phường Tân Định - per month with total for communications, no total for inspections
    f = "BC CT38 - Phuong Tan Dinh.docx"
    build(f, "26737", "Phường Tân Định", "PHƯỜNG TÂN ĐỊNH",
          "409/BC-UBND", "2026-10-29", "Tân Định, ngày 29 tháng 10 năm 2026",
          [
           {"head": "Công tác tuyên truyền (mục II.1 Kế hoạch)", "task": "II.1.a", "status": "completed",
            "lines": ["Đăng tin, bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và nhóm Zalo của phường:",
                      "+ Tháng 7: 02 tin;", "+ Tháng 8: 03 tin;", "+ Tháng 9: 02 tin;", "Cộng: 07 tin, bài."],
            "ind": {"communications": 7}},
           {"head": "Duy trì hệ thống quản lý chất lượng (mục II.2 Kế hoạch)", "task": "II.2.đ", "status": "in_progress",
            "lines": ["Tiếp tục duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường sau sắp xếp; đang rà soát, ban hành lại các quy trình giải quyết thủ tục hành chính."]},
           {"head": "Kiểm tra theo phân quyền (mục II.5 Kế hoạch)", "task": "II.5.c", "status": "in_progress",
            "lines": ["Tổ Kiểm tra liên ngành phường đã kiểm tra về đo lường, nhãn hàng hóa tại các khu phố:",
                      "+ Khu phố 1: 01 cuộc (03 cơ sở);", "+ Khu phố 2: 02 cuộc (05 cơ sở);", "+ Khu phố 4: 01 cuộc (02 cơ sở).",
                      "Qua kiểm tra không phát hiện vi phạm, đã nhắc nhở các cơ sở niêm yết giá, ghi nhãn đúng quy định."],
            "ind": {"inspections": 4, "establishments_inspected": 10}},
          ],
          ["Chưa có hướng dẫn cụ thể về trình tự kiểm tra đo lường đối với cấp phường sau sắp xếp."],
          ["Đề nghị Sở ban hành hướng dẫn, biểu mẫu kiểm tra đo lường, chất lượng áp dụng cho cấp phường."],
          "Nguyễn Thị Thu Hà")
    derived(f, "II.5.c", "inspections", [1, 2, 1])
    derived(f, "II.5.c", "establishments_inspected", [3, 5, 2])

    # B3 Xã Long Hải - per month, market scales
    f = "LongHai-BC-CT38-2026.docx"
    build(f, "26662", "xã Long Hải", "XÃ LONG HẢI",
          "156/BC-UBND", "2026-10-15", "Long Hải, ngày 15 tháng 10 năm 2026",
          [
           {"head": "Công tác tuyên truyền (mục II.1 Kế hoạch)", "task": "II.1.a", "status": "completed",
            "lines": ["Phát 10 tin trên Đài truyền thanh xã về sử dụng cân đúng quy định, chống gian lận đo lường tại chợ, bến cá."],
            "ind": {"communications": 10}},
           {"head": "Kiểm tra đo lường tại chợ theo phân quyền (mục II.5 Kế hoạch)", "task": "II.5.c", "status": "in_progress",
            "lines": ["Kiểm tra việc sử dụng cân tại chợ Long Hải và bến cá Phước Tỉnh theo từng tháng:",
                      "+ Tháng 6: 01 cuộc, 12 hộ kinh doanh;", "+ Tháng 8: 01 cuộc, 14 hộ kinh doanh;", "+ Tháng 9: 01 cuộc, 12 hộ kinh doanh.",
                      "Tổng cộng 03 cuộc, 38 hộ kinh doanh; phát hiện 05 hộ sử dụng cân sai số vượt mức cho phép, đã nhắc nhở và yêu cầu thay cân.",
                      "Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức kiểm định miễn phí 120 cân cho tiểu thương tại chợ."],
            "ind": {"inspections": 3, "establishments_inspected": 38, "violations": 5, "instruments_verified": 120}},
           {"head": "Tham gia tập huấn (mục II.3 Kế hoạch)", "task": "II.3.a", "status": "not_started",
            "lines": ["Xã chưa cử công chức tham gia do chưa nhận được thư mời lớp tập huấn năm 2026."]},
          ],
          ["Chợ và bến cá đông hộ kinh doanh nhỏ lẻ, thay đổi thường xuyên nên khó quản lý việc sử dụng cân.",
           "Xã không có kinh phí riêng cho công tác kiểm tra đo lường."],
          ["Đề nghị Sở phối hợp tổ chức kiểm định cân miễn phí định kỳ 02 lần/năm tại xã."],
          "Huỳnh Văn Tám")

    # B4 Phường Hiệp Bình - training by khu phố without total line
    f = "Hiep Binh - bao cao CT38 (gui So KHCN).docx"
    build(f, "26809", "Phường Hiệp Bình", "PHƯỜNG HIỆP BÌNH",
          "527/BC-UBND", "2026-11-06", "Hiệp Bình, ngày 06 tháng 11 năm 2026",
          [
           {"head": "Công tác tuyên truyền, tập huấn (mục II.1 Kế hoạch)", "task": "II.1.a", "status": "completed",
            "lines": ["Phối hợp Chi cục TĐC tổ chức các buổi tập huấn về ghi nhãn hàng hóa, công bố chất lượng cho hộ kinh doanh, doanh nghiệp nhỏ tại các khu phố:",
                      "+ Khu phố 12: 01 lớp, 40 người;", "+ Khu phố 15: 01 lớp, 35 người;", "+ Khu phố 21: 01 lớp, 52 người.",
                      "Phát hành 300 tờ rơi hướng dẫn ghi nhãn hàng hóa."],
            "ind": {"training_courses": 3, "participants": 127, "communications": 300}},
           {"head": "Kiểm tra theo phân quyền (mục II.5 Kế hoạch)", "task": "II.5.c", "status": "in_progress",
            "lines": ["Thực hiện 02 cuộc kiểm tra về nhãn hàng hóa và đo lường tại 09 cơ sở kinh doanh; phát hiện 01 cơ sở vi phạm ghi nhãn, xử phạt 3.000.000 đồng."],
            "ind": {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 3000000}},
           {"head": "Khen thưởng, xử lý vi phạm (mục II.5 Kế hoạch)", "task": "II.5.d", "status": "not_applicable",
            "lines": ["Trong kỳ không có tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường."]},
          ],
          ["Nhiều hộ kinh doanh online trên địa bàn khó xác định địa điểm để kiểm tra."],
          [],
          "Phan Thanh Sơn")
    derived(f, "II.1.a", "training_courses", [1, 1, 1])
    derived(f, "II.1.a", "participants", [40, 35, 52])


if __name__ == "__main__":
    main()
