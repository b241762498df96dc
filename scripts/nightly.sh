#!/usr/bin/env bash
# The nightly consolidation: set up, build, install the command, and run it on Inbox/ into
# Outbox/. Extra arguments go to `tonghop run`.
#
# The command is built at <repository>/.build/release/tonghop and linked as
# /usr/local/bin/tonghop (TONGHOP_BIN_DIR=DIR links it elsewhere; a link, so that the command
# finds the repository's Pipelines/ from anywhere). Paths in the pipeline (Inbox, Outbox,
# state/ledger.sqlite) are relative to the repository, where this script runs.
#
# Exit codes (those of `tonghop run`): 0 done, also with items to review, a normal night;
# 2 could not run. Cron and systemd see a normal night as success.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product tonghop >&2
bin_dir=${TONGHOP_BIN_DIR:-/usr/local/bin}
if mkdir -p "$bin_dir" 2>/dev/null && ln -sfn "$PWD/.build/release/tonghop" "$bin_dir/tonghop" 2>/dev/null; then
  :
else
  echo "nightly.sh: could not link $bin_dir/tonghop (no permission?); the command is $PWD/.build/release/tonghop" >&2
fi
exec .build/release/tonghop run "$@"
