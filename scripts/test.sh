#!/usr/bin/env bash
# Set up and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Build first, once more if the compiler itself fails (a crash, not an error in the code,
# fails the same way twice), then run every test without building again.
if ! swift build --build-tests; then
  echo "test.sh: build failed; trying once more" >&2
  swift build --build-tests
fi
swift test --skip-build "$@"
