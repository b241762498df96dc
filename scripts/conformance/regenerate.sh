#!/usr/bin/env bash
# Installs the peer readers and regenerates Tests/ConformanceTests/Expected/*.json:
#   python-calamine (cell values), openpyxl (error cells only: python-calamine turns them
#   into ""), pandoc (document text, tracked changes accepted).
# The expected values are checked in, so `swift test` needs neither Python nor pandoc.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v pandoc >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
python3 -c "import python_calamine, openpyxl" 2>/dev/null || pip install -q python-calamine openpyxl
corpus="${TONGHOP_CORPUS:-../shared/corpus}"
[ -d "$corpus" ] || corpus=/work/shared/corpus
python3 scripts/conformance/make_fixtures.py Tests/ConformanceTests/Fixtures
python3 scripts/conformance/expected.py "$corpus" Tests/ConformanceTests/Fixtures Tests/ConformanceTests/Expected
