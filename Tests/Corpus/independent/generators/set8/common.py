"""Shared helpers for set8 generators. Each generator registers its keys through KEYS."""
import hashlib, json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {}       # file -> key (sha filled at the end)
DERIVED = []    # figures that are sums of parts written in the file

# The plan's annex as a unit would retype it: code, short task wording, lead, partners, schedule
PLAN = [
 ("II.1.a", "1", "a", "Tổ chức các lớp tập huấn văn bản QPPL về TĐC cho cá nhân, tổ chức, doanh nghiệp và Tọa đàm với doanh nghiệp nhập khẩu", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Quý I, II và III/2026"),
 ("II.1.b", "1", "b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Chi cục TĐC", "", "Quý I và II/2026"),
 ("II.2.a", "2", "a", "Triển khai Kế hoạch nâng cao năng suất chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996, Đề án 100", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Quý IV/2026"),
 ("II.2.b", "2", "b", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia", "Chi cục TĐC", "", "Quý II, III và IV/2026"),
 ("II.2.c", "2", "c", "Đề xuất, kiến nghị sửa đổi, bổ sung Luật và văn bản QPPL về TĐC; triển khai Luật TC&QCKT, Luật CLSPHH", "Chi cục TĐC", "Phòng Kiểm tra – Pháp chế, các phòng, đơn vị trực thuộc Sở", "Định kỳ hoặc đột xuất"),
 ("II.2.d", "2", "d", "Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến; công bố chất lượng sản phẩm, hàng hóa", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Thường xuyên"),
 ("II.2.đ", "2", "đ", "Xây dựng, áp dụng, duy trì, cải tiến HTQLCL trong cơ quan hành chính nhà nước", "Chi cục TĐC", "Văn phòng Sở, các phòng, đơn vị trực thuộc Sở", "Tháng 01 - 11/2026"),
 ("II.2.e", "2", "e", "Xây dựng, góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Quý IV/2026"),
 ("II.2.g", "2", "g", "Củng cố, nâng cao hiệu quả tổ chức dịch vụ kỹ thuật TĐC; xã hội hóa đánh giá sự phù hợp, kiểm định, hiệu chuẩn, thử nghiệm", "Chi cục TĐC", "Trung tâm Dịch vụ Phân tích thí nghiệm", "Thường xuyên"),
 ("II.2.h", "2", "h", "Cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KHCN về TĐC; kết nối Cổng một cửa quốc gia", "Chi cục TĐC", "Văn phòng Sở, Phòng Chuyển đổi số", "Quý I/2026"),
 ("II.2.i", "2", "i", "Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về TĐC", "Chi cục TĐC", "Phòng Chuyển đổi số, Văn phòng Sở, Trung tâm CNTT và Địa không gian", "Thường xuyên"),
 ("II.3.a", "3", "a", "Tập huấn, cập nhật kiến thức TĐC cho công chức các Sở, ngành, UBND xã, phường, đặc khu; cử cán bộ tham gia hội nghị, hội thảo", "Chi cục TĐC", "", "Quý II, III và IV/2026"),
 ("II.3.b", "3", "b", "Tập huấn, bồi dưỡng chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn năng suất", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Quý II và III/2026"),
 ("II.3.c", "3", "c", "Thu hút cán bộ trình độ cao, chuyên gia tư vấn, đánh giá lĩnh vực TĐC", "Phòng Quản lý Khoa học", "Chi cục TĐC, các phòng, đơn vị trực thuộc Sở", "Thường xuyên"),
 ("II.3.d", "3", "d", "Đào tạo, bồi dưỡng cho viên chức, người lao động, sinh viên các trường ĐH, CĐ, TC về TĐC", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Quý II, III và IV/2026"),
 ("II.4.a", "4", "a", "Đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực cho đơn vị sự nghiệp công lập thuộc Sở", "Trung tâm Dịch vụ Phân tích thí nghiệm", "Văn phòng Sở, Chi cục TĐC", "Thường xuyên"),
 ("II.4.b", "4", "b", "Bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)", "Chi cục TĐC", "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
 ("II.4.c", "4", "c", "Đầu tư, thiết lập, duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia", "Chi cục TĐC", "Trung tâm Dịch vụ Phân tích thí nghiệm", "Thường xuyên"),
 ("II.5.a", "5", "a", "Kiểm tra, giám sát về TĐC bảo đảm an toàn sản phẩm, hàng hóa", "Chi cục TĐC", "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
 ("II.5.b", "5", "b", "Khảo sát chất lượng sản phẩm, hàng hóa; cảnh báo người tiêu dùng", "Chi cục TĐC", "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
 ("II.5.c", "5", "c", "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền về TĐC", "Chi cục TĐC", "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
 ("II.5.d", "5", "d", "Khen thưởng, bảo vệ người tố giác; xử lý nghiêm hành vi tham nhũng, tiêu cực, vi phạm pháp luật về TĐC", "Chi cục TĐC", "Văn phòng Sở, Phòng Kiểm tra - Pháp chế", "Thường xuyên"),
 ("II.6.a", "6", "a", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC mà Việt Nam tham gia", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Thường xuyên"),
 ("II.6.b", "6", "b", "Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất", "Chi cục TĐC", "Các phòng, đơn vị trực thuộc Sở", "Thường xuyên"),
]
GROUPS = {
 "1": "Tuyên truyền, nâng cao nhận thức về công tác tiêu chuẩn, đo lường, chất lượng",
 "2": "Tổ chức triển khai công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng",
 "3": "Xây dựng, đào tạo nguồn nhân lực lĩnh vực tiêu chuẩn, đo lường, chất lượng",
 "4": "Đầu tư ngân sách nhà nước cho công tác tiêu chuẩn, đo lường, chất lượng",
 "5": "Tăng cường công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng",
 "6": "Trao đổi thông tin, kinh nghiệm, hợp tác đào tạo về tiêu chuẩn, đo lường, chất lượng",
}

TRICH_YEU = ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 "
             "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")


def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21)
        if landscape:
            from docx.enum.section import WD_ORIENT
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_height, s.page_width = Cm(21), Cm(29.7)
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, style=None, indent=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_block(d, left, right, size=13):
    """left/right: list of (text, bold, italic). Borderless 2-col table."""
    t = d.add_table(rows=1, cols=2)
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        first = True
        for text, b, i in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(text)
            r.bold, r.italic = b, i
            r.font.size = Pt(size)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def body_index(d, p):
    """index of paragraph p among body paragraphs (for the key's source field)"""
    return d.paragraphs.index(p) + 1 if p in d.paragraphs else None


def lo_resave(path):
    ext = os.path.splitext(path)[1][1:]
    flt = {"docx": 'docx:MS Word 2007 XML', "xlsx": 'xlsx:Calc MS Excel 2007 XML'}[ext]
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", flt, "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(out, os.path.basename(path)), path)
    shutil.rmtree(out)


def entry(task, status, indicators=None, text="", source=""):
    return {"task": task, "status": status, "indicators": indicators or {}, "text": text, "source": source}


def canonical_name(uid):
    import csv
    d = os.path.dirname(os.path.dirname(ROOT))
    base = "/work/shared/data"
    with open(os.path.join(base, "communes-2025.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["code"] == uid and r["province_code"] == "79":
                return r["name"]
    with open(os.path.join(base, "agencies.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == uid:
                return r["name"]
    raise KeyError(uid)


def key(fname, unit_id, unit_name, number, date, entries, difficulties=(), proposals=(),
        status="extracted", reason=None):
    unit_name = canonical_name(unit_id)
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name} if unit_id or unit_name else None,
        "document": {"number": number, "date": date},
        "entries": entries, "difficulties": list(difficulties), "proposals": list(proposals),
        "findings": [],
    }


def derived(fname, task, ind, parts):
    DERIVED.append({"file": fname, "task": task, "indicator": ind, "parts": parts, "total": sum(parts)})


def finish():
    os.makedirs(os.path.join(ROOT, "truth"), exist_ok=True)
    for f, k in KEYS.items():
        with open(os.path.join(ROOT, f), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(ROOT, "truth", f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(ROOT, "gen", "derived.json"), "w", encoding="utf-8") as fh:
        json.dump(DERIVED, fh, ensure_ascii=False, indent=2)
