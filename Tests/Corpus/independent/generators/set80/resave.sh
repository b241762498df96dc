#!/bin/sh
# Re-save two files through LibreOffice (as offices do), after gen.py build and before gen.py keys.
mkdir -p /tmp/lo80
soffice --headless -env:UserInstallation=file:///tmp/lo80/prof --convert-to xlsx --outdir /tmp/lo80 ConDao_CT38_2026.xlsx
soffice --headless -env:UserInstallation=file:///tmp/lo80/prof --convert-to docx --outdir /tmp/lo80 PKTPC_bao_cao_CT38.docx
cp /tmp/lo80/ConDao_CT38_2026.xlsx /tmp/lo80/PKTPC_bao_cao_CT38.docx .
