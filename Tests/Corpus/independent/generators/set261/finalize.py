# Re-save two files through LibreOffice (as an office would), then write sha256 of the FINAL files into the keys.
import hashlib, json, os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["BC_ket_qua_CT38_xa_Binh_Khanh.docx", "SNNMT_BC CT38 10 thang.xlsx"]
if "--no-resave" not in sys.argv:
    tmp = tempfile.mkdtemp(); prof = tempfile.mkdtemp()
    for f in RESAVE:
        ext = f.rsplit(".", 1)[1]
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", ext,
                        "--outdir", tmp, os.path.join(HERE, f)], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, f), os.path.join(HERE, f))
for k in sorted(os.listdir(os.path.join(HERE, "truth"))):
    p = os.path.join(HERE, "truth", k)
    d = json.load(open(p, encoding="utf-8"))
    d["sha256"] = hashlib.sha256(open(os.path.join(HERE, d["file"]), "rb").read()).hexdigest()
    json.dump(d, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("finalized")
