# Fills sha256 of the final files into the keys and writes truth/<file>.json. Run LAST (after any LibreOffice re-save).
import json, hashlib, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = json.load(open(os.path.join(D, ".build", ".keys_draft.json")))
os.makedirs(os.path.join(D, "truth"), exist_ok=True)
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(D, fn), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(D, "truth", fn + ".json"), "w"), ensure_ascii=False, indent=2)
print("wrote", len(keys), "keys")
