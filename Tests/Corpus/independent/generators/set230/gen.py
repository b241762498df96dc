# -*- coding: utf-8 -*-
import json, hashlib, os, random, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(230)
TRUTH = {}

def vnum(n):
    s = f"{n:,}".replace(",", ".")
    return s

def money_tr(n):  # 12500000 -> "12,5 triệu đồng"
    v = n / 1e6
    s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
    return s + " triệu đồng"

UNITW = {"inspections": "cuộc", "establishments_inspected": "cơ sở", "violations": "trường hợp",
         "communications": "tin, bài", "training_courses": "lớp", "participants": "lượt người",
         "enterprises_supported": "doanh nghiệp", "samples_tested": "mẫu", "instruments_verified": "phương tiện",
         "standards_reviewed": "dự thảo", "fines_vnd": "đồng", "budget_spent_vnd": "đồng"}
LABEL = {"inspections": "số cuộc kiểm tra", "establishments_inspected": "số cơ sở được kiểm tra",
         "violations": "số trường hợp vi phạm", "communications": "tin, bài tuyên truyền",
         "training_courses": "số lớp, hội nghị", "participants": "số lượt người tham dự",
         "enterprises_supported": "doanh nghiệp được hướng dẫn", "samples_tested": "mẫu lấy khảo sát, thử nghiệm",
         "instruments_verified": "phương tiện đo kiểm định, hiệu chuẩn", "standards_reviewed": "dự thảo TCVN, QCVN góp ý",
         "fines_vnd": "tiền xử phạt", "budget_spent_vnd": "kinh phí đã giải ngân"}

def key(fn, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    TRUTH[fn] = dict(file=fn, status=status, reason=reason, unit=unit,
                     document=dict(number=number, date=date), entries=entries,
                     findings=[], difficulties=diffs, proposals=props)

def finish():
    for fn, t in TRUTH.items():
        t["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        d = {k: t[k] for k in ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]}
        json.dump(d, open(os.path.join(OUT, "truth", fn + ".json"), "w"), ensure_ascii=False, indent=1)

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)

def header_table(doc, left1, left2, num, place_date):
    t = doc.add_table(rows=3, cols=2)
    c = t.cell(0, 0); c.text = left1
    t.cell(1, 0).text = left2
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2, 0).text = num
    t.cell(2, 1).text = place_date
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs: r.font.size = Pt(12)
    return t

# ---------------------------------------------------------------- HAND A
# Ward officer: each job a numbered paragraph, figures as differences from the 9-month report + lũy kế
def phrase_diff(ind, prev, total):
    u = UNITW[ind]
    if ind in ("fines_vnd", "budget_spent_vnd"):
        d = total - prev
        if d == 0:
            return f"{LABEL[ind]} không thay đổi so với báo cáo 9 tháng, lũy kế {vnum(total)} đồng"
        return f"{LABEL[ind]} tăng thêm {money_tr(d)} so với báo cáo 9 tháng, lũy kế {vnum(total)} đồng"
    d = total - prev
    if d == 0:
        return f"{LABEL[ind]} giữ nguyên như báo cáo 9 tháng (lũy kế {total:02d} {u})"
    return f"{LABEL[ind]} tăng thêm {d} {u} so với báo cáo 9 tháng, lũy kế {total:02d} {u}"

