# -*- coding: utf-8 -*-
import os, json, hashlib
from data import FILES
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def sha(p): return hashlib.sha256(open(p, "rb").read()).hexdigest()
for f in FILES:
    p = os.path.join(OUT, f["file"])
    key = {"file": f["file"], "sha256": sha(p)}
    if f.get("mistaken"):
        key.update(status="rejected", reason=f["reason"],
                   unit={"id": f["unit"][0], "name": f["unit"][1]},
                   document={"number": f["number"], "date": f["date"]},
                   entries=[], difficulties=[], proposals=[], findings=[])
    else:
        ents = []
        for e in f["entries"]:
            if "text" in e: txt = e["text"]
            elif "rows" in e: txt = e["name"]
            else: txt = " ".join(x for x in (e["did"], e["sl"]) if x) or e["name"]
            ents.append({"task": e["task"], "status": e["st"], "indicators": e["ind"], "text": txt})
        key.update(status="extracted", reason=None,
                   unit={"id": f["unit"][0], "name": f["unit"][1]},
                   document={"number": f["number"], "date": f["date"]},
                   entries=ents, findings=[])
        if f["hand"] == "D":
            key["difficulties"] = [e["stuck"] for e in f["entries"] if e["stuck"]]
            key["proposals"] = [e["prop"] for e in f["entries"] if e["prop"]]
        else:
            key["difficulties"] = f["difficulties"]; key["proposals"] = f["proposals"]
    json.dump(key, open(os.path.join(OUT, "truth", f["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print(f["file"], key["status"], len(key["entries"]))
