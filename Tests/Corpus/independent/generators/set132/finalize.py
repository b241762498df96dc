# Writes truth/<file>.json from the generator's keys, with the sha256 of the final (possibly re-saved) file.
import json, hashlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
keys = json.load(open(os.path.join(HERE, 'truth', '_keys_nohash.json'), encoding='utf-8'))
for fn, k in keys.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(HERE, fn), 'rb').read()).hexdigest()
    with open(os.path.join(HERE, 'truth', fn + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
os.remove(os.path.join(HERE, 'truth', '_keys_nohash.json'))
print('wrote', len(keys), 'keys')
