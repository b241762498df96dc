#!/usr/bin/env python3
"""Generate set145 report files and their answer keys."""
import hashlib, json, os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_h1 import H1, build_h1
from gen_h2 import H2, build_h2
from gen_h3 import H3, build_h3
from gen_h4 import H4, build_h4
from gen_h5 import H5, build_h5

RESAVE = {"laithieu_bc_tdc_2026.docx", "So GDDT_KH38_baocao.xlsx"}

def entry_text(hand, t):
    if hand == 1: return t["label"] + ": " + t["body"]
    if hand == 2: return t["body"]
    if hand == 3: return t["head"] + ". " + " ".join(t["body"])
    if hand == 4: return t["body"] + " // " + t["state"]
    if hand == 5: return t["head"] + ". " + t["body"]

def items_of(r):
    return r["items"]

def resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", td, path],
                       check=True, capture_output=True, timeout=180)
        out = os.path.join(td, os.path.basename(path))
        shutil.copyfile(out, path)

def main():
    tdir = os.path.join(HERE, "truth"); os.makedirs(tdir, exist_ok=True)
    allr = [(1, r, build_h1) for r in H1] + [(2, r, build_h2) for r in H2] + [(3, r, build_h3) for r in H3] + \
           [(4, r, build_h4) for r in H4] + [(5, r, build_h5) for r in H5]
    for hand, r, build in allr:
        path = os.path.join(HERE, r["file"])
        build(path, r)
        if r["file"] in RESAVE:
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rejected = r.get("rejected")
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if rejected else "extracted",
            "reason": rejected,
            "unit": {"id": r["unit_id"], "name": r["unit_name"]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rejected else [
                {"task": t["task"], "status": t["status"], "indicators": t["ind"], "text": entry_text(hand, t)}
                for t in items_of(r)],
            "findings": [],
            "difficulties": [] if rejected else r["diff"],
            "proposals": [] if rejected else r["prop"],
        }
        with open(os.path.join(tdir, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print(hand, r["file"], key["status"], len(key["entries"]))

if __name__ == "__main__":
    main()
