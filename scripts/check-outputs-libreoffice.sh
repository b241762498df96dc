#!/usr/bin/env bash
# Converts the report's DOCX and XLSX outputs to PDF with LibreOffice and fails when a file
# does not convert (a check of the writers, never a runtime dependency of tonghop).
#
#   bash scripts/check-outputs-libreoffice.sh [DIR]        # DIR: outputs to check
#
# Without DIR it builds tonghop, writes the report of the dev corpus (../shared/corpus/dev)
# into a temporary folder and checks that. Skips (exit 0) when LibreOffice is not installed;
# install it with: apt-get update && apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  echo "check-outputs-libreoffice: soffice not installed; skipped" >&2
  exit 0
fi
dir="${1:-}"
if [ -z "$dir" ]; then
  corpus="../shared/corpus/dev"
  [ -d "$corpus" ] || { echo "check-outputs-libreoffice: no DIR given and no $corpus" >&2; exit 2; }
  scratch="${SCRATCH_PATH:-.build-report}"
  swift build --scratch-path "$scratch" --product tonghop >&2
  dir="$(mktemp -d)"
  mapfile -t files < <(find "$corpus" -maxdepth 1 -type f | sort)
  "$scratch/debug/tonghop" report --out "$dir" --as-of "${AS_OF:-2026-11-24}" --from-extract "${files[@]}" >/dev/null
fi
out="$(mktemp -d)"
profile="$(mktemp -d)"   # own LibreOffice profile: no clash with another running instance
status=0
shopt -s nullglob
checked=0
for f in "$dir"/*.docx "$dir"/*.xlsx; do
  checked=$((checked + 1))
  base="$(basename "${f%.*}")"
  if ! soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$f" >"$out/$base.log" 2>&1; then
    echo "FAIL $f: soffice exited with an error" >&2; cat "$out/$base.log" >&2; status=1; continue
  fi
  pdf="$out/$base.pdf"
  if [ ! -s "$pdf" ]; then
    echo "FAIL $f: no PDF produced" >&2; cat "$out/$base.log" >&2; status=1; continue
  fi
  pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  echo "ok   $f -> $pdf (${pages:-?} pages)"
done
[ "$checked" -gt 0 ] || { echo "check-outputs-libreoffice: no .docx or .xlsx in $dir" >&2; exit 2; }
rm -rf "$profile"
exit $status
