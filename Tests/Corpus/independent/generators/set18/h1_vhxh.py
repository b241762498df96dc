"""Hand 1 — Phòng Văn hóa - Xã hội của phường/xã trả lời nhiều công văn của Sở trong một file.
Phần A/B/C theo từng công văn; CT38 nằm ở một phần, mục 'B.n', tiến độ ở dòng '→ Tiến độ: …' in nghiêng."""
from common import *

def render(f, path):
    d = new_doc(size=13)
    header_block(d, [("ỦY BAN NHÂN DÂN", False), (f["unit_upper"], True), ("PHÒNG VĂN HÓA - XÃ HỘI", False)],
                 f["number"], f["place_date"])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, f["title"], bold=True, center=True)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", center=True)
    para(d, f["intro"])
    for part in f["parts"]:
        para(d, part["head"], bold=True, indent=False)
        if part.get("ct38"):
            for i, e in enumerate(f["entries"], 1):
                runs(d, [(f"{part['letter']}.{i}. {e['title']}: ", "b"), (e["desc"], "")])
                runs(d, [("→ Tiến độ: " + e["word"], "i")])
            para(d, f"{part['letter']}.{len(f['entries'])+1}. Khó khăn, vướng mắc", bold=True)
            for x in f["diffs"]:
                para(d, x, style="List Bullet")
            para(d, f"{part['letter']}.{len(f['entries'])+2}. Kiến nghị", bold=True)
            for x in f["props"]:
                para(d, x, style="List Bullet")
        else:
            for x in part["paras"]:
                para(d, x)
    para(d, f["closing"])
    signature(d, ["- Như trên;", "- Chủ tịch, các PCT UBND;", "- Lưu: VT, VHXH."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], f["signer"])
    d.save(path)

OTHER_CDS = {"head": "", "paras": []}

def part_cds(letter, cvno, cvdate, n_hs, n_tk):
    return {"head": f"PHẦN {letter}. VỀ CÔNG VĂN SỐ {cvno}/SKHCN-CĐS NGÀY {cvdate} VỀ TRIỂN KHAI CHUYỂN ĐỔI SỐ CẤP XÃ",
            "paras": [f"Đến ngày báo cáo, bộ phận Một cửa đã số hóa {n_hs} hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt {n_tk}%. "
                      "Tổ công nghệ số cộng đồng tại các khu phố tiếp tục hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến.",
                      "Khó khăn: đường truyền tại trụ sở thường xuyên chậm vào giờ cao điểm; một số máy tính cấu hình thấp chưa được thay thế."]}

def part_skien(letter, cvno, n_sk):
    return {"head": f"PHẦN {letter}. VỀ CÔNG VĂN SỐ {cvno}/SKHCN-QLKH VỀ ĐĂNG KÝ SÁNG KIẾN, ĐỀ TÀI CẤP CƠ SỞ NĂM 2026",
            "paras": [f"Năm 2026, đơn vị có {n_sk} sáng kiến cải tiến lề lối làm việc được Hội đồng sáng kiến công nhận; chưa đăng ký đề tài nghiên cứu khoa học cấp cơ sở do chưa có nhân sự đáp ứng."]}
