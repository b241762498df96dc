# report contents (shared by gen.py for keys); statuses: completed in_progress not_started not_applicable unknown
C,P,N,A,U="completed","in_progress","not_started","not_applicable","unknown"
R=[]
def rep(**k): R.append(k); return k
# ---------- H1: ward biểu with "đã báo cáo 10 tháng | phát sinh T11 | cộng 11 tháng" ----------
rep(file="25945-bieu-kq-11thang-ct38.xlsx",hand="H1",unit=("25945","Phường Tân Đông Hiệp"),num="135/BC-UBND",date="2026-11-18",prev="118/BC-UBND",
 entries=[
 ("II.5.c",C,"Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng tại chợ Tân Đông Hiệp, chợ Dĩ An 2 và các cửa hàng xăng dầu trên địa bàn","Hoàn thành",[("Số cuộc kiểm tra","cuộc","inspections",3,1),("Số cơ sở được kiểm tra","cơ sở","establishments_inspected",24,7),("Số cơ sở vi phạm","cơ sở","violations",2,1),("Số tiền xử phạt VPHC","đồng","fines_vnd",5000000,2500000)]),
 ("II.1.a",C,"Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử, loa truyền thanh khu phố; tổ chức hội nghị phổ biến cho hộ kinh doanh","Hoàn thành",[("Tin, bài tuyên truyền","tin/bài",  "communications",10,2),("Hội nghị phổ biến","hội nghị","training_courses",1,0),("Lượt người tham dự","lượt","participants",85,0)]),
 ("II.3.a",C,"Cử công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức","Hoàn thành",[("Số công chức được cử","người","participants",3,0)]),
 ("II.2.đ",P,"Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường","Đang thực hiện",[]),
 ("II.5.d",A,"Tiếp nhận tố giác hành vi vi phạm về TĐC; khen thưởng người tố giác","Không phát sinh",[]),
 ],diff=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.","Chưa được trang bị phương tiện đo kiểm tra nhanh (cân đối chứng) để kiểm tra tại chợ."],
 prop=["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại Ban Quản lý chợ.","Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."])
rep(file="25858-xa-phu-giao-bieu-ct38-t11.xlsx",hand="H1",unit=("25858","Xã Phú Giáo"),num="98/BC-UBND",date="2026-11-20",prev="84/BC-UBND",
 entries=[
 ("II.5.c",P,"Phối hợp kiểm tra đo lường tại chợ Phước Vĩnh và cơ sở kinh doanh vàng bạc","Đang thực hiện",[("Số cuộc kiểm tra","cuộc","inspections",2,0),("Số cơ sở được kiểm tra","cơ sở","establishments_inspected",14,0),("Số cơ sở vi phạm","cơ sở","violations",1,0),("Số tiền xử phạt","đồng","fines_vnd",2000000,0)]),
 ("II.1.a",C,"Tuyên truyền trên hệ thống truyền thanh xã, Zalo các ấp","Hoàn thành",[("Tin, bài, thông báo","tin","communications",4,2)]),
 ("II.3.a",C,"Cử cán bộ tham gia tập huấn cập nhật kiến thức TĐC","Hoàn thành",[("Số cán bộ tham gia","người","participants",2,0)]),
 ("II.5.d",A,"Khen thưởng, bảo vệ người tố giác vi phạm","Không phát sinh",[]),
 ],diff=["Địa bàn rộng, cơ sở kinh doanh nhỏ lẻ phân tán ở các ấp nên khó kiểm tra thường xuyên."],
 prop=["Đề nghị Chi cục TĐC phối hợp với xã kiểm tra đợt cao điểm trước Tết Nguyên đán 2027."])
