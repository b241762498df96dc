"""Fill sha256 of the final files into the keys (run last, after resave.sh)."""
import hashlib, json, os, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for p in glob.glob(os.path.join(D, "truth", "*.json")):
    k = json.load(open(p, encoding="utf-8"))
    k["sha256"] = hashlib.sha256(open(os.path.join(D, k["file"]), "rb").read()).hexdigest()
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok")
