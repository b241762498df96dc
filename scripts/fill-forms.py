#!/usr/bin/env python3
"""Fills the forms written by `tonghop templates` the way units might, and writes a scored
corpus: the filled files and truth/<file>.json in the extraction contract's shape
(../shared/spec/README.md), so that

    ../shared/tools/score --cmd '.build/debug/tonghop extract --format jsonl' OUT

measures how exactly returned forms are read. Values are random (seeded): blanks, numbers,
numbers typed as text ("1.250"), bad values (text, negatives, fractions: each must become a
finding, never a figure), statuses picked from the list or typed by hand, dates as dates or
as text, and a few forms filled for another unit (saved under that unit's name, or with the
unit cell overwritten).

usage: fill-forms.py FORMS_DIR OUT_DIR [--seed N]
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import shutil
import sys

import openpyxl

META = "_tonghop"
TYPED = [("đã xong", "completed"), ("Hoàn thành 100%", "completed"), ("đang triển khai", "in_progress"),
         ("chưa triển khai", "not_started"), ("không phát sinh", "not_applicable"), ("xem báo cáo kèm theo", "unknown")]
BAD_NUMBERS = ["khoảng 20", "hai mươi", "15,5 triệu", "-3", "2,5", "n/a", "10 lớp"]
RESULTS = ["Đã tổ chức theo kế hoạch, có báo cáo kèm theo.", "Phối hợp với các đơn vị liên quan triển khai.",
           "Đang hoàn thiện hồ sơ, dự kiến xong trong quý IV.", "Đã ban hành văn bản hướng dẫn."]
DIFFICULTIES = ["Thiếu cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng.",
                "Kinh phí bố trí cho công tác kiểm tra còn hạn chế.",
                "Trang thiết bị kiểm tra nhanh chưa đáp ứng yêu cầu.",
                "Một số cơ sở kinh doanh chưa hợp tác khi kiểm tra."]
PROPOSALS = ["Đề nghị Sở tổ chức tập huấn nghiệp vụ cho cán bộ phường, xã.",
             "Đề nghị bổ sung kinh phí cho hoạt động kiểm tra chất lượng.",
             "Đề nghị hướng dẫn thống nhất mẫu biên bản kiểm tra.",
             "Đề nghị trang bị thiết bị đo kiểm nhanh cho địa phương."]


def metadata(wb):
    ws = wb[META]
    m = {"statuses": [], "fields": []}
    for row in ws.iter_rows(values_only=True):
        row = ["" if v is None else str(v) for v in row]
        key = row[0] if row else ""
        if key == "unit":
            m["unit"] = (row[1], row[2])
        elif key == "status":
            m["statuses"].append((row[1], row[2]))
        elif key == "field":
            row += [""] * (8 - len(row))
            m["fields"].append({"ref": row[1], "kind": row[2], "task": row[3], "indicator": row[4], "valueKind": row[5]})
        elif key == "sheet":
            m["sheet"] = row[1]
    return m


def fill(path, out_dir, rng, units, other_unit=None, other_mode=None):
    wb = openpyxl.load_workbook(path)
    m = metadata(wb)
    ws = wb[m["sheet"]]
    unit_id, unit_name = m["unit"]
    truth = {"file": None, "sha256": None, "status": "extracted", "reason": None,
             "unit": {"id": unit_id, "name": unit_name}, "document": {"number": None, "date": None},
             "entries": [], "difficulties": [], "proposals": []}
    bad = 0
    for f in m["fields"]:
        if f["kind"] == "number" and rng.random() < 0.7:
            n = f"{rng.randint(1, 400)}/BC-{rng.choice(['UBND', 'SYT', 'VP', 'KTPC'])}"
            ws[f["ref"]] = n
            truth["document"]["number"] = n
        if f["kind"] == "date":
            r = rng.random()
            d = datetime.date(2026, rng.choice([10, 11]), rng.randint(1, 28))
            if r < 0.7:
                ws[f["ref"]] = d
                truth["document"]["date"] = d.isoformat()
            elif r < 0.85:
                ws[f["ref"]] = d.strftime("%d/%m/%Y")
                truth["document"]["date"] = d.isoformat()
            elif r < 0.9:
                ws[f["ref"]] = "tháng 10"
                bad += 1
    tasks = []
    for f in m["fields"]:
        if f["task"] and f["task"] not in tasks:
            tasks.append(f["task"])
    labels = m["statuses"]
    for task in tasks:
        if rng.random() < 0.2:
            continue  # the unit leaves the block blank: no entry
        said = False
        status = "unknown"
        indicators = {}
        for f in [f for f in m["fields"] if f["task"] == task]:
            if f["kind"] == "status":
                r = rng.random()
                if r < 0.75:
                    code, label = rng.choice(labels)
                    ws[f["ref"]] = label
                    status, said = code, True
                elif r < 0.9:
                    typed, code = rng.choice(TYPED)
                    ws[f["ref"]] = typed
                    status, said = code, True
                    if code == "unknown":
                        bad += 1
            elif f["kind"] == "indicator":
                r = rng.random()
                if r < 0.2:
                    continue
                said = True
                if r < 0.75:
                    v = rng.randint(0, 300) * 500000 if f["valueKind"] == "money" else rng.randint(0, 500)
                    ws[f["ref"]] = v
                    indicators[f["indicator"]] = v
                elif r < 0.85:
                    v = rng.randint(1000, 9000)
                    ws[f["ref"]] = f"{v // 1000}.{v % 1000:03d}"
                    indicators[f["indicator"]] = v
                else:
                    ws[f["ref"]] = rng.choice(BAD_NUMBERS)
                    bad += 1
            elif f["kind"] == "result" and rng.random() < 0.6:
                ws[f["ref"]] = rng.choice(RESULTS)
                said = True
        if said:
            truth["entries"].append({"task": task, "status": status, "indicators": indicators})
    for kind, pool, key in [("difficulty", DIFFICULTIES, "difficulties"), ("proposal", PROPOSALS, "proposals")]:
        cells = [f for f in m["fields"] if f["kind"] == kind]
        n = rng.randint(0, min(3, len(cells)))
        for f, text in zip(cells, rng.sample(pool, n)):
            ws[f["ref"]] = text
            truth[key].append(text)
    name = os.path.basename(path)
    if other_unit is not None:
        oid, oname = other_unit
        if other_mode == "file":
            name = name.replace(unit_id + "_", oid + "_", 1).replace(".xlsx", " (2).xlsx")
        else:
            unit_field = next(f for f in m["fields"] if f["kind"] == "unitName")
            ws[unit_field["ref"]] = oname
        truth["unit"] = {"id": oid, "name": oname}
    out = os.path.join(out_dir, name)
    wb.save(out)
    truth["file"] = name
    truth["sha256"] = hashlib.sha256(open(out, "rb").read()).hexdigest()
    with open(os.path.join(out_dir, "truth", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("forms")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=38)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "truth"), exist_ok=True)
    forms = sorted(f for f in os.listdir(a.forms) if f.endswith(".xlsx"))
    units = []
    for f in forms:
        wb = openpyxl.load_workbook(os.path.join(a.forms, f))
        units.append(metadata(wb)["unit"])
    # A few forms filled for another unit (one saved under its name, one with the unit cell
    # overwritten), between units of the same kind.
    others = {}
    communes = [i for i, u in enumerate(units) if u[0].isdigit()]
    if len(communes) >= 6:
        others[communes[1]] = (units[communes[2]], "file")
        others[communes[4]] = (units[communes[5]], "cell")
    bad = 0
    for i, f in enumerate(forms):
        other = others.get(i)
        bad += fill(os.path.join(a.forms, f), a.out, rng, units, other[0] if other else None, other[1] if other else None)
    print(f"{len(forms)} forms filled into {a.out}; {bad} bad values (each must be a finding)", file=sys.stderr)


if __name__ == "__main__":
    main()
