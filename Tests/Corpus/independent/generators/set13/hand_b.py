"""Hand B — a commune office that answers the Sở's own đề cương point by point: each question
of the đề cương is copied in italics ("Câu 2. ..."), then a bold "Trả lời:" and the answer in
the same paragraph or the next. Difficulties/proposals are answered the same way with dash items.
Times New Roman 14, page header 'Đề cương kèm theo Công văn số 2856/SKHCN-TĐC'."""
import os, subprocess, shutil
from common import *
from docx.shared import Pt

QUESTIONS = {
    1: "Câu 1. Việc ban hành kế hoạch, văn bản chỉ đạo triển khai Chỉ thị số 38-CT/TW và Kế hoạch năm 2026 của Sở Khoa học và Công nghệ tại địa phương?",
    2: "Câu 2. Kết quả tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (số tin, bài; số lớp, hội nghị; số người tham dự; kinh phí)?",
    3: "Câu 3. Kết quả hướng dẫn, hỗ trợ tổ chức, doanh nghiệp, hộ kinh doanh áp dụng tiêu chuẩn, công bố chất lượng, ghi nhãn hàng hóa, truy xuất nguồn gốc (số cơ sở được hỗ trợ)?",
    4: "Câu 4. Việc xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân xã, phường, đặc khu?",
    5: "Câu 5. Việc cử công chức tham gia tập huấn, bồi dưỡng nghiệp vụ về tiêu chuẩn, đo lường, chất lượng (số lớp, số lượt người)?",
    6: "Câu 6. Kết quả thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng (số cuộc kiểm tra, số cơ sở được kiểm tra, số cơ sở vi phạm, số tiền xử phạt, phương tiện đo được kiểm định)?",
    7: "Câu 7. Việc phối hợp khảo sát, lấy mẫu chất lượng sản phẩm, hàng hóa trên địa bàn (nếu có)?",
    8: "Câu 8. Việc tiếp nhận, xử lý phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng?",
}
TASK_OF_Q = {2: "II.1.a", 3: "II.2.d", 4: "II.2.đ", 5: "II.3.a", 6: "II.5.c", 7: "II.5.b", 8: "II.5.d"}


def qa(d, q, answer, inline=True):
    p = d.add_paragraph()
    r = p.add_run(q)
    r.italic = True
    p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(2)
    if inline:
        p2 = d.add_paragraph()
        p2.paragraph_format.first_line_indent = Cm(1)
        rb = p2.add_run("Trả lời: ")
        rb.bold = True
        p2.add_run(answer)
    else:
        p2 = d.add_paragraph()
        p2.paragraph_format.first_line_indent = Cm(1)
        rb = p2.add_run("Trả lời:")
        rb.bold = True
        for a in answer:
            p3 = d.add_paragraph()
            p3.paragraph_format.first_line_indent = Cm(1)
            p3.add_run(a)


def build(fname, unit_upper, unit_lower, place, number, day, month, answers, kk, dx, signer, resave=False):
    d = base_doc(size=14)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Đề cương kèm theo Công văn số 2856/SKHCN-TĐC ngày 15/9/2026 của Sở Khoa học và Công nghệ"
    hp.runs[0].italic = True
    hp.runs[0].font.size = Pt(10)
    header_block(d, "ỦY BAN NHÂN DÂN", unit_upper, number, f"{place}, ngày {day} tháng {month} năm 2026")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(theo đề cương của Sở Khoa học và Công nghệ)", bold=True, center=True)
    para(d, f"Thực hiện Công văn số 2856/SKHCN-TĐC ngày 15/9/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {unit_lower} báo cáo theo đề cương như sau:")
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
    qa(d, QUESTIONS[1], answers[1])
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for q in range(2, 9):
        if q in answers:
            qa(d, QUESTIONS[q], answers[q])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    qa(d, "Câu 9. Khó khăn, vướng mắc trong quá trình triển khai?", ["- " + k for k in kk] if kk else ["Không có."], inline=False)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    qa(d, "Câu 10. Đề xuất, kiến nghị đối với Sở Khoa học và Công nghệ, Ủy ban nhân dân Thành phố?", ["- " + k for k in dx] if dx else ["Không có."], inline=False)
    para(d, f"Ủy ban nhân dân {unit_lower} kính báo cáo./.")
    signature(d, ["- Sở Khoa học và Công nghệ (Chi cục TĐC);", "- Lưu: VT."],
              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer)
    out = os.path.join(ROOT, fname)
    if resave:
        tmp = "/tmp/set13_b"
        os.makedirs(tmp, exist_ok=True)
        src = os.path.join(tmp, "src_" + fname)
        d.save(src)
        outdir = os.path.join(tmp, "out")
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", outdir, src],
                       check=True, capture_output=True)
        shutil.move(os.path.join(outdir, "src_" + fname), out)
    else:
        d.save(out)


