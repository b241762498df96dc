"""Shared helpers for the set3 generators (truth writing, number formatting)."""
import hashlib
import json
import os
import re
import unicodedata
import zipfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TRUTH = os.path.join(OUT, "truth")

TASK_ORDER = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
              "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d "
              "II.6.a II.6.b").split()
INDICATORS = {"training_courses", "participants", "communications", "enterprises_supported",
              "inspections", "establishments_inspected", "violations", "fines_vnd",
              "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def vn_int(n):
    """1234567 -> '1.234.567'"""
    return f"{int(n):,}".replace(",", ".")


def vn_dec(x):
    """12.5 -> '12,5'; 12.0 -> '12'"""
    if float(x) == int(x):
        return vn_int(int(x))
    s = f"{x}"
    ip, dp = s.split(".")
    return vn_int(int(ip)) + "," + dp


def pad2(n):
    return f"{n:02d}" if n < 10 else str(n)


class Key:
    """Collects the answer key of one report while the report is being written."""

    def __init__(self, fname, unit_id, unit_name, number, date):
        self.fname = fname
        self.unit = {"id": unit_id, "name": unit_name}
        self.document = {"number": number, "date": date}
        self.tasks = {}
        self.difficulties = []
        self.proposals = []

    def task(self, code, status=None, **ind):
        assert code in TASK_ORDER, code
        e = self.tasks.setdefault(code, {"status": "unknown", "indicators": {}})
        if status:
            assert status in STATUSES, status
            if e["status"] != "unknown" and e["status"] != status:
                raise ValueError(f"{self.fname}: conflicting status for {code}")
            e["status"] = status
        for k, v in ind.items():
            assert k in INDICATORS, k
            if k in e["indicators"] and e["indicators"][k] != v:
                raise ValueError(f"{self.fname}: two values for {code}/{k}")
            e["indicators"][k] = v
        return e

    def write(self):
        path = os.path.join(OUT, self.fname)
        data = open(path, "rb").read()
        entries = []
        for code in TASK_ORDER:
            if code in self.tasks:
                e = self.tasks[code]
                entries.append({"task": code, "status": e["status"],
                                "indicators": {k: (int(v) if float(v) == int(v) else v)
                                               for k, v in e["indicators"].items()}})
        obj = {"file": self.fname, "sha256": hashlib.sha256(data).hexdigest(),
               "status": "extracted", "reason": None,
               "unit": self.unit, "document": self.document, "entries": entries,
               "difficulties": [nfc(x) for x in self.difficulties],
               "proposals": [nfc(x) for x in self.proposals]}
        with open(os.path.join(TRUTH, self.fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)


class RejectKey:
    def __init__(self, fname):
        self.fname = fname

    def write(self):
        path = os.path.join(OUT, self.fname)
        data = open(path, "rb").read()
        obj = {"file": self.fname, "sha256": hashlib.sha256(data).hexdigest(),
               "status": "rejected", "reason": "not a report of this plan",
               "unit": None, "document": None, "entries": [],
               "difficulties": [], "proposals": []}
        with open(os.path.join(TRUTH, self.fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)


def patch_cached_values(path, cached):
    """openpyxl writes formulas with an empty <v></v>; fill in the cached values as Excel would.
    cached: {sheet_xml_name: {cell_ref: number}}"""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            name = item.filename.rsplit("/", 1)[-1]
            if name in cached:
                xml = data.decode("utf-8")
                for ref, val in cached[name].items():
                    v = str(int(val)) if float(val) == int(val) else repr(float(val))
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?' % ref)
                    xml, n = pat.subn(lambda m: m.group(1) + m.group(2) + "<v>" + v + "</v>", xml)
                    assert n == 1, (path, name, ref)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# Words each hand writes in a status cell / assessment, and what a careful officer reads.
STATUS_WORDS = {
    "Hoàn thành": "completed",
    "Đã hoàn thành": "completed",
    "Đã thực hiện xong": "completed",
    "Đã tổ chức xong": "completed",
    "Hoàn thành 100%": "completed",
    "Đạt": "completed",
    "Hoàn thành đúng tiến độ": "completed",
    "Đang thực hiện": "in_progress",
    "Đang triển khai": "in_progress",
    "Đang tiếp tục thực hiện": "in_progress",
    "Thường xuyên": "in_progress",
    "Thực hiện thường xuyên": "in_progress",
    "Duy trì thường xuyên": "in_progress",
    "Chưa thực hiện": "not_started",
    "Chưa triển khai": "not_started",
    "Chưa tổ chức": "not_started",
    "Không phát sinh": "not_applicable",
    "Không có nhiệm vụ": "not_applicable",
    "Không thuộc chức năng, nhiệm vụ": "not_applicable",
}


def status_of(word):
    """The status a status cell states; the first line decides (later lines are remarks)."""
    if not word:
        return None
    first = word.split("\n")[0].strip().rstrip(".")
    return STATUS_WORDS[first]
