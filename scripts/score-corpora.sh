#!/usr/bin/env bash
# Scores `tonghop extract` on the dev corpus and on every set of the independent corpus
# (Tests/Corpus/independent) with ../shared/tools/score, release build. Prints each
# corpus's measures, silent loss and findings per report.
#
#   bash scripts/score-corpora.sh            # all corpora
#   bash scripts/score-corpora.sh --verbose  # with every mismatch
set -euo pipefail
cd "$(dirname "$0")/.."
score=../shared/tools/score
[ -x "$score" ] || { echo "score-corpora: $score not found (the shared folder must be beside the repository)" >&2; exit 2; }
swift build -c release --product tonghop >&2
for dir in ../shared/corpus/dev Tests/Corpus/independent/set*; do
  [ -d "$dir/truth" ] || continue
  echo "== $dir"
  "$score" --cmd ".build/release/tonghop extract --format jsonl" "$dir" "$@" | tail -12
done
