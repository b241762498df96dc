#!/usr/bin/env bash
# Checks that ONE build of `tonghop` gives the same output every time it is run on the same
# input: `extract --format jsonl` RUNS times (default 3) on the dev corpus, every independent
# set, the world corpus (from the shared folder beside the repository, or beside its
# worktree's folder) and any further folders given, each run compared with the first byte for
# byte (standard output, standard error, exit code). Swift seeds the order of every Set and
# Dictionary per process and per instance, so a reading that depends on that order shows up
# here as a difference between runs (check-extract-identical.sh compares two builds once each
# and cannot see it). SWIFT_DETERMINISTIC_HASHING is unset for the runs: it would hide exactly
# this.
#
# With --report, the consolidated report is also written RUNS times from each corpus
# (`report --from-extract DIR --as-of 30/11/2026`) and compared: the DOCX's and the XLSX's
# parts (unzipped, each part byte for byte), the JSON and the HTML.
#
#   bash scripts/check-repeatable.sh [--runs N] [--report] [--only] [--keep DIR] BIN [DIR…]
#   e.g. bash scripts/check-repeatable.sh --runs 5 --report .build/release/tonghop
#        bash scripts/check-repeatable.sh --runs 6 --only .build/release/tonghop Tests/Corpus/independent/set176
# --only checks only the folders given (not the default corpora); --keep DIR keeps the outputs
# of every corpus that differed there, one folder per corpus, for reading. Run from the repository root
# (the pipeline is read relative to it). Exit 0 when every run of every corpus is the same, 1
# when one differs (the files whose lines differ are named, with the first lines of the
# diff), 2 on a usage error.
set -uo pipefail
cd "$(dirname "$0")/.."
unset SWIFT_DETERMINISTIC_HASHING
runs=3; report=0; only=0; keep=
while [ $# -gt 0 ]; do
  case $1 in
    --runs) [ $# -ge 2 ] || { echo "check-repeatable: --runs needs a number" >&2; exit 2; }; runs=$2; shift 2 ;;
    --report) report=1; shift ;;
    --only) only=1; shift ;;
    --keep) [ $# -ge 2 ] || { echo "check-repeatable: --keep needs a folder" >&2; exit 2; }; keep=$2; shift 2 ;;
    -*) echo "usage: $0 [--runs N] [--report] [--only] [--keep DIR] BIN [DIR…]" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "usage: $0 [--runs N] [--report] [--only] [--keep DIR] BIN [DIR…]" >&2; exit 2; }
case $runs in ''|*[!0-9]*) echo "check-repeatable: --runs takes a number, not '$runs'" >&2; exit 2 ;; esac
[ "$runs" -ge 2 ] || { echo "check-repeatable: --runs must be at least 2" >&2; exit 2; }
bin=$1; shift
[ -x "$bin" ] || { echo "check-repeatable: no executable $bin" >&2; exit 2; }
shared=../shared
[ -d "$shared/corpus" ] || shared=../../shared
dirs=()
if [ $only -eq 1 ]; then
  candidates=("$@")
else
  candidates=("$shared/corpus/dev" Tests/Corpus/independent/set* "$shared/corpus/world" "$@")
fi
for d in "${candidates[@]}"; do
  [ -e "$d" ] && dirs+=("$d")
done
[ ${#dirs[@]} -gt 0 ] || { echo "check-repeatable: no folder to read" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# The lines (one per file) of $2 that are not in $1, by their "file".
differing_files() {
  diff <(sort "$1") <(sort "$2") | sed -n 's/^[<>] //p' | jq -r '.file // "?"' 2>/dev/null | sort -u
}

for d in "${dirs[@]}"; do
  "$bin" extract --format jsonl "$d" >"$tmp/x0" 2>"$tmp/e0"; r0=$?
  lines=$(wc -l <"$tmp/x0")
  same=1
  for ((i = 1; i < runs; i++)); do
    "$bin" extract --format jsonl "$d" >"$tmp/x$i" 2>"$tmp/e$i"; ri=$?
    if [ $ri -ne $r0 ] || ! cmp -s "$tmp/x0" "$tmp/x$i" || ! cmp -s "$tmp/e0" "$tmp/e$i"; then
      [ $same -eq 1 ] && echo "DIFFERENT extract $d ($lines lines)"
      same=0; status=1
      echo "  run $((i + 1)) vs run 1 (exit $r0 vs $ri):"
      differing_files "$tmp/x0" "$tmp/x$i" | sed 's/^/    file: /'
      diff <(tr , '\n' <"$tmp/x0") <(tr , '\n' <"$tmp/x$i") | head -12 | sed 's/^/    /'
      cmp -s "$tmp/e0" "$tmp/e$i" || diff "$tmp/e0" "$tmp/e$i" | head -6 | sed 's/^/    stderr /'
    fi
  done
  [ $same -eq 1 ] && echo "identical extract $d ($lines lines, $runs runs)"
  if [ $same -eq 0 ] && [ -n "$keep" ]; then
    k="$keep/$(basename "$d")"; mkdir -p "$k"; cp "$tmp"/x* "$tmp"/e* "$k"/
  fi

  [ $report -eq 1 ] || continue
  same=1
  for ((i = 0; i < runs; i++)); do
    # Written into the same folder every run (the command prints the paths it wrote), then
    # moved aside.
    out="$tmp/out"; rm -rf "$out" "$tmp/r$i"; mkdir -p "$out"
    "$bin" report --from-extract "$d" --as-of 30/11/2026 --out "$out" >"$tmp/ro$i" 2>"$tmp/re$i"; rr=$?
    echo "$rr" >"$tmp/rc$i"
    mv "$out" "$tmp/r$i"; out="$tmp/r$i"
    # Every zip unpacked beside itself, so each part is compared on its own.
    for z in "$out"/*.docx "$out"/*.xlsx; do
      [ -f "$z" ] || continue
      mkdir -p "$z.parts" && unzip -q -o "$z" -d "$z.parts" && rm -f "$z"
    done
    [ $i -eq 0 ] && continue
    if ! cmp -s "$tmp/rc0" "$tmp/rc$i" || ! diff -r -q "$tmp/r0" "$out" >/dev/null || ! cmp -s "$tmp/ro0" "$tmp/ro$i" || ! cmp -s "$tmp/re0" "$tmp/re$i"; then
      [ $same -eq 1 ] && echo "DIFFERENT report $d"
      same=0; status=1
      echo "  run $((i + 1)) vs run 1 (exit $(cat "$tmp/rc0") vs $rr):"
      diff -r -q "$tmp/r0" "$out" | sed "s|$tmp/||g; s/^/    /"
      cmp -s "$tmp/ro0" "$tmp/ro$i" || echo "    standard output differs"
      cmp -s "$tmp/re0" "$tmp/re$i" || diff "$tmp/re0" "$tmp/re$i" | head -6 | sed 's/^/    stderr /'
    fi
  done
  if [ $same -eq 0 ] && [ -n "$keep" ]; then
    k="$keep/$(basename "$d")-report"; mkdir -p "$k"; cp -r "$tmp"/r[0-9]* "$k"/
  fi
  [ $same -eq 1 ] && echo "identical report $d ($(find "$tmp/r0" -type f | wc -l) parts, $runs runs)"
done
exit $status
