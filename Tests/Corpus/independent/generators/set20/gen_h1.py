"""Hand 1 - 'eQMS export': a long-format (entity-attribute-value) export from a unit's own
management software. Sheets META / DATA / LOOKUP_STATUS / ISSUES; English column names,
software task refs 'CT38-26-5A' (đ -> 'DD'), metric codes, numeric STATUS_ID joined via LOOKUP."""
import datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from common import ROOT, write_key, unit_name

LET = {"a": "A", "b": "B", "c": "C", "d": "D", "đ": "DD", "e": "E", "g": "G", "h": "H", "i": "I"}
ST = {"completed": 1, "in_progress": 2, "not_started": 3, "not_applicable": 9}
MET = {  # metric code -> (indicator id or None, Vietnamese name, UoM)
    "TRN_CLS": ("training_courses", "Số lớp đào tạo/tập huấn", "lớp"),
    "TRN_PAX": ("participants", "Số lượt học viên", "lượt người"),
    "COMM_ART": ("communications", "Tin, bài đăng tải", "tin/bài"),
    "ENT_SUP": ("enterprises_supported", "Doanh nghiệp được hỗ trợ, hướng dẫn", "DN"),
    "INSP_CNT": ("inspections", "Số cuộc kiểm tra", "cuộc"),
    "INSP_EST": ("establishments_inspected", "Số cơ sở được kiểm tra", "cơ sở"),
    "INSP_VIO": ("violations", "Số cơ sở vi phạm", "cơ sở"),
    "FINE_AMT": ("fines_vnd", "Tiền xử phạt VPHC", "VND"),
    "SMPL_CNT": ("samples_tested", "Số mẫu lấy/thử nghiệm", "mẫu"),
    "INSTR_VER": ("instruments_verified", "Phương tiện đo kiểm định/hiệu chuẩn", "PTĐ"),
    "STD_REV": ("standards_reviewed", "TCVN/QCVN góp ý, xây dựng", "văn bản"),
    "BUDGET_DISB": ("budget_spent_vnd", "Kinh phí đã giải ngân", "VND"),
    # not in the contract -> not figures of the key
    "EQP_NEW": (None, "Thiết bị mới đưa vào sử dụng", "thiết bị"),
    "STD_MAINT": (None, "Chuẩn đo lường chính duy trì", "chuẩn"),
    "DATA_REC": (None, "Bản ghi dữ liệu đã đồng bộ", "bản ghi"),
    "PROC_CNT": (None, "Thủ tục hành chính đã kết nối", "TTHC"),
}


def ref(task):
    g, l = task.split(".")[1:]
    return f"CT38-26-{g}{LET[l]}"


