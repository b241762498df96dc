#!/usr/bin/env python3
"""Writes the plan fixtures of Tests/PlanTests (plans of other shapes than the 2026 one) and,
next to each, <name>.expected.json: every task's code, lead and partner ids, schedule kind
and due date, as a reader of the plan would list them. Run from this directory:
    python3 make_plans.py
"""
import json
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

CCTDC = ("Chi cục Tiêu chuẩn Đo lường Chất lượng", ["SKHCN-CCTDC"])
KTPC = ("Phòng Kiểm tra – Pháp chế", ["SKHCN-KTPC"])
VP = ("Văn phòng Sở", ["SKHCN-VP"])
CDS = ("Phòng Chuyển đổi số", ["SKHCN-CDS"])
QLKH = ("Phòng Quản lý Khoa học", ["SKHCN-QLKH"])
TTPT = ("Trung tâm Dịch vụ Phân tích thí nghiệm", ["SKHCN-TTPTTN"])
YT = ("Sở Y tế", ["SO-YT"])
CT = ("Sở Công Thương", ["SO-CT"])
INTERNAL = ("Các phòng, đơn vị trực thuộc Sở", ["group:internal"])
COMMUNES = ("Ủy ban nhân dân phường/xã và đặc khu", ["group:communes"])
DEPTS = ("Các sở, ban, ngành", ["group:departments"])


def join(*units):
    return ", ".join(u[0] for u in units), [i for u in units for i in u[1]]


def header(doc, title):
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số:    /KH-SKHCN"
    t.cell(1, 1).text = "Thành phố Hồ Chí Minh, ngày    tháng    năm 2027"
    p = doc.add_paragraph()
    r = p.add_run("KẾ HOẠCH")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc, text, level=1):
    doc.add_heading(text, level=level)


