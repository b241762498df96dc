#!/usr/bin/env bash
# Tries tonghop as a new user would, with every command that once failed them (issue 12,
# "Interfaces tried as a new user would"), and asserts each message and exit code.
#
#   bash scripts/try-as-new-user.sh            # uses .build/debug/tonghop (built if missing)
#   TONGHOP=/usr/local/bin/tonghop bash scripts/try-as-new-user.sh
#
# Exits 0 when every check holds, 1 otherwise (each failed check is printed).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tonghop=${TONGHOP:-$root/.build/debug/tonghop}
if [ ! -x "$tonghop" ]; then
  swift build --product tonghop >&2 || exit 2
fi
fixtures=$root/Tests/CLITests/Fixtures
pipeline=$root/Pipelines/ct38-2026

work=$(mktemp -d "${TMPDIR:-/tmp}/tonghop-new-user.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Inbox/sub"
cp "$root/Inbox/README.md" "$work/Inbox/README.md"
cp "$fixtures/bao-cao-mau.docx" "$work/Inbox/"
cp "$fixtures/so-lieu.xlsx" "$work/Inbox/sub/"
echo "ghi chú của cán bộ" > "$work/Inbox/ghi-chu.txt"
ln -s . "$work/Inbox/vong-lap"                       # a link to the inbox itself
touch "$work/Inbox/$(printf 'B\xe1o c\xe1o.docx')"   # a name that is not UTF-8 (Latin-1)
echo "not a folder" > "$work/Outbox-file"
run_args=(--pipeline "$pipeline" --inbox "$work/Inbox" --ledger "$work/state/ledger.sqlite")

passed=0
failed=0
out=""
code=0

# try NAME EXPECTED_EXIT -- COMMAND...: runs it, keeps stdout+stderr in $out.
try() {
  local name=$1 expected=$2
  shift 3
  out=$("$@" 2>&1)
  code=$?
  if [ "$code" -ne "$expected" ]; then
    fail "$name: exit $code, expected $expected"
    return 1
  fi
  return 0
}
fail() { echo "FAIL $1"; sed -n '1,5s/^/     | /p' <<<"$out"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }
# has NAME TEXT: the last output contains TEXT.
# Here-strings, not pipes: under pipefail a `printf | grep -q` fails at random when grep
# exits on the first match and printf is killed by SIGPIPE (a long output, a busy machine).
has() { if grep -qF -- "$2" <<<"$out"; then ok; else fail "$1: output lacks '$2'"; fi; }
# lacks NAME TEXT: the last output does not contain TEXT.
lacks() { if grep -qiF -- "$2" <<<"$out"; then fail "$1: output contains '$2'"; else ok; fi; }

# --- inspect
try "inspect of a missing path" 2 -- "$tonghop" inspect "$work/khong-co.docx" && ok
has "inspect of a missing path" "không có tệp nào"
has "inspect of a missing path" "$work/khong-co.docx"
lacks "inspect of a missing path" "corrupt"
lacks "inspect of a missing path" "hỏng"

try "inspect of a folder" 2 -- "$tonghop" inspect "$work/Inbox" && ok
has "inspect of a folder" "là một thư mục"

try "inspect of a refused file" 1 -- "$tonghop" inspect "$fixtures/khong-phai-zip.docx" && ok
has "inspect of a refused file" "REFUSED"

try "inspect --format json" 0 -- "$tonghop" inspect --format json "$fixtures/bao-cao-mau.docx" && ok
has "inspect --format json" '"schemaVersion" : 2'
has "inspect --format json" '"type" : "paragraph"'
lacks "inspect --format json" '"_0"'

# --- extract
try "extract of a missing path" 2 -- "$tonghop" extract --pipeline "$pipeline" --format jsonl "$work/khong-co" && ok
has "extract of a missing path" "không có tệp hay thư mục nào"
lacks "extract of a missing path" "doesn’t exist"
lacks "extract of a missing path" "doesn't exist"
lacks "extract of a missing path" '"status"'

try "extract of a file" 0 -- "$tonghop" extract --pipeline "$pipeline" --format jsonl "$fixtures/khong-phai-zip.docx" && ok
has "extract of a file" '"status":"rejected"'

# --- dates and argument errors
try "run --as-of garbage" 2 -- "$tonghop" run "${run_args[@]}" --outbox "$work/Outbox" --as-of 31/02/2026 && ok
has "run --as-of garbage" "không phải là một ngày có thật"
try "run --as-of words" 2 -- "$tonghop" run "${run_args[@]}" --outbox "$work/Outbox" --as-of "hôm nay" && ok
try "an unknown option" 2 -- "$tonghop" run --bogus && ok
try "a missing argument" 2 -- "$tonghop" inspect && ok
if [ -e "$work/state/ledger.sqlite" ]; then fail "argument errors: a ledger was created"; else ok; fi

# --- run: paths that cannot be used, said in Vietnamese with the path
try "run with an Outbox that is a file" 2 -- "$tonghop" run "${run_args[@]}" --outbox "$work/Outbox-file" --as-of 30/11/2026 && ok
has "run with an Outbox that is a file" "không phải là thư mục"
has "run with an Outbox that is a file" "$work/Outbox-file"
lacks "run with an Outbox that is a file" "NSCocoaErrorDomain"

try "run with a missing Inbox" 2 -- "$tonghop" run --pipeline "$pipeline" --inbox "$work/khong-co" --outbox "$work/Outbox" --ledger "$work/state/ledger.sqlite" && ok
has "run with a missing Inbox" "Thư mục Inbox $work/khong-co không tồn tại"

try "status before any run" 2 -- "$tonghop" status "${run_args[@]}" --outbox "$work/Outbox" && ok
has "status before any run" "chưa có sổ cái"

# A typo in vocabulary.yaml: an error with file and line, before the ledger is opened.
cp -r "$pipeline" "$work/pipeline-typo"
printf '\nstatus_lables: [x]\n' >> "$work/pipeline-typo/vocabulary.yaml"
try "a typo in vocabulary.yaml" 2 -- "$tonghop" run --pipeline "$work/pipeline-typo" --inbox "$work/Inbox" --outbox "$work/Outbox" --ledger "$work/typo/ledger.sqlite" && ok
has "a typo in vocabulary.yaml" "vocabulary.yaml:"
has "a typo in vocabulary.yaml" "status_lables"
if [ -e "$work/typo/ledger.sqlite" ]; then fail "a typo in vocabulary.yaml: the ledger was opened"; else ok; fi

# --- run: a normal night is exit 0, with items to review; the date as officers write it
try "run --as-of 30/11/2026" 0 -- "$tonghop" run "${run_args[@]}" --outbox "$work/Outbox" --as-of 30/11/2026 && ok
has "run --as-of 30/11/2026" "as of 30/11/2026"
has "run: a link is not followed" "vong-lap: Là liên kết"
has "run: a name that is not UTF-8" 'B\xE1o c\xE1o.docx: Tên tệp không phải là chữ Unicode'
has "run: a note is not a report" "ghi-chu.txt: Không đọc: không phải tệp báo cáo"
has "run: two files, not one per link" "2 in the inbox"
try "run --fail-on-review" 1 -- "$tonghop" run "${run_args[@]}" --outbox "$work/Outbox" --as-of 30/11/2026 --fail-on-review && ok
try "status after the run" 0 -- "$tonghop" status "${run_args[@]}" --outbox "$work/Outbox" && ok

# --- report --from-extract: the inbox's README.md and notes are not a unit's file
try "report --from-extract Inbox/" 0 -- "$tonghop" report --pipeline "$pipeline" --from-extract "$work/Inbox/" --out "$work/report" --as-of 2026-11-30 && ok
lacks "report --from-extract Inbox/" "README.md"
has "report --from-extract Inbox/" "bỏ qua $work/Inbox/ghi-chu.txt: Không đọc: không phải tệp báo cáo"
has "report --from-extract Inbox/" "bỏ qua $work/Inbox/vong-lap: Là liên kết"
if grep -rqs "README.md" "$work/report"; then fail "report --from-extract Inbox/: README.md is in the report"; else ok; fi

# --- the command on PATH (as nightly.sh links it), started from another folder
mkdir -p "$work/bin"
ln -s "$tonghop" "$work/bin/tonghop"
try "tonghop on PATH, from another folder" 0 -- env PATH="$work/bin:$PATH" bash -c 'cd / && tonghop units find "so y te"' && ok
has "tonghop on PATH, from another folder" "SO-YT"

# --- scripts/nightly.sh on a normal night (items to review): exit 0, the command linked.
# A copy of the repository's layout whose build steps are stubs (no release build here).
repo=$work/repo
mkdir -p "$repo/scripts" "$repo/.build/release" "$repo/Inbox" "$work/stub"
cp "$root/scripts/nightly.sh" "$repo/scripts/"
printf '#!/bin/sh\nexit 0\n' > "$repo/scripts/setup.sh"
printf '#!/bin/sh\nexit 0\n' > "$work/stub/swift"
chmod +x "$work/stub/swift"
ln -s "$tonghop" "$repo/.build/release/tonghop"
ln -s "$root/Pipelines" "$repo/Pipelines"
cp "$fixtures/bao-cao-mau.docx" "$fixtures/khong-phai-zip.docx" "$repo/Inbox/"
try "scripts/nightly.sh on a normal night" 0 -- env PATH="$work/stub:$PATH" TONGHOP_BIN_DIR="$work/bin2" bash "$repo/scripts/nightly.sh" && ok
has "scripts/nightly.sh on a normal night" "Done, with items needing review."
if [ -L "$work/bin2/tonghop" ]; then ok; else fail "scripts/nightly.sh: $work/bin2/tonghop is not linked"; fi

# --- catalogue import: a missing plan, a path that cannot be written
try "catalogue import of a missing plan" 2 -- "$tonghop" catalogue import --pipeline "$pipeline" "$work/khong-co.docx" && ok
has "catalogue import of a missing plan" "không có tệp nào"
try "catalogue import of another format" 2 -- "$tonghop" catalogue import --pipeline "$pipeline" "$work/Inbox/ghi-chu.txt" && ok
has "catalogue import of another format" "cần .docx hoặc .md"

# --- units find
try "units find chi cuc" 0 -- "$tonghop" units find --pipeline "$pipeline" "chi cuc" && ok
if grep -qF -- "SKHCN-CCTDC" <<<"${out%%$'\n'*}"; then ok; else fail "units find chi cuc: first is not the Chi cục"; fi
try "units find p sai gon" 0 -- "$tonghop" units find --pipeline "$pipeline" p sai gon && ok
if grep -qF -- "26740" <<<"${out%%$'\n'*}"; then ok; else fail "units find p sai gon: first is not Phường Sài Gòn"; fi
try "units find so y te" 0 -- "$tonghop" units find --pipeline "$pipeline" "so y te" && ok
if grep -qF -- "SO-YT" <<<"${out%%$'\n'*}"; then ok; else fail "units find so y te: first is not Sở Y tế"; fi
try "units find nonsense" 1 -- "$tonghop" units find --pipeline "$pipeline" "xyzzy qwerty" && ok
has "units find nonsense" "Không tìm thấy đơn vị nào"

echo "try-as-new-user: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
