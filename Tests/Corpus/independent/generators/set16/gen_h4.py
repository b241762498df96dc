# Hand H4 "inspector's workbook": one sheet per month (T01..T10) logging every
# establishment visited (one row per cơ sở, the decision number identifies the cuộc/đoàn),
# plus a year summary sheet "TH nam" with one row per month and a Cộng row, the plan item
# and a status line. SO-CT's summary is formulas (recalculated by LibreOffice).
import os, random, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HB = Font(name='Times New Roman', bold=True, size=11); NF = Font(name='Times New Roman', size=11)

WARDS = ['Phường Bến Thành', 'Phường Sài Gòn', 'Phường Chợ Lớn', 'Phường Tân Định', 'Phường Bình Thạnh', 'Phường Gò Vấp',
         'Phường Thủ Đức', 'Phường Tân Bình', 'Xã Bình Chánh', 'Xã Củ Chi', 'Xã Hóc Môn', 'Phường Phú Nhuận', 'Phường Bình Tây', 'Xã Nhà Bè']

def mk_month(rng, month, n_cuoc, objs, names, sym, samples, fine_choices, viol_texts):
    """names: list of (establishment prefix, [objects inspected there])"""
    rows = []; cuoc = 0
    for c in range(n_cuoc):
        cuoc += 1
        qd = '%d/QĐ-%s' % (month * 31 + c * 4 + rng.randint(0, 3) + 12, sym)
        for k in range(rng.randint(2, 6)):
            v = rng.random() < 0.22
            fine = rng.choice(fine_choices) if v else 0
            pref, pobjs = rng.choice(names)
            rows.append(dict(date='%02d/%02d/2026' % (rng.randint(2, 27), month), qd=qd,
                             name=pref + ' ' + rng.choice(['An Phát', 'Minh Long', 'Phú Thịnh', 'Tân Tiến', 'Hòa Bình', 'Kim Ngân', 'Đại Việt', 'Sao Mai', 'Thành Công', 'Hưng Thịnh']),
                             ward=rng.choice(WARDS), obj=rng.choice(pobjs), samp=(rng.randint(1, 3) if samples else rng.randint(1, 12)),
                             v='x' if v else '', beh=(rng.choice(viol_texts) if v else ''), fine=fine))
    rows.sort(key=lambda x: (x['qd'], x['date']))
    return rows

