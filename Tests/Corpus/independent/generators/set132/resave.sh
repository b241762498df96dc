#!/bin/sh
# Re-save two files through LibreOffice, as real offices do (run after gen.py, before finalize.py).
set -e
cd "$(dirname "$0")"
mkdir -p /tmp/s132re
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir /tmp/s132re SYT_BC_CT38_2026.docx
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir /tmp/s132re 26566-longhuong-ct38-bieu.xlsx
cp /tmp/s132re/SYT_BC_CT38_2026.docx /tmp/s132re/26566-longhuong-ct38-bieu.xlsx .
