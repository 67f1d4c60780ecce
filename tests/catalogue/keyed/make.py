"""A county's 考核 table keyed in by hand, in a layout planboard's importer was not written
from: two-row merged header, 目标 | 完成 pairs under indicators the built-ins do not have
(其中：投资额5亿元及以上项目, 开工项目数, 开工率（%）, 实际使用外资（万美元）, 引进优强企业（家）),
a "—" for a figure not reported, a 合计 row and a footer. Run: python3 make.py
"""
from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "考核表"
ws["A1"] = "某县2025年度招商引资重点指标考核完成情况表"
ws.merge_cells("A1:N1")
ws["A2"] = "填报单位：县投资促进中心"
ws["J2"] = "单位：个、万美元、家"
top = ["序号", "乡镇（园区）", "签约项目", None, "其中：投资额5亿元及以上项目", None,
       "开工项目数", None, "开工率（%）", "实际使用外资（万美元）", None, "引进优强企业（家）",
       "备注"]
sub = [None, None, "目标", "完成", "目标", "完成", "目标", "完成", None, "目标", "完成",
       None, None]
for c, v in enumerate(top, start=1):
    if v is not None:
        ws.cell(row=3, column=c, value=v)
for c, v in enumerate(sub, start=1):
    if v is not None:
        ws.cell(row=4, column=c, value=v)
for rng in ["A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3", "I3:I4", "J3:K3", "L3:L4", "M3:M4"]:
    ws.merge_cells(rng)
rows = [
    (1, "城关镇", 12, 14, 2, 3, 8, 10, 71.4, 500, 620, 3, None),
    (2, "龙泉镇", 10, 9, 1, 1, 6, 6, 66.7, 300, 280, 2, "含续建项目"),
    (3, "经开区", 20, 23, 5, 6, 15, 18, 78.3, 1200, 1350.5, 6, None),
    (4, "白马乡", 5, 4, 0, 0, 3, 2, 50, "—", "—", 0, "无外资任务"),
    (5, "高新园", 15, 16, 3, 4, 10, 12, 75, 800, 810, 4, None),
]
for r, row in enumerate(rows, start=5):
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(row=r, column=c, value=v)
total = ("合计", None, 62, 66, 11, 14, 42, 48, 72.7, 2800, 3060.5, 15, None)
for c, v in enumerate(total, start=1):
    if v is not None:
        ws.cell(row=10, column=c, value=v)
ws.merge_cells("A10:B10")
ws["A12"] = "注：开工率=开工项目数÷签约项目完成数。"
ws["A13"] = "填表人：王芳    审核人：李强    填报日期：2026年1月10日"
for row in ws.iter_rows(min_row=3, max_row=4):
    for cell in row:
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
wb.save("某县2025年度招商引资重点指标考核完成情况表.xlsx")
