#!/usr/bin/env bash
# End-to-end test of the review desk in a real browser (headless Chromium from Debian, driven
# through chromedriver's WebDriver HTTP API by scripts/desk_browser_test.py):
#   a ledger made from ../shared/corpus/dev (`tonghop run` into a temporary folder), then
#   `tonghop review`; filter findings, correct a figure, teach a status phrase, assign a figure
#   extraction could not place to a task, assign two numbers of one row at once, build the
#   report; the DOCX and JSON in the outbox
#   must reflect them. Screenshots of every page at
#   desktop (1366×900) and phone (390×844) width are left in $DESK_SHOTS.
# Installs chromium and chromium-driver with apt-get when they are missing; skips (exit 0,
# loudly) only when they cannot be installed or ../shared/corpus/dev is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS="$ROOT/../shared/corpus/dev"
SHOTS=${DESK_SHOTS:-/tmp/tonghop-desk-screenshots}

skip() {
  echo "" >&2
  echo "######################################################################" >&2
  echo "### SKIPPED: review desk browser test — $1" >&2
  echo "######################################################################" >&2
  exit 0
}

[ -d "$CORPUS" ] || skip "../shared/corpus/dev is not there"

find_bin() { for n in "$@"; do command -v "$n" 2>/dev/null && return 0; done; return 1; }
CHROMIUM=$(find_bin chromium chromium-browser || true)
DRIVER=$(find_bin chromedriver || true)
if [ -z "$CHROMIUM" ] || [ -z "$DRIVER" ]; then
  echo "test-desk-browser: installing chromium and chromium-driver" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver; } >&2; then
    skip "chromium and chromium-driver could not be installed (apt-get failed)"
  fi
  CHROMIUM=$(find_bin chromium chromium-browser || true)
  DRIVER=$(find_bin chromedriver || true)
  [ -n "$CHROMIUM" ] && [ -n "$DRIVER" ] || skip "chromium or chromedriver missing after installing"
fi
command -v python3 >/dev/null || skip "python3 is not installed"

swift build --product tonghop >&2
TONGHOP="$ROOT/.build/debug/tonghop"

WORK=$(mktemp -d /tmp/tonghop-desk-e2e.XXXXXX)
DESK_PID=""
cleanup() {
  [ -n "$DESK_PID" ] && kill "$DESK_PID" 2>/dev/null && wait "$DESK_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The pipeline is copied: teaching writes vocabulary.local.yaml into the pipeline folder.
cp -R Pipelines/ct38-2026 "$WORK/pipeline"
rm -f "$WORK/pipeline/vocabulary.local.yaml"
mkdir -p "$WORK/Inbox"
cp -R "$CORPUS/." "$WORK/Inbox/" && rm -rf "$WORK/Inbox/truth"
ARGS=(--pipeline "$WORK/pipeline" --inbox "$WORK/Inbox" --outbox "$WORK/Outbox" --ledger "$WORK/state/ledger.sqlite" --as-of 30/11/2026)
"$TONGHOP" run "${ARGS[@]}" > "$WORK/run.log" 2>&1 || { cat "$WORK/run.log" >&2; echo "test-desk-browser: tonghop run failed" >&2; exit 1; }

"$TONGHOP" review "${ARGS[@]}" --port 0 > "$WORK/desk.log" 2>&1 &
DESK_PID=$!
ADDRESS=""
for _ in $(seq 1 300); do
  ADDRESS=$(sed -n 's/^Review desk at \(http[^ ]*\).*/\1/p' "$WORK/desk.log" | head -1)
  [ -n "$ADDRESS" ] && break
  kill -0 "$DESK_PID" 2>/dev/null || { cat "$WORK/desk.log" >&2; echo "test-desk-browser: the desk did not start" >&2; exit 1; }
  sleep 0.2
done
[ -n "$ADDRESS" ] || { cat "$WORK/desk.log" >&2; echo "test-desk-browser: no address printed" >&2; exit 1; }

rm -rf "$SHOTS"; mkdir -p "$SHOTS"
PYTHONDONTWRITEBYTECODE=1 python3 scripts/desk_browser_test.py "$ADDRESS" "$WORK/Outbox" "$SHOTS" "$CHROMIUM" "$DRIVER"
echo "test-desk-browser: passed (screenshots in $SHOTS)"
