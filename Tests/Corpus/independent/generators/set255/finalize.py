# Run after gen.py and the LibreOffice re-save: writes truth/<file>.json with the final sha256.
import json, hashlib, os
OUT = os.path.dirname(os.path.abspath(__file__))
keys = json.load(open(os.path.join(OUT, '.keys_draft.json')))
for fn, k in keys.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fn), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, 'truth', fn + '.json'), 'w'), ensure_ascii=False, indent=2)
print('wrote', len(keys))