def build(fname, uid, org_lines, sym, seed, months_off, objs, names, samples, fine_choices, viol_texts, head_cells, tasks_txt, diffs, props, formulas=False, pct=None):
    rng = random.Random(seed)
    wb = Workbook(); wb.remove(wb.active)
    months = {}
    for m in range(1, 11):
        ws = wb.create_sheet('T%02d' % m)
        ws['A1'] = org_lines[0]; ws['A2'] = org_lines[1]; ws['A1'].font = NF; ws['A2'].font = HB
        ws['A4'] = 'NHẬT KÝ KIỂM TRA THÁNG %02d/2026' % m; ws['A4'].font = Font(name='Times New Roman', bold=True, size=13)
        ws.merge_cells('A4:K4'); ws['A4'].alignment = Alignment(horizontal='center')
        hdr = ['STT', 'Ngày', 'Số QĐ kiểm tra', 'Tên cơ sở', 'Phường/xã', 'Đối tượng kiểm tra', 'Số mẫu lấy' if samples else 'Số PTĐ được kiểm tra', 'Vi phạm (x)', 'Hành vi vi phạm', 'Tiền phạt (đồng)', 'Ghi chú']
        for j, h in enumerate(hdr, 1):
            c = ws.cell(6, j, h); c.font = HB; c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        for j, w in enumerate([5, 11, 15, 32, 18, 24, 9, 9, 30, 15, 16], 1):
            ws.column_dimensions['ABCDEFGHIJK'[j - 1]].width = w
        rows = [] if m in months_off else mk_month(rng, m, rng.randint(1, 3), objs, names, sym, samples, fine_choices, viol_texts)
        r = 7
        if not rows:
            ws.cell(7, 1, 'Trong tháng không tổ chức kiểm tra (tập trung xử lý hồ sơ, kiểm định định kỳ).').font = Font(name='Times New Roman', italic=True, size=11)
            ws.merge_cells('A7:K7'); r = 8
        for i, row in enumerate(rows, 1):
            vals = [i, row['date'], row['qd'], row['name'], row['ward'], row['obj'], row['samp'], row['v'], row['beh'], row['fine'] or None, '']
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.font = NF; c.border = BOX
                if j == 10: c.number_format = '#,##0'
            r += 1
        total_row = r
        ws.cell(r, 4, 'Cộng tháng').font = HB
        if rows:
            if formulas:
                ws.cell(r, 7, '=SUM(G7:G%d)' % (r - 1)) if samples else None
                ws.cell(r, 8, '=COUNTIF(H7:H%d,"x")' % (r - 1))
                ws.cell(r, 10, '=SUM(J7:J%d)' % (r - 1))
            else:
                ws.cell(r, 7, sum(x['samp'] for x in rows))
                ws.cell(r, 8, sum(1 for x in rows if x['v']))
                ws.cell(r, 10, sum(x['fine'] for x in rows))
            ws.cell(r, 10).number_format = '#,##0'
            for j in (7, 8, 10): ws.cell(r, j).font = HB
        ws.freeze_panes = 'A7'
        months[m] = dict(cuoc=len({x['qd'] for x in rows}), cs=len(rows), vp=sum(1 for x in rows if x['v']),
                         fine=sum(x['fine'] for x in rows), samp=sum(x['samp'] for x in rows), total_row=total_row, n=len(rows))
    ws = wb.create_sheet('TH nam', 0)
    for (addr, val, bold) in head_cells:
        ws[addr] = val; ws[addr].font = HB if bold else NF
    ws['A6'] = 'TỔNG HỢP KẾT QUẢ KIỂM TRA NĂM 2026 (THÁNG 01 - THÁNG 10)'; ws['A6'].font = Font(name='Times New Roman', bold=True, size=13)
    ws.merge_cells('A6:G6'); ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['Tháng', 'Số cuộc kiểm tra', 'Số cơ sở được kiểm tra', 'Số cơ sở vi phạm', 'Tiền phạt (đồng)'] + (['Số mẫu lấy'] if samples else []) + ['Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = HB; c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for j, w in enumerate([10, 12, 14, 12, 18, 11, 30], 1): ws.column_dimensions['ABCDEFG'[j - 1]].width = w
    r = 9
    for m in range(1, 11):
        mm = months[m]; sh = "'T%02d'" % m
        ws.cell(r, 1, 'T%02d' % m)
        if formulas and mm['n']:
            ws.cell(r, 2, mm['cuoc'])  # typed by the inspector (number of decisions)
            ws.cell(r, 3, '=COUNTA(%s!D7:D%d)' % (sh, mm['total_row'] - 1))
            ws.cell(r, 4, '=%s!H%d' % (sh, mm['total_row']))
            ws.cell(r, 5, '=%s!J%d' % (sh, mm['total_row']))
            if samples: ws.cell(r, 6, '=%s!G%d' % (sh, mm['total_row']))
        else:
            for j, k in ((2, 'cuoc'), (3, 'cs'), (4, 'vp'), (5, 'fine')) + (((6, 'samp'),) if samples else ()):
                ws.cell(r, j, mm[k])
        if not mm['n']: ws.cell(r, len(hdr), 'Không kiểm tra')
        for j in range(1, len(hdr) + 1):
            ws.cell(r, j).border = BOX; ws.cell(r, j).font = NF
        ws.cell(r, 5).number_format = '#,##0'
        r += 1
    tot = {k: sum(months[m][k] for m in months) for k in ('cuoc', 'cs', 'vp', 'fine', 'samp')}
    ws.cell(r, 1, 'Cộng')
    for j, k in ((2, 'cuoc'), (3, 'cs'), (4, 'vp'), (5, 'fine')) + (((6, 'samp'),) if samples else ()):
        col = 'ABCDEFG'[j - 1]
        ws.cell(r, j, '=SUM(%s9:%s18)' % (col, col) if formulas else tot[k])
    for j in range(1, len(hdr) + 1):
        ws.cell(r, j).border = BOX; ws.cell(r, j).font = HB
    ws.cell(r, 5).number_format = '#,##0'
    r += 2
    for line in tasks_txt:
        ws.cell(r, 1, line).font = NF; r += 1
    if diffs:
        r += 1; ws.cell(r, 1, 'Khó khăn, vướng mắc:').font = HB; r += 1
        for x in diffs: ws.cell(r, 1, '- ' + x).font = NF; r += 1
    if props:
        ws.cell(r, 1, 'Đề xuất:').font = HB; r += 1
        for x in props: ws.cell(r, 1, '- ' + x).font = NF; r += 1
    out = os.path.join(OUT, fname)
    if formulas:
        tmp = tempfile.mkdtemp()
        os.makedirs(os.path.join(tmp, 'prof', 'user'))
        with open(os.path.join(tmp, 'prof', 'user', 'registrymodifications.xcu'), 'w') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>')
        src = os.path.join(tmp, 'src_' + fname); wb.save(src)
        subprocess.run(['nice', '-n', '10', 'soffice', '--headless', '-env:UserInstallation=file://%s/prof' % tmp, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', os.path.join(tmp, 'out'), src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, 'out', 'src_' + fname), out)
        shutil.rmtree(tmp)
    else:
        wb.save(out)
    return tot

NOTES = []

def run():
    specs = []
    # 1 Chi cục
    t1 = ['Thuộc nhiệm vụ: điểm a khoản 5 Mục II Kế hoạch CT38 năm 2026 (II.5.a – Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng).',
          'Tình trạng: Đang thực hiện theo Kế hoạch kiểm tra năm 2026 (còn tháng 11, tháng 12).',
          'Ghi chú: tháng 4 và tháng 8 không tổ chức kiểm tra.']
    tot = build('CCTDC_PQLDL_nhatky_kiemtra_2026.xlsx', 'SKHCN-CCTDC', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', 'CHI CỤC TĐC - PHÒNG QUẢN LÝ ĐO LƯỜNG'], 'CCTĐC', 1601, {4, 8},
        None, [('Sạp chợ', ['Cân đồng hồ lò xo', 'Cân điện tử']), ('Tiệm vàng', ['Cân phân tích', 'Cân kỹ thuật']), ('Cửa hàng xăng dầu', ['Cột đo xăng dầu']),
               ('Công ty TNHH Vận tải', ['Taximet']), ('Cửa hàng tạp hóa', ['Cân điện tử', 'Cân bàn'])], False,
        [1500000, 3000000, 5000000, 7500000, 12500000, 15000000],
        ['PTĐ nhóm 2 chưa kiểm định', 'Dấu kiểm định hết hiệu lực', 'Sai số vượt giới hạn cho phép'],
        [('A1', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM', False), ('A2', 'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG', True), ('A3', 'Phòng Quản lý Đo lường', False),
         ('A4', '(Kèm theo Báo cáo số 311/BC-CCTĐC ngày 04/11/2026 của Chi cục)', False)],
        t1, [], [], formulas=False)
    write_key('CCTDC_PQLDL_nhatky_kiemtra_2026.xlsx', unit('SKHCN-CCTDC'), '311/BC-CCTĐC', '2026-11-04',
        [('II.5.a', 'in_progress', {'inspections': tot['cuoc'], 'establishments_inspected': tot['cs'], 'violations': tot['vp'], 'fines_vnd': tot['fine']},
          t1[1], "sheet 'TH nam' row Cộng")])
    NOTES.append(('CCTDC', tot))
    # 2 Sở Công Thương — formulas, recalculated by LibreOffice
    t2 = ['Nhiệm vụ theo KH 38 của Sở KH&CN: kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông (mục II.5.a); lấy mẫu xăng dầu thử nghiệm nhanh để cảnh báo (mục II.5.b).',
          'Tiến độ II.5.a: chưa kết thúc, còn 02 tháng theo kế hoạch kiểm tra năm.',
          'Tiến độ II.5.b: đang lấy mẫu, sẽ tổng hợp kết quả thử nghiệm trong tháng 12/2026.']
    d2 = ['Một số cửa hàng xăng dầu đã chuyển đổi chủ sở hữu nhưng chưa cập nhật giấy phép, khó xác định đối tượng chịu trách nhiệm.']
    p2 = ['Đề nghị Chi cục TĐC cử công chức đo lường tham gia các đoàn kiểm tra xăng dầu tháng 11, 12/2026.']
    tot2 = build('SCT_theo doi kiem tra XD-LPG 2026.xlsx', 'SO-CT', ['ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG - PHÒNG QUẢN LÝ NĂNG LƯỢNG'], 'SCT', 2602, {2},
        None, [('Cửa hàng xăng dầu', ['Xăng RON95-III', 'Xăng E5 RON92', 'Dầu DO 0,05S']), ('Công ty CP Xăng dầu', ['Xăng RON95-III', 'Dầu DO 0,05S']),
               ('Đại lý LPG', ['LPG chai 12kg', 'LPG chai 45kg']), ('Cửa hàng gas', ['LPG chai 12kg'])], True,
        [5000000, 10000000, 20000000, 25000000, 40000000],
        ['Không niêm yết giá', 'Chai LPG không có nhãn hàng hóa', 'Xăng không đạt chỉ tiêu trị số octan', 'Không lưu giữ chứng thư hợp quy'],
        [('A1', 'ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', False), ('A2', 'SỞ CÔNG THƯƠNG', True), ('A3', 'Số: 4127/BC-SCT', False), ('E3', 'TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2026', False)],
        t2, d2, p2, formulas=True)
    write_key('SCT_theo doi kiem tra XD-LPG 2026.xlsx', unit('SO-CT'), '4127/BC-SCT', '2026-11-03',
        [('II.5.a', 'in_progress', {'inspections': tot2['cuoc'], 'establishments_inspected': tot2['cs'], 'violations': tot2['vp'], 'fines_vnd': tot2['fine']}, t2[1], "sheet 'TH nam' row Cộng"),
         ('II.5.b', 'in_progress', {'samples_tested': tot2['samp']}, t2[2], "sheet 'TH nam' column Số mẫu lấy")], d2, p2)
    NOTES.append(('SCT', tot2))
    # 3 Sở NN&MT — phân bón, thuốc BVTV, giống
    t3 = ['Kết quả trên thuộc nhiệm vụ phối hợp kiểm tra, giám sát chất lượng sản phẩm, hàng hóa (5.a) và khảo sát chất lượng (5.b) của Kế hoạch CT38 năm 2026.',
          'Đánh giá 5.a: Đã hoàn thành kế hoạch kiểm tra năm 2026 (kết thúc ngày 30/10/2026).',
          'Đánh giá 5.b: Hoàn thành; toàn bộ mẫu đã có kết quả phân tích.']
    d3 = ['Chi phí phân tích mẫu phân bón, thuốc bảo vệ thực vật cao, số mẫu lấy chưa tương xứng với số cơ sở kinh doanh.',
          'Công chức kiểm tra của Chi cục Trồng trọt và Bảo vệ thực vật kiêm nhiệm nhiều việc.']
    p3 = ['Kiến nghị Ủy ban nhân dân Thành phố bố trí kinh phí lấy mẫu phân tích chất lượng vật tư nông nghiệp năm 2027.']
    tot3 = build('SNNMT_NKKT vat tu nong nghiep 2026.xlsx', 'SO-NNMT', ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TP.HCM', 'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT'], 'TTBVTV', 2603, {1, 6, 7},
        None, [('Đại lý vật tư nông nghiệp', ['Phân bón vô cơ', 'Thuốc BVTV', 'Giống rau']), ('Cửa hàng phân bón', ['Phân bón vô cơ', 'Phân bón hữu cơ']),
               ('Công ty TNHH Giống cây trồng', ['Giống lúa', 'Giống rau']), ('HTX Nông nghiệp', ['Phân bón hữu cơ', 'Giống lúa'])], True,
        [2500000, 6000000, 8500000, 15000000, 30000000],
        ['Phân bón không đạt hàm lượng công bố', 'Kinh doanh thuốc BVTV hết hạn', 'Nhãn không đúng quy định'],
        [('A1', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TP.HCM', False), ('A2', 'CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT', True), ('A3', 'Người lập biểu: Thanh tra viên Trần Văn Sang', False), ('A4', 'Ngày lập: 07/11/2026', False)],
        t3, d3, p3, formulas=False)
    write_key('SNNMT_NKKT vat tu nong nghiep 2026.xlsx', unit('SO-NNMT'), None, '2026-11-07',
        [('II.5.a', 'completed', {'inspections': tot3['cuoc'], 'establishments_inspected': tot3['cs'], 'violations': tot3['vp'], 'fines_vnd': tot3['fine']}, t3[1], "sheet 'TH nam' row Cộng"),
         ('II.5.b', 'completed', {'samples_tested': tot3['samp']}, t3[2], "sheet 'TH nam' column Số mẫu lấy")], d3, p3)
    NOTES.append(('SNNMT', tot3))
    for n in NOTES: print(n)

if __name__ == '__main__':
    run()