def bold(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True


def para(doc, text):
    doc.add_paragraph(text)


def task(code, lead, partners, schedule, kind, due):
    return {"code": code, "lead": lead[1], "partners": partners[1] if partners else [],
            "schedule": schedule, "kind": kind, "due": due}


def write_expected(name, tasks):
    with open(name + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"tasks": tasks}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def opening(doc):
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    bold(doc, "1. Mục đích")
    para(doc, "Triển khai có hiệu quả Chỉ thị số 38-CT/TW của Ban Bí thư trên địa bàn Thành phố.")
    bold(doc, "2. Yêu cầu")
    para(doc, "Các nhiệm vụ phải cụ thể, có cơ quan chủ trì, thời gian thực hiện.")


def closing(doc, number="IV"):
    heading(doc, f"{number}. TỔ CHỨC THỰC HIỆN")
    para(doc, "1. Các phòng, đơn vị trực thuộc Sở gửi báo cáo về Chi cục trước ngày 01 tháng 11 năm 2027.")
    para(doc, "2. Các sở, ban, ngành và địa phương báo cáo kết quả trước ngày 15 tháng 11 năm 2027.")


# 1. Section II reviews last year; the tasks are in section III ("1." groups, "a)" items,
#    one field per line, labels in another order).
def plan_section_three():
    doc = Document()
    header(doc, "Triển khai thực hiện Chỉ thị số 38-CT/TW năm 2027")
    opening(doc)
    heading(doc, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026")
    bold(doc, "1. Kết quả đạt được")
    para(doc, "a) Tổ chức 12 lớp tập huấn cho 850 lượt người tham dự.")
    para(doc, "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.")
    para(doc, "b) Kiểm tra 45 cơ sở kinh doanh xăng dầu.")
    bold(doc, "2. Tồn tại, hạn chế")
    para(doc, "Một số địa phương chưa bố trí cán bộ chuyên trách.")
    heading(doc, "III. NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2027")
    groups = [
        ("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", [
            ("a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật cho doanh nghiệp.", CCTDC, INTERNAL, "Quý I, II và III/2027", "quarters", "2027-09-30", "lead-first"),
            ("b", "Xây dựng chuyên mục tuyên truyền trên Cổng thông tin điện tử của Sở.", VP, join(CCTDC, CDS), "Tháng 6/2027", "months", "2027-06-30", "schedule-first"),
        ]),
        ("2. Quản lý nhà nước về đo lường", [
            ("a", "Kiểm tra nhà nước về đo lường đối với phương tiện đo nhóm 2.", KTPC, join(CCTDC, COMMUNES), "Thường xuyên", "ongoing", None, "partners-first"),
            ("b", "Rà soát, kiểm định chuẩn đo lường của Thành phố.", TTPT, None, "Trước ngày 30/6/2027", "by-date", "2027-06-30", "lead-first"),
            ("c", "Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý chất lượng.", CCTDC, join(YT, CT), "Hằng năm", "ongoing", None, "lead-first"),
        ]),
    ]
    expected = []
    for title, items in groups:
        heading(doc, title, level=2)
        for letter, text, lead, partners, sched, kind, due, order in items:
            para(doc, f"{letter}) {text}")
            lines = {"lead": f"- Cơ quan chủ trì: {lead[0]}.", "schedule": f"- Thời gian thực hiện: {sched}."}
            if partners:
                lines["partners"] = f"- Cơ quan phối hợp: {partners[0]}."
            keys = {"lead-first": ["lead", "partners", "schedule"], "schedule-first": ["schedule", "lead", "partners"],
                    "partners-first": ["partners", "schedule", "lead"]}[order]
            for k in keys:
                if k in lines:
                    para(doc, lines[k])
            expected.append(task(f"III.{title[0]}.{letter}", lead, partners, sched, kind, due))
    heading(doc, "IV. KINH PHÍ THỰC HIỆN")
    para(doc, "Kinh phí thực hiện từ nguồn sự nghiệp khoa học và công nghệ năm 2027.")
    closing(doc, "V")
    doc.save("plan-tasks-in-section-iii.docx")
    write_expected("plan-tasks-in-section-iii", expected)


def set_cell(cell, text, bold_text=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold_text


# 2. Tasks only in an annex table, with merged group rows and a column-number row.
def plan_annex_table():
    doc = Document()
    header(doc, "Thực hiện Chỉ thị số 38-CT/TW năm 2027")
    opening(doc)
    heading(doc, "II. NHIỆM VỤ, GIẢI PHÁP")
    para(doc, "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.")
    closing(doc, "III")
    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run("PHỤ LỤC").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "Danh mục nhiệm vụ thực hiện Chỉ thị số 38-CT/TW năm 2027")
    cols = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    groups = [
        ("I", "Tuyên truyền, nâng cao nhận thức", [
            ("Tổ chức hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi.", CCTDC, INTERNAL, "Quý II/2027", "quarters", "2027-06-30", "Hội nghị"),
            ("Phát hành tài liệu tuyên truyền về năng suất, chất lượng.", CCTDC, None, "6 tháng đầu năm 2027", "months", "2027-06-30", "Tài liệu"),
        ]),
        ("II", "Kiểm tra, giám sát", [
            ("Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng.", KTPC, join(CCTDC, CT, COMMUNES), "Từ tháng 3 đến tháng 9 năm 2027", "months", "2027-09-30", "Báo cáo kết quả kiểm tra"),
            ("Khảo sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường.", CCTDC, join(YT), "Chậm nhất ngày 15 tháng 11 năm 2027", "by-date", "2027-11-15", "Báo cáo khảo sát"),
            ("Phối hợp xử lý vi phạm về đo lường trong kinh doanh.", KTPC, DEPTS, "Định kỳ hằng quý", "ongoing", None, ""),
        ]),
    ]
    rows = 2 + sum(1 + len(g[2]) for g in groups)
    t = doc.add_table(rows=rows, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.cell(0, i), c, True)
    for i in range(len(cols)):
        set_cell(t.cell(1, i), f"({i + 1})")
    r = 2
    expected = []
    for gi, (roman, title, items) in enumerate(groups, start=1):
        set_cell(t.cell(r, 0), roman, True)
        merged = t.cell(r, 1).merge(t.cell(r, len(cols) - 1))
        set_cell(merged, title, True)
        r += 1
        for n, (text, lead, partners, sched, kind, due, product) in enumerate(items, start=1):
            values = [str(n), text, lead[0], partners[0] if partners else "", sched, product]
            for i, v in enumerate(values):
                set_cell(t.cell(r, i), v)
            expected.append(task(f"PL.{gi}.{n}", lead, partners, sched, kind, due))
            r += 1
    doc.save("plan-annex-table.docx")
    write_expected("plan-annex-table", expected)


# 3. Items numbered "1.1", "1.2" with "Đơn vị chủ trì: …; thời hạn: …" on one line.
def plan_dotted_one_line():
    doc = Document()
    header(doc, "Triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2027")
    opening(doc)
    heading(doc, "II. NHIỆM VỤ TRỌNG TÂM")
    expected = []
    groups = [
        ("1", "Hoàn thiện thể chế", [
            ("Rà soát, kiến nghị sửa đổi văn bản quy phạm pháp luật về đo lường.", KTPC, join(CCTDC), "trước ngày 30/6/2027", "by-date", "2027-06-30"),
            ("Xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch.", CCTDC, join(YT, DEPTS), "Quý III/2027", "quarters", "2027-09-30"),
        ]),
        ("2", "Chuyển đổi số", [
            ("Kết nối cơ sở dữ liệu đo lường với hệ thống của Bộ.", CDS, join(CCTDC, VP), "Năm 2027", "months", "2027-12-31"),
            ("Số hóa hồ sơ thủ tục hành chính về tiêu chuẩn, chất lượng.", VP, None, "Tháng 9/2027", "months", "2027-09-30"),
            ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.", CCTDC, INTERNAL, "Quý 2/2027", "quarters", "2027-06-30"),
        ]),
    ]
    for g, title, items in groups:
        heading(doc, f"{g}. {title}", level=2)
        for n, (text, lead, partners, sched, kind, due) in enumerate(items, start=1):
            para(doc, f"{g}.{n}. {text}")
            line = f"Đơn vị chủ trì: {lead[0]}; "
            if partners:
                line += f"đơn vị phối hợp: {partners[0]}; "
            line += f"thời hạn: {sched}."
            para(doc, line)
            expected.append(task(f"II.{g}.{n}", lead, partners, sched, kind, due))
    closing(doc, "III")
    doc.save("plan-dotted-one-line.docx")
    write_expected("plan-dotted-one-line", expected)


# 4. Bullets as tasks, fields in brackets after the task text; groups are "a)" letters.
def plan_bullets_inline():
    doc = Document()
    header(doc, "Kế hoạch năm 2027")
    opening(doc)
    heading(doc, "II. ĐÁNH GIÁ TÌNH HÌNH NĂM 2026")
    para(doc, "Năm 2026 các nhiệm vụ cơ bản hoàn thành.")
    heading(doc, "III. NỘI DUNG THỰC HIỆN")
    expected = []
    groups = [
        ("a", "Đào tạo, bồi dưỡng", [
            ("Tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức.", CCTDC, COMMUNES, "Quý I và II/2027", "quarters", "2027-06-30"),
            ("Thu hút chuyên gia trình độ cao về đo lường.", QLKH, join(CCTDC), "Thường xuyên", "ongoing", None),
        ]),
        ("b", "Hợp tác quốc tế", [
            ("Tham gia các chương trình hợp tác của APO.", CCTDC, INTERNAL, "Hằng năm", "ongoing", None),
        ]),
    ]
    for letter, title, items in groups:
        bold(doc, f"{letter}) {title}")
        for text, lead, partners, sched, kind, due in items:
            inside = f"Chủ trì: {lead[0]}; "
            if partners:
                inside += f"phối hợp: {partners[0]}; "
            inside += f"thời gian: {sched}"
            para(doc, f"- {text} ({inside}).")
        for n, (text, lead, partners, sched, kind, due) in enumerate(items, start=1):
            expected.append(task(f"III.{letter}.{n}", lead, partners, sched, kind, due))
    closing(doc, "IV")
    doc.save("plan-bullets-inline.docx")
    write_expected("plan-bullets-inline", expected)


# 5. A table in the tasks section: other column order and wording, dotted numbers.
def plan_section_table():
    doc = Document()
    header(doc, "Kế hoạch năm 2027")
    opening(doc)
    heading(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP")
    para(doc, "Các nhiệm vụ cụ thể như sau:")
    cols = ["TT", "Nhiệm vụ cụ thể", "Thời hạn hoàn thành", "Đơn vị thực hiện", "Đơn vị phối hợp"]
    items = [
        ("1.1", "Đầu tư trang thiết bị thử nghiệm.", TTPT, join(VP, CCTDC), "Quý IV/2027", "quarters", "2027-12-31"),
        ("1.2", "Bảo trì phương tiện kỹ thuật nghiệp vụ.", CCTDC, join(KTPC), "Hoàn thành trước 30/11/2027", "by-date", "2027-11-30"),
        ("2.1", "Cập nhật thỏa thuận quốc tế về đánh giá sự phù hợp.", CCTDC, None, "Tháng 10 năm 2027", "months", "2027-10-31"),
    ]
    t = doc.add_table(rows=1 + len(items), cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.cell(0, i), c, True)
    expected = []
    for r, (num, text, lead, partners, sched, kind, due) in enumerate(items, start=1):
        for i, v in enumerate([num, text, sched, lead[0], partners[0] if partners else "–"]):
            set_cell(t.cell(r, i), v)
        expected.append(task(f"II.{num}", lead, partners, sched, kind, due))
    closing(doc, "III")
    doc.save("plan-section-table.docx")
    write_expected("plan-section-table", expected)


# 6. A Markdown plan: "Nhiệm vụ 1:" items under section III, "- Thời hạn" first.
def plan_markdown():
    items = [
        ("Tổ chức Tọa đàm với doanh nghiệp nhập khẩu về quản lý chất lượng.", CCTDC, join(CT), "Tháng 5/2027", "months", "2027-05-31"),
        ("Khen thưởng tổ chức, cá nhân tố giác vi phạm.", VP, join(KTPC), "Khi có yêu cầu", "on-request", None),
        ("Triển khai Giải thưởng Chất lượng Quốc gia năm 2027.", CCTDC, None, "Quý II, III và IV/2027", "quarters", "2027-12-31"),
    ]
    out = ["# KẾ HOẠCH", "", "## I. MỤC ĐÍCH, YÊU CẦU", "", "Triển khai Chỉ thị số 38-CT/TW.", "",
           "## II. KẾT QUẢ NĂM 2026", "", "**Nhiệm vụ 1:** đã hoàn thành.", "",
           "## III. NỘI DUNG THỰC HIỆN NĂM 2027", ""]
    expected = []
    for n, (text, lead, partners, sched, kind, due) in enumerate(items, start=1):
        out += [f"**Nhiệm vụ {n}:** {text}", "", f"- Thời hạn: {sched}.", f"- Chủ trì: {lead[0]}."]
        if partners:
            out.append(f"- Phối hợp: {partners[0]}.")
        out.append("")
        expected.append(task(f"III.{n}", lead, partners, sched, kind, due))
    out += ["## IV. TỔ CHỨC THỰC HIỆN", "", "Các đơn vị báo cáo trước ngày 15 tháng 11 năm 2027.", ""]
    with open("plan-markdown-nhiem-vu.md", "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    write_expected("plan-markdown-nhiem-vu", expected)


# 7. Word automatic numbering: groups in "List Number" (Word shows "1.", "2."), tasks in
#    "List Bullet" (•), fields typed "+ Chủ trì: …" below, with a product line.
def plan_word_numbering():
    doc = Document()
    header(doc, "Kế hoạch năm 2027")
    opening(doc)
    heading(doc, "II. KẾT QUẢ NĂM 2026")
    para(doc, "Các nhiệm vụ năm 2026 cơ bản hoàn thành.")
    heading(doc, "III. CÁC NHIỆM VỤ CỤ THỂ")
    expected = []
    groups = [
        ("Hỗ trợ doanh nghiệp", [
            ("Hướng dẫn doanh nghiệp công bố tiêu chuẩn áp dụng.", CCTDC, join(CT), "Quý I - III năm 2027", "quarters", "2027-09-30", "Tài liệu hướng dẫn"),
            ("Tư vấn áp dụng công cụ cải tiến năng suất.", CCTDC, None, "tháng 8/2027", "months", "2027-08-31", "Báo cáo"),
        ]),
        ("Thanh tra, kiểm tra", [
            ("Kiểm tra đo lường trong kinh doanh vàng trang sức.", KTPC, join(CCTDC, COMMUNES), "Thường xuyên", "ongoing", None, "Biên bản kiểm tra"),
        ]),
    ]
    for g, (title, items) in enumerate(groups, start=1):
        doc.add_paragraph(title, style="List Number")
        for n, (text, lead, partners, sched, kind, due, product) in enumerate(items, start=1):
            doc.add_paragraph(text, style="List Bullet")
            para(doc, f"+ Chủ trì: {lead[0]}.")
            if partners:
                para(doc, f"+ Phối hợp: {partners[0]}.")
            para(doc, f"+ Thời hạn: {sched}.")
            para(doc, f"+ Sản phẩm: {product}.")
            expected.append(task(f"III.{g}.{n}", lead, partners, sched, kind, due))
    closing(doc, "IV")
    doc.save("plan-word-numbering.docx")
    write_expected("plan-word-numbering", expected)


if __name__ == "__main__":
    plan_word_numbering()
    plan_section_three()
    plan_annex_table()
    plan_dotted_one_line()
    plan_bullets_inline()
    plan_section_table()
    plan_markdown()
