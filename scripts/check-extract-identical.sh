#!/usr/bin/env bash
# Checks that two builds of `tonghop` extract byte for byte the same: `extract --format jsonl`
# of BASELINE and CANDIDATE on the dev corpus, every independent set, the world corpus (both
# from the shared folder beside the repository, or beside its worktree's folder) and
# any further folders given (e.g. a scale corpus made by `tonghop-bench run-ledger --keep DIR
# --generate-only`), compared with cmp. Run from the repository root (the pipeline is read
# relative to it). For speed changes, which must change no output.
#
#   bash scripts/check-extract-identical.sh BASELINE CANDIDATE [DIR…]
#   e.g. cp .build/release/tonghop /tmp/tonghop-main   (built on main)
#        bash scripts/check-extract-identical.sh /tmp/tonghop-main .build/release/tonghop /tmp/scale/Inbox
# Exit 0 when every corpus is identical, 1 when one differs (the first lines of the diff are
# shown), 2 on a usage error.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 BASELINE CANDIDATE [DIR…]" >&2; exit 2; }
base=$1; cand=$2; shift 2
for b in "$base" "$cand"; do [ -x "$b" ] || { echo "check-extract-identical: no executable $b" >&2; exit 2; }; done
# The shared folder beside the repository (or beside the folder of worktrees).
shared=../shared
[ -d "$shared/corpus" ] || shared=../../shared
dirs=()
for d in "$shared/corpus/dev" Tests/Corpus/independent/set* "$shared/corpus/world" "$@"; do
  [ -d "$d" ] && dirs+=("$d")
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for d in "${dirs[@]}"; do
  "$base" extract --format jsonl "$d" >"$tmp/a" 2>"$tmp/ae"; ra=$?
  "$cand" extract --format jsonl "$d" >"$tmp/b" 2>"$tmp/be"; rb=$?
  lines=$(wc -l <"$tmp/a")
  if [ $ra -ne $rb ] || ! cmp -s "$tmp/a" "$tmp/b" || ! cmp -s "$tmp/ae" "$tmp/be"; then
    echo "DIFFERENT $d (exit $ra vs $rb, $lines lines)"
    diff <(tr , '\n' <"$tmp/a") <(tr , '\n' <"$tmp/b") | head -20
    status=1
  else
    echo "identical $d ($lines lines)"
  fi
done
exit $status
