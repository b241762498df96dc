#!/usr/bin/env python3
"""Expected values for Tests/ConformanceTests, from trusted peer readers.

usage: expected.py CORPUS_ROOT OWN_FIXTURES_DIR OUT_DIR

Spreadsheets (world/calamine, world/excelize, and our own fixtures): every non-empty cell as
python-calamine reads it, as [row, column, kind, value] with 1-based row and column:
  "s" text, "n" number, "b" boolean, "e" error (python-calamine reports "" for error cells, so
  errors come from openpyxl's cached values), "d" date or date-time as ISO 8601 text
  ("2021-01-02" or "2021-01-02T10:30:00"), "t" time of day (datetime.time) and "dur" duration
  (datetime.timedelta), both as a fraction of days.
Documents (world/pandoc): the text pandoc reads (`pandoc -f docx -t json
--track-changes=accept`), body only: Str/Space/breaks of every block, footnote bodies and
images' alt text left out, blocks joined by a newline.
Files a peer cannot open are recorded with "peerError".
"""
import datetime
import json
import os
import subprocess
import sys
import zipfile

import python_calamine as pc

try:
    import openpyxl
except ImportError:  # errors are then not compared
    openpyxl = None


def cell_entry(r, c, v):
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return [r, c, "b", v]
    if isinstance(v, (int, float)):
        return [r, c, "n", float(v)]
    if isinstance(v, datetime.datetime):
        if v.hour == v.minute == v.second == 0 and v.microsecond == 0:
            return [r, c, "d", v.date().isoformat()]
        return [r, c, "d", v.replace(microsecond=0).isoformat()]
    if isinstance(v, datetime.date):
        return [r, c, "d", v.isoformat()]
    if isinstance(v, datetime.time):
        return [r, c, "t", (v.hour * 3600 + v.minute * 60 + v.second + v.microsecond / 1e6) / 86400]
    if isinstance(v, datetime.timedelta):
        return [r, c, "dur", v.total_seconds() / 86400]
    return [r, c, "s", str(v)]


def openpyxl_errors(path):
    """(sheet name) -> {(row, col): "#DIV/0!"} from the cached values."""
    out = {}
    if openpyxl is None:
        return out
    try:  # openpyxl is slow on large sheets: only ask it when some cell is an error
        with zipfile.ZipFile(path) as z:
            if not any(b't="e"' in z.read(n) for n in z.namelist() if n.lower().endswith(".xml") and "sheet" in n.lower()):
                return out
    except Exception:
        pass
    try:
        wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    except Exception:
        return out
    for ws in wb.worksheets:
        errs = {}
        try:
            for row in ws.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) == "e" and isinstance(cell.value, str):
                        errs[(cell.row, cell.column)] = cell.value
        except Exception:
            pass
        out[ws.title] = errs
    return out


def spreadsheet(path):
    try:
        wb = pc.CalamineWorkbook.from_path(path)
    except Exception as e:
        return {"peerError": f"{type(e).__name__}: {e}"}
    errors = openpyxl_errors(path)
    sheets = []
    for meta in wb.sheets_metadata:
        name = meta.name
        entry = {"name": name}
        try:
            sheet = wb.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=True)
            r0, c0 = sheet.start if sheet.start is not None else (0, 0)
        except Exception as e:
            entry["peerError"] = f"{type(e).__name__}: {e}"
            sheets.append(entry)
            continue
        cells = []
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                e = cell_entry(r0 + i + 1, c0 + j + 1, v)
                if e:
                    cells.append(e)
        for (r, c), v in sorted(errors.get(name, {}).items()):
            cells = [x for x in cells if not (x[0] == r and x[1] == c)]
            cells.append([r, c, "e", v])
        cells.sort(key=lambda x: (x[0], x[1]))
        entry["cells"] = cells
        sheets.append(entry)
    return {"sheets": sheets}


