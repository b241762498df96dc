import json, hashlib, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = []

def E(task, status, ind=None, text="", source=""):
    return {"task": task, "status": status, "indicators": ind or {}, "text": text, "source": source}

def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), rejected=None):
    KEYS.append(dict(file=fname, unit_id=unit_id, unit_name=unit_name, number=number, date=date,
                     entries=entries, diffs=list(diffs), props=list(props), rejected=rejected))

def write_keys():
    os.makedirs(os.path.join(ROOT, "truth"), exist_ok=True)
    for k in KEYS:
        p = os.path.join(ROOT, k["file"])
        sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
        if k["rejected"]:
            obj = {"file": k["file"], "sha256": sha, "status": "rejected", "reason": k["rejected"],
                   "unit": {"id": k["unit_id"], "name": k["unit_name"]} if k["unit_id"] else None,
                   "document": {"number": k["number"], "date": k["date"]},
                   "entries": [], "difficulties": [], "proposals": [], "findings": []}
        else:
            obj = {"file": k["file"], "sha256": sha, "status": "extracted", "reason": None,
                   "unit": {"id": k["unit_id"], "name": k["unit_name"]},
                   "document": {"number": k["number"], "date": k["date"]},
                   "entries": k["entries"], "difficulties": k["diffs"], "proposals": k["props"],
                   "findings": []}
        with open(os.path.join(ROOT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
