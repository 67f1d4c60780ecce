"""A second sub-district set: the samples' kind of truth (another seed) written in layouts
the importer's code was not written from — one long target sheet in unit-major order with a
全区 block, a ledger of four units in unit sections, a ledger with a 所在镇街 column, a ledger
with year sections, one sheet per year named 16年…, a results table of one indicator with
years across, months down with units across, a district table with indicators down.

    python3 make.py [--shared ../../../../shared]   # writes the workbooks and expected.json here

Needs openpyxl, xlsxwriter, xlwt; reads ../shared/samples/gen_samples.py for the truth.
"""
import argparse
import datetime as dt
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.path.join(here, "../../../../shared"))
ap.add_argument("--seed", type=int, default=7)
args = ap.parse_args()
sys.path.insert(0, os.path.join(args.shared, "samples"))
import gen_samples as g  # noqa: E402
from gen_samples import C, Sheet, UNITS, YEARS  # noqa: E402

t = g.build_truth(args.seed)
FUNDS_KNOWN = ["南湖街道", "石桥镇", "工业园区", "城东街道"]
FUNDS_MONTHLY = ["工业园区", "石桥镇"]
files = {}


def put(name, sheets, writer, what):
    g.save(os.path.join(here, name), sheets, writer)
    files[name] = {"writer": writer, "what": what}


def signed(u):
    return sorted((p for p in t.projects if p.unit == u and p.signed), key=lambda p: p.sign_date)


def talks(u):
    return [p for p in t.projects if p.unit == u and not p.signed]


# 1. Targets: one long sheet, unit-major (unit merged down over its years), money in 万元 in a
#    group row, then a 全区 block with the district's own targets (the sum here).
s = Sheet("目标汇总")
s.title("各街道（镇、园区）历年招商引资目标任务汇总表", 7)
s.add([None, None, None, None, None, "金额单位：万元"])
h = s.add([C("单位", "head"), C("年份", "head"), C("项目（个）", "head"), None, None,
           C("资金（万元）", "head"), None])
s.add([None, None, C("签约项目", "head"), C("亿元以上", "head"), C("10亿元以上", "head"),
       C("协议投资", "head"), C("到位资金", "head")])
s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 4); s.merge(h, 5, h, 6)
for u in UNITS + ["全区"]:
    first = None
    for y in YEARS:
        units = UNITS if u == "全区" else [u]
        tg = {k: sum(t.targets[(x, y)][k] for x in units) for k in g.TARGETED}
        r = s.add([u if first is None else None, f"{y}年", tg["signed_projects"],
                   tg["projects_over_100m"], tg["projects_over_1b"],
                   tg["planned_investment"] * 1000, tg["funds_in_place"] * 1000])
        first = r if first is None else first
    s.merge(first, 0, first + len(YEARS) - 1, 0)
s.add(["制表：区投资促进局综合科"])
put("各单位历年目标任务汇总.xlsx", [s], "xlsxwriter",
    "targets of every unit and year on one sheet, unit merged down, 全区 block, 万元")

# 2. A ledger of four units, one header, a section row per unit (一、城东街道).
s = Sheet("签约项目")
s.title("重点区域招商引资签约项目汇总台账", 9)
s.add([C(x, "head") for x in ["序号", "项目名称", "投资主体", "产业类型", "投资规模（亿元）",
                              "签订日期", "外资", "当前进度", "备注"]])
for i, u in enumerate(["城东街道", "城西街道", "北山镇", "河口镇"]):
    rows = signed(u) + talks(u)
    s.add([f"{'一二三四'[i]}、{u}（共{len(rows)}个）"])
    for n, p in enumerate(rows, 1):
        s.add([n, p.name, p.investor, p.industry, C(round(p.invest_wan / 10000, 4), "money4"),
               C(p.sign_date, "date") if p.sign_date else "在谈",
               "外资" if p.foreign else "", p.stage, p.note or None])
s.add([None, "填报人：", None, None, None, "审核人："])
put("重点区域项目台账汇总.xlsx", [s], "openpyxl", "four units' ledgers in unit sections")

# 3. Two units in one .xls ledger with a 所在镇街 column, dates typed as 2023年5月8日.
s = Sheet("项目一览")
s.add(["南湖街道、石桥镇招商引资签约项目一览表"])
s.add([None])
s.add(["项目名称", "所在镇街", "签约日期", "协议总投资（万元）", "是否外资", "进展阶段"])
for u in ["南湖街道", "石桥镇"]:
    for p in signed(u) + talks(u):
        s.add([p.name, u, g.date_cell(p.sign_date, "cn") or "—", p.invest_wan,
               "是" if p.foreign else "否", p.stage])
put("南湖石桥签约项目一览表.xls", [s], "xls", "two units in one .xls ledger with a 所在镇街 column")

