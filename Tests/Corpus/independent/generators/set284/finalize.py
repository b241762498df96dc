# Run after gen.py (and after copying the LibreOffice re-saves in): write sha256 of each final file into its key.
import hashlib, json, os, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set284/
for k in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    key = json.load(open(k, encoding='utf-8'))
    key['sha256'] = hashlib.sha256(open(os.path.join(D, key['file']), 'rb').read()).hexdigest()
    json.dump(key, open(k, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('ok')
