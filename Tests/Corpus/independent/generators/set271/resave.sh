#!/bin/sh
# Re-save two files through LibreOffice as an office would (run after gen.py, before finalize.py)
cd "$(dirname "$0")/.."
T=$(mktemp -d)
for f in "SXD_KH38_baocao_2026.xlsx" "BC KH38 Xom Chieu.docx"; do
  soffice --headless --convert-to "${f##*.}" --outdir "$T" "$f" >/dev/null 2>&1 && cp "$T/$f" .
done
rm -rf "$T"