def hand_A(fn, code, name, short, num, date_txt, date_iso, tasks, diffs, props, signer, intro):
    doc = Document(); set_font(doc)
    header_table(doc, "ỦY BAN NHÂN DÂN", name.upper(), "Số: " + num, f"{short}, {date_txt}")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BÁO CÁO"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(cập nhật 11 tháng, bổ sung so với báo cáo 9 tháng)"); r.bold = True
    doc.add_paragraph(intro)
    doc.add_paragraph("I. KẾT QUẢ THỰC HIỆN (phần tăng thêm so với Báo cáo 9 tháng)").runs[0].bold = True
    entries = []
    for i, (task, title, body, stw, st, inds) in enumerate(tasks, 1):
        parts = [phrase_diff(k, v[0], v[1]) for k, v in inds.items()]
        txt = f"{i}. {title}: {body}"
        if parts:
            txt += " Cụ thể: " + "; ".join(parts) + "."
        txt += " " + stw
        doc.add_paragraph(txt)
        entries.append(dict(task=task, status=st, indicators={k: v[1] for k, v in inds.items()}, text=txt))
    doc.add_paragraph("II. KHÓ KHĂN, VƯỚNG MẮC").runs[0].bold = True
    for d in diffs: doc.add_paragraph("- " + d)
    doc.add_paragraph("III. KIẾN NGHỊ, ĐỀ XUẤT").runs[0].bold = True
    for d in props: doc.add_paragraph("- " + d)
    doc.add_paragraph("Trên đây là báo cáo bổ sung của Ủy ban nhân dân " + name.split(" ", 1)[0].lower() + " " + name.split(" ", 1)[1] + "./.")
    doc.add_paragraph("Nơi nhận:\n- Chi cục TĐC TP.HCM;\n- Lưu: VT, VHXH.")
    p = doc.add_paragraph("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + signer); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(os.path.join(OUT, fn))
    key(fn, dict(id=code, name=name), num, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND B
# Planner: body gives statuses only (dates / đang thẩm định / chờ phê duyệt / đã trình); landscape PHỤ LỤC SỐ LIỆU T1..T11 + Lũy kế
def split_months(total, months):
    vals = [0] * 11
    if total == 0: return vals
    if total >= 1_000_000:  # money: split in 500k chunks
        chunks = total // 500000; rem = total - chunks * 500000
        for _ in range(chunks): vals[R.choice(months)] += 500000
        vals[months[-1]] += rem
        return vals
    for _ in range(total): vals[R.choice(months)] += 1
    return vals

def hand_B(fn, aid, name, parent, num, date_txt, date_iso, tasks, diffs, props, signer, opening):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, parent.upper(), name.upper(), "Số: " + num, f"Thành phố Hồ Chí Minh, {date_txt}")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("BÁO CÁO\nTình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026").bold = True
    doc.add_paragraph("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    doc.add_paragraph(opening)
    doc.add_paragraph("1. Tình hình triển khai các nội dung được giao").runs[0].bold = True
    entries = []; rows = []
    for i, (task, title, body, stw, st, inds, months) in enumerate(tasks, 1):
        txt = f"1.{i}. {title}. {body} Tình trạng: {stw}."
        if inds: txt += f" (Số liệu chi tiết tại dòng {i} Phụ lục kèm theo.)"
        doc.add_paragraph(txt)
        entries.append(dict(task=task, status=st, indicators=dict(inds), text=txt))
        act = months
        for n, (k, v) in enumerate(inds.items()):
            mv = split_months(v, act)
            if n == 0 and v < 1_000_000:
                act = [m for m in range(11) if mv[m]] or months
            rows.append((i, title, k, v, mv))
    doc.add_paragraph("2. Khó khăn, vướng mắc").runs[0].bold = True
    for d in diffs: doc.add_paragraph("- " + d)
    doc.add_paragraph("3. Đề xuất, kiến nghị").runs[0].bold = True
    for d in props: doc.add_paragraph("- " + d)
    p = doc.add_paragraph(signer); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # landscape section
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("PHỤ LỤC SỐ LIỆU").bold = True
    p = doc.add_paragraph(f"(Kèm theo Báo cáo số {num} của {name})"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hdr = ["Dòng", "Nội dung", "Chỉ tiêu", "ĐVT"] + [f"T{m}" for m in range(1, 12)] + ["Lũy kế"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for j, h in enumerate(hdr): t.rows[0].cells[j].text = h
    last = None
    for (i, title, k, v, mv) in rows:
        c = t.add_row().cells
        c[0].text = str(i) if i != last else ""
        c[1].text = title if i != last else ""
        last = i
        money = k in ("fines_vnd", "budget_spent_vnd")
        c[2].text = LABEL[k][0].upper() + LABEL[k][1:]
        c[3].text = "triệu đồng" if money else UNITW[k]
        for m in range(11):
            x = mv[m]
            c[4 + m].text = "-" if x == 0 else ((f"{x/1e6:g}".replace(".", ",")) if money else str(x))
        c[15].text = (f"{v/1e6:g}".replace(".", ",")) if money else str(v)
    for row in t.rows:
        for cell in row.cells:
            for pp in cell.paragraphs:
                for r in pp.runs: r.font.size = Pt(9)
    doc.save(os.path.join(OUT, fn))
    key(fn, dict(id=aid, name=name), num, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND C
# Ward clerk XLSX: "Đã báo cáo 9T | Bổ sung T10-T11 | Lũy kế | Ghi chú" ; status only in Ghi chú (dates or short words)
def hand_C(fn, code, name, num, date_cell, date_iso, tasks, diffs, props, sheetname):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheetname
    ws["A1"] = "UBND " + name.upper(); ws["A1"].font = Font(bold=True)
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = "Số: " + num
    ws["F3"] = date_cell
    ws["A5"] = "BIỂU CẬP NHẬT KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (11 THÁNG 2026)"; ws["A5"].font = Font(bold=True, size=13)
    hdr = ["TT", "Việc thực hiện", "Nội dung số liệu", "ĐVT", "Đã báo cáo 9T", "Bổ sung T10-T11", "Lũy kế", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 8; entries = []
    for i, (task, title, stw, st, inds) in enumerate(tasks, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, title); ws.cell(r, 8, stw)
        if not inds:
            r += 1
        for n, (k, (prev, tot)) in enumerate(inds.items()):
            money = k in ("fines_vnd", "budget_spent_vnd")
            ws.cell(r, 3, LABEL[k][0].upper() + LABEL[k][1:]); ws.cell(r, 4, "đồng" if money else UNITW[k])
            ws.cell(r, 5, prev); ws.cell(r, 6, tot - prev); ws.cell(r, 7, tot)
            for col in (5, 6, 7):
                ws.cell(r, col).number_format = "#,##0"
            r += 1
        entries.append(dict(task=task, status=st, indicators={k: v[1] for k, v in inds.items()}, text=f"{title} – {stw}"))
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for d in diffs: ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in props: ws.cell(r, 2, d); r += 1
    ws.cell(r + 1, 6, "Người lập biểu"); ws.cell(r + 4, 6, "Nguyễn Văn Tài")
    for col, w in zip("ABCDEFGH", [5, 40, 32, 12, 12, 14, 10, 24]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, dict(id=code, name=name), num, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND D
# Department XLSX: one row per indicator, task's short name repeated in every row, status on every row; KK/ĐX as a) b) lines under the table
def hand_D(fn, aid, name, num, date_txt, date_iso, tasks, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = name.upper(); ws["A2"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + num; ws["E3"] = "Thành phố Hồ Chí Minh, " + date_txt
    ws["A5"] = "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP THEO KẾ HOẠCH CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True)
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "Kết quả", "Đơn vị tính", "Tình trạng"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    r = 8; stt = 1; entries = []
    for (task, short, stw, st, inds) in tasks:
        items = list(inds.items()) or [(None, None)]
        for k, v in items:
            ws.cell(r, 1, stt); ws.cell(r, 2, short); ws.cell(r, 6, stw)
            if k:
                money = k in ("fines_vnd", "budget_spent_vnd")
                ws.cell(r, 3, LABEL[k][0].upper() + LABEL[k][1:])
                ws.cell(r, 4, vnum(v) + "đ" if money else v)
                ws.cell(r, 5, "đồng" if money else UNITW[k])
            else:
                ws.cell(r, 3, "(không có số liệu)")
            r += 1; stt += 1
        entries.append(dict(task=task, status=st, indicators=dict(inds), text=f"{short} – {stw}"))
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc và đề xuất:").font = Font(bold=True); r += 1
    for i, d in enumerate(diffs):
        ws.cell(r, 1, f"{'abcdefg'[i]}) {d}"); r += 1
    for i, d in enumerate(props):
        ws.cell(r, 1, f"{'abcdefg'[len(diffs)+i]}) {d}"); r += 1
    ws.cell(r + 1, 5, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); ws.cell(r + 4, 5, signer)
    for col, w in zip("ABCDEF", [6, 46, 36, 14, 12, 22]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, dict(id=aid, name=name), num, date_iso, entries, diffs, props)

# ================================================================ DATA
# ---- Hand A (wards, Word) -----------------------------------------
hand_A("27028-bc-bosung-ct38.docx", "27028", "Phường Phú Thạnh", "Phú Thạnh", "412/BC-UBND",
       "ngày 10 tháng 11 năm 2026", "2026-11-10",
       [("II.5.c", "Phối hợp kiểm tra đo lường, chất lượng tại các cửa hàng xăng dầu, chợ trên địa bàn",
         "Trong tháng 10 và tháng 11, Tổ kiểm tra liên ngành phường tiếp tục phối hợp với Chi cục kiểm tra tại chợ Phú Thạnh và tuyến đường Thoại Ngọc Hầu.",
         "Nội dung này phường vẫn đang tiếp tục thực hiện đến cuối năm.", "in_progress",
         {"inspections": (5, 7), "establishments_inspected": (31, 44), "violations": (3, 5), "fines_vnd": (9000000, 15500000)}),
        ("II.1.a", "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Đăng tin trên trang thông tin điện tử phường và nhóm Zalo các khu phố; phát thanh trên loa truyền thanh.",
         "Việc này đã hoàn thành theo kế hoạch của phường.", "completed",
         {"communications": (12, 17)}),
        ("II.3.a", "Cử công chức tham gia tập huấn nghiệp vụ do Sở tổ chức",
         "Phường cử công chức Kinh tế và cán bộ Tổ quản lý chợ tham dự lớp tập huấn ngày 22/10/2026.",
         "Đã hoàn thành.", "completed", {"participants": (2, 4)}),
        ("II.5.d", "Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng",
         "Từ báo cáo 9 tháng đến nay phường không nhận được đơn thư, phản ánh nào.",
         "Không phát sinh.", "not_applicable", {})],
       ["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được trang bị cân đối chứng tại chợ."],
       ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Phú Thạnh.", "Đề nghị gửi tài liệu tuyên truyền bản in để phát tại khu phố."],
       "Trần Thị Mỹ Hạnh",
       "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Phú Thạnh báo cáo bổ sung phần việc phát sinh từ sau Báo cáo 9 tháng (số 318/BC-UBND ngày 28/9/2026) như sau:")

hand_A("25837-bc-ct38-11thang.docx", "25837", "Phường Chánh Phú Hòa", "Chánh Phú Hòa", "287/BC-UBND",
       "ngày 07 tháng 11 năm 2026", "2026-11-07",
       [("II.5.c", "Kiểm tra cân, phương tiện đo tại chợ và cơ sở kinh doanh vàng bạc",
         "Phường chủ trì, mời Chi cục cùng tham gia 2 đợt kiểm tra trong tháng 10.",
         "Phường đánh giá nội dung này đang thực hiện, còn 01 đợt dự kiến tháng 12.", "in_progress",
         {"inspections": (4, 6), "establishments_inspected": (22, 35), "violations": (1, 1)}),
        ("II.1.b", "Vận động doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia",
         "Phường đã gửi thông báo, hướng dẫn hồ sơ đến các doanh nghiệp trong khu công nghiệp.",
         "Nội dung này đã hoàn thành từ quý II.", "completed",
         {"enterprises_supported": (6, 6)}),
        ("II.1.a", "Tuyên truyền trên hệ thống loa, pano và trang tin của phường",
         "Tiếp tục đăng tin, bài về ngày Tiêu chuẩn Thế giới 14/10.",
         "Đang tiếp tục thực hiện.", "in_progress", {"communications": (9, 13)}),
        ("II.3.a", "Cử cán bộ dự tập huấn",
         "Trong kỳ bổ sung, phường chưa được mời tham gia lớp nào.",
         "Phường chưa thực hiện được.", "not_started", {})],
       ["Chưa có hướng dẫn cụ thể về phân quyền xử phạt đối với vi phạm đo lường tại chợ."],
       ["Đề nghị Sở ban hành hướng dẫn quy trình phối hợp kiểm tra giữa phường và Chi cục."],
       "Võ Minh Khoa",
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; so với Báo cáo 9 tháng đã gửi, Ủy ban nhân dân phường Chánh Phú Hòa báo cáo bổ sung kết quả như sau:")

hand_A("26728-xa-chau-pha-bc.docx", "26728", "Xã Châu Pha", "Châu Pha", "156/BC-UBND",
       "ngày 12 tháng 11 năm 2026", "2026-11-12",
       [("II.5.c", "Phối hợp kiểm tra cửa hàng xăng dầu, cơ sở kinh doanh phân bón trên địa bàn xã",
         "Đoàn kiểm tra của xã kiểm tra thêm tại ấp Tân Châu và ấp Sông Cầu.",
         "Đã hoàn thành kế hoạch kiểm tra năm của xã.", "completed",
         {"inspections": (3, 5), "establishments_inspected": (14, 23), "violations": (2, 4), "fines_vnd": (4500000, 11000000)}),
        ("II.1.a", "Tuyên truyền trên loa truyền thanh các ấp",
         "Phát thanh 2 lần/tuần nội dung về ghi nhãn hàng hóa, cân đúng, đủ.",
         "Vẫn đang làm thường xuyên.", "in_progress", {"communications": (20, 28)}),
        ("II.3.a", "Cử công chức tham gia lớp tập huấn nghiệp vụ đo lường, chất lượng",
         "Công chức Kinh tế xã dự lớp tập huấn tại Chi cục.",
         "Đã xong.", "completed", {"participants": (1, 2)})],
       ["Địa bàn rộng, các cơ sở kinh doanh phân tán, phương tiện đi lại của đoàn kiểm tra còn hạn chế.",
        "Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường."],
       ["Đề nghị Chi cục phân bổ kinh phí hỗ trợ hoạt động kiểm tra cho xã."],
       "Đặng Văn Lộc",
       "Ủy ban nhân dân xã Châu Pha báo cáo cập nhật tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026, số liệu ghi phần tăng thêm so với báo cáo 9 tháng và lũy kế từ đầu năm, như sau:")

# mistaken file (hand A): giảm nghèo
def mistaken_A():
    fn = "25849-bc-giamngheo-11t.docx"
    doc = Document(); set_font(doc)
    header_table(doc, "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA LỢI", "Số: 301/BC-UBND", "Hòa Lợi, ngày 09 tháng 11 năm 2026")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("BÁO CÁO\nKết quả thực hiện Chương trình giảm nghèo bền vững năm 2026\n(cập nhật 11 tháng, bổ sung so với báo cáo 9 tháng)").bold = True
    for t in ["Ủy ban nhân dân phường Hòa Lợi báo cáo bổ sung kết quả thực hiện Chương trình giảm nghèo bền vững như sau:",
              "1. Rà soát hộ nghèo, hộ cận nghèo: số hộ nghèo giảm thêm 3 hộ so với báo cáo 9 tháng, còn lại 12 hộ; hộ cận nghèo giảm thêm 5 hộ, còn lại 27 hộ. Đang tiếp tục rà soát.",
              "2. Hỗ trợ vay vốn Ngân hàng Chính sách xã hội: tăng thêm 4 hộ được vay so với báo cáo 9 tháng, lũy kế 19 hộ, tổng dư nợ 1,2 tỷ đồng.",
              "3. Trao nhà tình thương: tăng thêm 1 căn, lũy kế 3 căn. Đã hoàn thành.",
              "Khó khăn: một số hộ thoát nghèo nhưng thu nhập chưa ổn định, dễ tái nghèo.",
              "Trên đây là báo cáo của Ủy ban nhân dân phường Hòa Lợi./."]:
        doc.add_paragraph(t)
    doc.save(os.path.join(OUT, fn))
    key(fn, dict(id="25849", name="Phường Hòa Lợi"), "301/BC-UBND", "2026-11-09", [], [], [],
        status="rejected", reason="Báo cáo về Chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")
mistaken_A()

# ---- Hand B (planner, Word + landscape appendix) -------------------
hand_B("SKHCN-KTPC-bc-ct38-2026.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "Sở Khoa học và Công nghệ",
       "45/BC-KTPC", "ngày 30 tháng 10 năm 2026", "2026-10-30",
       [("II.5.a", "Phối hợp Chi cục kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa lưu thông",
         "Phòng tham gia các đoàn kiểm tra theo kế hoạch năm; đợt cao điểm cuối năm đã được trình Lãnh đạo Sở.",
         "đã trình kế hoạch đợt cao điểm, các đợt trước đã thực hiện xong", "in_progress",
         {"inspections": 9, "establishments_inspected": 64, "violations": 11, "fines_vnd": 87500000}, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("II.5.d", "Tham mưu xử lý hành vi vi phạm, bảo vệ người tố giác",
         "Hồ sơ đề xuất khen thưởng 01 cá nhân cung cấp thông tin vi phạm đang được Hội đồng Thi đua – Khen thưởng Sở xem xét.",
         "chờ phê duyệt", "in_progress", {}, []),
        ("II.2.c", "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Phòng đã có ý kiến đối với dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).",
         "hoàn thành ngày 18/8/2026", "completed", {}, []),
        ("II.4.b", "Rà soát, kiểm định phương tiện kỹ thuật nghiệp vụ phục vụ kiểm tra, xử phạt",
         "Danh mục thiết bị cần hiệu chuẩn năm 2026 do Phòng lập, Văn phòng Sở đang xem xét dự toán.",
         "đang thẩm định", "in_progress", {"instruments_verified": 14}, [3, 4, 8])],
       ["Lực lượng kiểm tra mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sáp nhập."],
       ["Đề nghị Lãnh đạo Sở sớm phê duyệt dự toán hiệu chuẩn phương tiện kỹ thuật nghiệp vụ."],
       "TRƯỞNG PHÒNG\n\n\nHuỳnh Thanh Bình",
       "Phòng Kiểm tra – Pháp chế báo cáo tình trạng các nội dung được giao; số liệu theo tháng và lũy kế đến hết tháng 10 (ước tháng 11) được tổng hợp tại Phụ lục số liệu đính kèm.")

hand_B("SKHCN-TTPTTN-bc-ct38.docx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "Sở Khoa học và Công nghệ",
       "212/BC-TTPTTN", "ngày 29 tháng 10 năm 2026", "2026-10-29",
       [("II.4.a", "Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm",
         "Gói mua sắm thiết bị sắc ký lỏng khối phổ đã hoàn tất; dự án nâng cấp phòng hiệu chuẩn áp suất đã lập hồ sơ.",
         "gói 1 hoàn thành ngày 25/7/2026; dự án nâng cấp phòng hiệu chuẩn đang thẩm định", "in_progress",
         {"budget_spent_vnd": 1250000000}, [6, 7]),
        ("II.4.c", "Duy trì, liên kết chuẩn đo lường với chuẩn quốc gia",
         "Các chuẩn chính của Trung tâm đã được gửi hiệu chuẩn tại Viện Đo lường Việt Nam.",
         "hoàn thành ngày 30/9/2026", "completed", {"instruments_verified": 38}, [4, 5, 8, 9]),
        ("II.2.g", "Mở rộng phạm vi dịch vụ kỹ thuật thử nghiệm, hiệu chuẩn",
         "Hồ sơ đăng ký mở rộng lĩnh vực thử nghiệm vật liệu xây dựng đã gửi Tổng cục.",
         "đã trình, chờ quyết định công nhận", "in_progress", {"enterprises_supported": 126, "samples_tested": 2340}, list(range(11))),
        ("II.5.b", "Phối hợp thử nghiệm mẫu khảo sát chất lượng",
         "Trung tâm thử nghiệm mẫu do Chi cục lấy trong các đợt khảo sát xăng dầu, mũ bảo hiểm.",
         "hoàn thành ngày 15/10/2026", "completed", {"samples_tested": 85}, [4, 5, 9])],
       ["Thiết bị phân tích nhập khẩu có thời gian giao hàng kéo dài, ảnh hưởng tiến độ giải ngân."],
       ["Đề nghị Sở đẩy nhanh thẩm định dự án nâng cấp phòng hiệu chuẩn áp suất."],
       "GIÁM ĐỐC\n\n\nLương Hữu Phát",
       "Trung tâm báo cáo tình hình thực hiện các nội dung được giao tại Kế hoạch; phần thân báo cáo nêu tình trạng, số liệu chi tiết theo tháng tại Phụ lục số liệu.")

hand_B("SKHCN-VP-bc-ct38.docx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ",
       "118/BC-VP", "ngày 28 tháng 10 năm 2026", "2026-10-28",
       [("II.2.đ", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
         "Đã rà soát, cập nhật 12 quy trình nội bộ; đánh giá nội bộ năm 2026 đã thực hiện.",
         "hoàn thành ngày 20/9/2026", "completed", {"training_courses": 2, "participants": 74}, [2, 8]),
        ("II.2.h", "Phối hợp cải tiến Hệ thống thông tin giải quyết thủ tục hành chính",
         "Văn phòng đã tổng hợp đề xuất cải tiến của các phòng và gửi Chi cục.",
         "đã trình", "in_progress", {}, []),
        ("II.5.d", "Khen thưởng tổ chức, cá nhân có thành tích trong công tác TĐC",
         "Tờ trình khen thưởng nhân dịp kỷ niệm Ngày Tiêu chuẩn Thế giới đã gửi Hội đồng.",
         "chờ phê duyệt", "in_progress", {}, [])],
       [], ["Đề nghị Chi cục thống nhất mẫu báo cáo số liệu theo tháng để Văn phòng tổng hợp."],
       "CHÁNH VĂN PHÒNG\n\n\nNgô Thị Lan Anh",
       "Văn phòng Sở báo cáo tình trạng thực hiện các nội dung được giao chủ trì và phối hợp như sau (số liệu tại Phụ lục):")

hand_B("SO-CT-bc-ct38-2026.docx", "SO-CT", "Sở Công Thương", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
       "6021/BC-SCT", "ngày 05 tháng 11 năm 2026", "2026-11-05",
       [("II.5.a", "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
         "Lực lượng quản lý thị trường phối hợp Chi cục TĐC kiểm tra các cửa hàng xăng dầu, LPG.",
         "đợt 1 và đợt 2 hoàn thành ngày 30/9/2026; đợt 3 đã trình kế hoạch", "in_progress",
         {"inspections": 16, "establishments_inspected": 142, "violations": 19, "fines_vnd": 326000000}, list(range(1, 10))),
        ("II.2.e", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
         "Sở đã gửi ý kiến đối với các dự thảo QCVN về an toàn điện, xăng dầu sinh học.",
         "hoàn thành ngày 12/6/2026", "completed", {"standards_reviewed": 5}, [2, 4, 5]),
        ("II.3.a", "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         "Sở cử công chức Phòng Quản lý thương mại và Phòng Kỹ thuật an toàn tham dự.",
         "hoàn thành ngày 22/10/2026", "completed", {"participants": 8}, [5, 9])],
       ["Một số cửa hàng xăng dầu thay đổi chủ sở hữu, khó xác định trách nhiệm khi kiểm tra."],
       ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu."],
       "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nTrịnh Quốc Hưng",
       "Sở Công Thương báo cáo tình trạng thực hiện các nội dung phối hợp; số liệu theo tháng được tổng hợp tại Phụ lục số liệu.")

hand_B("SO-YT-bc-ct38.docx", "SO-YT", "Sở Y tế", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
       "8833/BC-SYT", "ngày 04 tháng 11 năm 2026", "2026-11-04",
       [("II.2.đ", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         "Sở đang cập nhật hệ thống theo danh mục thủ tục hành chính mới.",
         "đang thẩm định bộ quy trình cập nhật", "in_progress", {}, []),
        ("II.2.e", "Góp ý dự thảo QCVN về trang thiết bị y tế",
         "Sở đã có văn bản góp ý gửi Bộ Y tế.",
         "hoàn thành ngày 03/7/2026", "completed", {"standards_reviewed": 3}, [3, 6]),
        ("II.5.a", "Phối hợp kiểm tra chất lượng trang thiết bị y tế, phương tiện đo dùng trong y tế",
         "Thanh tra Sở phối hợp Chi cục kiểm tra huyết áp kế, nhiệt kế y học tại các nhà thuốc.",
         "đã trình kế hoạch kiểm tra quý IV, chờ phê duyệt", "in_progress",
         {"inspections": 4, "establishments_inspected": 37, "violations": 2, "fines_vnd": 15000000}, [3, 5, 8])],
       [], ["Đề nghị Chi cục hỗ trợ tập huấn về đo lường trong lĩnh vực y tế cho công chức Thanh tra Sở."],
       "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nPhan Thị Thu Hà",
       "Sở Y tế báo cáo tình trạng các nội dung liên quan; số liệu chi tiết theo tháng tại Phụ lục số liệu.")

hand_B("SO-XD-bc-ct38-2026.docx", "SO-XD", "Sở Xây dựng", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
       "10457/BC-SXD", "ngày 06 tháng 11 năm 2026", "2026-11-06",
       [("II.2.e", "Xây dựng, góp ý quy chuẩn kỹ thuật về vật liệu xây dựng",
         "Sở chủ trì dự thảo quy chuẩn kỹ thuật địa phương về vật liệu xây dựng không nung.",
         "đã trình UBND Thành phố, chờ phê duyệt", "in_progress", {"standards_reviewed": 4}, [2, 5, 8]),
        ("II.5.a", "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         "Đoàn kiểm tra của Sở kiểm tra và lấy mẫu thép, xi măng, kính xây dựng.",
         "hoàn thành ngày 28/8/2026", "completed",
         {"inspections": 6, "establishments_inspected": 41, "samples_tested": 57, "violations": 3, "fines_vnd": 42000000}, [3, 4, 5, 6, 7]),
        ("II.3.a", "Cử công chức tham gia tập huấn",
         "Sở chưa nhận được thư mời trong năm 2026.",
         "chưa triển khai", "not_started", {}, [])],
       ["Quy chuẩn địa phương kéo dài do phải lấy ý kiến nhiều sở, ngành."],
       [],
       "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nĐoàn Ngọc Sơn",
       "Sở Xây dựng báo cáo tình trạng các nội dung liên quan; số liệu theo tháng tại Phụ lục số liệu.")

# ---- Hand C (ward clerk XLSX) -------------------------------------
hand_C("25906-bieu-ct38-11t.xlsx", "25906", "Xã Bắc Tân Uyên", "94/BC-UBND", "Bắc Tân Uyên, ngày 11 tháng 11 năm 2026", "2026-11-11",
       [("II.5.c", "Phối hợp Chi cục kiểm tra cân, cột đo xăng dầu", "xong đợt 2 ngày 20/10, còn đợt cuối tháng 12", "in_progress",
         {"inspections": (3, 4), "establishments_inspected": (18, 26), "violations": (2, 3), "fines_vnd": (5000000, 7500000)}),
        ("II.1.a", "Tuyên truyền trên loa, trang Facebook xã", "làm thường xuyên, đang tiếp tục", "in_progress",
         {"communications": (15, 21)}),
        ("II.3.a", "Cử cán bộ học tập huấn", "xong 22/10/2026", "completed", {"participants": (1, 3)}),
        ("II.5.d", "Tiếp nhận phản ánh vi phạm", "không phát sinh", "not_applicable", {})],
       ["Cán bộ phụ trách mới nhận việc, chưa nắm nghiệp vụ đo lường."],
       ["Xin Chi cục cho cán bộ đi kèm đoàn kiểm tra để học việc."], "BC CT38 T11")

hand_C("25840-long-nguyen-ct38.xlsx", "25840", "Phường Long Nguyên", "215/BC-UBND", "Long Nguyên, ngày 08 tháng 11 năm 2026", "2026-11-08",
       [("II.5.c", "Kiểm tra đo lường tại chợ Long Nguyên và các cửa hàng vàng", "xong 31/10/2026", "completed",
         {"inspections": (2, 3), "establishments_inspected": (19, 27), "violations": (0, 2), "fines_vnd": (0, 3000000)}),
        ("II.1.b", "Hướng dẫn doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", "xong từ 30/6", "completed",
         {"enterprises_supported": (4, 4)}),
        ("II.1.a", "Tuyên truyền cân đúng, cân đủ", "đang làm", "in_progress", {"communications": (8, 11)})],
       ["Chợ tạm chưa bố trí được điểm cân đối chứng."],
       ["Đề nghị hỗ trợ cân đối chứng cho chợ tạm Long Nguyên."], "Bieu CT38")

hand_C("25768-phu-an-bieu-11t.xlsx", "25768", "Phường Phú An", "188/BC-UBND", "Phú An, ngày 13 tháng 11 năm 2026", "2026-11-13",
       [("II.5.c", "Phối hợp kiểm tra hàng hóa, nhãn hàng hóa tại cơ sở kinh doanh", "đang làm, còn 1 đợt", "in_progress",
         {"inspections": (4, 5), "establishments_inspected": (25, 30), "violations": (4, 5), "fines_vnd": (12000000, 14500000)}),
        ("II.3.a", "Cán bộ phường dự tập huấn", "chưa được mời", "not_started", {}),
        ("II.1.a", "Đăng tin trên trang thông tin phường", "xong 15/10/2026", "completed", {"communications": (6, 9)}),
        ("II.5.d", "Khen thưởng, bảo vệ người tố giác", "không phát sinh", "not_applicable", {})],
       [], ["Đề nghị Chi cục cung cấp tài liệu hướng dẫn ghi nhãn hàng hóa."], "Sheet1")

# ---- Hand D (department XLSX, one row per indicator) --------------
hand_D("SO-NNMT-ketqua-ct38.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7712/SNNMT-CCTTBVTV", "ngày 03 tháng 11 năm 2026", "2026-11-03",
       [("II.5.a", "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật", "Đang thực hiện",  "in_progress",
         {"inspections": 12, "establishments_inspected": 96, "samples_tested": 48, "violations": 9, "fines_vnd": 138500000}),
        ("II.2.e", "Góp ý dự thảo QCVN lĩnh vực nông nghiệp", "Hoàn thành", "completed", {"standards_reviewed": 6}),
        ("II.2.đ", "Duy trì ISO 9001 tại cơ quan Sở", "Hoàn thành", "completed", {})],
       ["Chi phí kiểm nghiệm mẫu phân bón cao, dự toán năm không đủ."],
       ["Đề nghị Sở KH&CN hỗ trợ ưu đãi giá thử nghiệm cho mẫu kiểm tra nhà nước."], "Nguyễn Hoàng Tuấn")

hand_D("SO-ATTP-bc-phoihop-ct38.xlsx", "SO-ATTP", "Sở An toàn thực phẩm", "1534/BC-SATTP", "ngày 02 tháng 11 năm 2026", "2026-11-02",
       [("II.5.a", "Phối hợp kiểm tra ghi nhãn, đo lường hàng đóng gói sẵn thực phẩm", "Hoàn thành", "completed",
         {"inspections": 7, "establishments_inspected": 58, "violations": 6, "fines_vnd": 64000000}),
        ("II.5.b", "Lấy mẫu khảo sát chất lượng thực phẩm", "Đang thực hiện", "in_progress", {"samples_tested": 210}),
        ("II.3.a", "Cử công chức dự tập huấn nghiệp vụ TĐC", "Hoàn thành", "completed", {"participants": 6})],
       [], ["Đề nghị phối hợp xây dựng kế hoạch kiểm tra liên ngành năm 2027 ngay từ tháng 12/2026."], "Lý Thanh Tâm")

hand_D("SO-GDDT-ct38-2026.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "4409/BC-SGDĐT", "ngày 06 tháng 11 năm 2026", "2026-11-06",
       [("II.3.d", "Tập huấn cho giáo viên, học sinh trường trung cấp về tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", "in_progress",
         {"training_courses": 3, "participants": 415}),
        ("II.1.a", "Tuyên truyền trên cổng thông tin ngành giáo dục", "Hoàn thành", "completed", {"communications": 7}),
        ("II.2.đ", "Áp dụng ISO 9001 tại cơ quan Sở", "Không phát sinh", "not_applicable", {})],
       ["Lịch học của các trường dày, khó bố trí thời gian tập huấn."], [], "Bùi Thị Ngọc Trâm")

# mistaken (hand D): Sở Tài chính sends its cải cách hành chính report
def mistaken_D():
    fn = "SO-TC-bc-cchc-quyIV.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = "SỞ TÀI CHÍNH"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: 9120/BC-STC"; ws["E3"] = "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026"
    ws["A5"] = "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    rows = [["STT", "Nội dung công việc", "Chỉ tiêu", "Kết quả", "Đơn vị tính", "Tình trạng"],
            [1, "Rà soát, đơn giản hóa thủ tục hành chính", "Thủ tục được rà soát", 46, "thủ tục", "Hoàn thành"],
            [2, "Cung cấp dịch vụ công trực tuyến toàn trình", "Hồ sơ tiếp nhận trực tuyến", 12480, "hồ sơ", "Đang thực hiện"],
            [3, "Số hóa hồ sơ, kết quả giải quyết TTHC", "Tỷ lệ số hóa", 92, "%", "Đang thực hiện"]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1): ws.cell(7 + i, j, v)
    wb.save(os.path.join(OUT, fn))
    key(fn, dict(id="SO-TC", name="Sở Tài chính"), "9120/BC-STC", "2026-11-05", [], [], [],
        status="rejected", reason="Báo cáo công tác cải cách hành chính, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")
mistaken_D()

# ---- re-save two files through LibreOffice, as offices do ---------
def lo_resave(fn, fmt):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)
lo_resave("SO-YT-bc-ct38.docx", "docx")
lo_resave("25840-long-nguyen-ct38.xlsx", "xlsx")
finish()
print(len(TRUTH), "files")
