"""Hand 3 — 'phiếu nhiệm vụ': mỗi nhiệm vụ là một bảng 2 cột (nhãn | nội dung) không kẻ khung dọc,
có cán bộ phụ trách; số liệu viết kiểu 'Cuộc KT = 03; Cơ sở = 14; Tiền phạt = 3,5 triệu'; trạng thái ở dòng 'Tình trạng'."""
from common import *
from docx.shared import Pt, Cm

def render(f, path):
    d = new_doc(size=13)
    header_block(d, [("ỦY BAN NHÂN DÂN", False), (f["unit_upper"], True)], f["number"], f["place_date"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Tình hình thực hiện các nhiệm vụ năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ", bold=True, center=True)
    para(d, f["intro"])
    para(d, "I. PHIẾU THEO DÕI TỪNG NHIỆM VỤ", bold=True, indent=False)
    for i, e in enumerate(f["entries"], 1):
        para(d, f"Phiếu số {i:02d}", bold=True, italic=True, indent=False)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Nhiệm vụ", e["title"]), ("Phụ trách", e["who"]), ("Việc đã làm", e["desc"]),
                ("Số liệu", e.get("figs") or "—"), ("Tình trạng", e["word"]), ("Ghi chú", e.get("note", ""))]
        for k, v in rows:
            c = t.add_row().cells
            c[0].width, c[1].width = Cm(3.5), Cm(12.5)
            cell_text(c[0], k, bold=True, size=12)
            cell_text(c[1], v, size=12, bold=(k == "Tình trạng"))
        set_widths(t, [Cm(3.2), Cm(12.8)])
        para(d, "")
    para(d, "II. KHÓ KHĂN", bold=True, indent=False)
    for i, x in enumerate(f["diffs"], 1):
        para(d, f"{i}) {x}")
    para(d, "III. ĐỀ XUẤT", bold=True, indent=False)
    for i, x in enumerate(f["props"], 1):
        para(d, f"{i}) {x}")
    para(d, f["closing"])
    signature(d, ["- Sở KHCN (Chi cục TĐC);", "- TT. Đảng ủy, HĐND;", "- Lưu: VT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], f["signer"])
    d.save(path)
