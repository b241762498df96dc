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
# The review desk end to end in a real browser (installs chromium when missing; skips loudly
# only when it cannot). Run before the unit tests so that their summary closes the output.
desk_status=0
bash scripts/test-desk-browser.sh || desk_status=$?
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
if [ "$desk_status" -ne 0 ]; then echo "test.sh: FAILED (review desk browser test exit $desk_status)"; [ "$status" -ne 0 ] || status=$desk_status; fi
if [ "$status" -ne 0 ]; then echo "test.sh: FAILED (swift test exit $status)"; fi
exit "$status"
