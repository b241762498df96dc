import hashlib, json, os, shutil, subprocess, tempfile, sys
sys.path.insert(0, os.path.dirname(__file__))
import h1_vhxh, h2_quanxls, h3_cards, h4_register, h5_nested
import data_h1, data_h2, data_h3, data_h4, data_h5

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, "truth")
R = {"H1": h1_vhxh.render, "H2": h2_quanxls.render, "H3": h3_cards.render, "H4": h4_register.render, "H5": h5_nested.render}

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    flt = 'docx:MS Word 2007 XML' if ext == "docx" else 'xlsx:Calc MS Excel 2007 XML'
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                        "--convert-to", flt, "--outdir", td, path], check=True, capture_output=True)
        shutil.copy(os.path.join(td, os.path.basename(path)), path)

def entries_for(f):
    out = []
    h = f["hand"]
    if h == "H1":
        letter = [p for p in f["parts"] if p.get("ct38")][0]["letter"]
        for i, e in enumerate(f["entries"], 1):
            out.append((e, e["desc"], f"word/document.xml paragraph '{letter}.{i}. {e['title']}'"))
    elif h == "H2":
        for row in f["rows"]:
            r = f["_rows"][row["task"]]
            out.append(({"task": row["task"], "status": row["status"], "ind": row["ind"]}, row["name"], f"xl/worksheets/sheet1.xml ({f['sheet']}) row {r}"))
    elif h == "H3":
        for i, e in enumerate(f["entries"], 1):
            out.append((e, e["desc"], f"word/document.xml table {i+1} (Phiếu số {i:02d})"))
    elif h == "H4":
        for s in f["sums"]:
            r = f["_srows"][s["task"]]
            out.append((s, s["row"][3], f"xl/worksheets/sheet2.xml (Tong hop theo muc KH) row {r}; rows of 'So theo doi VB' with mục {s['row'][1]}"))
    elif h == "H5":
        for i, e in enumerate(f["entries"], 1):
            out.append((e, e["desc"], f"word/document.xml table 2 row {i+1}"))
    return [{"task": e["task"], "status": e["status"], "indicators": dict(e["ind"]), "text": t, "source": s} for e, t, s in out]

def main():
    os.makedirs(TRUTH, exist_ok=True)
    allf = data_h1.FILES + data_h2.FILES + data_h3.FILES + data_h4.FILES + data_h5.FILES
    for f in allf:
        path = os.path.join(ROOT, f["fname"])
        R[f["hand"]](f, path)
        if f.get("lo"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        num = f.get("key_number", f["number"]) if "key_number" in f else f["number"]
        key = {"file": f["fname"], "sha256": sha,
               "status": "rejected" if f.get("mistaken") else "extracted",
               "reason": None,
               "unit": {"id": f["unit_id"], "name": f["unit_name"]},
               "document": {"number": num, "date": f["date"]},
               "entries": [] if f.get("mistaken") else entries_for(f),
               "difficulties": list(f["diffs"]), "proposals": list(f["props"]), "findings": []}
        if f.get("mistaken"):
            key["reason"] = ("Không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: "
                             "văn bản về chuyển đổi số / Đề án 06 (và sáng kiến) gửi nhầm")
        if f["fname"].startswith("DiAn"):
            key["findings"].append({"severity": "warning", "code": "number-missing",
                                    "message": "Số văn bản để trống (bản trình ký chưa lấy số)", "source": "header table"})
        for e in key["entries"]:
            if e["status"] == "unknown":
                key["findings"].append({"severity": "warning", "code": "status-missing",
                                        "message": f"{e['task']}: báo cáo không nêu tiến độ", "source": e["source"]})
        json.dump(key, open(os.path.join(TRUTH, f["fname"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print(f["fname"], len(key["entries"]), key["status"])

main()