UNITS = [
    dict(fname="export_BC_CT38_2026_TTPT-HCM_20261026.xlsx", uid="SKHCN-TTPTTN", org="TTPT-HCM",
         number="1187/BC-TTPT", date=dt.date(2026, 10, 26), exported=dt.datetime(2026, 10, 26, 16, 42, 7),
         sw="LabQMS v3.2.1",
         tasks=[
             ("II.4.a", "Đầu tư, hiện đại hóa trang thiết bị phòng thí nghiệm", "in_progress",
              [("BUDGET_DISB", 4850000000), ("EQP_NEW", 12)], "Đã nghiệm thu 12 thiết bị; gói thầu 2 đang đấu thầu"),
             ("II.2.g", "Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "in_progress",
              [("INSTR_VER", 18420), ("SMPL_CNT", 3215)], "Lũy kế 01/01-30/9/2026"),
             ("II.4.c", "Duy trì chuẩn đo lường, liên kết chuẩn quốc gia", "in_progress",
              [("STD_MAINT", 46)], ""),
             ("II.3.d", "Đào tạo sinh viên thực tập về đo lường, thử nghiệm", "completed",
              [("TRN_CLS", 2), ("TRN_PAX", 160)], "ĐH Bách khoa, CĐ Kỹ thuật Cao Thắng"),
         ],
         issues=[("KK", "Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì cao, thường xuyên hỏng hóc."),
                 ("KK", "Thiếu kiểm định viên lĩnh vực đo lường điện, áp suất."),
                 ("DX", "Đề nghị Sở bố trí kinh phí năm 2027 thay thế hệ thống sắc ký khí khối phổ."),
                 ("DX", "Đề nghị Chi cục phối hợp tổ chức khóa đào tạo kiểm định viên đo lường điện.")]),
    dict(fname="eTDC_export_KH38_20261030.xlsx", uid="SKHCN-CCTDC", org="CCTDC-HCM",
         number="842/BC-CCTĐC", date=dt.date(2026, 10, 30), exported=dt.datetime(2026, 10, 30, 9, 15, 55),
         sw="eTĐC Manager 2.0",
         tasks=[
             ("II.4.b", "Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", "completed",
              [("INSTR_VER", 37), ("BUDGET_DISB", 215000000)], ""),
             ("II.5.a", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông", "in_progress",
              [("INSP_CNT", 14), ("INSP_EST", 96), ("INSP_VIO", 11), ("FINE_AMT", 187500000)], "Xăng dầu, LPG, vàng trang sức, đồ chơi trẻ em"),
             ("II.5.b", "Khảo sát chất lượng sản phẩm, hàng hóa", "in_progress",
              [("SMPL_CNT", 120)], "Mẫu xăng E5, mũ bảo hiểm, sữa"),
             ("II.4.c", "Duy trì, liên kết chuẩn đo lường", "in_progress", [], ""),
             ("II.2.h", "Hoàn thiện HTTT giải quyết TTHC, kết nối một cửa quốc gia", "completed",
              [("PROC_CNT", 3)], "Hoàn thành Quý I/2026"),
         ],
         issues=[("KK", "Số lượng công chức làm công tác kiểm tra đo lường còn mỏng so với số cơ sở kinh doanh xăng dầu trên địa bàn."),
                 ("DX", "Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành hướng dẫn kiểm tra đo lường đối với cột đo xăng dầu có thiết bị điện tử.")]),
    dict(fname="iReport_CT38_TTCNTT_DKG.xlsx", uid="SKHCN-TTCNTT", org="TTCNTT-DKG",
         number="233/BC-TTCNTT", date=dt.date(2026, 10, 21), exported=dt.datetime(2026, 10, 21, 14, 3, 30),
         sw="iReport Portal",
         tasks=[
             ("II.2.i", "Kết nối CSDL quốc gia về TĐC với hạ tầng dữ liệu Thành phố", "in_progress",
              [("DATA_REC", 12480), ("COMM_ART", 6)], "Đồng bộ dữ liệu công bố hợp quy"),
             ("II.2.h", "Kết nối liên thông Cổng một cửa quốc gia", "not_applicable", [], "Không được giao"),
         ],
         issues=[("KK", "Dữ liệu từ hệ thống của Bộ chưa có API chuẩn, phải trích xuất thủ công."),
                 ("DX", "Đề nghị Phòng Chuyển đổi số chủ trì làm việc với Bộ Khoa học và Công nghệ về cấp quyền truy cập API.")]),
    dict(fname="SCT_xuat_bao_cao_CT38_04112026.xlsx", uid="SO-CT", org="SCT-HCM",
         number="5127/BC-SCT", date=dt.date(2026, 11, 4), exported=dt.datetime(2026, 11, 4, 10, 20, 0),
         sw="QLVB-ĐH Export",
         tasks=[
             ("II.2.e", "Góp ý dự thảo QCVN, TCVN lĩnh vực công thương", "completed",
              [("STD_REV", 4)], "QCVN xăng dầu, LPG, an toàn điện"),
             ("II.5.a", "Phối hợp kiểm tra chất lượng xăng dầu, LPG", "in_progress",
              [("INSP_CNT", 3), ("INSP_EST", 27), ("INSP_VIO", 2), ("FINE_AMT", 35000000)], "Đoàn liên ngành"),
             ("II.6.a", "Cập nhật cam kết FTA về TBT", "in_progress", [("COMM_ART", 12)], ""),
         ],
         issues=[("DX", "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phục vụ quản lý ngành.")]),
]