def inline_text(inlines, out):
    for node in inlines:
        t = node.get("t")
        c = node.get("c")
        if t == "Str":
            out.append(c)
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps", "Underline"):
            inline_text(c, out)
        elif t in ("Link", "Span"):
            inline_text(c[1], out)
        elif t == "Quoted":
            q = "“”" if c[0]["t"] == "DoubleQuote" else "‘’"
            out.append(q[0]); inline_text(c[1], out); out.append(q[1])
        elif t == "Cite":
            inline_text(c[1], out)
        elif t == "Code":
            out.append(c[1])
        elif t == "Math":
            out.append(c[1])
        elif t in ("Note", "Image", "RawInline"):
            pass


def block_text(blocks, lines):
    for b in blocks:
        t = b.get("t")
        c = b.get("c")
        if t in ("Para", "Plain"):
            out = []; inline_text(c, out); lines.append("".join(out))
        elif t == "Header":
            out = []; inline_text(c[2], out); lines.append("".join(out))
        elif t == "CodeBlock":
            lines.append(c[1])
        elif t == "LineBlock":
            for l in c:
                out = []; inline_text(l, out); lines.append("".join(out))
        elif t == "BlockQuote":
            block_text(c, lines)
        elif t == "Div":
            block_text(c[1], lines)
        elif t == "BulletList":
            for item in c: block_text(item, lines)
        elif t == "OrderedList":
            for item in c[1]: block_text(item, lines)
        elif t == "DefinitionList":
            for term, defs in c:
                out = []; inline_text(term, out); lines.append("".join(out))
                for d in defs: block_text(d, lines)
        elif t == "Table":
            # pandoc-types 1.22: [attr, caption, colspecs, head, bodies, foot]
            _, caption, _, head, bodies, foot = c
            block_text(caption[1], lines)
            def rows_of(rows):
                for row in rows:
                    for cell in row[1]:
                        block_text(cell[4], lines)
            rows_of(head[1])
            for body in bodies:
                rows_of(body[2]); rows_of(body[3])
            rows_of(foot[1])
        elif t == "Figure":
            block_text(c[2], lines)


def document(path):
    try:
        js = subprocess.run(["pandoc", "-f", "docx", "-t", "json", "--track-changes=accept", path],
                            capture_output=True, check=True, timeout=60).stdout
    except subprocess.CalledProcessError as e:
        return {"peerError": e.stderr.decode("utf-8", "replace").strip()[:300]}
    ast = json.loads(js)
    lines = []
    block_text(ast["blocks"], lines)
    return {"text": "\n".join(l for l in lines if l.strip())}


def main():
    corpus, own, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out_dir, exist_ok=True)
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    books, docs = {}, {}
    world = os.path.join(corpus, "world")
    sources = [(os.path.join(world, d), d) for d in ("calamine", "excelize", "pandoc")]
    if os.path.isdir(own):
        sources.append((own, "own"))
    for folder, label in sources:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            key = f"{label}/{name}"
            ext = name.rsplit(".", 1)[-1].lower()
            if ext in ("xlsx", "xlsm"):
                books[key] = spreadsheet(path)
            elif ext in ("docx", "docm"):
                docs[key] = document(path)
    from importlib.metadata import version as package_version
    meta = {"python-calamine": package_version("python-calamine"),
            "openpyxl": getattr(openpyxl, "__version__", None), "pandoc": version}
    with open(os.path.join(out_dir, "spreadsheets.json"), "w", encoding="utf-8") as f:
        json.dump({"peers": meta, "files": books}, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with open(os.path.join(out_dir, "documents.json"), "w", encoding="utf-8") as f:
        json.dump({"peers": meta, "files": docs}, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    cells = sum(len(s.get("cells", [])) for b in books.values() for s in b.get("sheets", []))
    print(f"{len(books)} workbooks ({cells} cells), {len(docs)} documents")


if __name__ == "__main__":
    main()
