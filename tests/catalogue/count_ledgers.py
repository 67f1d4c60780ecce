#!/usr/bin/env python3
"""Counts, by hand and independently of planboard, the signed projects of the sample ledgers
(../shared/samples) that the example catalogue's own indicators take:

* projects_over_500m: signed, 计划总投资 >= 5 亿元 (50000 万元);
* started_projects:   signed, 项目进度 已开工 or 已投产;

and, as a check of this script, every signed project (signed_projects), compared with the
samples' own expected.json. A project is signed when it has a 签约日期 and is not 在谈; it
counts in the year of that date. Writes expected_counts.json beside this script.

    pip install openpyxl xlrd
    python3 tests/catalogue/count_ledgers.py [SAMPLES_DIR]
"""
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

import openpyxl
import xlrd

HERE = Path(__file__).resolve().parent
SAMPLES = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "samples"

LEDGERS = {
    "城东街道招商项目台账.xlsx": "城东街道",
    "城西街道招商引资项目台账（2016-2026）.xlsx": "城西街道",
    "南湖街道项目台账.xls": "南湖街道",
    "北山镇项目台账.xlsx": "北山镇",
    "河口镇项目台账.ods": "河口镇",
    "石桥镇项目台账.xls": "石桥镇",
    "工业园区重点项目台账.xlsx": "工业园区",
    "高新区招商项目台账.xlsx": "高新区",
}


def rows_xlsx(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        yield ws.title, [list(r) for r in ws.iter_rows(values_only=True)]


def rows_xls(path):
    book = xlrd.open_workbook(str(path))
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    row.append(None)
                else:
                    row.append(cell.value)
            rows.append(row)
        yield sheet.name, rows


def rows_ods(path):
    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }
    q = lambda p, n: "{%s}%s" % (ns[p], n)
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    for table in root.iter(q("table", "table")):
        rows = []
        for tr in table.iter(q("table", "table-row")):
            row = []
            for tc in tr:
                if tc.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                    continue
                repeat = min(int(tc.get(q("table", "number-columns-repeated"), "1")), 64)
                kind = tc.get(q("office", "value-type"))
                if kind in ("float", "percentage", "currency"):
                    value = float(tc.get(q("office", "value")))
                elif kind == "date":
                    value = dt.datetime.fromisoformat(tc.get(q("office", "date-value")))
                else:
                    text = "".join("".join(p.itertext()) for p in tc.iter(q("text", "p")))
                    value = text or None
                row.extend([value] * repeat)
            rows.append(row)
        yield table.get(q("table", "name")), rows


def sheets(path):
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return rows_xls(path)
    if suffix == ".ods":
        return rows_ods(path)
    return rows_xlsx(path)


def text(v):
    return "" if v is None else re.sub(r"\s+", "", str(v))


def parse_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    t = text(v)
    m = re.fullmatch(r"(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?", t)
    if m:
        return dt.date(*map(int, m.groups()))
    return None


def parse_amount(v):
    if isinstance(v, (int, float)):
        return float(v)
    t = text(v).replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def find_columns(row):
    cols = {}
    for c, v in enumerate(row):
        t = text(v)
        if "签约日期" in t:
            cols["date"] = c
        elif "项目进度" in t:
            cols["stage"] = c
        elif "投资" in t and ("万元" in t or "亿元" in t) and "invest" not in cols:
            cols["invest"] = c
            cols["scale"] = 1.0 if "亿元" in t else 1.0 / 10000
    return cols if {"date", "stage", "invest"} <= cols.keys() else None


def main():
    counts = defaultdict(lambda: defaultdict(lambda: {"signed": 0, "over_500m": 0, "started": 0}))
    earlier = set()  # projects of earlier files: one listed again in another file counts once
    for name, unit in LEDGERS.items():
        this_file = set()
        for _, rows in sheets(SAMPLES / name):
            cols = None
            for row in rows:
                found = find_columns(row)
                if found:
                    cols = found
                    continue
                if not cols:
                    continue
                cell = lambda k: row[cols[k]] if cols[k] < len(row) else None
                date = parse_date(cell("date"))
                stage = text(cell("stage"))
                if date is None or stage == "在谈" or not stage:
                    continue
                project_name = text(row[1]) if len(row) > 1 else ""
                key = (unit, project_name, date.year)
                if key in earlier:
                    continue
                this_file.add(key)
                amount = parse_amount(cell("invest"))
                yi = None if amount is None else amount * cols["scale"]
                figure = counts[unit][str(date.year)]
                figure["signed"] += 1
                figure["over_500m"] += int(yi is not None and yi >= 5 - 1e-9)
                figure["started"] += int(stage in ("已开工", "已投产"))
        earlier |= this_file
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    mismatches = []
    for unit, years in expected["by_unit"].items():
        for year, figures in years["years"].items():
            want = figures["signed_projects"]["actual"]
            got = counts[unit][year]["signed"]
            if want != got:
                mismatches.append((unit, year, want, got))
    if mismatches:
        sys.exit(f"signed projects differ from expected.json: {mismatches}")
    years = sorted(expected["district"]["years"])
    out = {
        "note": "Counted by count_ledgers.py from the sample ledgers, not by planboard.",
        "by_unit": {
            unit: {
                y: {
                    "signed_projects": counts[unit][y]["signed"],
                    "projects_over_500m": counts[unit][y]["over_500m"],
                    "started_projects": counts[unit][y]["started"],
                }
                for y in years
            }
            for unit in LEDGERS.values()
        },
    }
    (HERE / "expected_counts.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    total = {k: sum(v[k] for u in counts.values() for v in u.values()) for k in ("signed", "over_500m", "started")}
    print("ok:", total)


if __name__ == "__main__":
    main()
