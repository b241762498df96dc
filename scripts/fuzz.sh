#!/usr/bin/env bash
# Runs a libFuzzer target on the DOCX or XLSX reader for a set time:
#
#     scripts/fuzz.sh docx 1800      # or: xlsx SECONDS
#
# Builds Fuzz/FuzzDocx or Fuzz/FuzzXlsx (only declared in Package.swift when TONGHOP_FUZZ is
# set) with -sanitize=fuzzer,address into .build-fuzz, seeds a working corpus from the dev and
# world corpora (each file also re-zipped without compression, so mutations reach the XML),
# and runs under nice. Crashing inputs land in .build-fuzz/findings/<kind>/; keep each one as
# Tests/OOXMLTests/Fixtures/fuzz/<kind>/ once fixed. The last lines of the log carry
# libFuzzer's "#N DONE ... exec/s" summary.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:?usage: scripts/fuzz.sh docx|xlsx SECONDS}"
seconds="${2:-60}"
case "$kind" in
  docx) product=FuzzDocx; exts="docx docm" ;;
  xlsx) product=FuzzXlsx; exts="xlsx xlsm" ;;
  *) echo "usage: scripts/fuzz.sh docx|xlsx SECONDS" >&2; exit 2 ;;
esac
scratch="${FUZZ_SCRATCH:-.build-fuzz}"
corpus_root="${TONGHOP_CORPUS:-../shared/corpus}"
[ -d "$corpus_root" ] || corpus_root=/work/shared/corpus

TONGHOP_FUZZ=1 nice -n 19 swift build --scratch-path "$scratch" -c debug --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
binary="$scratch/debug/$product"

work="$scratch/corpus/$kind"
seeds="$scratch/seeds/$kind"
findings="$scratch/findings/$kind"
mkdir -p "$work" "$seeds" "$findings"
if [ -z "$(ls -A "$seeds")" ]; then
  for ext in $exts; do
    find "$corpus_root" -type f -iname "*.$ext" -size -2M -exec cp {} "$seeds/" \; 2>/dev/null || true
  done
  # Stored (uncompressed) copies: byte mutations then land in XML rather than in deflate data.
  python3 - "$seeds" <<'PY'
import os, sys, zipfile
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    src = os.path.join(d, name)
    try:
        with zipfile.ZipFile(src) as z:
            if sum(i.file_size for i in z.infolist()) > 4 << 20:
                continue  # a bomb stays compressed
            with zipfile.ZipFile(os.path.join(d, "stored-" + name), "w", zipfile.ZIP_STORED) as out:
                for info in z.infolist():
                    out.writestr(info.filename, z.read(info.filename))
    except Exception:
        pass
PY
  # Fixtures kept from earlier runs are seeds too.
  if [ -d "Tests/OOXMLTests/Fixtures/fuzz/$kind" ]; then cp Tests/OOXMLTests/Fixtures/fuzz/$kind/* "$seeds/" 2>/dev/null || true; fi
fi

# XML-mode seeds (see Fuzz/*/main.swift): a 0 byte, then the main XML parts separated by 0 bytes.
if ! compgen -G "$seeds/xml-*" >/dev/null; then
  python3 - "$seeds" "$kind" <<'PY'
import os, sys, zipfile
d, kind = sys.argv[1], sys.argv[2]
parts = {"docx": ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"],
         "xlsx": [None, "xl/sharedStrings.xml", "xl/styles.xml"]}[kind]
for name in sorted(os.listdir(d)):
    if name.startswith(("stored-", "xml-")):
        continue
    try:
        with zipfile.ZipFile(os.path.join(d, name)) as z:
            names = {n.lower(): n for n in z.namelist()}
            chunks = []
            for p in parts:
                if p is None:  # the first worksheet
                    p = next((n for n in sorted(names) if n.startswith("xl/worksheets/") and n.endswith(".xml")), "")
                if p in names and z.getinfo(names[p]).file_size > 4 << 20:
                    raise ValueError("too large for a seed")
                chunks.append(z.read(names[p]).replace(b"\0", b"") if p in names else b"")
        with open(os.path.join(d, "xml-" + name), "wb") as f:
            f.write(b"\0" + b"\0".join(chunks))
    except Exception:
        pass
PY
fi

ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}" \
nice -n 19 "$binary" "$work" "$seeds" \
  -dict=scripts/fuzz/ooxml.dict \
  -max_total_time="$seconds" -timeout="${TIMEOUT:-60}" -rss_limit_mb=2048 -max_len="${MAX_LEN:-1048576}" \
  -artifact_prefix="$findings/" -print_final_stats=1 ${FUZZ_ARGS:-}
