# -*- coding: utf-8 -*-
"""Builds files (gen.py), re-saves the marked ones through LibreOffice, writes truth/*.json."""
import os, json, hashlib, subprocess, shutil, tempfile
import gen
from data import REPORTS
OUT = gen.OUT
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for r in REPORTS:
    {"h1": gen.h1, "h2": gen.h2, "h3": gen.h3, "h4": gen.h4}[r["hand"]](r)
    p = os.path.join(OUT, r["file"])
    if r.get("lo_resave"):
        ext = p.rsplit(".", 1)[1]
        td = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", td, p],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(td, os.path.basename(p)), p)
    sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
    if r.get("mist"):
        entries, status, reason, diff, prop = [], "rejected", r["reason"], [], []
    else:
        status, reason, diff, prop = "extracted", None, r["difficulties"], r["proposals"]
        if r["hand"] == "h2":
            merged = {}
            for row in r["rows"]:
                e = merged.get(row["task"])
                if e is None:
                    merged[row["task"]] = dict(task=row["task"], status=row["status"],
                                               indicators=dict(row["ind"]), text=row["own"])
                else:
                    assert e["status"] == row["status"]
                    for k, v in row["ind"].items():
                        e["indicators"][k] = e["indicators"].get(k, 0) + v
                    e["text"] += "; " + row["own"]
            entries = list(merged.values())
        else:
            entries = [dict(task=e["task"], status=e["status"], indicators=e["indicators"], text=e["text"])
                       for e in r["entries"]]
    key = dict(file=r["file"], sha256=sha, status=status, reason=reason,
               unit=dict(id=r["unit_id"], name=r["unit_name"]),
               document=dict(number=r["number"], date=r["date"]),
               entries=entries, findings=[], difficulties=diff, proposals=prop)
    json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print("ok", r["file"])
