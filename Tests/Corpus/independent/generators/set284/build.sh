#!/bin/sh
# Full rebuild: generate, re-save two files through LibreOffice, then hash (sha256 last).
set -e
S="$(cd "$(dirname "$0")" && pwd)"; cd "$S/.."
python3 "$S/gen.py"
P=/tmp/lo284; mkdir -p $P/out
for f in 25951-donghoa-bc-ct38.docx 25813_BenCat_KQ_CT38.xlsx; do
  ext=${f##*.}
  soffice --headless --norestore -env:UserInstallation=file://$P/profile --convert-to $ext --outdir $P/out $f >/dev/null 2>&1
  cp $P/out/$f $f
done
python3 "$S/finalize.py"
