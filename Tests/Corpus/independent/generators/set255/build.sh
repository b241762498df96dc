#!/bin/sh
# gen -> LibreOffice re-save of two files -> keys with final sha256 -> check
set -e
cd "$(dirname "$0")"
python3 gen.py
mkdir -p /tmp/lo255
for f in 26732_DacKhuConDao_BC38.docx 26641_HoaHoi_CT38.xlsx; do
  ext=${f##*.}
  timeout 180 soffice --headless --norestore -env:UserInstallation=file:///tmp/lo255/profile --convert-to $ext --outdir /tmp/lo255/out "$f" >/dev/null 2>&1
  cp /tmp/lo255/out/$f .
done
python3 finalize.py
python3 check.py
