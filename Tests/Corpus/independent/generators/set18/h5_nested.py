"""Hand 5 — bảng lồng bảng: bảng ngoài 'TT | Nhiệm vụ | Kết quả | Tiến độ', trong ô Kết quả là một đoạn mô tả
và một bảng con 'Chỉ tiêu | Số lượng'; tiến độ viết tắt kiểu khẩu ngữ: Xong / Còn tiếp / Chưa / Không có."""
from common import *
from docx.shared import Pt, Cm

def render(f, path):
    d = new_doc(size=13)
    header_block(d, [("ỦY BAN NHÂN DÂN", False), (f["unit_upper"], True)], f["number"], f["place_date"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn " + f["unit_short"], bold=True, center=True)
    para(d, f["intro"])
    para(d, "1. Kết quả thực hiện các nhiệm vụ", bold=True, indent=False)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["TT", "Nhiệm vụ (theo KH của Sở)", "Kết quả", "Tiến độ"]):
        cell_text(c, h, bold=True, center=True, size=12)
        set_cell_bg(c, "D9E2F3")
    for i, e in enumerate(f["entries"], 1):
        c = t.add_row().cells
        cell_text(c[0], str(i), center=True, size=12)
        cell_text(c[1], e["title"], size=12)
        cell_text(c[2], e["desc"], size=12)
        if e.get("inner"):
            it = c[2].add_table(rows=1, cols=2)
            it.style = "Table Grid"
            cell_text(it.rows[0].cells[0], "Chỉ tiêu", bold=True, size=11)
            cell_text(it.rows[0].cells[1], "Số lượng", bold=True, size=11)
            for k, v in e["inner"]:
                rr = it.add_row().cells
                cell_text(rr[0], k, size=11); cell_text(rr[1], v, size=11)
            set_widths(it, [Cm(4.6), Cm(3.2)])
            c[2].add_paragraph("")
        cell_text(c[3], e["word"], center=True, size=12, bold=True)
    set_widths(t, [Cm(1), Cm(4.3), Cm(8.6), Cm(2.1)])
    para(d, "")
    para(d, "2. Khó khăn", bold=True, indent=False)
    for x in f["diffs"]:
        para(d, "- " + x)
    para(d, "3. Kiến nghị", bold=True, indent=False)
    for x in f["props"]:
        para(d, "- " + x)
    signature(d, ["- Như trên;", "- Chi cục TĐC TP;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], f["signer"])
    d.save(path)
