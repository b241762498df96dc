"""Independent checker for set19: reopens every file (zip+XML for .docx, openpyxl for .xlsx)
and checks each key in ../truth against it. Does not import the generators."""
import csv, datetime as dt, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TRUTH = os.path.join(ROOT, "truth")
AGENCIES = "/work/shared/data/agencies.csv"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDICATORS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
              "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
              "standards_reviewed", "budget_spent_vnd"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            if not any(k in name for k in ("document", "header", "footer", "footnotes")):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path, data_only=False)
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (dt.datetime, dt.date)):
                    out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().lower()


def number_forms(n):
    n = int(n)
    forms = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n >= 1_000_000:
        m = n / 1_000_000
        s = f"{m:g}"
        forms |= {s.replace(".", ",") + " triệu", s + " million", s.replace(".", ",") + "tr"}
    return forms


def has_number(text, n):
    for f in number_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?!\d|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    out = set()
    for dd in {str(d.day), f"{d.day:02d}"}:
        for mm in {str(d.month), f"{d.month:02d}"}:
            out.add(f"ngày {dd} tháng {mm} năm {d.year}")
            out.add(f"{dd}/{mm}/{d.year}")
    return out


def main():
    agencies = {r["id"]: r for r in csv.DictReader(open(AGENCIES, encoding="utf-8"))}
    errors, n_ok = [], 0
    files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)))
    keys = sorted(f[:-5] for f in os.listdir(TRUTH) if f.endswith(".json"))
    if files != keys:
        errors.append(f"files/keys mismatch: {set(files) ^ set(keys)}")
    for fn in keys:
        err = []
        key = json.load(open(os.path.join(TRUTH, fn + ".json"), encoding="utf-8"))
        path = os.path.join(ROOT, fn)
        if key["file"] != fn:
            err.append("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            err.append("sha256")
        text = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        low = norm(text)
        if key["status"] == "rejected":
            if not key.get("reason") or key["entries"]:
                err.append("rejected key must have reason, no entries")
        elif key["status"] != "extracted":
            err.append("status value")
        u = key.get("unit")
        if u:
            a = agencies.get(u["id"])
            if not a or a["name"] != u["name"]:
                err.append(f"unit {u}")
            else:
                names = [a["name"]] + [x for x in a["aliases"].split(";") if x]
                if not any(norm(x) in low for x in names):
                    err.append(f"unit name not in file: {a['name']}")
        doc = key["document"]
        if doc["number"] and norm(doc["number"]) not in low:
            err.append(f"number {doc['number']}")
        if doc["date"] and not any(f in low for f in date_forms(doc["date"])):
            err.append(f"date {doc['date']}")
        seen = set()
        for e in key["entries"]:
            if e["task"] not in TASKS or e["task"] in seen:
                err.append(f"task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                err.append(f"status {e['status']}")
            for k, v in e["indicators"].items():
                if k not in INDICATORS:
                    err.append(f"indicator id {k}")
                if not isinstance(v, int) or not has_number(text, v):
                    err.append(f"{e['task']} {k}={v} not found in file")
            if norm(e["text"]) not in low:
                err.append(f"{e['task']} text not in file")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in low:
                err.append(f"difficulty/proposal not in file: {x[:50]}")
        if err:
            errors.append(f"{fn}: " + "; ".join(err))
        else:
            n_ok += 1
    for e in errors:
        print("FAIL", e)
    print(f"{n_ok}/{len(keys)} files OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
