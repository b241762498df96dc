# Writes the sha256 of each final file into its key. Run LAST (after gen.py and any re-save).
import hashlib, json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
for fn in sorted(os.listdir(os.path.join(D, "truth"))):
    p = os.path.join(D, "truth", fn)
    k = json.load(open(p, encoding="utf-8"))
    k["sha256"] = hashlib.sha256(open(os.path.join(D, k["file"]), "rb").read()).hexdigest()
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(k["sha256"][:12], k["file"])
