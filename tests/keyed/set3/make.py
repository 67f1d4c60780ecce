"""A third set: the samples' kind of truth (another seed) in still other habits — a sheet per
unit named after it for targets (years down), 2026 targets with indicators down and units
across, ledgers with a sheet per unit named after it, money in 元, a 资金来源 column, 洽谈中
where the date goes; 到位资金 as a three-column long table (单位 | 年度 | 到位资金); the
district's years down with money in 万元 and its 2026 months across.

    python3 make.py [--shared ../../../../shared]   # writes the workbooks and expected.json here
"""
import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.path.join(here, "../../../../shared"))
ap.add_argument("--seed", type=int, default=11)
args = ap.parse_args()
sys.path.insert(0, os.path.join(args.shared, "samples"))
import gen_samples as g  # noqa: E402
from gen_samples import C, Sheet, UNITS, YEARS  # noqa: E402

t = g.build_truth(args.seed)
FUNDS_KNOWN = ["城西街道", "北山镇", "高新区"]
files = {}


def put(name, sheets, writer, what):
    g.save(os.path.join(here, name), sheets, writer)
    files[name] = {"writer": writer, "what": what}


# 1. Targets 2016-2025: a sheet per unit, named after it; years down, indicators across.
sheets = []
for u in UNITS:
    s = Sheet(u)
    s.title(f"{u}2016—2025年招商引资目标任务", 6)
    s.add(["年度", "新签约项目数（个）", "超亿元项目数（个）", "10亿元以上项目数（个）",
           "计划总投资（亿元）", "实际到位资金（亿元）"])
    for y in YEARS[:-1]:
        tg = t.targets[(u, y)]
        s.add([y, tg["signed_projects"], tg["projects_over_100m"], tg["projects_over_1b"],
               C(tg["planned_investment"] / 10, "num1"), C(tg["funds_in_place"] / 10, "num1")])
    sheets.append(s)
put("各单位历年目标任务（分单位）.xlsx", sheets, "openpyxl", "a sheet per unit, years down")

# 2. Targets 2026: indicators down, units across, a 合计 column.
s = Sheet("2026年")
s.title("2026年招商引资目标任务分解表", 11)
s.add(["指标", "计量单位"] + UNITS + ["合计"])
keys = [("新签约项目", "个", "signed_projects", 1), ("其中：超亿元项目", "个", "projects_over_100m", 1),
        ("其中：10亿元以上项目", "个", "projects_over_1b", 1), ("计划总投资", "亿元", "planned_investment", 10),
        ("实际到位资金", "亿元", "funds_in_place", 10)]
for name, unit, k, div in keys:
    vals = [t.targets[(u, 2026)][k] / div if div > 1 else t.targets[(u, 2026)][k] for u in UNITS]
    s.add([name, unit] + vals + [sum(vals) if div == 1 else round(sum(vals), 1)])
put("2026年目标任务分解（指标×单位）.xlsx", [s], "xlsxwriter", "indicators down, units across")

# 3. Ledgers: a sheet per unit named after it; money in 元; 资金来源; 洽谈中 for no date.
sheets = []
for u in UNITS:
    s = Sheet(u)
    s.add([f"{u}招商引资项目台账"])
    s.add(["序号", "项目名称", "签约时间", "投资额（元）", "资金来源", "所属产业", "备注"])
    ps = sorted((p for p in t.projects if p.unit == u and p.signed), key=lambda p: p.sign_date)
    for n, p in enumerate(ps, 1):
        s.add([n, p.name, C(p.sign_date, "date_cn"), p.invest_wan * 10000,
               "外资" if p.foreign else "内资", p.industry, p.note or None])
    for p in (p for p in t.projects if p.unit == u and not p.signed):
        s.add([None, p.name, "洽谈中", p.invest_wan * 10000, "内资", p.industry, None])
    sheets.append(s)
put("全区项目台账（分单位）.xlsx", sheets, "xlsxwriter", "a ledger sheet per unit, money in 元")

# 4. 到位资金 of three units as a long table: 单位 | 年度 | 到位资金.
s = Sheet("到位资金")
s.add(["单位", "年度", "实际到位资金（亿元）"])
for u in FUNDS_KNOWN:
    for y in YEARS:
        s.add([u, f"{y}年" if y < 2026 else "2026年1-10月", C(t.funds[(u, y)] / 100, "num2")])
put("部分单位实际到位资金.xlsx", [s], "openpyxl", "unit | year | value, long")

# 5. The district: years down with money in 万元; 2026 by month with months across.
s = Sheet("历年")
s.title("全区招商引资历年完成情况", 4)
s.add(["年份", "外出招商次数", "外出招商目标", "实际到位资金（万元）"])
for y in YEARS:
    s.add([f"{y}年" if y < 2026 else "2026年1-10月", t.trips[y], t.trip_target[y],
           sum(t.funds[(u, y)] for u in UNITS) * 100])
m = Sheet("2026分月")
m.title("2026年全区分月完成情况", 12)
m.add(["指标"] + [f"{mo}月" for mo in g.MONTHS_2026])
m.add(["外出招商（次）"] + [t.trips_month[mo] for mo in g.MONTHS_2026])
m.add(["到位资金（亿元）"] + [C(sum(t.funds_month[(u, mo)] for u in UNITS) / 100, "num2")
                          for mo in g.MONTHS_2026])
put("全区历年完成情况.xlsx", [s, m], "openpyxl", "district years down in 万元, months across")

exp = g.build_expected(t, files, FUNDS_KNOWN, [],
                       f"A third set in other habits, truth of gen_samples seed {args.seed}.")
with open(os.path.join(here, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("wrote", len(files), "workbooks")
