# Re-save two files through LibreOffice (as an office would), then write truth/*.json with sha256.
import json, os, hashlib, subprocess, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
SOFF = "/usr/lib/libreoffice/program/soffice"
RESAVE = [("26659 - BC thuc hien CT38 - Long Dien.docx", "docx"), ("Bieu CT38 - Xa Dat Do.xlsx", "xlsx")]
tmp = tempfile.mkdtemp()
for f, ext in RESAVE:
    subprocess.run([SOFF, "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", ext,
                    "--outdir", tmp + "/o", os.path.join(OUT, f)], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, "o", f), os.path.join(OUT, f))
shutil.rmtree(tmp)
recs = json.load(open(os.path.join(OUT, "_truth_pre.json")))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for r in recs:
    h = hashlib.sha256(open(os.path.join(OUT, r["file"]), "rb").read()).hexdigest()
    rej = r["rejected"]
    t = {"file": r["file"], "sha256": h, "status": "rejected" if rej else "extracted", "reason": rej,
         "unit": {"id": r["unit"][0], "name": r["unit"][1]},
         "document": {"number": r["number"], "date": r["date"]},
         "entries": r["entries"], "findings": [], "difficulties": r["diffs"], "proposals": r["props"]}
    json.dump(t, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "_truth_pre.json"))
print("truth written:", len(recs))
