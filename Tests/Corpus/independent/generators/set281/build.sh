#!/bin/sh
# gen -> LibreOffice re-save of two files -> finalize (sha256 last) -> check
set -e
cd "$(dirname "$0")"
python3 gen.py
cd ..
mkdir -p /tmp/lo281
for f in CauKieu-CT38-2026.docx VuonLai_BC_CT38_2026.xlsx; do
  ext=${f##*.}
  soffice -env:UserInstallation=file:///tmp/lo281/profile --headless --convert-to $ext --outdir /tmp/lo281 "$f" >/dev/null 2>&1
  cp /tmp/lo281/$f ./$f
done
python3 .build/finalize.py
python3 .build/check.py
