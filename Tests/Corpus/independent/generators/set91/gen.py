# -*- coding: utf-8 -*-
"""Generator for set91 (communes/wards far from the centre + Côn Đảo). Four hands, see NOTES.md."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")
os.makedirs(TR, exist_ok=True)
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"

PLAN = {
 "II.1.a": ["a) Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố và buổi Tọa đàm với doanh nghiệp nhập khẩu.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Quý I, II và III/2026."],
 "II.1.b": ["b) Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.",
            "- Cơ quan thực hiện: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Quý I và II /2026."],
 "II.2.a": ["a) Triển khai Kế hoạch nâng cao năng suất và chất lượng dựa trên nền tảng khoa học và công nghệ và đổi mới sáng tạo của Thành phố Hồ Chí Minh (Chương trình 1322, Kế hoạch 36), Kế hoạch tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Thành phố nâng cao năng lực cạnh tranh và hội nhập quốc tế (Đề án 996), Kế hoạch triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn Thành phố Hồ Chí Minh (Đề án 100).",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Quý IV/2026."],
 "II.2.d": ["d) Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến để nâng cao năng suất, chất lượng; thực hiện công bố chất lượng sản phẩm, hàng hóa phù hợp theo yêu cầu của quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia, tiêu chuẩn quốc tế, tiêu chuẩn cơ sở theo quy định.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Thường xuyên."],
 "II.2.đ": ["đ) Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước theo quy định của pháp luật.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Từ tháng 01/2026 đến tháng 11/2026."],
 "II.3.a": ["a) Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành, UBND xã, phường, đặc khu; cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng trong và ngoài nước, các lễ kỷ niệm của ngành tiêu chuẩn, đo lường, chất lượng nhằm trao đổi thông tin kinh nghiệm nâng cao hiệu quả quản lý.",
            "- Cơ quan thực hiện: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Quý II, III và IV/2026."],
 "II.5.a": ["a) Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Thường xuyên."],
 "II.5.b": ["b) Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa để thông tin tới các cơ quan có chức năng thanh tra, kiểm tra và cảnh báo người tiêu dùng về chất lượng sản phẩm, hàng hóa.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Thường xuyên."],
 "II.5.c": ["c) Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Thường xuyên."],
 "II.5.d": ["d) Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng. Xử lý nghiêm các hành vi tham nhũng, tiêu cực, vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.",
            "- Cơ quan chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng.", "- Thời gian thực hiện: Thường xuyên."],
}

FILES = []
def F(**kw):
    FILES.append(kw)

def E(task, status, ind, **kw):
    d = dict(task=task, status=status, ind=ind); d.update(kw); return d

# ---------------------------------------------------------------- HAND 1
# Lê Thị Thu Ba-style title lines: "n. own name (figures) – status", plain narrative below.
F(name="BC CT38 xa Thanh An.docx", hand=1, uid="27676", uname="Xã Thạnh An", up="UBND XÃ THẠNH AN",
  place="Thạnh An", number="214/BC-UBND", date="2026-10-27", dtext="Thạnh An, ngày 27 tháng 10 năm 2026",
  signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Lộc"),
  entries=[
   E("II.1.a", "completed", {"training_courses": 1, "participants": 48, "communications": 3},
     title="Tuyên truyền pháp luật đo lường, chất lượng cho tiểu thương, hộ kinh doanh", figs="01 hội nghị, 48 lượt người, 03 tin trên loa truyền thanh", sw="đã xong",
     body="Xã phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ tổ chức hội nghị tại hội trường ấp Thiềng Liềng, phổ biến quy định về cân, đong, đo trong mua bán hải sản; nội dung được phát lại trên loa truyền thanh xã."),
   E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 17, "violations": 2},
     title="Phối hợp Chi cục kiểm tra cân tại chợ Thạnh An", figs="01 cuộc, 17 cơ sở, 02 vi phạm", sw="đã xong",
     body="Đoàn kiểm tra các cân dùng trong mua bán hải sản tại chợ; 02 hộ sử dụng cân có sai số vượt mức cho phép, đoàn lập biên bản, yêu cầu thay cân, nhắc nhở, chưa xử phạt tiền."),
   E("II.5.a", "not_started", {},
     title="Kiểm tra hàng đóng gói sẵn, mũ bảo hiểm bán trên đảo", figs=None, sw="chưa thực hiện",
     body="Do chưa bố trí được tàu và lịch của đoàn liên ngành nên nội dung này xã chưa triển khai, dự kiến thực hiện trong tháng 12."),
   E("II.3.a", "completed", {"training_courses": 1, "participants": 2},
     title="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Sở tổ chức", figs="01 lớp, 02 người", sw="đã xong",
     body="Công chức Kinh tế và công chức Văn hóa - Xã hội tham dự lớp tập huấn ngày 18/6/2026 (hình thức trực tuyến)."),
   E("II.2.đ", "in_progress", {},
     title="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Bộ phận Một cửa", figs=None, sw="đang thực hiện",
     body="Xã đang rà soát, cập nhật lại các quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới sau sắp xếp."),
  ],
  diffs=["Xã đảo cách xa trung tâm, đi lại phụ thuộc tàu nên khó bố trí phối hợp với đoàn kiểm tra của Chi cục theo lịch.",
         "Chợ Thạnh An chưa có cân đối chứng."],
  props=["Đề nghị Chi cục hỗ trợ 01 cân đối chứng đặt tại chợ Thạnh An.",
         "Đề nghị Sở tổ chức các lớp tập huấn theo hình thức trực tuyến để công chức xã đảo tham dự đầy đủ."])

F(name="Bao cao CT38 - Con Dao.docx", hand=1, uid="26732", uname="Đặc khu Côn Đảo", up="ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO",
  place="Côn Đảo", number="389/BC-UBND", date="2026-10-29", dtext="Côn Đảo, ngày 29 tháng 10 năm 2026",
  signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Hưng"),
  entries=[
   E("II.1.a", "completed", {"communications": 7},
     title="Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng", figs="07 tin, bài", sw="hoàn thành",
     body="Đăng trên Trang thông tin điện tử đặc khu và phát trên Đài truyền thanh, tập trung vào ghi nhãn hàng hóa và cân trong kinh doanh hải sản phục vụ du khách."),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 3500000},
     title="Phối hợp kiểm tra đo lường xăng dầu và cân tại chợ Côn Đảo", figs="02 cuộc, 09 cơ sở, 01 vi phạm, phạt 3.500.000 đồng", sw="đã hoàn thành",
     body="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cột đo xăng dầu và cân tại chợ; 01 cửa hàng xăng dầu sử dụng cột đo quá hạn kiểm định bị xử phạt."),
   E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 12},
     title="Kiểm tra chất lượng hàng hóa phục vụ du lịch (hàng lưu niệm, hải sản khô đóng gói)", figs="01 cuộc, 12 cơ sở", sw="đang thực hiện",
     body="Đã kiểm tra đợt 1 tại khu vực chợ và các cửa hàng quanh bến tàu; đợt 2 dự kiến vào mùa cao điểm du lịch cuối năm."),
   E("II.2.d", "in_progress", {"enterprises_supported": 5},
     title="Hướng dẫn cơ sở chế biến hải sản khô công bố chất lượng, ghi nhãn", figs="05 cơ sở", sw="đang thực hiện",
     body="Phòng Kinh tế đặc khu hướng dẫn hồ sơ tự công bố sản phẩm và cách ghi nhãn; một số cơ sở đang hoàn thiện hồ sơ."),
   E("II.2.a", "not_started", {},
     title="Truy xuất nguồn gốc sản phẩm đặc sản (hạt bàng, hải sản)", figs=None, sw="chưa triển khai",
     body="Chưa có hướng dẫn cụ thể và kinh phí nên đặc khu chưa triển khai."),
   E("II.3.a", "completed", {"participants": 3},
     title="Cử cán bộ dự tập huấn nghiệp vụ", figs="03 người", sw="xong",
     body="Cán bộ Phòng Kinh tế tham dự chương trình cập nhật kiến thức do Chi cục tổ chức."),
  ],
  diffs=["Đặc khu mới thành lập, bộ máy chưa có công chức chuyên trách tiêu chuẩn, đo lường, chất lượng.",
         "Chi phí đưa đoàn kiểm tra từ đất liền ra đảo cao, số lần kiểm tra trong năm hạn chế."],
  props=["Đề nghị Chi cục phân công 01 đầu mối hướng dẫn nghiệp vụ cho đặc khu.",
         "Kiến nghị Sở xem xét hỗ trợ kinh phí triển khai truy xuất nguồn gốc cho sản phẩm đặc sản Côn Đảo."])

F(name="bc_ct38_binhchau_2026.docx", hand=1, uid="26656", uname="Xã Bình Châu", up="UBND XÃ BÌNH CHÂU", lo=True,
  place="Bình Châu", number="156/BC-UBND", date="2026-10-26", dtext="Bình Châu, ngày 26 tháng 10 năm 2026",
  signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Thành Nhân"),
  entries=[
   E("II.1.a", "completed", {"training_courses": 2, "participants": 112},
     title="Phổ biến Luật Đo lường, quy định xử phạt cho cơ sở kinh doanh", figs="02 hội nghị, 112 lượt người", sw="đã hoàn thành",
     body="Tổ chức tại nhà văn hóa ấp Bình Tiến và hội trường UBND xã cho chủ cửa hàng xăng dầu, tiểu thương chợ và các cơ sở kinh doanh du lịch."),
   E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 41, "violations": 3, "fines_vnd": 7500000},
     title="Kiểm tra đo lường tại các chợ và cửa hàng xăng dầu", figs="03 cuộc, 41 cơ sở, 03 vi phạm, phạt 7,5 triệu đồng", sw="hoàn thành",
     body="Phối hợp Chi cục kiểm tra tại chợ Bình Châu, chợ Láng Găng và các cửa hàng xăng dầu ven quốc lộ; các vi phạm chủ yếu là cân không đạt yêu cầu, cột đo chưa kiểm định."),
   E("II.5.b", "completed", {"samples_tested": 4},
     title="Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng", figs="04 mẫu", sw="đã xong",
     body="Kết quả thử nghiệm các mẫu đều phù hợp quy chuẩn."),
   E("II.2.a", "in_progress", {"enterprises_supported": 3},
     title="Hướng dẫn hợp tác xã, trang trại áp dụng truy xuất nguồn gốc", figs="03 HTX, trang trại", sw="đang thực hiện",
     body="Hướng dẫn đăng ký tài khoản, gắn mã QR cho sản phẩm thanh long, hải sản khô."),
   E("II.1.b", "not_applicable", {},
     title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", figs=None, sw="không phát sinh",
     body="Xã đã chuyển thông tin đến doanh nghiệp, tuy nhiên trên địa bàn không có doanh nghiệp đủ điều kiện đăng ký."),
  ],
  diffs=["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa qua đào tạo chuyên sâu về đo lường."],
  props=["Đề nghị Chi cục tiếp tục phối hợp kiểm tra định kỳ tại các chợ trên địa bàn xã.",
         "Đề nghị cấp tài liệu tuyên truyền in sẵn để phát cho tiểu thương."])

F(name="TanPhuoc_BC_CT38.docx", hand=1, uid="26713", uname="Phường Tân Phước", up="UBND PHƯỜNG TÂN PHƯỚC",
  place="Tân Phước", number="98/BC-UBND", date="2026-10-30", dtext="Tân Phước, ngày 30 tháng 10 năm 2026",
  signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Kim Oanh"),
  entries=[
   E("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 37},
     title="Tuyên truyền và tọa đàm với doanh nghiệp trong khu công nghiệp", figs="05 tin, bài; 01 tọa đàm, 37 đại biểu", sw="hoàn thành",
     body="Tin, bài đăng trên trang thông tin phường; buổi tọa đàm phối hợp Ban quản lý khu công nghiệp tổ chức ngày 14/8/2026."),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15},
     title="Phối hợp kiểm tra phương tiện đo tại chợ và cửa hàng xăng dầu", figs="02 cuộc, 15 cơ sở", sw="đã xong",
     body="Các cơ sở được kiểm tra chấp hành tốt quy định về kiểm định phương tiện đo."),
   E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8, "violations": 2, "fines_vnd": 4000000},
     title="Kiểm tra nhãn hàng hóa tại cửa hàng tiện lợi, tạp hóa", figs="01 cuộc, 08 cơ sở, 02 vi phạm, phạt 4.000.000 đ", sw="hoàn thành",
     body="Vi phạm về ghi nhãn hàng hóa nhập khẩu không có nhãn phụ tiếng Việt."),
   E("II.2.đ", "in_progress", {},
     title="Chuyển đổi hệ thống ISO hành chính sang ISO điện tử", figs=None, sw="đang thực hiện",
     body="Phường đang phối hợp đơn vị tư vấn xây dựng lại quy trình trên phần mềm."),
   E("II.5.d", "not_applicable", {},
     title="Tiếp nhận, xử lý tố giác vi phạm về đo lường, chất lượng", figs=None, sw="không phát sinh",
     body="Trong kỳ phường không nhận được đơn thư, phản ánh nào."),
   E("II.3.a", "completed", {"participants": 2},
     title="Cử công chức dự tập huấn", figs="02 lượt công chức", sw="đã xong",
     body="Tham dự lớp tập huấn của Chi cục tháng 7/2026."),
  ],
  diffs=["Số lượng cơ sở kinh doanh trong khu công nghiệp lớn, lực lượng kiểm tra của phường mỏng.",
         "Chưa có phần mềm dùng chung để theo dõi kết quả kiểm tra."],
  props=["Đề nghị Sở hỗ trợ kinh phí chuyển đổi ISO điện tử cho phường.",
         "Kiến nghị Chi cục chia sẻ danh sách cơ sở kinh doanh xăng dầu đã được kiểm định trên địa bàn phường."])

# ---------------------------------------------------------------- HAND 2  (phone chat register)
F(name="Long Son bc ct38.docx", hand=2, uid="26545", uname="Xã Long Sơn", number=None, date="2026-10-27",
  lines=[
   ("", "Dạ em chào anh chị Chi cục TĐC ạ,"),
   ("", "Em là Hải, công chức Kinh tế UBND xã Long Sơn. Em gửi báo cáo nhanh kết quả thực hiện KH Chỉ thị 38 năm 2026 của xã ạ (số liệu tính tới 25/10/26):"),
   ("e0", "- Tuyên truyền: xã đăng 6 tin lên fanpage với nhóm zalo các khu phố, có phát tờ rơi cho bà con ở chợ, xong rồi ạ."),
   ("e1", "- Kiểm tra cân ở chợ Long Sơn với mấy điểm bán hải sản: đi 2 đợt, kiểm tra được 28 cơ sở, có 3 hộ cân sai, phạt 3tr5 ạ. Việc này xong rồi ạ."),
   ("e2", "- Lấy mẫu xăng ở 2 cây xăng gửi Chi cục thử: lấy 4 mẫu, chưa có kết quả, đang làm ạ."),
   ("e3", "- Tập huấn: e với 1 anh địa chính đi học lớp của Sở hồi tháng 8, 2 người ạ. Xong."),
   ("e4", "- ISO ở bộ phận một cửa: đang làm lại theo quy trình mới ạ."),
   ("e5", "- Truy xuất nguồn gốc hàu Long Sơn: chưa làm được ạ, đang đợi hướng dẫn."),
   ("", "Khó khăn ạ:"), ("d0", None), ("d1", None),
   ("", "Đề xuất ạ:"), ("p0", None), ("p1", None),
   ("", "Em cảm ơn ạ. Long Sơn 27/10/26"),
  ],
  entries=[
   E("II.1.a", "completed", {"communications": 6}),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 28, "violations": 3, "fines_vnd": 3500000}),
   E("II.5.b", "in_progress", {"samples_tested": 4}),
   E("II.3.a", "completed", {"participants": 2}),
   E("II.2.đ", "in_progress", {}),
   E("II.2.a", "not_started", {}),
  ],
  diffs=["Xã ko có cán bộ chuyên trách, e kiêm nhiều việc.", "Chưa có cân đối chứng ở chợ."],
  props=["Xin Chi cục cấp 1 cân đối chứng cho chợ Long Sơn.", "Mong Chi cục gửi mẫu báo cáo sớm để xã làm cho kịp ạ."])

F(name="HoTram-BC.docx", hand=2, uid="26620", uname="Xã Hồ Tràm", number="45/BC-UBND", date="2026-10-28",
  header=("UBND XÃ HỒ TRÀM", "Số: 45/BC-UBND", "Hồ Tràm, ngày 28 tháng 10 năm 2026",
          "BÁO CÁO\nKết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"),
  lines=[
   ("", "Dạ UBND xã Hồ Tràm báo cáo kết quả như sau ạ:"),
   ("e0", "- Tuyên truyền: phát trên loa 10 tin, có làm 1 hội nghị phổ biến cho chủ nhà hàng, resort khu du lịch Hồ Tràm, 54 người dự. Xong rồi ạ."),
   ("e1", "- Kiểm tra xăng dầu với cân chợ (đi chung đoàn Chi cục): 1 cuộc, 7 cơ sở, ko có vi phạm ạ. Xong ạ."),
   ("e2", "- Kiểm tra mũ bảo hiểm, đồ chơi trẻ em: 1 đợt, 11 cơ sở, 2 vi phạm, phạt 1tr2. Đang làm tiếp đợt 2 ạ."),
   ("e3", "- Hướng dẫn hộ làm nước mắm, hải sản khô làm hồ sơ công bố chất lượng: 4 cơ sở, đang làm ạ."),
   ("e4", "- Giải thưởng chất lượng quốc gia: xã ko có DN tham gia ạ."),
   ("", "Khó khăn:"), ("d0", None), ("d1", None),
   ("", "Đề xuất:"), ("p0", None),
   ("", "Người báo cáo: Võ Minh Tâm (0903 xxx 218)"),
  ],
  entries=[
   E("II.1.a", "completed", {"communications": 10, "training_courses": 1, "participants": 54}),
   E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 7}),
   E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 11, "violations": 2, "fines_vnd": 1200000}),
   E("II.2.d", "in_progress", {"enterprises_supported": 4}),
   E("II.1.b", "not_applicable", {}),
  ],
  diffs=["Mùa du lịch đông khách, cơ sở hay đóng mở theo mùa nên khó nắm số lượng.", "Chưa có kinh phí in tờ rơi."],
  props=["Đề nghị Chi cục hỗ trợ tài liệu, tờ rơi tuyên truyền cho xã ạ."])

F(name="AnNhonTay_baocao.docx", hand=2, uid="27508", uname="Xã An Nhơn Tây", number=None, date="2026-10-29",
  lines=[
   ("", "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng"),
   ("", "Dạ xã An Nhơn Tây báo cáo việc thực hiện kế hoạch CT38 năm 2026 ạ:"),
   ("e0", "1. tuyên truyền trên trang fb của xã 4 bài, xong ạ"),
   ("e1", "2. kiểm tra cân ở chợ An Nhơn Tây: 1 cuộc, 22 cơ sở, 1 hộ vi phạm nhắc nhở ko phạt. xong ạ"),
   ("e2", "3. truy xuất nguồn gốc rau an toàn: hướng dẫn 2 HTX gắn mã QR, đang làm ạ"),
   ("e3", "4. hỗ trợ sản phẩm OCOP bánh tráng phơi sương làm hồ sơ công bố: 3 cơ sở, xong rồi ạ"),
   ("e4", "5. tập huấn: chưa cử ai đi được ạ do trùng lịch tiếp dân"),
   ("e5", "6. tố giác vi phạm: ko có đơn ạ"),
   ("", "* Khó khăn:"), ("d0", None),
   ("", "* Kiến nghị:"), ("p0", None), ("p1", None),
   ("", "An Nhơn Tây, ngày 29/10/26"),
   ("", "Người lập: Trương Thị Mai"),
  ],
  entries=[
   E("II.1.a", "completed", {"communications": 4}),
   E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 22, "violations": 1}),
   E("II.2.a", "in_progress", {"enterprises_supported": 2}),
   E("II.2.d", "completed", {"enterprises_supported": 3}),
   E("II.3.a", "not_started", {}),
   E("II.5.d", "not_applicable", {}),
  ],
  diffs=["Cán bộ kiêm nhiệm, lịch trùng nhiều việc nên chưa đi tập huấn được."],
  props=["Xin Sở mở thêm lớp tập huấn vào cuối tuần hoặc học online ạ.", "Đề nghị hỗ trợ kinh phí in tem QR cho HTX."])

F(name="LongNguyen CT38.xlsx", hand=2, uid="25840", uname="Phường Long Nguyên", number=None, date="2026-10-30",
  title="P. Long Nguyên - bc CT38 - 30/10/26", maker="Đinh Văn Khoa - UBND phường Long Nguyên",
  rows=[
   ("e0", "Tuyên truyền", "dạ đăng 3 tin, có làm 1 buổi hội nghị 40 người ạ, xong rồi"),
   ("e1", "Kiểm tra cân, xăng dầu (đi với Chi cục)", "2 cuộc, 19 cơ sở, 2 vi phạm, phạt 2tr ạ. xong"),
   ("e2", "Kiểm tra hàng hóa chợ đêm", "đang làm ạ, mới được 1 cuộc 6 cơ sở"),
   ("e3", "ISO một cửa", "xong rồi ạ, đã công bố lại"),
   ("e4", "Tập huấn", "e đi tập huấn 1 lớp của Sở, 1 người (là e) ạ. xong"),
  ],
  entries=[
   E("II.1.a", "completed", {"communications": 3, "training_courses": 1, "participants": 40}),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 19, "violations": 2, "fines_vnd": 2000000}),
   E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 6}),
   E("II.2.đ", "completed", {}),
   E("II.3.a", "completed", {"training_courses": 1, "participants": 1}),
  ],
  diffs=["Phường chưa có cân đối chứng ở chợ Long Nguyên ạ."],
  props=["Xin Chi cục hỗ trợ cân đối chứng.", "Xin gửi file mẫu báo cáo để phường điền cho đúng ạ."])

# ---------------------------------------------------------------- HAND 3 (old Excel, two status columns)
F(name="DauTieng_BC10T_CT38.xlsx", hand=3, uid="25777", uname="Xã Dầu Tiếng", up="UBND XÃ DẦU TIẾNG",
  number="201/BC-UBND", date="2026-10-23", dtext="Dầu Tiếng, ngày 23 tháng 10 năm 2026", col6="Tình trạng (BC 6 tháng)", colnow="Tình trạng (đến 20/10/2026)",
  title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
  entries=[
   E("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 85}, job="Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL",
     res="Phát 12 lượt tin trên hệ thống loa; tổ chức 01 hội nghị phổ biến cho 85 đại biểu là hộ kinh doanh.", s6="Đang thực hiện", now="Hoàn thành"),
   E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 36, "violations": 5, "fines_vnd": 9250000}, job="Phối hợp Chi cục kiểm tra đo lường (chợ, xăng dầu)",
     res="Phối hợp kiểm tra 04 cuộc tại chợ Dầu Tiếng, chợ Thanh Tuyền và các cửa hàng xăng dầu; kiểm tra 36 cơ sở, phát hiện 05 vi phạm, xử phạt 9.250.000 đồng.", s6="Đang thực hiện", now="Hoàn thành"),
   E("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1}, job="Kiểm tra chất lượng hàng hóa thiết yếu (gas, mũ bảo hiểm)",
     res="Đã kiểm tra 02 cuộc, 14 cơ sở, 01 cơ sở vi phạm (chuyển Chi cục xử lý).", s6="Chưa thực hiện", now="Đang thực hiện"),
   E("II.5.b", "completed", {"samples_tested": 8}, job="Lấy mẫu khảo sát chất lượng",
     res="Phối hợp lấy 08 mẫu (06 mẫu xăng, 02 mẫu khí dầu mỏ hóa lỏng) gửi thử nghiệm.", s6="Chưa thực hiện", now="Hoàn thành"),
   E("II.2.đ", "in_progress", {}, job="Duy trì ISO 9001:2015 tại UBND xã",
     res="Đang rà soát, cập nhật quy trình theo bộ TTHC mới.", s6="Đang thực hiện", now="Đang thực hiện"),
   E("II.3.a", "completed", {"training_courses": 1, "participants": 2}, job="Cử công chức dự tập huấn nghiệp vụ",
     res="Cử 02 công chức dự 01 lớp tập huấn do Sở tổ chức.", s6="Chưa thực hiện", now="Hoàn thành"),
   E("II.1.b", "not_applicable", {}, job="Vận động DN tham dự Giải thưởng CLQG",
     res="Trên địa bàn không có doanh nghiệp đăng ký.", s6="Không phát sinh", now="Không phát sinh"),
  ],
  diffs=["Địa bàn rộng, nhiều chợ tự phát, khó quản lý cân trong mua bán nông sản.", "Kinh phí cho công tác kiểm tra chưa được bố trí riêng."],
  props=["Đề nghị Chi cục trang bị cân đối chứng cho chợ Thanh Tuyền.", "Đề nghị Sở bố trí kinh phí hỗ trợ xã tổ chức tuyên truyền."])

F(name="MinhThanh_CT38_2026.xlsx", hand=3, uid="25780", uname="Xã Minh Thạnh", up="UBND XÃ MINH THẠNH", lo=True,
  number="77/BC-UBND", date="2026-10-21", dtext="Minh Thạnh, ngày 21 tháng 10 năm 2026", col6="Tình trạng (BC 6 tháng 2026)", colnow="Tình trạng hiện nay",
  title="TỔNG HỢP KẾT QUẢ THỰC HIỆN KH CT38 NĂM 2026 (10 THÁNG)",
  entries=[
   E("II.1.a", "completed", {"communications": 5}, job="Thông tin tuyên truyền",
     res="Đăng 05 tin bài trên trang thông tin điện tử xã và nhóm Zalo ấp.", s6="Đang thực hiện", now="Đã hoàn thành"),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 18, "violations": 2, "fines_vnd": 2500000}, job="Phối hợp kiểm tra đo lường",
     res="02 cuộc; 18 cơ sở; 02 vi phạm; phạt 2.500.000 đồng.", s6="Đang thực hiện", now="Đã hoàn thành"),
   E("II.2.a", "in_progress", {"enterprises_supported": 4}, job="Hướng dẫn truy xuất nguồn gốc",
     res="Hướng dẫn 04 cơ sở chế biến hạt điều đăng ký mã truy xuất nguồn gốc.", s6="Chưa thực hiện", now="Đang thực hiện"),
   E("II.3.a", "in_progress", {"training_courses": 1, "participants": 1}, job="Tập huấn cho công chức",
     res="Đã cử 01 công chức dự 01 lớp trực tuyến; chờ lớp trực tiếp của Sở.", s6="Chưa thực hiện", now="Đang thực hiện"),
   E("II.5.d", "not_applicable", {}, job="Tiếp nhận tố giác, xử lý vi phạm",
     res="Không có đơn thư.", s6="Không phát sinh", now="Không phát sinh"),
  ],
  diffs=["Công chức phụ trách mới được phân công, chưa nắm hết nghiệp vụ."],
  props=["Đề nghị Chi cục tổ chức lớp tập huấn trực tiếp cho công chức xã.", "Đề nghị hướng dẫn quy trình gắn mã truy xuất cho sản phẩm hạt điều."])

F(name="BacTanUyen-THKQ-CT38.xlsx", hand=3, uid="25906", uname="Xã Bắc Tân Uyên", up="UBND XÃ BẮC TÂN UYÊN",
  number="133/BC-UBND", date="2026-10-28", dtext="Bắc Tân Uyên, ngày 28 tháng 10 năm 2026", col6="Tình trạng BC 6 tháng", colnow="Tình trạng đến nay",
  title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
  entries=[
   E("II.1.a", "completed", {"communications": 9}, job="Tuyên truyền về TC-ĐL-CL",
     res="09 tin, bài, phóng sự (08 tin bài trên Cổng TTĐT xã, 01 phóng sự trên Đài truyền thanh).", s6="Đang thực hiện", now="Hoàn thành"),
   E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6000000}, job="Phối hợp kiểm tra đo lường tại chợ, cây xăng",
     res="03 cuộc, 27 cơ sở, 04 vi phạm, phạt 6.000.000 đồng.", s6="Đang thực hiện", now="Hoàn thành"),
   E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 9}, job="Kiểm tra đồ chơi trẻ em dịp Trung thu",
     res="01 cuộc kiểm tra liên ngành, 09 cơ sở, chưa phát hiện vi phạm.", s6="Chưa thực hiện", now="Hoàn thành"),
   E("II.2.d", "in_progress", {"enterprises_supported": 6}, job="Hướng dẫn DN công bố hợp quy, công bố chất lượng",
     res="Hướng dẫn 06 doanh nghiệp thực hiện công bố hợp quy.", s6="Đang thực hiện", now="Đang thực hiện"),
   E("II.2.đ", "completed", {}, job="ISO hành chính", res="Đã công bố lại HTQLCL phù hợp TCVN ISO 9001:2015.", s6="Hoàn thành", now="Hoàn thành"),
   E("II.3.a", "completed", {"participants": 2}, job="Công chức dự tập huấn", res="02 người.", s6="Chưa thực hiện", now="Hoàn thành"),
  ],
  diffs=["Doanh nghiệp trên địa bàn phân tán, nhiều doanh nghiệp chưa cập nhật thông tin liên hệ.", "Chưa có cơ sở dữ liệu chung về phương tiện đo tại các chợ."],
  props=["Đề nghị Chi cục cung cấp danh sách phương tiện đo đã kiểm định trên địa bàn xã."])

F(name="PhuGiao_TongHop.xlsx", hand=3, uid="25858", uname="Xã Phú Giáo", up="UBND XÃ PHÚ GIÁO", mistaken=True,
  reason="Không phải báo cáo Kế hoạch CT38: bảng tổng hợp kết quả Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026 gửi nhầm.",
  number="119/BC-UBND", date="2026-10-22", dtext="Phú Giáo, ngày 22 tháng 10 năm 2026", col6="Tình trạng (BC 6 tháng)", colnow="Tình trạng (đến 20/10/2026)",
  title="BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2026",
  entries=[
   E("-", "-", {}, job="Rà soát hộ nghèo, hộ cận nghèo", res="Rà soát 1.245 hộ; còn 18 hộ nghèo, 41 hộ cận nghèo.", s6="Đang thực hiện", now="Hoàn thành"),
   E("-", "-", {}, job="Hỗ trợ vay vốn NHCSXH", res="Giải ngân 2,6 tỷ đồng cho 52 hộ.", s6="Đang thực hiện", now="Đang thực hiện"),
   E("-", "-", {}, job="Xây dựng nhà Đại đoàn kết", res="Khởi công 03 căn, bàn giao 02 căn.", s6="Chưa thực hiện", now="Đang thực hiện"),
   E("-", "-", {}, job="Đào tạo nghề cho lao động nghèo", res="02 lớp, 46 học viên.", s6="Chưa thực hiện", now="Hoàn thành"),
  ],
  diffs=["Một số hộ nghèo thuộc diện già yếu, không có khả năng lao động."],
  props=["Đề nghị bổ sung nguồn vốn vay giải quyết việc làm."])

# ---------------------------------------------------------------- HAND 4 (plan text copied, reply typed in red)
F(name="KimLong_CV_bao_cao_CT38.docx", hand=4, uid="26608", uname="Xã Kim Long", up="UBND XÃ KIM LONG",
  number="312/UBND-KT", date="2026-10-24", dtext="Kim Long, ngày 24 tháng 10 năm 2026",
  vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", lead="Xã Kim Long:",
  entries=[
   E("II.1.a", "completed", {"training_courses": 1, "participants": 60, "communications": 4},
     reply="Phối hợp Chi cục tổ chức 01 lớp phổ biến văn bản cho hộ kinh doanh tại Hội trường UBND xã với 60 học viên; đăng 04 tin trên trang thông tin xã. Đã thực hiện xong."),
   E("II.3.a", "completed", {"participants": 2},
     reply="Cử 02 công chức (Kinh tế, Văn phòng - Thống kê) dự tập huấn. Đã thực hiện xong."),
   E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 1, "fines_vnd": 1500000},
     reply="Phối hợp kiểm tra 02 cuộc tại chợ Kim Long và 03 cửa hàng xăng dầu, tổng số 16 cơ sở; 01 vi phạm, phạt 1.500.000 đồng. Đang tiếp tục thực hiện đến cuối năm."),
   E("II.5.a", "not_started", {},
     reply="Chưa thực hiện (chờ kế hoạch kiểm tra liên ngành của Chi cục)."),
   E("II.2.đ", "completed", {},
     reply="UBND xã đã công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ngày 12/5/2026. Đã hoàn thành."),
  ],
  diffs=["Xã chưa có cân đối chứng tại chợ Kim Long.", "Công chức phụ trách kiêm nhiệm, chưa được tập huấn chuyên sâu về đo lường xăng dầu."],
  props=["Đề nghị Chi cục hỗ trợ cân đối chứng cho chợ Kim Long.", "Đề nghị Sở có văn bản hướng dẫn mẫu biểu báo cáo thống nhất cho cấp xã."])

F(name="CanGio_BC_KH38.docx", hand=4, uid="27664", uname="Xã Cần Giờ", up="UBND XÃ CẦN GIỜ",
  number="276/BC-UBND", date="2026-10-30", dtext="Cần Giờ, ngày 30 tháng 10 năm 2026", vv=None, lead="* Xã Cần Giờ thực hiện:",
  entries=[
   E("II.1.a", "completed", {"communications": 6},
     reply="Đăng 06 tin, bài về ghi nhãn hàng hóa, cân trong mua bán hải sản trên trang thông tin xã và loa truyền thanh. Hoàn thành."),
   E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 24, "violations": 2, "fines_vnd": 5000000},
     reply="Phối hợp kiểm tra 03 cuộc tại chợ Cần Thạnh, chợ Hàng Dương và các cây xăng; kiểm tra 24 cơ sở; phát hiện 02 cơ sở vi phạm; phạt 5.000.000 đồng. Hoàn thành."),
   E("II.5.b", "in_progress", {"samples_tested": 5},
     reply="Phối hợp Chi cục lấy 05 mẫu muối, nước mắm khảo sát chất lượng; đang chờ kết quả thử nghiệm."),
   E("II.2.a", "in_progress", {"enterprises_supported": 2},
     reply="Hướng dẫn 02 hợp tác xã muối đăng ký truy xuất nguồn gốc sản phẩm muối Cần Giờ. Đang triển khai."),
   E("II.3.a", "not_started", {},
     reply="Chưa cử công chức tham dự do Sở chưa tổ chức lớp đợt 2."),
   E("II.5.d", "not_applicable", {},
     reply="Không phát sinh đơn thư tố giác."),
  ],
  diffs=["Địa bàn xã rộng, chợ và điểm bán hải sản phân tán dọc tuyến biển."],
  props=["Đề nghị Chi cục hỗ trợ xã kinh phí và thiết bị kiểm tra nhanh cân tại chợ.", "Đề nghị Sở sớm tổ chức lớp tập huấn đợt 2 cho công chức cấp xã."])

F(name="HoaHoi_KH38.xlsx", hand=4, uid="26641", uname="Xã Hòa Hội", up="UBND XÃ HÒA HỘI",
  number="58/BC-UBND", date="2026-10-22", dtext="Hòa Hội, ngày 22 tháng 10 năm 2026",
  entries=[
   E("II.1.a", "completed", {"communications": 3}, reply="Đăng 03 tin trên trang thông tin xã. Đã xong."),
   E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 12}, reply="Phối hợp Chi cục kiểm tra 01 cuộc tại chợ Hòa Hội, 12 cơ sở, không có vi phạm. Đã xong."),
   E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 5, "violations": 1, "fines_vnd": 750000}, reply="Kiểm tra 01 cuộc, 05 cơ sở kinh doanh mũ bảo hiểm, 01 vi phạm, phạt 750.000 đồng. Đang thực hiện đợt 2."),
   E("II.3.a", "completed", {"participants": 1}, reply="Cử 01 công chức dự tập huấn. Đã xong."),
   E("II.2.đ", "in_progress", {}, reply="Đang cập nhật quy trình ISO theo bộ TTHC mới."),
  ],
  diffs=["Xã thuần nông, ít cơ sở kinh doanh lớn nên khó tổ chức hội nghị tập trung."],
  props=["Đề nghị Chi cục phối hợp tổ chức hội nghị tuyên truyền lồng ghép tại xã."])

F(name="AnThoiDong_KH38_2026.xlsx", hand=4, uid="27673", uname="Xã An Thới Đông", up="UBND XÃ AN THỚI ĐÔNG",
  number="141/BC-UBND", date="2026-10-27", dtext="An Thới Đông, ngày 27 tháng 10 năm 2026",
  entries=[
   E("II.1.a", "completed", {"training_courses": 1, "participants": 70}, reply="Tổ chức 01 hội nghị phổ biến pháp luật đo lường cho 70 hộ kinh doanh, tiểu thương. Hoàn thành."),
   E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 20, "violations": 1, "fines_vnd": 2000000}, reply="Phối hợp kiểm tra 02 cuộc, 20 cơ sở (chợ An Thới Đông, cây xăng); 01 vi phạm, phạt 2.000.000 đồng. Hoàn thành."),
   E("II.2.d", "in_progress", {"enterprises_supported": 3}, reply="Hướng dẫn 03 cơ sở sản xuất mắm, khô cá công bố chất lượng sản phẩm. Đang thực hiện."),
   E("II.1.b", "not_applicable", {}, reply="Không phát sinh (không có doanh nghiệp đăng ký tham dự)."),
   E("II.2.đ", "completed", {}, reply="Đã duy trì, áp dụng ISO 9001:2015 tại UBND xã. Hoàn thành."),
  ],
  diffs=["Chưa có cân đối chứng tại chợ An Thới Đông.", "Hộ kinh doanh nhỏ lẻ chưa quan tâm việc kiểm định cân."],
  props=["Đề nghị Chi cục hỗ trợ 01 cân đối chứng.", "Đề nghị tăng cường tần suất kiểm tra đo lường tại chợ xã."])

F(name="HoaHiep_BC.docx", hand=4, uid="26647", uname="Xã Hòa Hiệp", up="UBND XÃ HÒA HIỆP", mistaken=True,
  reason="Không phải báo cáo Kế hoạch CT38: báo cáo kết quả thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 gửi nhầm.",
  number="204/BC-UBND", date="2026-10-25", dtext="Hòa Hiệp, ngày 25 tháng 10 năm 2026",
  vv=None, lead="* Xã Hòa Hiệp thực hiện:",
  title2="Kết quả thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
  intro2="Thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của Ban Chỉ huy Phòng thủ dân sự Thành phố, UBND xã Hòa Hiệp báo cáo theo từng nội dung (phần chữ đỏ là kết quả của xã) như sau:",
  pctt=[
   (["1. Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã, phân công nhiệm vụ cho các thành viên.", "- Thời gian thực hiện: Quý I/2026."],
    "Đã ban hành Quyết định kiện toàn Ban Chỉ huy gồm 21 thành viên. Hoàn thành."),
   (["2. Rà soát, cập nhật phương án ứng phó bão, áp thấp nhiệt đới, triều cường, sạt lở bờ biển.", "- Thời gian thực hiện: Quý II/2026."],
    "Đã cập nhật phương án, dự kiến sơ tán 312 hộ với 1.086 nhân khẩu ở khu vực ven biển. Hoàn thành."),
   (["3. Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn.", "- Thời gian thực hiện: Quý III/2026."],
    "Đang chuẩn bị kịch bản diễn tập, dự kiến tổ chức tháng 11/2026."),
   (["4. Tuyên truyền kỹ năng phòng tránh thiên tai cho người dân.", "- Thời gian thực hiện: Thường xuyên."],
    "Phát 24 lượt tin trên loa truyền thanh; phát 500 tờ rơi. Đang thực hiện."),
  ],
  entries=[], diffs=["Một số tuyến kè biển xuống cấp, có nguy cơ sạt lở."], props=["Đề nghị Thành phố hỗ trợ kinh phí gia cố kè biển đoạn ấp Hồ Tràm."])

# ================================================================ helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def para(doc, text, bold=False, italic=False, align=None, size=None, color=None, indent=None, underline=False, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = color
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def header_table(doc, up, number, dtext, size=13):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    pr = c.paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = up.split("\n")
    for i, ln in enumerate(lines):
        r = pr.add_run(ln); r.bold = True; r.font.size = Pt(size)
        if i < len(lines) - 1: r.add_break()
    c = t.cell(0, 1); pr = c.paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pr.add_run(QH); r.bold = True; r.font.size = Pt(size - 1); r.add_break()
    r = pr.add_run(DL); r.bold = True; r.font.size = Pt(size)
    c = t.cell(1, 0); pr = c.paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pr.add_run("Số: " + number).font.size = Pt(size)
    c = t.cell(1, 1); pr = c.paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pr.add_run(dtext); r.italic = True; r.font.size = Pt(size)
    return t

def sign(doc, signer, noinhan=True):
    t = doc.add_table(rows=1, cols=2)
    if noinhan:
        pr = t.cell(0, 0).paragraphs[0]
        r = pr.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12); r.add_break()
        for ln in ["- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy, TT. HĐND;", "- CT, các PCT UBND;", "- Lưu: VT."]:
            r = pr.add_run(ln); r.font.size = Pt(11); r.add_break()
    pr = t.cell(0, 1).paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in signer[:3]:
        if ln:
            r = pr.add_run(ln); r.bold = True; r.add_break()
    pr.add_run().add_break(); pr.add_run().add_break()
    r = pr.add_run(signer[3]); r.bold = True

# ================================================================ renderers
def r_hand1(f, path):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    header_table(doc, f["up"], f["number"], f["dtext"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "về công tác tiêu chuẩn, đo lường, chất lượng", bold=True, align="c")
    para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, "
              f"Ủy ban nhân dân {f['uname'][0].lower() + f['uname'][1:]} báo cáo kết quả thực hiện như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(f["entries"], 1):
        head = f"{i}. {e['title']}"
        if e["figs"]: head += f" ({e['figs']})"
        head += f" – {e['sw']}"
        para(doc, head, bold=True, align="j", indent=1)
        para(doc, e["body"], align="j", indent=1)
        e["text"] = head + " " + e["body"]
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in f["diffs"]: para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in f["props"]: para(doc, "- " + d, align="j", indent=1)
    para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {f['uname'][0].lower() + f['uname'][1:]}./.", align="j", indent=1)
    sign(doc, f["signer"])
    doc.save(path)

def r_hand2_docx(f, path):
    doc = Document(); set_font(doc, "Arial", 11)
    if f.get("header"):
        up, num, dt, title = f["header"]
        header_table(doc, up, num[4:], dt, size=12)
        for i, ln in enumerate(title.split("\n")):
            para(doc, ln, bold=True, align="c")
    em = {}
    for key, txt in f["lines"]:
        if key.startswith("d"): txt = "+ " + f["diffs"][int(key[1:])]
        elif key.startswith("p"): txt = "+ " + f["props"][int(key[1:])]
        para(doc, txt, space_after=0)
        if key.startswith("e"): f["entries"][int(key[1:])]["text"] = txt
    doc.save(path)

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def r_hand2_xlsx(f, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Trang tính1"
    ws["A1"] = f["title"]; ws["A1"].font = Font(bold=True)
    ws.append([]); ws.append(["Nội dung", "Báo cáo"])
    for c in ws[3]: c.font = Font(bold=True)
    for key, job, rep in f["rows"]:
        ws.append([job, rep]); f["entries"][int(key[1:])]["text"] = rep
    ws.append([])
    for d in f["diffs"]: ws.append(["Khó khăn", d])
    for p in f["props"]: ws.append(["Đề xuất", p])
    ws.append([]); ws.append(["Người lập: " + f["maker"]])
    ws.column_dimensions["A"].width = 34; ws.column_dimensions["B"].width = 70
    wb.save(path)

def r_hand3(f, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC 10 thang"
    TNR = "Times New Roman"
    def put(rng, val, bold=False, italic=False, align="center", size=12):
        a = rng.split(":")[0]
        if ":" in rng: ws.merge_cells(rng)
        ws[a] = val; ws[a].font = Font(name=TNR, bold=bold, italic=italic, size=size)
        ws[a].alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    put("A1:C1", f["up"], bold=True); put("D1:F1", QH, bold=True)
    put("A2:C2", "Số: " + f["number"]); put("D2:F2", DL, bold=True)
    put("D3:F3", f["dtext"], italic=True)
    put("A5:F5", f["title"], bold=True, size=13)
    hdr = ["STT", "Nội dung công việc", "Kết quả cụ thể", f["col6"], f["colnow"], "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(name=TNR, bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 8
    for i, e in enumerate(f["entries"], 1):
        vals = [i, e["job"], e["res"], e["s6"], e["now"], ""]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.font = Font(name=TNR, size=12); c.border = BOX
            c.alignment = Alignment(horizontal="center" if j in (1, 4, 5) else "left", vertical="top", wrap_text=True)
        e["text"] = e["res"]
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(name=TNR, bold=True, size=12); r += 1
    for i, d in enumerate(f["diffs"], 1):
        ws.cell(row=r, column=2, value=f"{i}. {d}").font = Font(name=TNR, size=12); r += 1
    ws.cell(row=r, column=2, value="Đề xuất, kiến nghị:").font = Font(name=TNR, bold=True, size=12); r += 1
    for i, d in enumerate(f["props"], 1):
        ws.cell(row=r, column=2, value=f"{i}. {d}").font = Font(name=TNR, size=12); r += 1
    r += 1
    ws.cell(row=r, column=5, value="TM. ỦY BAN NHÂN DÂN").font = Font(name=TNR, bold=True)
    ws.cell(row=r + 1, column=5, value="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(name=TNR, bold=True)
    for col, w in zip("ABCDEF", (6, 34, 52, 16, 16, 12)): ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)

RED = RGBColor(0xFF, 0x00, 0x00)

def r_hand4_docx(f, path):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    header_table(doc, f["up"], f["number"], f["dtext"])
    if f.get("vv"):
        para(doc, f["vv"], italic=True, size=12)
        para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
        para(doc, f"Ủy ban nhân dân {f['uname'][0].lower() + f['uname'][1:]} báo cáo theo từng nội dung của Kế hoạch như sau (phần chữ đỏ là kết quả của xã):", align="j", indent=1)
    else:
        para(doc, "BÁO CÁO", bold=True, align="c", size=14)
        para(doc, f.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), bold=True, align="c")
        para(doc, f.get("intro2", f"Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND {f['uname'][0].lower() + f['uname'][1:]} báo cáo theo từng nội dung (phần chữ đỏ là kết quả của xã) như sau:"), align="j", indent=1)
    if f.get("pctt"):
        for plan, rep in f["pctt"]:
            for ln in plan: para(doc, ln, align="j", space_after=0)
            p = doc.add_paragraph(); r = p.add_run(f["lead"] + " "); r.bold = True; r.italic = True; r.font.color.rgb = RED
            r = p.add_run(rep); r.italic = True; r.font.color.rgb = RED
    else:
        grp = None
        GN = {"1": "1. Tuyên truyền, nâng cao nhận thức…", "2": "2. Tổ chức triển khai có hiệu quả công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng…",
              "3": "3. Xây dựng, đào tạo nguồn nhân lực lĩnh vực tiêu chuẩn, đo lường, chất lượng", "5": "5. Tăng cường công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng"}
        for e in sorted(f["entries"], key=lambda e: e["task"]):
            g = e["task"].split(".")[1]
            if g != grp:
                para(doc, GN[g], bold=True); grp = g
            for ln in PLAN[e["task"]]: para(doc, ln, align="j", space_after=0)
            p = doc.add_paragraph(); r = p.add_run(f["lead"] + " "); r.bold = True; r.font.color.rgb = RED
            r = p.add_run(e["reply"]); r.font.color.rgb = RED
            e["text"] = e["reply"]
    p = doc.add_paragraph(); r = p.add_run("Khó khăn, vướng mắc:"); r.bold = True; r.font.color.rgb = RED
    for d in f["diffs"]:
        p = doc.add_paragraph(); r = p.add_run("- " + d); r.font.color.rgb = RED
    p = doc.add_paragraph(); r = p.add_run("Đề xuất, kiến nghị:"); r.bold = True; r.font.color.rgb = RED
    for d in f["props"]:
        p = doc.add_paragraph(); r = p.add_run("- " + d); r.font.color.rgb = RED
    sign(doc, ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Văn Sáu"))
    doc.save(path)

def r_hand4_xlsx(f, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "KH38"
    TNR = "Times New Roman"
    ws.merge_cells("A1:B1"); ws["A1"] = f["up"]; ws["A1"].font = Font(name=TNR, bold=True)
    ws.merge_cells("C1:E1"); ws["C1"] = QH; ws["C1"].font = Font(name=TNR, bold=True)
    ws.merge_cells("A2:B2"); ws["A2"] = "Số: " + f["number"]
    ws.merge_cells("C2:E2"); ws["C2"] = DL; ws["C2"].font = Font(name=TNR, bold=True)
    ws.merge_cells("C3:E3"); ws["C3"] = f["dtext"]; ws["C3"].font = Font(name=TNR, italic=True)
    ws.merge_cells("A5:E5"); ws["A5"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (phần chữ đỏ là kết quả của xã)"
    ws["A5"].font = Font(name=TNR, bold=True, size=13)
    for c in ("A1", "C1", "A2", "C2", "C3", "A5"): ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["TT", "Nội dung Kế hoạch (trích)", "Cơ quan chủ trì", "Thời gian thực hiện", "Kết quả thực hiện của xã"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(name=TNR, bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8
    for i, e in enumerate(sorted(f["entries"], key=lambda e: e["task"]), 1):
        pl = PLAN[e["task"]]
        vals = [i, pl[0], pl[1].split(": ", 1)[1], pl[2].split(": ", 1)[1], e["reply"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.font = Font(name=TNR, color="FF0000" if j == 5 else "000000")
            c.alignment = Alignment(vertical="top", wrap_text=True)
        e["text"] = e["reply"]; r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(name=TNR, bold=True, color="FF0000"); r += 1
    for d in f["diffs"]:
        ws.cell(row=r, column=2, value="- " + d).font = Font(name=TNR, color="FF0000"); r += 1
    ws.cell(row=r, column=2, value="Đề xuất, kiến nghị:").font = Font(name=TNR, bold=True, color="FF0000"); r += 1
    for d in f["props"]:
        ws.cell(row=r, column=2, value="- " + d).font = Font(name=TNR, color="FF0000"); r += 1
    for col, w in zip("ABCDE", (5, 60, 24, 18, 50)): ws.column_dimensions[col].width = w
    wb.save(path)

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def main():
    for f in FILES:
        path = os.path.join(OUT, f["name"])
        h, ext = f["hand"], f["name"].rsplit(".", 1)[1]
        if h == 1: r_hand1(f, path)
        elif h == 2: (r_hand2_docx if ext == "docx" else r_hand2_xlsx)(f, path)
        elif h == 3: r_hand3(f, path)
        else: (r_hand4_docx if ext == "docx" else r_hand4_xlsx)(f, path)
        if f.get("lo"): lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mistaken = f.get("mistaken", False)
        truth = {"file": f["name"], "sha256": sha,
                 "status": "rejected" if mistaken else "extracted",
                 "reason": f.get("reason") if mistaken else None,
                 "unit": {"id": f["uid"], "name": f["uname"]},
                 "document": {"number": f["number"], "date": f["date"]},
                 "entries": [] if mistaken else [
                     {"task": e["task"], "status": e["status"], "indicators": e["ind"],
                      "text": unicodedata.normalize("NFC", e.get("text", ""))} for e in f["entries"]],
                 "findings": [],
                 "difficulties": [] if mistaken else f["diffs"],
                 "proposals": [] if mistaken else f["props"]}
        json.dump(truth, open(os.path.join(TR, f["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print("ok", f["name"])

if __name__ == "__main__":
    main()
