# -*- coding: utf-8 -*-
"""Hands D (WPS user, departments/Sở units: floating text box for difficulties & proposals)
and E (ward clerk: two stacked parts, jobs lettered A, B, C… and a figures matrix with one column per letter)."""
import zipfile, shutil, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

# ------------------------------------------------------------------ hand D
FILES_D = [
 dict(fname='SGDDT_BaoCao_KH38_2026.xlsx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo',
  top=['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], number='4587/BC-SGDĐT',
  pd='Thành phố Hồ Chí Minh, ngày 25 tháng 10 năm 2026', date='2026-10-25',
  cols=[('Số lớp, khóa', 'training_courses'), ('Lượt người tham gia', 'participants'), ('Tin, bài, tài liệu', 'communications')],
  rows=[
   dict(task='II.3.d', status='completed', st='Đã xong', name='Bồi dưỡng, tập huấn về tiêu chuẩn, đo lường, chất lượng cho giáo viên, học sinh, sinh viên các trường trung cấp, cao đẳng',
        did='Lồng ghép chuyên đề TĐC, mã số mã vạch, truy xuất nguồn gốc vào hoạt động ngoại khóa; phối hợp Chi cục TĐC cử báo cáo viên.',
        ind={'training_courses': 14, 'participants': 2360}),
   dict(task='II.1.a', status='completed', st='Đã xong', name='Tuyên truyền về vai trò công tác tiêu chuẩn, đo lường, chất lượng trong trường học',
        did='Đăng tin trên cổng thông tin ngành, phát hành tài liệu tham khảo cho các trường.', ind={'communications': 45}),
   dict(task='II.2.đ', status='in_progress', st='Đang làm dở', name='Áp dụng hệ thống quản lý chất lượng ISO 9001 tại cơ quan Sở',
        did='Đang cập nhật quy trình sau khi sắp xếp lại các phòng chuyên môn.', ind={}),
   dict(task='II.2.e', status='not_applicable', st='Không phát sinh', name='Góp ý tiêu chuẩn, quy chuẩn kỹ thuật',
        did='Trong kỳ không nhận được dự thảo tiêu chuẩn, quy chuẩn liên quan lĩnh vực giáo dục (thiết bị dạy học) đề nghị góp ý.', ind={}),
  ],
  diffs=['Chương trình đào tạo hiện hành chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng nên chủ yếu lồng ghép ngoại khóa.'],
  props=['Đề nghị Chi cục TĐC cung cấp bộ tài liệu, bài giảng mẫu về tiêu chuẩn, đo lường, chất lượng dành cho học sinh, sinh viên.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Bảo Quốc']),
 dict(fname='SNNMT-BC CT38-T10.2026.xlsx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường',
  top=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'], number='7321/BC-SNNMT',
  pd='TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026', date='2026-10-31',
  cols=[('DN, HTX được hỗ trợ', 'enterprises_supported'), ('Cuộc KT', 'inspections'), ('Cơ sở được KT', 'establishments_inspected'),
        ('Mẫu lấy', 'samples_tested'), ('Cơ sở VP', 'violations'), ('Tiền phạt (đồng)', 'fines_vnd'), ('TC/QC góp ý', 'standards_reviewed'), ('Kinh phí đã chi (đồng)', 'budget_spent_vnd')],
  rows=[
   dict(task='II.2.a', status='in_progress', st='Đang làm dở', name='Triển khai hệ thống truy xuất nguồn gốc nông sản (Đề án 100)',
        did='Hướng dẫn doanh nghiệp, hợp tác xã cấp mã vùng trồng, áp dụng tem truy xuất nguồn gốc trên nền tảng của Thành phố.', ind={'enterprises_supported': 64, 'budget_spent_vnd': 540000000}),
   dict(task='II.5.a', status='in_progress', st='Đang làm dở', name='Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)',
        did='Kiểm tra theo kế hoạch năm, lấy mẫu kiểm nghiệm chỉ tiêu chất lượng.', ind={'inspections': 11, 'establishments_inspected': 138, 'samples_tested': 152, 'violations': 14, 'fines_vnd': 236000000}),
   dict(task='II.2.e', status='completed', st='Đã xong', name='Góp ý dự thảo QCVN, TCVN ngành nông nghiệp, môi trường',
        did='Có văn bản góp ý gửi Bộ Nông nghiệp và Môi trường.', ind={'standards_reviewed': 4}),
   dict(task='II.5.b', status='not_started', st='Chưa bắt đầu', name='Khảo sát chất lượng nông sản lưu thông',
        did='Chờ kinh phí bổ sung cuối năm.', ind={}),
   dict(task='II.2.đ', status='completed', st='Đã xong', name='ISO 9001 tại Sở', did='Đã công bố lại HTQLCL.', ind={}),
  ],
  diffs=['Nhiều hộ sản xuất nhỏ lẻ chưa có điều kiện áp dụng truy xuất nguồn gốc điện tử.',
         'Chi phí kiểm nghiệm mẫu phân bón, thuốc bảo vệ thực vật cao.'],
  props=['Đề nghị Sở KH&CN hỗ trợ kết nối dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Lê Minh Dũng']),
 dict(fname='KTPC_tonghop_CT38.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế',
  top=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ'], number='318/BC-KTPC',
  pd='Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026', date='2026-10-24',
  cols=[('Cuộc', 'inspections'), ('Cơ sở', 'establishments_inspected'), ('Vi phạm', 'violations'), ('Tiền phạt (đ)', 'fines_vnd'),
        ('PT đo kiểm định', 'instruments_verified'), ('Lớp', 'training_courses'), ('Người dự', 'participants')],
  rows=[
   dict(task='II.5.a', status='completed', st='Đã xong', name='Phối hợp Chi cục kiểm tra TĐC hàng hóa lưu thông (theo kế hoạch kiểm tra năm)',
        did='Tham gia các đoàn kiểm tra liên ngành; tham mưu ban hành quyết định xử phạt.', ind={'inspections': 7, 'establishments_inspected': 59, 'violations': 8, 'fines_vnd': 128750000}),
   dict(task='II.5.d', status='in_progress', st='Đang làm dở', name='Xử lý đơn thư tố giác vi phạm về TĐC',
        did='Đang xác minh 02 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu.', ind={}),
   dict(task='II.2.c', status='completed', st='Đã xong', name='Góp ý sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng SPHH',
        did='Tổng hợp ý kiến các phòng, đơn vị gửi Bộ KH&CN.', ind={}),
   dict(task='II.4.b', status='in_progress', st='Đang làm dở', name='Phối hợp kiểm định phương tiện kỹ thuật nghiệp vụ',
        did='Phối hợp Chi cục rà soát, kiểm định thiết bị phục vụ kiểm tra.', ind={'instruments_verified': 6}),
   dict(task='II.5.c', status='in_progress', st='Đang làm dở', name='Hướng dẫn phường, xã thực hiện nội dung được phân quyền',
        did='Tổ chức hướng dẫn nghiệp vụ kiểm tra, xử phạt cho công chức cấp xã theo cụm.', ind={'training_courses': 2, 'participants': 148}),
  ],
  diffs=['Quy định phân cấp xử phạt cho chủ tịch UBND cấp xã trong lĩnh vực TĐC còn lúng túng khi áp dụng.'],
  props=['Đề nghị Chi cục phối hợp xây dựng sổ tay hướng dẫn xử phạt vi phạm hành chính về TĐC cho cấp xã.',
         'Đề nghị bổ sung 01 công chức pháp chế cho Phòng.'],
  sign=['TRƯỞNG PHÒNG', '', '', '', 'Võ Thị Thanh Trúc']),
 dict(fname='CDS - KH38 - BC.xlsx', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số',
  top=['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ'], number='205/BC-CĐS',
  pd='Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', date='2026-10-28',
  cols=[('Lớp', 'training_courses'), ('Người dự', 'participants')],
  rows=[
   dict(task='II.2.h', status='completed', st='Đã xong', name='Kết nối hệ thống TTHC về TĐC với Cổng một cửa quốc gia',
        did='Đã kết nối liên thông, vận hành chính thức; tập huấn sử dụng hệ thống cho công chức Chi cục và Văn phòng Sở.', ind={'training_courses': 1, 'participants': 46}),
   dict(task='II.2.i', status='in_progress', st='Đang làm dở', name='Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
        did='Đang thử nghiệm đồng bộ dữ liệu phương tiện đo, tổ chức đánh giá sự phù hợp với Trung tâm CNTT và Địa không gian.', ind={}),
   dict(task='II.6.a', status='not_applicable', st='Không phát sinh', name='Cập nhật điều ước, thỏa thuận quốc tế (phối hợp)',
        did='Không có yêu cầu phối hợp trong kỳ.', ind={}),
  ],
  diffs=['Cơ sở dữ liệu quốc gia chưa cung cấp đủ API để đồng bộ tự động.'],
  props=['Đề nghị Chi cục cử đầu mối kỹ thuật phối hợp kiểm thử kết nối dữ liệu.'],
  sign=['TRƯỞNG PHÒNG', '', '', '', 'Hồ Ngọc Bảo Trân']),
]

def build_d(spec, path):
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    ncol = 4 + len(spec['cols']) + 1
    L = lambda c: ws.cell(row=1, column=c).column_letter
    ws.column_dimensions['A'].width = 5; ws.column_dimensions['B'].width = 38; ws.column_dimensions['C'].width = 42
    for c in range(4, 4 + len(spec['cols'])): ws.column_dimensions[L(c)].width = 12
    ws.column_dimensions[L(4 + len(spec['cols']))].width = 15
    f = Font(name='Times New Roman', size=12)
    ws['A1'] = spec['top'][0]; ws['A2'] = spec['top'][1]; ws['A3'] = 'Số: ' + spec['number']
    ws.merge_cells('A1:C1'); ws.merge_cells('A2:C2'); ws.merge_cells('A3:C3')
    rc = L(ncol - 3)
    ws.cell(row=1, column=ncol - 3, value='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    ws.cell(row=2, column=ncol - 3, value='Độc lập - Tự do - Hạnh phúc')
    ws.cell(row=3, column=ncol - 3, value=spec['pd'])
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=ncol - 3, end_row=r, end_column=ncol)
    ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws['A6'] = '(Kính gửi: Sở Khoa học và Công nghệ – qua Chi cục Tiêu chuẩn Đo lường Chất lượng)'
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
    hdr = ['STT', 'Nhiệm vụ theo Kế hoạch', 'Công việc đã làm'] + [c[0] for c in spec['cols']] + ['Tình hình']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(name='Times New Roman', size=11, bold=True); c.alignment = CEN; c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    r = 9
    out = []
    for k, row in enumerate(spec['rows'], 1):
        vals = [k, row['name'], row['did']] + [row['ind'].get(cid) for _, cid in spec['cols']] + [row['st']]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WR; c.font = Font(name='Times New Roman', size=11)
            if isinstance(v, int) and i > 3: c.number_format = '#,##0'; c.alignment = Alignment(horizontal='right', vertical='top')
        ws.row_dimensions[r].height = 15 * max(2, len(row['name']) // 34 + 1, len(row['did']) // 38 + 1)
        r += 1
        out.append(dict(task=row['task'], status=row['status'], indicators=row['ind'], text=row['name'] + ': ' + row['did']))
    for row in ws.iter_rows(min_row=1, max_row=6):
        for c in row:
            c.font = Font(name='Times New Roman', size=12, bold=c.row in (2, 5) or (c.row == 1 and c.column > 3)); c.alignment = Alignment(horizontal='center')
    sig_row = r + 2
    for i, s in enumerate(spec['sign']):
        c = ws.cell(row=sig_row + i, column=ncol - 2, value=s or None); c.font = Font(name='Times New Roman', size=12, bold=True)
        c.alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=sig_row + i, start_column=ncol - 2, end_row=sig_row + i, end_column=ncol)
    ws.row_dimensions[8].height = 32
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(path)
    # text box with difficulties / proposals, anchored under the table on columns B-C
    lines = [('KHÓ KHĂN, VƯỚNG MẮC:', True)] + [('- ' + x, False) for x in spec['diffs']] + \
            [('ĐỀ XUẤT, KIẾN NGHỊ:', True)] + [('- ' + x, False) for x in spec['props']]
    add_textbox_xlsx(path, lines, r + 1, 1, r + 1 + 3 + 2 * len(lines), 3)
    wps_props(path)
    return out

def add_textbox_xlsx(path, lines, r0, c0, r1, c1):
    paras = ''
    for t, b in lines:
        paras += ('<a:p><a:r><a:rPr lang="vi-VN" sz="1100"%s><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:rPr><a:t>%s</a:t></a:r></a:p>'
                  % (' b="1"' if b else '', esc(t)))
    drawing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
      '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>%d</xdr:col><xdr:colOff>95250</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
      '<xdr:to><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
      '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Text Box 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
      '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6000000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
      '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>'
      '<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>%s</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
      ) % (c0, r0, c1, r1, paras)
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for n in names:
            data = zin.read(n)
            if n == 'xl/worksheets/sheet1.xml':
                s = data.decode('utf8')
                s = s.replace('</worksheet>', '<drawing r:id="rIdDr1"/></worksheet>')
                if 'xmlns:r=' not in s[:600]:
                    s = s.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
                data = s.encode('utf8')
            elif n == '[Content_Types].xml':
                s = data.decode('utf8')
                s = s.replace('</Types>', '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
                data = s.encode('utf8')
            elif n == 'xl/worksheets/_rels/sheet1.xml.rels':
                s = data.decode('utf8').replace('</Relationships>',
                    '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
                data = s.encode('utf8')
            zout.writestr(n, data)
        if 'xl/worksheets/_rels/sheet1.xml.rels' not in names:
            zout.writestr('xl/worksheets/_rels/sheet1.xml.rels',
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
        zout.writestr('xl/drawings/drawing1.xml', drawing)
    os.replace(tmp, path)

def wps_props(path):
    """WPS-like settings: app.xml says WPS, a KSOProductBuildVer custom property."""
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.21179</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5C1B9E0A7F3D4E2B8A61F0C2D9B3E711_13</vt:lpwstr></property></Properties>')
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            data = zin.read(n)
            if n == 'docProps/app.xml':
                s = data.decode('utf8')
                import re
                s = re.sub(r'<Application>.*?</Application>', '<Application>WPS Spreadsheets</Application>', s)
                data = s.encode('utf8')
            elif n == '[Content_Types].xml':
                data = data.decode('utf8').replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>').encode('utf8')
            elif n == '_rels/.rels':
                data = data.decode('utf8').replace('</Relationships>', '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>').encode('utf8')
            zout.writestr(n, data)
        zout.writestr('docProps/custom.xml', custom)
    os.replace(tmp, path)

# ------------------------------------------------------------------ hand E
IND_E = [('Số cuộc kiểm tra', 'cuộc', 'inspections'), ('Số cơ sở, hộ kinh doanh được kiểm tra', 'cơ sở', 'establishments_inspected'),
         ('Số trường hợp vi phạm', 'trường hợp', 'violations'), ('Tiền phạt', 'đồng', 'fines_vnd'),
         ('Tin, bài tuyên truyền', 'tin/bài', 'communications'), ('Hội nghị, lớp tập huấn', 'cuộc', 'training_courses'),
         ('Người tham dự', 'lượt', 'participants')]

FILES_E = [
 dict(fname='NgaiGiao_BC38.xlsx', uid='26575', uname='Xã Ngãi Giao', top='UBND XÃ NGÃI GIAO', number='158/BC-UBND',
  pd='Ngãi Giao, ngày 21 tháng 10 năm 2026', date='2026-10-21',
  title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN XÃ',
  jobs=[
   dict(task='II.1.a', status='completed', st='Hoàn tất', name='Tuyên truyền, phổ biến pháp luật về đo lường, chất lượng',
        did='Tổ chức hội nghị phổ biến cho tiểu thương chợ Ngãi Giao; đăng tin trên trang thông tin xã, phát trên loa truyền thanh.',
        ind={'communications': 18, 'training_courses': 1, 'participants': 60}),
   dict(task='II.5.c', status='in_progress', st='Đang tiếp tục', name='Phối hợp kiểm tra đo lường (cân) tại chợ',
        did='Phối hợp Chi cục TĐC kiểm tra cân tại chợ Ngãi Giao và chợ đêm; xử phạt theo thẩm quyền.',
        ind={'inspections': 2, 'establishments_inspected': 34, 'violations': 3, 'fines_vnd': 4500000}),
   dict(task='II.3.a', status='completed', st='Hoàn tất', name='Cử công chức dự tập huấn nghiệp vụ', did='Cử công chức Văn phòng HĐND-UBND và Phòng Kinh tế tham dự.',
        ind={'participants': 2}),
   dict(task='II.2.đ', status='completed', st='Hoàn tất', name='Áp dụng ISO 9001:2015 tại UBND xã', did='Đã công bố lại HTQLCL sau hợp nhất.', ind={}),
   dict(task='II.5.d', status='not_applicable', st='Không có phát sinh', name='Tiếp nhận phản ánh, tố giác vi phạm', did='Không nhận được phản ánh nào.', ind={}),
  ],
  diffs=['Xã chưa có cân đối chứng tại chợ.', 'Công chức phụ trách kiêm nhiệm, chưa được đào tạo chuyên sâu về đo lường.'],
  props=['Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Ngãi Giao.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Nguyễn Văn Hòa']),
 dict(fname='P.TanHiep-BaoCao-TDC.xlsx', uid='25920', uname='Phường Tân Hiệp', top='UBND PHƯỜNG TÂN HIỆP', number='233/BC-UBND',
  pd='Tân Hiệp, ngày 27 tháng 10 năm 2026', date='2026-10-27',
  title='BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026',
  jobs=[
   dict(task='II.5.c', status='completed', st='Hoàn tất', name='Phối hợp kiểm tra xăng dầu và cân tại chợ',
        did='Phối hợp Đoàn kiểm tra Chi cục tại các cửa hàng xăng dầu trên ĐT743 và chợ Tân Hiệp.',
        ind={'inspections': 5, 'establishments_inspected': 41, 'violations': 2, 'fines_vnd': 6000000}),
   dict(task='II.5.a', status='in_progress', st='Đang tiếp tục', name='Kiểm tra mũ bảo hiểm, đồ chơi trẻ em bày bán',
        did='Phối hợp Đội QLTT kiểm tra các cửa hàng gần trường học.', ind={'inspections': 1, 'establishments_inspected': 12}),
   dict(task='II.1.a', status='completed', st='Hoàn tất', name='Tuyên truyền trên trang thông tin và loa phường', did='Đăng tin, phát thanh.', ind={'communications': 9}),
   dict(task='II.2.đ', status='in_progress', st='Đang tiếp tục', name='Xây dựng lại HTQLCL ISO', did='Đang rà soát quy trình.', ind={}),
  ],
  diffs=['Nhiều cửa hàng tạp hóa nhỏ, hộ kinh doanh không đăng ký nên khó nắm số lượng cơ sở.'],
  props=['Đề nghị Chi cục tổ chức tập huấn nhận biết hàng hóa không bảo đảm chất lượng cho lực lượng khu phố.',
         'Đề nghị cung cấp danh sách cửa hàng xăng dầu được kiểm tra để phường theo dõi.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phan Thị Bích Liên']),
 dict(fname='BinhChau_BC_9thang.xlsx', uid='26656', uname='Xã Bình Châu', top='UBND XÃ BÌNH CHÂU', number='141/BC-UBND', mistaken=True,
  pd='Bình Châu, ngày 15 tháng 10 năm 2026', date='2026-10-15',
  title='BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 9 THÁNG NĂM 2026',
  jobs=[
   dict(st='Hoàn tất', name='Kiện toàn Ban Chỉ huy PCTT và TKCN xã', did='Ban hành quyết định kiện toàn, phân công thành viên phụ trách từng ấp.', ind={}),
   dict(st='Đang tiếp tục', name='Rà soát khu vực nguy cơ sạt lở bờ biển', did='Rà soát 03 điểm sạt lở tại Hồ Cốc, Bình Châu; cắm biển cảnh báo.', ind={}),
   dict(st='Hoàn tất', name='Diễn tập ứng phó bão, áp thấp nhiệt đới', did='Tổ chức diễn tập với 250 người tham gia.', ind={}),
  ],
  extra=[('Số hộ dân được hỗ trợ di dời', 'hộ', [None, 46, None]), ('Tàu thuyền được hướng dẫn neo đậu', 'chiếc', [None, None, 312])],
  diffs=['Lực lượng xung kích mỏng, phương tiện cứu hộ còn thiếu.'],
  props=['Đề nghị cấp trên hỗ trợ kinh phí kè chống sạt lở khu vực Hồ Cốc.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Trương Văn Tiến']),
]

def build_e(spec, path):
    wb = Workbook(); ws = wb.active; ws.title = 'BC'
    F = lambda **k: Font(name='Times New Roman', size=k.pop('size', 12), **k)
    widths = {'A': 9, 'B': 34, 'C': 44, 'D': 16, 'E': 12, 'F': 12, 'G': 12, 'H': 12}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws['A1'] = spec['top']; ws.merge_cells('A1:B1'); ws['A1'].font = F(bold=True)
    ws['A2'] = 'Số: ' + spec['number']; ws.merge_cells('A2:B2')
    ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws.merge_cells('C1:H1'); ws['C1'].font = F(bold=True)
    ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws.merge_cells('C2:H2'); ws['C2'].font = F(bold=True)
    ws['C3'] = spec['pd']; ws.merge_cells('C3:H3'); ws['C3'].font = F(italic=True)
    for c in ('A1', 'A2', 'C1', 'C2', 'C3'): ws[c].alignment = Alignment(horizontal='center')
    ws['A5'] = spec['title']; ws.merge_cells('A5:H5'); ws['A5'].font = F(bold=True, size=13); ws['A5'].alignment = CEN
    ws.row_dimensions[5].height = 34
    r = 7
    ws.cell(row=r, column=1, value='PHẦN I – CÁC VIỆC ĐÃ TRIỂN KHAI').font = F(bold=True); r += 1
    for i, h in enumerate(['Ký hiệu', 'Việc', 'Diễn giải', 'Tình trạng'], 1):
        c = ws.cell(row=r, column=i, value=h); c.font = F(bold=True, size=11); c.alignment = CEN; c.border = BOX; c.fill = PatternFill('solid', fgColor='E2EFDA')
    r += 1
    letters = 'ABCDEFGH'
    for k, j in enumerate(spec['jobs']):
        for i, v in enumerate([letters[k], j['name'], j['did'], j['st']], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WR if i > 1 else CEN; c.font = F(size=11)
        ws.row_dimensions[r].height = 15.5 * max(1, len(j['name']) // 30 + 1, len(j['did']) // 40 + 1)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='PHẦN II – SỐ LIỆU (ghi theo ký hiệu việc ở Phần I)').font = F(bold=True); r += 1
    n = len(spec['jobs'])
    hdr = ['', 'Chỉ tiêu', 'ĐVT'] + ['Việc ' + letters[k] for k in range(n)] + ['Cộng']
    # layout: A blank, B label, C ĐVT, D.. per job
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h or None); c.font = F(bold=True, size=11); c.alignment = CEN; c.border = BOX
    r += 1
    if spec.get('mistaken'):
        rows = [(lab, u, vals) for lab, u, vals in spec['extra']]
    else:
        rows = []
        for lab, u, iid in IND_E:
            vals = [j['ind'].get(iid) for j in spec['jobs']]
            if any(v is not None for v in vals): rows.append((lab, u, vals))
    for k, (lab, u, vals) in enumerate(rows, 1):
        cells = [k, lab, u] + vals + [sum(v for v in vals if v)]
        for i, v in enumerate(cells, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.font = F(size=11)
            if i >= 4 and isinstance(v, int): c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='PHẦN III – KHÓ KHĂN, ĐỀ XUẤT').font = F(bold=True); r += 1
    ws.cell(row=r, column=1, value='1. Khó khăn, vướng mắc:').font = F(italic=True, bold=True); r += 1
    for x in spec['diffs']:
        ws.cell(row=r, column=1, value='- ' + x); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
    ws.cell(row=r, column=1, value='2. Đề xuất, kiến nghị:').font = F(italic=True, bold=True); r += 1
    for x in spec['props']:
        ws.cell(row=r, column=1, value='- ' + x); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
    r += 1
    for s in spec['sign']:
        c = ws.cell(row=r, column=4, value=s or None); c.font = F(bold=True); c.alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8); r += 1
    ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(path)
    if spec.get('mistaken'): return None
    return [dict(task=j['task'], status=j['status'], indicators=j['ind'], text=j['name'] + ': ' + j['did']) for j in spec['jobs']]