def build(u):
    wb = Workbook()
    m = wb.active
    m.title = "META"
    hdr = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="305496")
    m.append(["KEY", "VALUE"])
    rows = [("ORG_CODE", u["org"]), ("ORG_NAME", unit_name(u["uid"])), ("REPORT_TYPE", "BC_CT38_2026"),
            ("REPORT_TITLE", "Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            ("DOC_NO", u["number"]), ("DOC_DATE", u["date"]),
            ("PERIOD_FROM", dt.date(2026, 1, 1)), ("PERIOD_TO", dt.date(2026, 9, 30)),
            ("EXPORTED_AT", u["exported"]), ("EXPORTED_BY", "admin"), ("SOFTWARE", u["sw"])]
    for r in rows:
        m.append(list(r))
    for c in m[1]:
        c.font, c.fill = hdr, fill
    for r in range(2, m.max_row + 1):
        v = m.cell(r, 2).value
        if isinstance(v, dt.datetime):
            m.cell(r, 2).number_format = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(v, dt.date):
            m.cell(r, 2).number_format = "yyyy-mm-dd"
    m.column_dimensions["A"].width, m.column_dimensions["B"].width = 16, 70

    d = wb.create_sheet("DATA")
    cols = ["REC_ID", "PLAN_REF", "TASK_DESC", "METRIC_CODE", "METRIC_NAME", "VALUE", "UOM", "STATUS_ID", "REMARK", "UPDATED_AT"]
    d.append(cols)
    for c in d[1]:
        c.font, c.fill = hdr, fill
    rec = 1000
    keyents = []
    for task, desc, st, mets, rem in u["tasks"]:
        ind = {}
        if not mets:
            mets = [("", None)]
        for code, val in mets:
            rec += 1
            name = MET[code][1] if code else ""
            uom = MET[code][2] if code else ""
            d.append([rec, ref(task), desc, code or None, name or None, val, uom or None, ST[st], rem or None,
                      u["exported"] - dt.timedelta(days=3, hours=rec % 7)])
            d.cell(d.max_row, 10).number_format = "yyyy-mm-dd hh:mm"
            if val is not None and code and val >= 1000:
                d.cell(d.max_row, 6).number_format = "#,##0"
            if code and MET[code][0]:
                ind[MET[code][0]] = val
        keyents.append(dict(task=task, status=st, ind=ind, text=desc, source=f"DATA PLAN_REF {ref(task)}"))
    d.auto_filter.ref = f"A1:J{d.max_row}"
    d.freeze_panes = "A2"
    for col, w in zip("ABCDEFGHIJ", [8, 13, 48, 12, 36, 14, 10, 10, 36, 17]):
        d.column_dimensions[col].width = w

    lk = wb.create_sheet("LOOKUP_STATUS")
    lk.append(["STATUS_ID", "STATUS_NAME", "STATUS_NAME_EN"])
    for a, b, c in [(1, "Hoàn thành", "Completed"), (2, "Đang thực hiện", "In progress"),
                    (3, "Chưa thực hiện", "Not started"), (9, "Không phát sinh", "Not applicable")]:
        lk.append([a, b, c])
    iss = wb.create_sheet("ISSUES")
    iss.append(["ISSUE_ID", "ISSUE_TYPE", "CONTENT"])
    iss.append([None, None, "ISSUE_TYPE: KK = Khó khăn, vướng mắc; DX = Đề xuất, kiến nghị"])
    for i, (t, c) in enumerate(u["issues"], 1):
        iss.append([i, t, c])
    iss.column_dimensions["C"].width = 100
    out = os.path.join(ROOT, u["fname"])
    wb.save(out)
    write_key(u["fname"], u["uid"], u["number"], u["date"].isoformat(), keyents,
              [c for t, c in u["issues"] if t == "KK"], [c for t, c in u["issues"] if t == "DX"])


if __name__ == "__main__":
    for u in UNITS:
        build(u)
    print("h1 done")
