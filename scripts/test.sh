#!/usr/bin/env bash
# Set up and run the whole test suite. Tests that need ../shared (the corpora, the seed, the
# score tool) are skipped when it is absent; then this says so, loudly, with the count and
# the reasons, and the summary is not that of a full run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Build first, once more if the compiler itself fails (a crash, not an error in the code,
# fails the same way twice), then run every test without building again.
if ! swift build --build-tests; then
  echo "test.sh: build failed; trying once more" >&2
  swift build --build-tests
fi
log=$(mktemp "${TMPDIR:-/tmp}/tonghop-test.XXXXXX")
trap 'rm -f "$log"' EXIT
set +e
swift test --skip-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# swift-testing reports each skipped test or suite on one line: `Test "…" skipped: "reason"`.
skips=$(grep -E '(Test|Suite) .* skipped' "$log" || true)
count=$(printf '%s' "$skips" | grep -c . || true)
echo
if [ "$count" -gt 0 ]; then
  why=""
  [ -d ../shared ] || why=": ../shared not found"
  echo "test.sh: ======================================================================"
  echo "test.sh: $count tests (or whole suites) skipped$why — this is NOT a full run. Reasons:"
  printf '%s\n' "$skips" | grep -oE 'skipped.*' | sort | uniq -c | sed 's/^/test.sh:   /'
  echo "test.sh: ======================================================================"
elif [ "$#" -gt 0 ]; then
  echo "test.sh: no test skipped (tests selected with: $*)."
else
  echo "test.sh: full run: no test skipped."
fi
if [ "$status" -ne 0 ]; then echo "test.sh: FAILED (swift test exit $status)"; fi
exit "$status"
