#!/usr/bin/env bash
# The returned-forms corpus: every expected reporter's form (tonghop templates), filled with
# seeded random values by fill-forms.py (blanks, bad numbers, typed statuses, forms filled for
# another unit), scored against its truth; then the same files opened and re-saved by
# LibreOffice and scored again. Both must score 100 with every bad value a finding.
#   scripts/forms-corpus.sh [WORKDIR]      (needs ../shared/tools/score, python3-openpyxl, soffice)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
tonghop=.build/debug/tonghop
[ -x "$tonghop" ] || swift build --product tonghop
rm -rf "$work/forms" "$work/filled" "$work/resaved"
"$tonghop" templates --out "$work/forms"
python3 scripts/fill-forms.py "$work/forms" "$work/filled"
../shared/tools/score --cmd "$tonghop extract --format jsonl" "$work/filled"
mkdir -p "$work/resaved/truth"
(cd "$work/filled" && soffice --headless --convert-to xlsx --outdir "$work/resaved" ./*.xlsx >/dev/null)
python3 - "$work/filled" "$work/resaved" <<'PY'
import hashlib, json, os, sys
src, dst = sys.argv[1], sys.argv[2]
for f in os.listdir(os.path.join(src, "truth")):
    t = json.load(open(os.path.join(src, "truth", f), encoding="utf-8"))
    t["sha256"] = hashlib.sha256(open(os.path.join(dst, t["file"]), "rb").read()).hexdigest()
    json.dump(t, open(os.path.join(dst, "truth", f), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
../shared/tools/score --cmd "$tonghop extract --format jsonl" "$work/resaved"
