# Re-save some files through LibreOffice (as offices do; also computes the cached formula values), then write truth keys with sha256.
import json, os, subprocess, hashlib, shutil
OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = json.load(open(os.path.join(OUT, "_keys.json")))
LO = {"TDM_nhat-ky-CT38-2026.xlsx": 'xlsx:Calc MS Excel 2007 XML', "DiAn-theo-doi-TDC-2026.xlsx": 'xlsx:Calc MS Excel 2007 XML',
      "ChanhHiep_theo-doi-2026.xlsx": 'xlsx:Calc MS Excel 2007 XML', "TanDinh_CV_bao-cao-TDC.docx": 'docx:MS Word 2007 XML'}
tmp = "/tmp/set68_lo"; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
for f, filt in LO.items():
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/set68_lo_profile", "--headless", "--convert-to", filt, "--outdir", tmp, os.path.join(OUT, f)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for f, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", f + ".json"), "w"), ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "_keys.json"))
print("keys written:", len(KEYS))
