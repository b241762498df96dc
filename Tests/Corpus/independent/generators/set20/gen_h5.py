"""Hand 5 - 'mail-merge': the officer keeps the results in an Excel list and produces the Word report
with Mail Merge. Every task block is the same fixed template (all figure lines printed even when
blank), numbers come out raw from Excel ('7500000', no grouping), an Excel-computed ratio leaks
with full float precision, the date is merged as two fields, and one file still carries live
MERGEFIELD fields (w:fldSimple, saved with 'Preview Results' on) and a
'Error! MergeField was not found…' artefact in a Ghi chú line."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import ROOT, write_key

FIELDS = [("SoCuoc", "inspections", "Số cuộc kiểm tra"), ("SoCS", "establishments_inspected", "Số cơ sở được kiểm tra"),
          ("SoVP", "violations", "Số cơ sở vi phạm"), ("TienPhat", "fines_vnd", "Số tiền xử phạt (đồng)"),
          ("SoLop", "training_courses", "Số lớp/buổi tuyên truyền, tập huấn"), ("SoNguoi", "participants", "Số lượt người tham dự"),
          ("SoTin", "communications", "Số tin, bài"), ("SoQC", "standards_reviewed", "Số QCVN/TCVN đã góp ý")]
TD = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện",
      "not_applicable": "Không phát sinh"}
ERR = "Error! MergeField was not found in header record of data source."

UNITS = [
    dict(fname="271-BC-UBND Phu An CT38 (tron thu).docx", uid="25768", live=True,
         top=("ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ AN"), number="271/BC-UBND", place="Phú An", d=("14", "10"),
         iso="2026-10-14", to="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
         tasks=[
             ("II.5.c", "5", "c", "Phối hợp kiểm tra TĐC theo phân quyền trên địa bàn phường", "in_progress",
              {"inspections": 2, "establishments_inspected": 13, "violations": 2, "fines_vnd": 7500000}, ERR),
             ("II.1.a", "1", "a", "Tuyên truyền, tập huấn văn bản pháp luật về TĐC", "completed",
              {"training_courses": 1, "participants": 80, "communications": 5}, "Phối hợp Hội Liên hiệp Phụ nữ phường"),
             ("II.3.a", "3", "a", "Tập huấn nghiệp vụ TĐC cho công chức phường", "not_started", {},
              "Chờ lịch của Chi cục"),
         ],
         kk=["Phường mới thành lập sau sắp xếp, chưa có danh sách đầy đủ cơ sở kinh doanh thuộc diện kiểm tra.",
             "Chưa có kinh phí riêng cho công tác kiểm tra TĐC."],
         dx=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ cơ sở dữ liệu cửa hàng xăng dầu trên địa bàn phường."]),
    dict(fname="BC CT38 xa Ngai Giao - merge.docx", uid="26575", live=False,
         top=("ỦY BAN NHÂN DÂN", "XÃ NGÃI GIAO"), number="133/BC-UBND", place="Ngãi Giao", d=("22", "10"),
         iso="2026-10-22", to="Sở Khoa học và Công nghệ",
         tasks=[
             ("II.5.c", "5", "c", "Kiểm tra đo lường, chất lượng hàng hóa tại chợ Ngãi Giao và cửa hàng xăng dầu", "in_progress",
              {"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 2500000}, ""),
             ("II.1.a", "1", "a", "Tuyên truyền pháp luật TĐC trên loa truyền thanh", "in_progress",
              {"communications": 3}, ""),
         ],
         kk=["Công chức phụ trách kiêm nhiệm, thường xuyên thay đổi."],
         dx=["Đề nghị Sở tổ chức tập huấn trực tiếp tại cụm xã."]),
    dict(fname="SXD_9025_BC_CT38_2026.docx", uid="SO-XD", live=False,
         top=("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"), number="9025/BC-SXD",
         place="Thành phố Hồ Chí Minh", d=("05", "11"), iso="2026-11-05", to="Sở Khoa học và Công nghệ",
         tasks=[
             ("II.2.e", "2", "e", "Góp ý, xây dựng QCVN, TCVN lĩnh vực vật liệu xây dựng", "completed",
              {"standards_reviewed": 5}, "QCVN 16:2023/BXD sửa đổi; TCVN về xi măng, gạch không nung"),
             ("II.5.a", "5", "a", "Phối hợp kiểm tra chất lượng vật liệu xây dựng lưu thông", "in_progress",
              {"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 45000000}, "Thép, xi măng, kính xây dựng"),
         ],
         kk=["Một số sản phẩm vật liệu xây dựng mới chưa có quy chuẩn kỹ thuật quốc gia để đối chiếu khi kiểm tra."],
         dx=["Đề nghị Sở Khoa học và Công nghệ chủ trì rà soát danh mục sản phẩm vật liệu xây dựng nhóm 2 cần kiểm tra chất lượng.",
             "Đề nghị tăng cường chia sẻ kết quả thử nghiệm mẫu vật liệu xây dựng."]),
]


def fld(par, name, value):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), f" MERGEFIELD {name} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = value
    r.append(t)
    f.append(r)
    par._p.append(f)


def put(par, u, name, value, bold=False):
    value = "" if value is None else str(value)
    if u["live"]:
        fld(par, name, value)
    else:
        r = par.add_run(value); r.bold = bold


def build(u):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    s = doc.sections[0]; s.left_margin = Cm(3); s.right_margin = Cm(2)
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.text = u["top"][0]
    p = a.add_paragraph(); p.add_run(u["top"][1]).bold = True
    p = a.add_paragraph(); p.add_run("Số: " + u["number"])
    b.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = b.add_paragraph(); p.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    p = b.add_paragraph(); r = p.add_run(f"{u['place']}, ngày "); r.italic = True
    put(p, u, "Ngay", u["d"][0]); p.add_run(" tháng ").italic = True
    put(p, u, "Thang", u["d"][1]); p.add_run(" năm 2026").italic = True
    for c in (a, b):
        for q in c.paragraphs:
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("BÁO CÁO").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi: " + u["to"] + ".")
    doc.add_paragraph(f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
                      f"{u['top'][1].title().replace('Ủy Ban Nhân Dân', 'Ủy ban nhân dân')} báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:")
    ents = []
    for i, (task, g, l, name, stt, ind, note) in enumerate(u["tasks"], 1):
        p = doc.add_paragraph(); p.add_run(f"NHIỆM VỤ ").bold = True
        put(p, u, "STT", i, True); p.add_run(": ").bold = True; put(p, u, "TenNhiemVu", name, True)
        p = doc.add_paragraph("Căn cứ: Mục "); put(p, u, "Muc", g); p.add_run(", điểm "); put(p, u, "Diem", l)
        p.add_run(" Phần II Kế hoạch của Sở.")
        doc.add_paragraph("Kết quả thực hiện:")
        for fname, iid, label in FIELDS:
            p = doc.add_paragraph(f"- {label}: ", style=None)
            p.paragraph_format.left_indent = Cm(1)
            put(p, u, fname, ind.get(iid))
        if ind.get("establishments_inspected") and ind.get("violations"):
            p = doc.add_paragraph("- Tỷ lệ cơ sở vi phạm (%): "); p.paragraph_format.left_indent = Cm(1)
            put(p, u, "TyLeVP", repr(ind["violations"] / ind["establishments_inspected"] * 100))
        p = doc.add_paragraph("Đánh giá tiến độ: "); put(p, u, "TienDo", TD[stt])
        p = doc.add_paragraph("Ghi chú: "); put(p, u, "GhiChu", note)
        ents.append(dict(task=task, status=stt, ind=ind, text=name, source=f"NHIỆM VỤ {i}"))
    p = doc.add_paragraph(); p.add_run("KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for k in range(3):
        p = doc.add_paragraph("- "); put(p, u, f"KhoKhan{k + 1}", u["kk"][k] if k < len(u["kk"]) else "")
    p = doc.add_paragraph(); p.add_run("ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for k in range(3):
        p = doc.add_paragraph("- "); put(p, u, f"DeXuat{k + 1}", u["dx"][k] if k < len(u["dx"]) else "")
    doc.add_paragraph(f"Trên đây là báo cáo của {u['top'][1].title()} về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026./.")
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t.rows[0].cells[1].text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" if u["uid"].isdigit() else "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    out = os.path.join(ROOT, u["fname"])
    doc.save(out)
    write_key(u["fname"], u["uid"], u["number"], u["iso"], ents, u["kk"], u["dx"])


if __name__ == "__main__":
    for u in UNITS:
        build(u)
    print("h5 done")