def entries_from(answers, statuses, inds):
    ents = []
    for q, st in statuses.items():
        ents.append(dict(task=TASK_OF_Q[q], status=st, ind=inds.get(q, {}), text=answers[q],
                         source=f"word/document.xml paragraph after '{QUESTIONS[q][:7]}'"))
    return ents


def b1():
    fname = "Xa Bau Lam_BC CT38 theo de cuong.docx"
    A = {
        1: "UBND xã ban hành Kế hoạch số 27/KH-UBND ngày 05/3/2026 triển khai Chỉ thị số 38-CT/TW năm 2026; giao công chức Kinh tế làm đầu mối.",
        2: "Đã thực hiện. Đài truyền thanh xã phát 12 tin, bài; phối hợp Hội Nông dân xã tổ chức 01 hội nghị tuyên truyền cho hộ sản xuất, kinh doanh với 65 người tham dự.",
        3: "Đang triển khai. Hướng dẫn 03 hợp tác xã và 02 cơ sở sản xuất hồ tiêu, hạt điều ghi nhãn hàng hóa, áp dụng tem truy xuất nguồn gốc (tổng cộng 05 cơ sở).",
        4: "Đã thực hiện. UBND xã đã xây dựng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 10/6/2026.",
        5: "Đã cử 01 công chức tham dự lớp tập huấn ngày 22/8/2026 do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
        6: "Thực hiện thường xuyên. Xã tổ chức 02 cuộc kiểm tra tại 08 cơ sở kinh doanh phân bón, xăng dầu, tạp hóa; chưa phát hiện vi phạm.",
        7: "Không phát sinh.",
        8: "Không phát sinh.",
    }
    kk = ["Cán bộ phụ trách kiêm nhiệm, địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa.",
          "Chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."]
    dx = ["Đề nghị Sở bố trí kinh phí hỗ trợ xã in ấn tài liệu tuyên truyền."]
    build(fname, "XÃ BÀU LÂM", "xã Bàu Lâm", "Bàu Lâm", "145/BC-UBND", 20, 10, A, kk, dx, "Phạm Văn Thắng")
    st = {2: "completed", 3: "in_progress", 4: "completed", 5: "completed", 6: "in_progress", 7: "not_applicable", 8: "not_applicable"}
    ind = {2: {"communications": 12, "training_courses": 1, "participants": 65}, 3: {"enterprises_supported": 5},
           5: {"participants": 1}, 6: {"inspections": 2, "establishments_inspected": 8}}
    write_key(fname, "26638", "Xã Bàu Lâm", "145/BC-UBND", "2026-10-20", entries_from(A, st, ind), kk, dx)


def b2():
    fname = "NgaiGiao-TraLoiDeCuong-CT38.docx"
    A = {
        1: "Đã ban hành Kế hoạch số 52/KH-UBND ngày 18/3/2026 và Công văn số 311/UBND ngày 02/4/2026 chỉ đạo các ấp, khu phố phối hợp thực hiện.",
        2: "Đã thực hiện: đăng 07 tin, bài trên Trang thông tin điện tử xã; phối hợp Chi cục tổ chức 01 lớp tập huấn cho 48 hộ kinh doanh; chi phí 3.500.000 đồng từ ngân sách xã.",
        3: "Chưa thực hiện do chưa có cơ sở đăng ký nhu cầu hỗ trợ.",
        4: "Đang duy trì, cập nhật 12 quy trình theo thủ tục hành chính mới sau sắp xếp.",
        5: "Đã cử 02 lượt công chức tham gia 02 lớp tập huấn do Chi cục tổ chức (tháng 6 và tháng 8/2026).",
        6: "Đang triển khai. Từ đầu năm đến nay UBND xã thành lập 03 đoàn kiểm tra, kiểm tra 19 cơ sở (cửa hàng xăng dầu, vật tư nông nghiệp, chợ Ngãi Giao), phát hiện 04 cơ sở vi phạm, xử phạt 7.000.000 đồng; phối hợp kiểm định 52 cân tại chợ.",
        7: "Đã phối hợp Chi cục lấy 04 mẫu phân bón để khảo sát chất lượng (hoàn thành tháng 7/2026).",
        8: "Không phát sinh.",
    }
    kk = ["Lực lượng kiểm tra mỏng, thiếu thiết bị kiểm tra nhanh chất lượng xăng dầu, phân bón."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn quy trình xử phạt vi phạm hành chính thuộc thẩm quyền Chủ tịch UBND xã.",
          "Đề nghị trang bị cho xã bộ quả cân chuẩn để kiểm tra cân tại chợ."]
    build(fname, "XÃ NGÃI GIAO", "xã Ngãi Giao", "Ngãi Giao", "198/BC-UBND", 28, 10, A, kk, dx, "Đỗ Minh Trí")
    st = {2: "completed", 3: "not_started", 4: "in_progress", 5: "completed", 6: "in_progress", 7: "completed", 8: "not_applicable"}
    ind = {2: {"communications": 7, "training_courses": 1, "participants": 48, "budget_spent_vnd": 3500000},
           5: {"training_courses": 2, "participants": 2},
           6: {"inspections": 3, "establishments_inspected": 19, "violations": 4, "fines_vnd": 7000000, "instruments_verified": 52},
           7: {"samples_tested": 4}}
    write_key(fname, "26575", "Xã Ngãi Giao", "198/BC-UBND", "2026-10-28", entries_from(A, st, ind), kk, dx)


