# -*- coding: utf-8 -*-
"""Generator for set219. Hands A-E; see NOTES.md."""
import json, hashlib, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")
os.makedirs(TR, exist_ok=True)
KEYS = {}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
        unit={"id": unit[0], "name": unit[1]},
        document={"number": number, "date": date},
        entries=[dict(task=e["task"], status=e["status"], indicators=e.get("ind", {}), text=e["text"]) for e in entries],
        findings=[], difficulties=diffs, proposals=props)

def money_tr(v):  # 47500000 -> "47,5 triệu đồng"
    t = v / 1e6
    s = ("%.1f" % t).rstrip("0").rstrip(".").replace(".", ",")
    return s

# ---------------------------------------------------------------- HAND A
# Ward văn phòng officer (Nguyễn Thị Thu Hà style): "Phiếu giao việc" register.
A_ST = {"completed": "Đã nghiệm thu", "in_progress": "Chưa nghiệm thu (đang làm)",
        "not_started": "Chưa giao làm", "not_applicable": "Không có việc"}
A_COLS = ["Mã phiếu", "Ngày giao", "Người nhận việc", "Việc được giao", "Số cuộc",
          "Số cơ sở / hộ KD", "Số vi phạm", "Tiền phạt (đồng)", "Số người dự", "Tin, bài",
          "Người làm tự báo", "Lãnh đạo xác nhận"]
A_IND = {4: "inspections", 5: "establishments_inspected", 6: "violations", 7: "fines_vnd",
         8: "participants", 9: "communications"}

