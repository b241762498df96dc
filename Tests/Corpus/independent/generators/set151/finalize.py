# Run gen.py, re-save two files through LibreOffice (as an office would), then write keys with sha256.
import json, os, subprocess, shutil, hashlib, tempfile, sys
HERE = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(HERE, "gen.py")], check=True)
RESAVE = ["Bien ban giao ban thang 10 - phuong Ba Ria.docx", "TT PTTN - bang theo doi ket luan giao ban Q3-T10.xlsx"]
for fn in RESAVE:
    ext = fn.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "in." + ext); shutil.copy(os.path.join(HERE, fn), src)
    out = os.path.join(tmp, "out"); os.mkdir(out)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", out, src], check=True, capture_output=True)
    shutil.copy(os.path.join(out, "in." + ext), os.path.join(HERE, fn))
    shutil.rmtree(tmp)
keys = json.load(open(os.path.join(HERE, "truth_draft.json"), encoding="utf-8"))
os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(HERE, fn), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(HERE, "truth", fn + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
os.remove(os.path.join(HERE, "truth_draft.json"))
print("keys written:", len(keys))
