# Re-save two files through LibreOffice (as offices do), then write keys with the final sha256.
import json, os, subprocess, hashlib, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["SYT-6120-ct38.docx", "TTPTTN-734-bao-cao-ct38.xlsx"]
keys = json.load(open(os.path.join(OUT, "keys_draft.json"), encoding="utf-8"))
tmp = tempfile.mkdtemp()
for fn in RESAVE:
    ext = fn.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "keys_draft.json"))
print("ok", len(keys))