def b3():
    fname = "ConDao_baocao_decuong_TDC_2026.docx"
    A = {
        1: "Ủy ban nhân dân đặc khu ban hành Kế hoạch số 19/KH-UBND ngày 10/4/2026; giao Phòng Kinh tế đặc khu chủ trì tham mưu.",
        2: "Đã thực hiện. Phát 10 tin trên Đài Truyền thanh - Truyền hình đặc khu; tổ chức 01 hội nghị tuyên truyền cho các cơ sở kinh doanh dịch vụ du lịch, lưu trú với 37 đại biểu tham dự.",
        3: "Không phát sinh.",
        4: "Đã hoàn thành việc xây dựng, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính.",
        5: "Chưa thực hiện (do khoảng cách địa lý, chưa bố trí được công chức vào đất liền dự lớp).",
        6: "Đang thực hiện. Phối hợp Chi cục kiểm tra 01 đợt tại 09 cơ sở (06 cửa hàng xăng dầu, 03 cơ sở kinh doanh vàng bạc), phát hiện 01 cơ sở vi phạm, xử phạt 2.500.000 đồng; phối hợp kiểm định 21 cột đo xăng dầu.",
        7: "Đã thực hiện: phối hợp lấy 06 mẫu xăng, dầu DO để khảo sát chất lượng; kết quả các mẫu đều đạt.",
        8: "Không phát sinh.",
    }
    kk = ["Đặc khu cách xa đất liền, chi phí đi lại cho đoàn kiểm tra, kiểm định cao; việc gửi mẫu thử nghiệm phụ thuộc lịch tàu, máy bay."]
    dx = ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến cho công chức đặc khu.",
          "Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm bố trí lịch kiểm định định kỳ tại Côn Đảo."]
    build(fname, "ĐẶC KHU CÔN ĐẢO", "đặc khu Côn Đảo", "Côn Đảo", "87/BC-UBND", "03", 11, A, kk, dx, "Lê Văn Phong", resave=True)
    st = {2: "completed", 3: "not_applicable", 4: "completed", 5: "not_started", 6: "in_progress", 7: "completed", 8: "not_applicable"}
    ind = {2: {"communications": 10, "training_courses": 1, "participants": 37},
           6: {"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 2500000, "instruments_verified": 21},
           7: {"samples_tested": 6}}
    write_key(fname, "26732", "Đặc khu Côn Đảo", "87/BC-UBND", "2026-11-03", entries_from(A, st, ind), kk, dx)


def b4():
    fname = "bc thanh an de cuong ct38.docx"
    A = {
        1: "Triển khai theo Kế hoạch của Sở, xã không ban hành kế hoạch riêng.",
        2: "Loa truyền thanh xã phát 05 tin; lồng ghép tuyên truyền trong họp tổ nhân dân, khoảng 90 lượt người nghe.",
        3: "Không phát sinh (trên địa bàn chủ yếu là hộ nuôi trồng, đánh bắt thủy sản).",
        4: "Đang thực hiện.",
        5: "Đã cử 01 công chức dự tập huấn trực tuyến ngày 16/10/2026.",
        6: "Đang thực hiện: kiểm tra 01 cuộc tại 05 cơ sở kinh doanh tạp hóa, nước đá; không có vi phạm.",
        7: "",
        8: "Không.",
    }
    kk = ["Xã đảo, đi lại phụ thuộc thủy triều; cán bộ kiêm nhiệm nhiều việc."]
    dx = []
    build(fname, "XÃ THẠNH AN", "xã Thạnh An", "Thạnh An", "62/BC-UBND", 12, 11, A, kk, dx, "Huỳnh Thanh Sơn")
    st = {2: "unknown", 3: "not_applicable", 4: "in_progress", 5: "completed", 6: "in_progress", 8: "not_applicable"}
    ind = {2: {"communications": 5, "participants": 90}, 5: {"participants": 1},
           6: {"inspections": 1, "establishments_inspected": 5}}
    write_key(fname, "27676", "Xã Thạnh An", "62/BC-UBND", "2026-11-12", entries_from(A, st, ind), kk, dx)


if __name__ == "__main__":
    b1(); b2(); b3(); b4()