rep(file="25915-binhco-bc-tdc-11t.xlsx",hand="H1",unit=("25915","Phường Bình Cơ"),num="212/BC-UBND",date="2026-11-24",prev="190/BC-UBND",lo=True,
 entries=[
 ("II.5.c",C,"Kiểm tra đo lường, ghi nhãn hàng hóa tại các cửa hàng tạp hóa, cửa hàng xăng dầu (phối hợp Chi cục TĐC)","Hoàn thành",[("Số cuộc kiểm tra","cuộc","inspections",2,1),("Số cơ sở được kiểm tra","cơ sở","establishments_inspected",15,7),("Số cơ sở vi phạm","cơ sở","violations",0,0)]),
 ("II.1.a",C,"Phổ biến pháp luật về TĐC cho hộ kinh doanh; đăng tin trên trang thông tin phường","Hoàn thành",[("Tin, bài","tin/bài","communications",7,2),("Buổi phổ biến","buổi","training_courses",1,0),("Người tham dự","người","participants",60,0)]),
 ("II.2.đ",P,"Chuyển đổi, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp","Đang thực hiện",[]),
 ("II.3.a",N,"Cử công chức tham gia tập huấn nghiệp vụ TĐC","Chưa thực hiện",[]),
 ],diff=["Năm 2026 phường chưa được phân bổ kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
 prop=["Kiến nghị Sở KH&CN thông báo sớm lịch tập huấn để phường bố trí cử cán bộ tham dự."])
rep(file="25891-tankhanh-bieu-11thang.xlsx",hand="H1",unit=("25891","Phường Tân Khánh"),num="140/BC-UBND",date="2026-11-19",prev="121/BC-UBND",
 rejected="Biểu kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 của phường, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.",
 entries=[
 ("x",U,"Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình","Đang thực hiện",[("Hồ sơ trực tuyến toàn trình","hồ sơ","x",1845,212)]),
 ("x",U,"Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng","Hoàn thành",[("Lớp tập huấn","lớp","x",3,1),("Lượt người tham dự","lượt","x",156,40)]),
 ("x",U,"Cài đặt, kích hoạt tài khoản định danh điện tử mức 2","Đang thực hiện",[("Tài khoản kích hoạt","tài khoản","x",2310,190)]),
 ],diff=["Hạ tầng mạng tại một số khu phố còn yếu."],prop=["Đề nghị bổ sung thiết bị cho Bộ phận Một cửa."])
# ---------- H2: department Word report + separate biểu (mã số) ----------
rep(file="SO-CT_bc-1875-ct38-11thang.docx",hand="H2",unit=("SO-CT","Sở Công Thương"),num="1875/BC-SCT",date="2026-11-16",bieu="SO-CT_bieu-kem-bc-1875.xlsx",
 entries=[
 ("II.5.a",P,"Phối hợp Chi cục TĐC và lực lượng quản lý thị trường kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, khí dầu mỏ hóa lỏng, thép xây dựng, đồ chơi trẻ em)","Đang thực hiện",
   [("01","Số cuộc kiểm tra (liên ngành và chuyên đề)","cuộc","inspections",14,"w"),("02","Số cơ sở được kiểm tra","cơ sở","establishments_inspected",126,""),("03","Số cơ sở vi phạm","cơ sở","violations",19,""),("04","Tiền phạt vi phạm hành chính","triệu đồng","fines_vnd",186500000,"w")]),
 ("II.1.a",C,"Phối hợp tổ chức hội nghị phổ biến quy định về ghi nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp phân phối, bán lẻ","Hoàn thành",
   [("05","Hội nghị, tập huấn","hội nghị","training_courses",2,"w"),("06","Đại biểu tham dự","lượt người","participants",240,"w")]),
 ("II.2.d",C,"Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 14001","Hoàn thành",
   [("07","Doanh nghiệp được hỗ trợ","doanh nghiệp","enterprises_supported",35,"w")]),
 ("II.2.e",C,"Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (an toàn điện, hóa chất)","Hoàn thành",
   [("08","Dự thảo QCVN đã góp ý","văn bản","standards_reviewed",4,"w")]),
 ("II.2.a",P,"Phối hợp triển khai hệ thống truy xuất nguồn gốc (Đề án 100) đối với sản phẩm công nghiệp chủ lực","Đang thực hiện",[]),
 ],diff=["Lực lượng quản lý thị trường sau sắp xếp giảm biên chế, việc bố trí người tham gia đoàn kiểm tra liên ngành còn khó khăn.","Một số doanh nghiệp nhỏ chưa quan tâm đến truy xuất nguồn gốc do chi phí cao."],
 prop=["Đề nghị Sở KH&CN chủ trì xây dựng kế hoạch kiểm tra liên ngành năm 2027 sớm để các đơn vị chủ động bố trí lực lượng.","Đề nghị Thành phố có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho doanh nghiệp nhỏ và vừa."])
rep(file="SO-NNMT_bc-4410-tdc-2026.docx",hand="H2",unit=("SO-NNMT","Sở Nông nghiệp và Môi trường"),num="4410/BC-SNNMT",date="2026-11-25",bieu="SO-NNMT_bieu-so-lieu-4410.xlsx",
 entries=[
 ("II.2.e",C,"Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương về phân bón, thức ăn chăn nuôi, chất lượng nước","Hoàn thành",
   [("01","Dự thảo QCVN, QCĐP đã góp ý","văn bản","standards_reviewed",6,"w")]),
 ("II.5.a",C,"Phối hợp kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi)","Hoàn thành",
   [("02","Số cuộc kiểm tra","cuộc","inspections",5,"w"),("03","Số cơ sở được kiểm tra","cơ sở","establishments_inspected",48,"w"),("04","Số cơ sở vi phạm","cơ sở","violations",6,""),("05","Tiền phạt VPHC","triệu đồng","fines_vnd",94000000,"w")]),
 ("II.5.b",P,"Lấy mẫu khảo sát chất lượng phân bón lưu thông trên thị trường","Đang thực hiện",
   [("06","Mẫu lấy khảo sát, thử nghiệm","mẫu","samples_tested",60,"")]),
 ("II.3.a",C,"Tập huấn nghiệp vụ về tiêu chuẩn, quy chuẩn cho công chức chi cục chuyên ngành","Hoàn thành",
   [("07","Lớp tập huấn","lớp","training_courses",2,"w"),("08","Học viên","người","participants",130,"")]),
 ("II.6.a",U,"Cập nhật các cam kết, thỏa thuận quốc tế về SPS/TBT liên quan đến nông sản xuất khẩu","",[]),
 ],diff=["Chi phí thử nghiệm mẫu phân bón cao, kinh phí năm 2026 chỉ đáp ứng khoảng một nửa số mẫu dự kiến."],
 prop=["Đề nghị Sở KH&CN xem xét hỗ trợ kinh phí thử nghiệm mẫu vật tư nông nghiệp năm 2027.","Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng hàng hóa để phối hợp cảnh báo."])
rep(file="SO-GDDT_bc-3120-ct38.docx",hand="H2",unit=("SO-GDDT","Sở Giáo dục và Đào tạo"),num="3120/BC-SGDĐT",date="2026-11-27",
 entries=[
 ("II.3.d",P,"Bồi dưỡng giáo viên, học sinh trung cấp, cao đẳng về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch","Đang thực hiện",
   [("","Chuyên đề bồi dưỡng","chuyên đề","training_courses",3,"w"),("","Giáo viên, học sinh tham dự","lượt","participants",410,"w")]),
 ("II.1.a",C,"Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên cổng thông tin ngành giáo dục","Hoàn thành",
   [("","Tin, bài đăng tải","tin, bài","communications",15,"w")]),
 ("II.2.đ",C,"Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở","Hoàn thành",[]),
 ],diff=["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên chỉ lồng ghép vào hoạt động ngoại khóa."],
 prop=["Đề nghị Sở KH&CN cung cấp tài liệu, báo cáo viên cho các chuyên đề bồi dưỡng năm học 2026-2027."])
# ---------- H3: Sở's own units, WPS workbook ----------
rep(file="TTPTTN_BC_T11_2026.xlsx",hand="H3",unit=("SKHCN-TTPTTN","Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),num="412/BC-TTPT",date="2026-11-17",who="NTP",
 entries=[
 ("II.4.a",P,"Đầu tư, nâng cấp trang thiết bị thử nghiệm (máy sắc ký, hệ thống kiểm định đồng hồ nước)","Chưa xong",[("Kinh phí đã giải ngân","đồng","budget_spent_vnd",3215000000)]),
 ("II.4.c",C,"Hiệu chuẩn, duy trì liên kết chuẩn đo lường chính của Trung tâm","Xong",[("Chuẩn, thiết bị được hiệu chuẩn liên kết","chuẩn","instruments_verified",58)]),
 ("II.2.g",C,"Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho người dân, doanh nghiệp","Xong",[("Phương tiện đo được kiểm định, hiệu chuẩn","phương tiện","instruments_verified",24650),("Mẫu thử nghiệm","mẫu","samples_tested",3120)]),
 ("II.3.d",C,"Đào tạo nghiệp vụ kiểm định viên đo lường, thử nghiệm viên","Xong",[("Khóa đào tạo","khóa","training_courses",2),("Học viên","người","participants",95)]),
 ],diff=["Thiết bị chuẩn một số lĩnh vực (áp suất, lưu lượng) đã cũ, chi phí hiệu chuẩn ở nước ngoài cao."],
 prop=["Đề nghị Sở bố trí vốn đầu tư năm 2027 cho dự án nâng cấp phòng thí nghiệm lưu lượng."])
rep(file="KTPC_BC_T11_2026.xlsx",hand="H3",unit=("SKHCN-KTPC","Phòng Kiểm tra – Pháp chế"),num="57/BC-KTPC",date="2026-11-19",who="LVH",
 entries=[
 ("II.5.a",C,"Phối hợp Chi cục TĐC kiểm tra chất lượng hàng hóa, đo lường trong kinh doanh","Xong",[("Cuộc kiểm tra","cuộc","inspections",6),("Cơ sở được kiểm tra","cơ sở","establishments_inspected",44),("Cơ sở vi phạm","cơ sở","violations",7),("Tiền phạt VPHC","đồng","fines_vnd",63000000)]),
 ("II.2.c",C,"Góp ý dự thảo sửa đổi Luật Chất lượng sản phẩm, hàng hóa và văn bản hướng dẫn","Xong",[]),
 ("II.4.b",N,"Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP","Chưa làm",[]),
 ("II.5.d",A,"Xử lý đơn tố giác vi phạm về TĐC","Không có việc",[]),
 ],diff=["Phòng chỉ có 04 công chức nhưng phải tham gia nhiều đoàn kiểm tra liên ngành cùng lúc."],
 prop=["Đề nghị Chi cục TĐC chủ trì rà soát phương tiện kỹ thuật nghiệp vụ, Phòng sẽ phối hợp trong Quý I/2027."])
rep(file="CDS_BC_T11_2026.xlsx",hand="H3",unit=("SKHCN-CDS","Phòng Chuyển đổi số"),num="23/BC-CĐS",date="2026-11-21",who="TMK",lo=True,
 entries=[
 ("II.2.h",C,"Kết nối Hệ thống thông tin giải quyết TTHC của Bộ KH&CN với Cổng một cửa quốc gia (kiểm tra nhà nước hàng nhập khẩu)","Xong",[]),
 ("II.2.i",P,"Kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng","Chưa xong",[]),
 ("II.6.a",A,"Cập nhật điều ước, thỏa thuận quốc tế liên quan (phần việc của Phòng)","Không có việc",[]),
 ],diff=["Bộ KH&CN chưa ban hành đầy đủ tài liệu đặc tả kỹ thuật API của cơ sở dữ liệu quốc gia."],
 prop=["Đề nghị Trung tâm CNTT và Địa không gian hỗ trợ hạ tầng máy chủ trung gian để đồng bộ dữ liệu."])
rep(file="CCTDC_BC_T11_2026.xlsx",hand="H3",unit=("SKHCN-CCTDC","Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),num="1502/BC-CCTĐC",date="2026-11-28",who="ĐTA",
 entries=[
 ("II.1.a",C,"Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu","Xong",[("Lớp tập huấn, tọa đàm","lớp","training_courses",6),("Lượt người tham dự","lượt","participants",720)]),
 ("II.1.b",C,"Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia","Xong",[("Doanh nghiệp được hướng dẫn","doanh nghiệp","enterprises_supported",12)]),
 ("II.2.a",P,"Triển khai Chương trình 1322, Đề án 996, Đề án 100 trên địa bàn","Chưa xong",[("Doanh nghiệp được hỗ trợ","doanh nghiệp","enterprises_supported",18)]),
 ("II.2.e",P,"Xây dựng, góp ý TCVN, QCVN, quy chuẩn kỹ thuật địa phương","Chưa xong",[("Dự thảo TCVN, QCVN góp ý","văn bản","standards_reviewed",27)]),
 ("II.3.a",C,"Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND xã, phường, đặc khu","Xong",[("Lớp tập huấn","lớp","training_courses",3),("Học viên","người","participants",265)]),
 ("II.5.a",P,"Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng hàng hóa trên thị trường","Chưa xong",[("Cuộc kiểm tra","cuộc","inspections",21),("Cơ sở được kiểm tra","cơ sở","establishments_inspected",187),("Cơ sở vi phạm","cơ sở","violations",29),("Tiền phạt VPHC","đồng","fines_vnd",412750000)]),
 ("II.5.b",C,"Khảo sát chất lượng sản phẩm, hàng hóa (mũ bảo hiểm, đồ chơi trẻ em, xăng E5)","Xong",[("Mẫu khảo sát","mẫu","samples_tested",140)]),
 ("II.4.b",P,"Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ","Chưa xong",[("Kinh phí đã sử dụng","đồng","budget_spent_vnd",280000000)]),
 ("II.6.b",A,"Phối hợp với Ủy ban TĐC Quốc gia và APO về năng suất","Không có việc",[]),
 ],diff=["Số lượng công chức làm công tác kiểm tra ít so với số xã, phường sau sắp xếp.","Kinh phí khảo sát chất lượng năm 2026 được giao thấp hơn nhu cầu."],
 prop=["Đề nghị Sở bổ sung 02 biên chế cho Phòng Quản lý đo lường.","Đề nghị UBND các xã, phường cử đầu mối theo dõi công tác TĐC để phối hợp kiểm tra."])
# ---------- H4: commune Word, status in prose, figures only in closing ĐVT table ----------
rep(file="26656-binhchau-bc-ct38-2026.docx",hand="H4",unit=("26656","Xã Bình Châu"),num="156/BC-UBND",date="2026-11-15",
 entries=[
 ("II.5.c",C,"phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Bình Châu, cơ sở kinh doanh xăng dầu ven Quốc lộ 55","đã hoàn thành",[("Cuộc kiểm tra","cuộc","inspections",2),("Cơ sở được kiểm tra","cơ sở","establishments_inspected",17),("Cơ sở vi phạm","cơ sở","violations",2),("Tiền phạt","đồng","fines_vnd",3500000)]),
 ("II.1.a",C,"tuyên truyền trên loa truyền thanh ấp, trang Zalo xã và tổ chức hội nghị phổ biến cho tiểu thương","đã hoàn thành",[("Tin, bài tuyên truyền","tin","communications",8),("Hội nghị phổ biến","hội nghị","training_courses",1),("Người dự hội nghị","người","participants",45)]),
 ("II.3.a",C,"cử công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức","đã thực hiện xong",[("Công chức được cử","người","participants",2)]),
 ("II.5.d",A,"tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng","không phát sinh",[]),
 ],diff=["Xã chưa có cân đối chứng tại chợ, người dân khó tự kiểm tra khối lượng hàng mua."],
 prop=["Đề nghị Chi cục hỗ trợ xã lắp đặt trạm cân đối chứng tại chợ Bình Châu."])
rep(file="25951-donghoa-baocao-tdc.docx",hand="H4",unit=("25951","Phường Đông Hòa"),num="301/BC-UBND",date="2026-11-23",lo=True,
 entries=[
 ("II.5.c",P,"kiểm tra đo lường, ghi nhãn hàng hóa tại các chợ, siêu thị mini và cửa hàng vàng bạc","đang tiếp tục thực hiện đến cuối năm",[("Cuộc kiểm tra","cuộc","inspections",5),("Cơ sở được kiểm tra","cơ sở","establishments_inspected",38),("Cơ sở vi phạm","cơ sở","violations",4),("Tiền phạt","đồng","fines_vnd",12000000)]),
 ("II.1.a",C,"tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử phường","đã hoàn thành",[("Tin, bài","tin, bài","communications",20)]),
 ("II.2.đ",C,"rà soát, cập nhật hệ thống quản lý chất lượng TCVN ISO 9001:2015 của UBND phường","đã hoàn thành",[]),
 ("II.3.a",N,"cử công chức tham gia lớp bồi dưỡng chuyên sâu về đo lường","chưa thực hiện",[]),
 ],diff=["Số cơ sở kinh doanh trên địa bàn tăng nhanh sau sắp xếp, phường chưa có cơ sở dữ liệu theo dõi.","Công chức phụ trách mới được phân công, chưa qua tập huấn."],
 prop=["Đề nghị Sở KH&CN mở lớp tập huấn cho công chức phường trong Quý I/2027."])
rep(file="26575-ngaigiao-bc-11thang.docx",hand="H4",unit=("26575","Xã Ngãi Giao"),num="88/BC-UBND",date="2026-11-30",
 entries=[
 ("II.5.c",P,"phối hợp kiểm tra cân điện tử tại chợ Ngãi Giao","đang thực hiện",[("Cuộc kiểm tra","cuộc","inspections",1),("Cơ sở được kiểm tra","cơ sở","establishments_inspected",9)]),
 ("II.1.a",C,"tuyên truyền về đo lường trong mua bán nông sản trên đài truyền thanh xã","đã hoàn thành",[("Tin phát thanh","tin","communications",4)]),
 ("II.3.a",C,"cử công chức dự tập huấn","đã hoàn thành",[("Công chức","người","participants",1)]),
 ("II.5.d",A,"khen thưởng người tố giác vi phạm","không phát sinh",[]),
 ],diff=["Thương lái thu mua nông sản dùng cân không rõ nguồn gốc, khó kiểm soát."],
 prop=["Đề nghị Chi cục TĐC tổ chức kiểm định cân lưu động tại xã vào mùa thu hoạch cà phê, tiêu."])
rep(file="26842-tangnhonphu-bc-11t.docx",hand="H4",unit=("26842","Phường Tăng Nhơn Phú"),num="288/BC-UBND",date="2026-11-26",
 rejected="Báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng.",
 entries=[
 ("x",U,"kiểm tra an toàn thực phẩm tại bếp ăn tập thể, cơ sở kinh doanh dịch vụ ăn uống","đã hoàn thành",[("Cuộc kiểm tra","cuộc","x",6),("Cơ sở được kiểm tra","cơ sở","x",72)]),
 ("x",U,"ký cam kết bảo đảm an toàn thực phẩm với hộ kinh doanh thức ăn đường phố","đang thực hiện",[("Bản cam kết","bản","x",145)]),
 ],diff=["Nhiều cơ sở thức ăn đường phố không có địa điểm cố định."],prop=["Đề nghị tăng cường test nhanh cho tổ công tác."])