def hand_a(fname, unit, hdr_unit, place, number, date_txt, date_iso, rows, diffs, props,
           title, prefix, mistaken=False, reason=None):
    wb = Workbook(); ws = wb.active; ws.title = "PhieuGiaoViec"
    ws["A1"] = hdr_unit; ws["A1"].font = Font(bold=True, name="Times New Roman")
    ws["G1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["G1"].font = Font(bold=True)
    ws["A2"] = unit[1].upper(); ws["A2"].font = Font(bold=True)
    ws["G2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + number
    ws["G3"] = f"{place}, {date_txt}"; ws["G3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:L5"); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws["A6"] = "(Mỗi dòng là một phiếu giao việc; cột \"Lãnh đạo xác nhận\" do Phó Chủ tịch phụ trách ghi sau khi kiểm tra)"
    ws["A6"].font = Font(italic=True, size=9)
    r = 8
    for c, h in enumerate(A_COLS, 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BOX
        x.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        x.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[r].height = 42
    entries = []
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [f"{prefix}-{i:02d}", row["ngay"], row["nguoi"], row["viec"]] + [None] * 6 + [row["tubao"], A_ST.get(row["status"], row["status"])]
        ind = {}
        for c, k in A_IND.items():
            if k in row.get("ind", {}):
                vals[c] = row["ind"][k]; ind[k] = row["ind"][k]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BOX
            x.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 8 and v is not None: x.number_format = "#,##0"
        if "task" in row:
            entries.append(dict(task=row["task"], status=row["status"], ind=ind, text=row["viec"]))
    r += 2
    ws.cell(r, 1, "Vướng mắc:").font = Font(bold=True)
    for d in diffs:
        r += 1; ws.cell(r, 2, "- " + d)
    r += 1
    ws.cell(r, 1, "Đề nghị:").font = Font(bold=True)
    for p in props:
        r += 1; ws.cell(r, 2, "- " + p)
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BẢNG").font = Font(bold=True)
    ws.cell(r, 9, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    r += 4
    ws.cell(r, 2, rows[0]["nguoi"] if mistaken else "Nguyễn Thị Thu Hà")
    ws.cell(r, 9, "Lê Văn Phúc")
    for c, w in zip(range(1, 13), [9, 11, 16, 46, 8, 10, 9, 14, 9, 8, 26, 18]):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "E9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, number, date_iso, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit, number, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND B
# Department planning clerk: traffic-light status written as colour WORDS with a legend line.
B_ST = {"completed": "XANH", "in_progress": "VÀNG", "not_started": "ĐỎ", "not_applicable": "TRẮNG"}

def hand_b(fname, unit, hdr, number, date_txt, date_iso, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "TinhHinh_KH38"
    ws["A1"] = hdr[0]; ws["A2"] = hdr[1]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Thành phố Hồ Chí Minh, " + date_txt
    ws["A5"] = "TÌNH HÌNH PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["A5"].font = Font(bold=True, size=12); ws.merge_cells("A5:F5")
    ws["A6"] = "(Kèm theo Công văn số " + number + ")"; ws["A6"].font = Font(italic=True)
    ws["A7"] = "Cột MÀU: XANH = đã xong | VÀNG = đang làm, chưa xong | ĐỎ = chưa bắt đầu | TRẮNG = không phát sinh việc"
    ws["A7"].font = Font(italic=True, color="7F7F7F")
    heads = ["TT", "Phần việc theo Kế hoạch", "Đầu mối (phòng – ĐT nội bộ)", "Kết quả đến 25/10/2026", "MÀU", "Ghi chú"]
    r = 9
    for c, h in enumerate(heads, 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BOX
        x.alignment = Alignment(horizontal="center", wrap_text=True)
    entries = []
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i, row["viec"], row["daumoi"], row["kq"], B_ST[row["status"]], row.get("gc", "")]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top")
        entries.append(dict(task=row["task"], status=row["status"], ind=row.get("ind", {}), text=row["viec"] + " – " + row["kq"]))
    r += 2
    ws.cell(r, 1, "VƯỚNG MẮC").font = Font(bold=True)
    for j, d in enumerate(diffs):
        r += 1; ws.cell(r, 1, f"({chr(97+j)})"); ws.cell(r, 2, d)
    r += 1
    ws.cell(r, 1, "KIẾN NGHỊ").font = Font(bold=True)
    for j, p in enumerate(props):
        r += 1; ws.cell(r, 1, f"({chr(97+j)})"); ws.cell(r, 2, p)
    r += 2
    ws.cell(r, 4, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 4, 4, signer)
    for c, w in zip("ABCDEF", [5, 38, 22, 60, 9, 22]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND C
# Sở unit's monitoring engineer: KPI register, one row per KPI, milestone statuses.
C_ST = {"completed": "Đạt mốc cuối", "in_progress": "Qua mốc giữa", "not_started": "Chưa tới mốc 1",
        "not_applicable": "Không kích hoạt"}

def hand_c(fname, unit, short, number, date_txt, date_iso, tasks, diffs, props, who):
    wb = Workbook(); ws = wb.active; ws.title = "KPI_2026"
    meta = [("Đơn vị", unit[1]), ("Văn bản gửi kèm", "Báo cáo số " + number), ("Ngày chốt số liệu", "31/10/2026"),
            ("Ngày gửi", date_txt), ("Người nhập", who)]
    for i, (k, v) in enumerate(meta, 1):
        ws.cell(i, 1, k).font = Font(bold=True); ws.cell(i, 2, v)
    ws.cell(7, 1, "SỔ THEO DÕI CHỈ SỐ (KPI) THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026").font = Font(bold=True, size=12)
    heads = ["Mã KPI", "Tên chỉ số / hoạt động", "Giá trị lũy kế", "ĐVT", "Trạng thái mốc", "Mốc kế tiếp"]
    r = 8
    for c, h in enumerate(heads, 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = PatternFill("solid", fgColor="305496")
    entries = []; n = 0
    for t in tasks:
        ind = {}
        for (lab, val, dvt, k) in t["kpi"]:
            n += 1; r += 1
            ws.cell(r, 1, f"{short}-K{n:02d}"); ws.cell(r, 2, lab)
            c3 = ws.cell(r, 3, val if val is not None else "—")
            if isinstance(val, int) and val >= 1000: c3.number_format = "#,##0"
            ws.cell(r, 4, dvt); ws.cell(r, 5, C_ST[t["status"]]); ws.cell(r, 6, t.get("next", ""))
            if k: ind[k] = val
        entries.append(dict(task=t["task"], status=t["status"], ind=ind, text="; ".join(x[0] for x in t["kpi"])))
    r += 2
    ws.cell(r, 1, "Chú giải trạng thái mốc: Đạt mốc cuối = việc đã xong; Qua mốc giữa = đang làm; Chưa tới mốc 1 = chưa bắt đầu; Không kích hoạt = không phát sinh").font = Font(italic=True, size=9)
    for c, w in zip("ABCDEF", [11, 62, 15, 12, 16, 28]):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Vuong_mac_De_xuat")
    ws2["A1"] = "Loại"; ws2["B1"] = "Nội dung"
    rr = 1
    for d in diffs:
        rr += 1; ws2.cell(rr, 1, "Vướng mắc"); ws2.cell(rr, 2, d)
    for p in props:
        rr += 1; ws2.cell(rr, 1, "Đề xuất"); ws2.cell(rr, 2, p)
    ws2.column_dimensions["B"].width = 100
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- DOCX helpers
def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_table(d, left, right):
    t = d.add_table(rows=len(left), cols=2)
    for i in range(len(left)):
        for j, txt in enumerate((left[i], right[i])):
            p = t.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt[0]); run.bold = txt[1]; run.italic = txt[2] if len(txt) > 2 else False
    return t

def para(d, text, bold=False, italic=False, align=None, size=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

# ---------------------------------------------------------------- HAND D
# Ward economics officer: "việc → số liệu → tình trạng" arrow one-liners under own topic headings.
def hand_d(fname, unit, hdr_up, number, place, date_txt, date_iso, topics, diffs, props, signer):
    d = base_doc()
    header_table(d, [(hdr_up, False), (unit[1].upper(), True), ("Số: " + number, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                  (f"{place}, {date_txt}", False, True)])
    para(d, "")
    para(d, "BÁO CÁO", True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, f"Thực hiện đề nghị của Chi cục, {unit[1]} báo cáo nhanh theo từng việc như sau (mỗi dòng: việc → số liệu → tình trạng):", align="j")
    entries = []
    for i, (topic, items) in enumerate(topics, 1):
        para(d, f"{i}. {topic}", True)
        for it in items:
            para(d, "- " + it["line"])
            entries.append(dict(task=it["task"], status=it["status"], ind=it.get("ind", {}), text=it["line"]))
    para(d, "Khó khăn", True)
    for x in diffs: para(d, "+ " + x)
    para(d, "Kiến nghị", True)
    for x in props: para(d, "+ " + x)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run("Nơi nhận:\n- Chi cục TĐC TP.HCM;\n- Lưu: VT, KT.").italic = True
    c = t.cell(0, 1).paragraphs[0]; c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer).bold = True
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs, props)

# ---------------------------------------------------------------- HAND E
# Office chief writing a "Biên bản tự kiểm tra" instead of a report.
def hand_e(fname, unit, hdr_up, number, day_words, date_txt, date_iso, members, items, diffs, props,
           subject="tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (phần việc liên quan đến đơn vị)",
           mistaken=False, reason=None):
    d = base_doc()
    header_table(d, [(hdr_up, False), (unit[1].upper(), True), ("Số: " + number, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                  ("Thành phố Hồ Chí Minh, " + date_txt, False, True)])
    para(d, "")
    para(d, "BIÊN BẢN", True, align="c", size=14)
    para(d, "Tự kiểm tra " + subject, True, align="c")
    para(d, day_words, align="j")
    para(d, "Tổ tự kiểm tra gồm:")
    for m in members: para(d, m)
    para(d, "Tổ đã rà soát hồ sơ, số liệu và ghi nhận như sau:", align="j")
    para(d, "I. NỘI DUNG TỰ KIỂM TRA", True)
    entries = []
    for i, it in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run(f"Nội dung {i}: "); r.bold = True; p.add_run(it["name"])
        p = d.add_paragraph(); r = p.add_run("Ghi nhận: "); r.italic = True; p.add_run(it["ghi"]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p = d.add_paragraph(); r = p.add_run("Kết luận của Tổ: "); r.italic = True; r.bold = True; p.add_run(it["kl"])
        if "task" in it:
            entries.append(dict(task=it["task"], status=it["status"], ind=it.get("ind", {}), text=it["name"] + ". " + it["ghi"]))
    para(d, "II. TỒN TẠI, KHÓ KHĂN", True)
    for j, x in enumerate(diffs, 1): para(d, f"{j}. {x}")
    para(d, "III. KIẾN NGHỊ CỦA TỔ", True)
    for j, x in enumerate(props, 1): para(d, f"{j}. {x}")
    para(d, "Biên bản kết thúc lúc 16 giờ 30 cùng ngày, đã đọc lại cho các thành viên cùng nghe và thống nhất ký tên./.", italic=True)
    t = d.add_table(rows=1, cols=3)
    for j, s in enumerate(["THƯ KÝ\n\n\n\n" + members[-1].split(" – ")[0].lstrip("- ").replace("Ông ", "").replace("Bà ", ""),
                           "THÀNH VIÊN\n\n\n\n" + members[1].split(" – ")[0].lstrip("- ").replace("Ông ", "").replace("Bà ", ""),
                           "TỔ TRƯỞNG\n\n\n\n" + members[0].split(" – ")[0].lstrip("- ").replace("Ông ", "").replace("Bà ", "")]):
        p = t.cell(0, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(s).bold = True
    d.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, number, date_iso, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit, number, date_iso, entries, diffs, props)

exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())

# LibreOffice re-save of two files, as offices do
def lo_resave(fname):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    ext = fname.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname)); shutil.rmtree(tmp)
for f in LO_FILES:
    lo_resave(f)

for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(TR, fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
