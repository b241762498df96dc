#!/bin/sh
# Regenerate every set4 report and its truth key, then verify by reopening.
# (Regenerating changes file bytes — zip timestamps, LibreOffice re-saves — and the keys'
#  sha256 with them; always run the whole chain.)
set -e
cd "$(dirname "$0")"
for g in genA genB genC genD genE genR; do python3 $g.py; done
rm -rf __pycache__
python3 check.py
python3 /work/shared/tools/score --truth-only ..
