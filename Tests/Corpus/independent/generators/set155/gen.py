# builds set155: runs the four hands, re-saves some files through LibreOffice, writes truth/*.json
import os, sys, json, hashlib, shutil, subprocess, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_a, gen_b, gen_c, gen_d
OUT = os.path.dirname(os.path.abspath(__file__))
for f in os.listdir(OUT):
    if f.endswith((".docx", ".xlsx")): os.remove(os.path.join(OUT, f))
items = gen_a.build(OUT) + gen_b.build(OUT) + gen_c.build(OUT) + gen_d.build(OUT)
tmp = tempfile.mkdtemp()
for it in items:
    if it.get("lo"):
        src = os.path.join(OUT, it["file"]); ext = src.rsplit(".", 1)[1]
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, src], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, it["file"]), src)
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for it in items:
    p = os.path.join(OUT, it["file"])
    sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
    rej = it.get("rejected")
    t = {"file": it["file"], "sha256": sha, "status": "rejected" if rej else "extracted", "reason": rej,
         "unit": {"id": it["unit"][0], "name": it["unit"][1]},
         "document": {"number": it["number"], "date": it["date"]},
         "entries": [dict(e, indicators={k: v for k, v in e["indicators"].items() if v}) for e in it["entries"]],
         "findings": [], "difficulties": it["kk"], "proposals": it["dx"]}
    json.dump(t, open(os.path.join(OUT, "truth", it["file"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "files")
