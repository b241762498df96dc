#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build every report of /work/unseen/set1 and its answer key.
usage: python3 make.py   (from this folder)"""
import hashlib, json, os, shutil, subprocess, sys, tempfile, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hand1, hand2, hand3, hand4

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
TRUTH = os.path.join(OUT, 'truth')
SOFFICE = shutil.which('soffice') or '/usr/bin/soffice'


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def build(mod, spec, tmp):
    name = unicodedata.normalize('NFC', spec['file'])
    final = os.path.join(OUT, name)
    if spec.get('resave') and os.path.exists(SOFFICE):
        src = os.path.join(tmp, name)
        mod.render(spec, src)
        ext = os.path.splitext(name)[1][1:]
        conv = os.path.join(tmp, 'lo')
        os.makedirs(conv, exist_ok=True)
        subprocess.run([SOFFICE, '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', ext, '--outdir', conv, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(conv, name), final)
    else:
        mod.render(spec, final)
    return name, final


def truth_of(name, final, spec, rejected=False):
    if rejected:
        return {'file': name, 'sha256': sha(final), 'status': 'rejected', 'reason': 'not a report of this plan',
                'unit': None, 'document': None, 'entries': [], 'difficulties': [], 'proposals': []}
    return {'file': name, 'sha256': sha(final), 'status': 'extracted', 'reason': None,
            'unit': {'id': spec['unit'][0], 'name': spec['unit'][1]},
            'document': {'number': spec['number'], 'date': spec['date']},
            'entries': [{'task': t, 'status': st, 'indicators': ind} for t, st, ind in spec['entries']],
            'difficulties': hand1.dd(spec['diff']), 'proposals': hand1.dd(spec['prop'])}


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if os.path.isfile(p) and f.endswith(('.docx', '.xlsx')):
            os.remove(p)
    for f in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, f))
    jobs = [(hand1, s, False) for s in hand1.REPORTS] + [(hand2, s, False) for s in hand2.REPORTS] + \
           [(hand3, s, False) for s in hand3.REPORTS] + [(hand4, s, False) for s in hand4.REPORTS] + \
           [(hand1, hand1.MISTAKEN, True), (hand4, hand4.MISTAKEN, True)]
    with tempfile.TemporaryDirectory() as tmp:
        for mod, spec, rej in jobs:
            name, final = build(mod, spec, tmp)
            t = truth_of(name, final, spec, rej)
            with open(os.path.join(TRUTH, name + '.json'), 'w', encoding='utf-8') as fh:
                json.dump(t, fh, ensure_ascii=False, indent=1)
            print(('REJ ' if rej else 'OK  ') + name)
    print(len(jobs), 'files')


if __name__ == '__main__':
    main()