# 4. 工业园区: one sheet per year named 16年…26年, 在谈 projects on their own sheet.
sheets = []
for y in YEARS:
    s = Sheet(f"{y % 100}年")
    s.add([f"工业园区{y}年招商项目台账"])
    s.add(["序号", "项目", "签约 时间", "投资额（亿元）", "外资企业(是/否)", "阶段"])
    for n, p in enumerate([p for p in signed("工业园区") if p.sign_date.year == y], 1):
        s.add([n, p.name, g.date_cell(p.sign_date, "slash"),
               C(round(p.invest_wan / 10000, 4), "money4"), "是" if p.foreign else "否", p.stage])
    sheets.append(s)
s = Sheet("在谈项目")
s.add(["序号", "项目", "签约 时间", "投资额（亿元）", "外资企业(是/否)", "阶段"])
for n, p in enumerate(talks("工业园区"), 1):
    s.add([n, p.name, None, C(round(p.invest_wan / 10000, 4), "money4"), "否", "在谈"])
sheets.append(s)
put("工业园区项目台账2016-2026.xlsx", sheets, "xlsxwriter",
    "one sheet per year named 16年…, a sheet of 在谈 projects")

# 5. 高新区: years given once as section rows, dates as 2016.3.5 text, money in 万元 as text.
s = Sheet("项目库")
s.add(["高新区招商引资项目库（2016—2026年）"])
s.add(["序号", "项目名称", "签约日期", "计划投资（万元）", "是否外资", "项目状态", "备注"])
for y in YEARS:
    ps = [p for p in signed("高新区") if p.sign_date.year == y]
    if not ps:
        continue
    s.add([f"{y}年"])
    for n, p in enumerate(ps, 1):
        d = p.sign_date
        s.add([n, p.name, f"{d.year}.{d.month}.{d.day}", g.fmt_number_text(p.invest_wan, 0),
               "是" if p.foreign else "否", p.stage, p.note or None])
s.add(["在谈"])
for n, p in enumerate(talks("高新区"), 1):
    s.add([n, p.name, "—", g.fmt_number_text(p.invest_wan, 0), "否", "在谈", None])
put("高新区项目库.xlsx", [s], "openpyxl", "year section rows, dotted dates, money as text")

# 6. 实际到位资金 of four units: units down, years across, the indicator only in the title;
#    2026 by month: months down, units across.
s = Sheet("分年度")
s.title("各单位实际到位资金完成情况", 13)
s.add([None] * 11 + ["单位：亿元"])
s.add(["单位"] + [f"{y}年" for y in YEARS[:-1]] + ["2026年1-10月"])
for u in FUNDS_KNOWN:
    s.add([u] + [C(t.funds[(u, y)] / 100, "num2") for y in YEARS])
m = Sheet("2026年分月")
m.add(["2026年1-10月工业园区、石桥镇实际到位资金（亿元）"])
m.add(["月份"] + FUNDS_MONTHLY)
for mo in g.MONTHS_2026:
    m.add([f"{mo}月"] + [C(t.funds_month[(u, mo)] / 100, "num2") for u in FUNDS_MONTHLY])
m.add(["合计"] + [C(sum(t.funds_month[(u, mo)] for mo in g.MONTHS_2026) / 100, "num2")
                for u in FUNDS_MONTHLY])
put("各单位实际到位资金.xlsx", [s, m], "xlsxwriter",
    "one indicator named in the title, units down and years across; months down, units across")

# 7. The district: indicators down, years across; targets on their own sheet; 2026 by month.
done = Sheet("完成")
done.title("全区招商引资主要指标完成情况（2016—2026年）", 13)
done.add(["指标", "计量单位"] + [f"{y}年" for y in YEARS[:-1]] + ["2026年1-10月"])
done.add(["外出招商", "次"] + [t.trips[y] for y in YEARS])
done.add(["实际到位资金", "亿元"] + [C(sum(t.funds[(u, y)] for u in UNITS) / 100, "num2")
                                   for y in YEARS])
goal = Sheet("目标")
goal.title("全区外出招商目标任务", 8)
goal.add(["指标"] + [f"{y}年" for y in range(2021, 2027)])
goal.add(["外出招商次数（次）"] + [t.trip_target[y] for y in range(2021, 2027)])
mon = Sheet("2026年")
mon.title("2026年1-10月全区招商引资分月完成情况", 3)
mon.add(["月份", "外出招商（次）", "实际到位资金（亿元）"])
for mo in g.MONTHS_2026:
    mon.add([f"{mo}月", t.trips_month[mo],
             C(sum(t.funds_month[(u, mo)] for u in UNITS) / 100, "num2")])
put("全区主要指标（2016-2026）.xlsx", [done, goal, mon], "openpyxl",
    "district: indicators down and years across, targets apart, months down")

exp = g.build_expected(t, files, FUNDS_KNOWN, FUNDS_MONTHLY,
                       f"A second set in other layouts, truth of gen_samples seed {args.seed}.")
with open(os.path.join(here, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("wrote", len(files), "workbooks")
