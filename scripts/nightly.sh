#!/usr/bin/env bash
# The nightly consolidation: set up, build, and run tonghop on Inbox/ into Outbox/.
# Extra arguments go to `tonghop run`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tonghop >&2
exec .build/release/tonghop run "$@"
