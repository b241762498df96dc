"""Hand 2 - 'one-page dense table': a phòng's clerk squeezes the whole report onto one A4 page:
10 pt, narrow margins, one table (TT | Việc | Kết quả | TĐ); all shorthand is defined in real
Word footnotes (word/footnotes.xml), referenced from the table header; difficulties and proposals
are the last two rows 'KK' / 'KN' with items separated by ';'."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import ROOT, write_key, patch_zip

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def fnref(par, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    f = OxmlElement("w:footnoteReference")
    f.set(qn("w:id"), str(fid))
    r.append(f)
    par._p.append(r)


def footnotes_xml(notes):
    body = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in notes:
        body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                 f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{body}</w:footnotes>'


def add_footnotes(path, notes):
    patch_zip(path, {
        "word/footnotes.xml": footnotes_xml(notes),
        "word/_rels/document.xml.rels": lambda s: s.replace(
            "</Relationships>",
            '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'),
        "[Content_Types].xml": lambda s: s.replace(
            "</Types>",
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'),
    })


ABBR2 = ("Cột TĐ (tiến độ): HT – đã hoàn thành; TTH – đang tiếp tục thực hiện; CTK – chưa triển khai; "
        "KPS – không phát sinh.")
ABBR = ("Chữ viết tắt: ĐKT – đoàn kiểm tra; CS – cơ sở; VP – cơ sở vi phạm; XP – tiền xử phạt VPHC; "
        "LTH – lớp tập huấn; HN – hội nghị; Ng – lượt người tham dự; TB – tin, bài; KP – kinh phí; "
        "TĐC – tiêu chuẩn, đo lường, chất lượng; CC – Chi cục TĐC.")
CODE = {"completed": "HT", "in_progress": "TTH", "not_started": "CTK", "not_applicable": "KPS"}


UNITS = [
    dict(fname="BC 1 trang CT38 - P.KTPC.docx", uid="SKHCN-KTPC",
         parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer="PHÒNG KIỂM TRA – PHÁP CHẾ",
         number="96/BC-KTPC", place="Thành phố Hồ Chí Minh", date=("29", "10"), iso="2026-10-29",
         to="Chi cục Tiêu chuẩn Đo lường Chất lượng",
         rows=[
             ("II.5.a", "Phối hợp CC kiểm tra hàng hóa lưu thông (xăng dầu, đồ chơi TE)",
              "ĐKT: 03; CS: 22; VP: 04; XP: 41.000.000đ", "in_progress",
              {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 41000000}),
             ("II.5.c", "Hướng dẫn phường, xã nội dung phân quyền QLNN về TĐC",
              "LTH: 01 (85 Ng – công chức phường, xã); giải đáp 17 văn bản hỏi", "in_progress",
              {"training_courses": 1, "participants": 85}),
             ("II.2.c", "Góp ý dự thảo Luật sửa đổi Luật Chất lượng SP, HH; Luật TC&QCKT",
              "Có ý kiến bằng văn bản gửi CC (02 văn bản)", "completed", {}),
             ("II.4.b", "Đề xuất danh mục phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)",
              "Đã rà soát, gửi CC tổng hợp; chờ phân bổ KP", "in_progress", {}),
             ("II.5.d", "Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực",
              "Không nhận đơn tố giác", "not_applicable", {}),
         ],
         kk=["Nhân sự phòng ít (04 người) phải phối hợp nhiều đoàn cùng lúc",
             "Các phường, xã mới sắp xếp chưa có đầu mối TĐC ổn định"],
         kn=["CC gửi lịch kiểm tra Quý I/2027 trước 15/12/2026 để bố trí người",
             "Sở tổ chức tập huấn xử phạt VPHC lĩnh vực TĐC cho công chức phường, xã"]),
    dict(fname="VP So - bao cao CT38 nam 2026 (1 trang).docx", uid="SKHCN-VP",
         parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer="VĂN PHÒNG SỞ",
         number="418/BC-VP", place="Thành phố Hồ Chí Minh", date=("30", "10"), iso="2026-10-30",
         to="Chi cục Tiêu chuẩn Đo lường Chất lượng",
         rows=[
             ("II.2.đ", "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở",
              "Rà soát 214 quy trình; đánh giá nội bộ 01 đợt (tháng 9); công bố lại HTQLCL", "completed", {}),
             ("II.2.h", "Phối hợp hoàn thiện HTTT giải quyết TTHC về TĐC",
              "Cập nhật quy trình điện tử 100% TTHC TĐC", "completed", {}),
             ("II.4.a", "Phối hợp mua sắm, đầu tư trang thiết bị cho đơn vị sự nghiệp",
              "KP đã giải ngân: 1.236.000.000đ / dự toán 2.100.000.000đ", "in_progress",
              {"budget_spent_vnd": 1236000000}),
             ("II.2.i", "Phối hợp kết nối CSDL quốc gia về TĐC", "Đang chờ hướng dẫn của CĐS", "in_progress", {}),
             ("II.5.d", "Khen thưởng người tố giác vi phạm về TĐC", "Chưa có trường hợp", "not_applicable", {}),
         ],
         kk=["Thủ tục mua sắm thiết bị chuyên dùng kéo dài do phải thẩm định giá"],
         kn=["Sở xem xét giao dự toán mua sắm năm 2027 ngay từ đầu năm"]),
    dict(fname="CDS_BC_CT38_2026.docx", uid="SKHCN-CDS",
         parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer="PHÒNG CHUYỂN ĐỔI SỐ",
         number="57/BC-CĐS", place="Thành phố Hồ Chí Minh", date=("27", "10"), iso="2026-10-27",
         to="Chi cục Tiêu chuẩn Đo lường Chất lượng",
         rows=[
             ("II.2.h", "Kết nối HTTT TTHC Bộ KHCN với Cổng một cửa quốc gia",
              "Kết nối xong 03 TTHC đăng ký kiểm tra NK (tháng 3/2026)", "completed", {}),
             ("II.2.i", "Kết nối, chia sẻ CSDL quốc gia về TĐC",
              "Đã có phương án kết nối; đang thử nghiệm đồng bộ", "in_progress", {}),
             ("II.6.a", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC", "—", "not_applicable", {}),
         ],
         kk=["Bộ chưa công bố chuẩn API của CSDL quốc gia về TĐC"],
         kn=[]),
    dict(fname="BC CT38 phuong Phu Loi.docx", uid="25750",
         parent="ỦY BAN NHÂN DÂN", issuer="PHƯỜNG PHÚ LỢI",
         number="412/BC-UBND", place="Phú Lợi", date=("15", "10"), iso="2026-10-15",
         to="Sở Khoa học và Công nghệ",
         rows=[
             ("II.5.c", "Kiểm tra TĐC trên địa bàn phường (theo phân quyền)",
              "ĐKT: 04; CS: 31; VP: 05; XP: 17.500.000đ", "in_progress",
              {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 17500000}),
             ("II.1.a", "Tuyên truyền, phổ biến pháp luật về TĐC",
              "HN: 01 (120 Ng); TB trên trang TTĐT, loa: 14", "completed",
              {"training_courses": 1, "participants": 120, "communications": 14}),
             ("II.3.a", "Cử công chức dự tập huấn nghiệp vụ TĐC do CC tổ chức",
              "03 Ng", "completed", {"participants": 3}),
         ],
         kk=["Công chức phụ trách TĐC kiêm nhiệm, chưa qua đào tạo chuyên sâu",
             "Chưa có thiết bị kiểm tra nhanh đo lường (cân, bình chuẩn)"],
         kn=["Sở hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ"]),
]

MISTAKE = dict(fname="BC 1 trang - phuong Ben Cat.docx", uid="25813", parent="ỦY BAN NHÂN DÂN",
               issuer="PHƯỜNG BẾN CÁT", number="377/BC-UBND", place="Bến Cát", date=("09", "10"),
               iso="2026-10-09", to="Trung tâm Y tế khu vực")


def header(doc, u, title):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run(u["parent"]).font.size = Pt(10)
    p = a.add_paragraph(); r = p.add_run(u["issuer"]); r.bold = True; r.font.size = Pt(10)
    p = a.add_paragraph(); p.add_run("Số: " + u["number"]).font.size = Pt(10)
    r = b.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(10)
    p = b.add_paragraph(); r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(10)
    p = b.add_paragraph()
    r = p.add_run(f"{u['place']}, ngày {u['date'][0]} tháng {u['date'][1]} năm 2026"); r.italic = True; r.font.size = Pt(10)
    for c in (a, b):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BÁO CÁO"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi: " + u["to"] + ".")


def new_doc():
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.top_margin = s.bottom_margin = Cm(1.5)
    s.left_margin, s.right_margin = Cm(2), Cm(1.2)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(2)
    return doc


def set_w(cell, cm):
    cell.width = Cm(cm)


def build(u):
    doc = new_doc()
    header(doc, u, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (đến 30/9/2026)")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hd = t.rows[0].cells
    for c, txt in zip(hd, ["TT", "Việc (KH Sở)", "Kết quả", "TĐ"]):
        r = c.paragraphs[0].add_run(txt); r.bold = True
    fnref(hd[2].paragraphs[0], 1)
    fnref(hd[3].paragraphs[0], 2)
    ents = []
    for i, (task, job, res, st, ind) in enumerate(u["rows"], 1):
        cs = t.add_row().cells
        cs[0].text = str(i)
        cs[1].text = job
        cs[2].text = res
        cs[3].text = CODE[st]
        ents.append(dict(task=task, status=st, ind=ind, text=job + ": " + res, source=f"word/document.xml table 2 row {i + 1}"))
    kk = t.add_row().cells
    kk[0].text = "KK"
    m = kk[1].merge(kk[3])
    m.text = "; ".join(u["kk"]) + "." if u["kk"] else "Không."
    kn = t.add_row().cells
    kn[0].text = "KN"
    m = kn[1].merge(kn[3])
    m.text = "; ".join(u["kn"]) + "." if u["kn"] else "Không."
    t.autofit = False
    for i, w in enumerate([0.9, 6.2, 9.2, 1.3]):
        t.columns[i].width = Cm(w)
        for c in t.columns[i].cells:
            set_w(c, w)
    p = doc.add_paragraph()
    p.add_run("Nơi nhận: như trên; Lưu VT.").italic = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("TRƯỞNG PHÒNG" if u["uid"].startswith("SKHCN") and u["uid"] != "SKHCN-VP" else
                  ("CHÁNH VĂN PHÒNG" if u["uid"] == "SKHCN-VP" else "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))
    r.bold = True
    out = os.path.join(ROOT, u["fname"])
    doc.save(out)
    add_footnotes(out, [(1, ABBR), (2, ABBR2)])
    write_key(u["fname"], u["uid"], u["number"], u["iso"], ents, u["kk"], u["kn"])


def build_mistake(u):
    doc = new_doc()
    header(doc, u, "Kết quả công tác phòng, chống dịch sốt xuất huyết 9 tháng năm 2026")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["TT", "Việc", "Kết quả", "TĐ"]):
        c.paragraphs[0].add_run(txt).bold = True
    fnref(t.rows[0].cells[2].paragraphs[0], 1)
    for i, (a, b, c) in enumerate([
        ("Chiến dịch diệt lăng quăng, bọ gậy", "03 đợt; 4.120 hộ được kiểm tra; CSNC: 7,2%", "HT"),
        ("Phun hóa chất diện rộng tại ổ dịch", "05 ổ dịch (KP 2, KP 5, KP 9)", "HT"),
        ("Tuyên truyền trên loa, trang TTĐT", "TB: 22", "TTH"),
        ("Giám sát ca bệnh, báo cáo tuần", "SXH: 64 ca (giảm 18 ca so cùng kỳ)", "TTH")], 1):
        cs = t.add_row().cells
        cs[0].text, cs[1].text, cs[2].text, cs[3].text = str(i), a, b, c
    kk = t.add_row().cells; kk[0].text = "KK"; kk[1].merge(kk[3]).text = "Nhiều công trình xây dựng bỏ hoang đọng nước."
    out = os.path.join(ROOT, u["fname"])
    doc.save(out)
    add_footnotes(out, [(1, "Chữ viết tắt: HT – hoàn thành; TTH – tiếp tục thực hiện; CSNC – chỉ số nhà có lăng quăng; KP – khu phố; TB – tin, bài; SXH – sốt xuất huyết.")])
    write_key(u["fname"], u["uid"], u["number"], u["iso"], [], rejected=
              "Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo công tác phòng, chống dịch sốt xuất huyết gửi nhầm")


if __name__ == "__main__":
    for u in UNITS:
        build(u)
    build_mistake(MISTAKE)
    print("h2 done")
