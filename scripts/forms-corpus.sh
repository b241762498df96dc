#!/usr/bin/env bash
# The returned-forms corpus: every expected reporter's form (tonghop templates), filled with
# seeded random values by fill-forms.py (blanks, bad numbers, typed statuses, forms filled for
# another unit), scored against its truth; then the same files opened and re-saved by
# LibreOffice and scored again, and once more with a row inserted into every form. All must
# score 100 with every bad value a finding.
#   scripts/forms-corpus.sh [WORKDIR]      (needs ../shared/tools/score, python3-openpyxl, soffice)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
tonghop=.build/debug/tonghop
[ -x "$tonghop" ] || swift build --product tonghop
rm -rf "$work/forms" "$work/filled" "$work/resaved" "$work/moved"
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
# The same forms with a row inserted above the tasks (a unit's own note): every cell is found
# again beside its label.
mkdir -p "$work/moved/truth"
python3 - "$work/filled" "$work/moved" <<'PY'
import hashlib, json, os, sys
import openpyxl
from openpyxl.worksheet.cell_range import CellRange
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if not f.endswith(".xlsx"):
        continue
    wb = openpyxl.load_workbook(os.path.join(src, f))
    ws = wb["Biểu mẫu"]
    ws.protection.sheet = False
    merges = [str(r) for r in ws.merged_cells.ranges]
    for r in merges:
        ws.unmerge_cells(r)
    ws.insert_rows(10)
    ws["B10"] = "Ghi chú của đơn vị: số liệu đến ngày 31/10."
    for r in merges:
        cr = CellRange(r)
        if cr.min_row >= 10:
            cr.shift(row_shift=1)
        ws.merge_cells(cr.coord)
    wb.save(os.path.join(dst, f))
    t = json.load(open(os.path.join(src, "truth", f + ".json"), encoding="utf-8"))
    t["sha256"] = hashlib.sha256(open(os.path.join(dst, f), "rb").read()).hexdigest()
    json.dump(t, open(os.path.join(dst, "truth", f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
../shared/tools/score --cmd "$tonghop extract --format jsonl" "$work/moved"
