"""Published-style tables keyed in as a clerk would, in layouts the importer was not written
from: a city's year-to-date report with sub-bands and notes (雅安-like), a park's three
target/actual pairs (楚雄-like), foreign capital in 万美元 beside domestic funds (安庆-like), a
county 通报 of its 镇 and departments naming its one indicator only in the title, a district's
前三季度 table with a 其中：区本级 row, a year-end units × (任务, 完成, 完成率) table; and a
ledger of parks with 资金来源 words, money in （亿）, 拟签约 and 签约未开工 stages.

    python3 make.py    # writes the workbooks here; expected.json is written by hand
"""
import openpyxl
from openpyxl.styles import numbers
def book(name, sheets):
    wb=openpyxl.Workbook(); wb.remove(wb.active)
    for title, rows, merges in sheets:
        ws=wb.create_sheet(title)
        for r in rows: ws.append(r)
        for m in merges: ws.merge_cells(m)
    wb.save(name)

# P1 a city's year-to-date report, indicator rows, sub-bands, rates and notes
book('雅安市2016年1-7月招商引资工作进展情况.xlsx', [('1-7月', [
 ['雅安市2016年1-7月招商引资工作进展情况'],
 ['序号','指标','单位','年度目标','1-7月完成','完成率','备注'],
 [1,'到位市外资金','亿元',350,207.3,'59.2%',None],
 [2,'新签约亿元以上项目','个',None,25,None,'协议投资88.12亿元'],
 [3,'其中：10亿元以上项目','个',None,3,None,None],
 [4,'其中：5亿元以上项目','个',None,6,None,None],
 [5,'履约项目','个',None,22,None,'履约率88%'],
 [6,'开工项目','个',None,19,None,'开工率76%'],
 [7,'新签约项目到位资金','亿元',None,18.771,None,'资金到位率21.3%'],
], ['A1:G1'])])

# P2 a park's report with three target/actual pairs, 其中 and another caliber
book('楚雄开发区2018年1-10月招商引资完成情况.xlsx', [('Sheet1', [
 ['楚雄开发区2018年1—10月招商引资主要指标完成情况'],
 ['单位：亿元'],
 ['指标','目标任务','1-10月完成','完成率'],
 ['州外到位资金',132.63,120.44,0.908],
 ['其中：省外到位资金',65.85,60.4,0.917],
 ['产业项目到位资金',69.75,87.88,1.26],
], ['A1:D1'])])

# P3 foreign capital in 万美元 beside funds: never a built-in
book('安庆市2009年1-9月利用外资情况.xlsx', [('1-9月', [
 ['安庆市2009年1-9月招商引资和利用外资完成情况'],
 ['项目','计量单位','全年任务','1-9月累计','完成进度','超序时进度（个百分点）'],
 ['实际利用外资','万美元',19500,15150,'77.69%',2.69],
 ['实际到位内资','亿元',300,221.5,'73.83%',-1.17],
], ['A1:F1'])])

# P4 a county 通报 of its 镇 and departments: one indicator named only in the title
book('某县2023年1-9月招商引资到位资金通报.xlsx', [('通报', [
 ['关于2023年1-9月全县招商引资到位资金完成情况的通报'],
 ['序号','单位','年度任务（亿元）','1-9月完成（亿元）','完成率','排名'],
 [1,'城关镇',12,9.6,'80%',2],
 [2,'河西乡',5,'4.2亿',0.84,1],
 [3,'县工业园区管委会',20,13.1,0.655,5],
 [4,'县发改局','8000万元',0.52,'65%',6],
 [5,'县商务局',1.5,1.1,'73.3%',4],
 [6,'县招商服务中心',3,2.3,'76.67%',3],
 ['全县合计',None,50,30.82,'61.64%',None],
 ['注：全县合计含未列出的县直部门任务。'],
], ['A1:F1','A9:B9'])])

# P5 a district's quarterly results of its 镇/街道 (前三季度), one row per unit, 其中 row
book('某区2023年前三季度招商引资主要指标.xlsx', [('前三季度', [
 ['某区2023年前三季度各镇（街道）招商引资主要指标完成情况'],
 [None,None,None,None,None,'单位：个、亿元'],
 ['镇（街道）','新签约项目','其中：亿元以上项目','协议投资','实际到位资金','备注'],
 ['东城街道',6,3,12.5,8.02,None],
 ['西城街道',4,2,7.25,5.5,None],
 ['南山镇',3,1,4,'无',None],
 ['经济开发区',9,7,55.6,30.1,'含区本级'],
 ['其中：区本级',2,2,10,6,None],
 ['合计',22,13,79.35,43.62,None],
], ['A1:F1'])])

# P6 a district's year-end table: units × (任务, 完成, 完成率) per indicator, merged two-row header
book('某区2022年度招商引资目标完成情况.xlsx', [('2022', [
 ['某区2022年度招商引资目标任务完成情况表'],
 ['单位','新签约项目（个）',None,None,'到位资金（亿元）',None,None],
 [None,'任务','完成','完成率','任务','完成','完成率'],
 ['全区',40,44,1.1,60,63.3,1.055],
 ['青龙街道',10,12,1.2,15,16.2,1.08],
 ['白虎镇',8,7,0.875,12,10.1,0.8417],
 ['高新技术产业园区',22,25,1.1364,33,37,1.1212],
], ['A1:G1','A2:A3','B2:D2','E2:G2'])])

# P7 a ledger of parks: 资金来源 words, money in （亿） and as text, dates of every kind, stages
import datetime
book('2024年度重点招商项目推进台账.xlsx', [('推进台账', [
 ['2024年度重点招商项目推进台账'],
 ['填报单位：投资促进局', None, None, None, None, '截至2024年10月底'],
 ['序号', '项目名称', '投资方', '资金来源', '总投资（亿）', '签约日期', '进展', '所在园区'],
 [1, '新能源电池项目', '甲公司', '民营', 1.2, '2024年3月', '签约未开工', '经开区'],
 [2, '精密制造项目', '乙公司', '港资', '8000万', '2024.3.15', '已动工', '经开区'],
 [3, '物流园项目', '丙公司', '国有', 0.5, datetime.date(2024, 5, 6), '建成投产', '临港产业园'],
 [4, '生物医药项目', '丁公司', '中外合资', 12, '2024-06-01', '已开工', '临港产业园'],
 [5, '数据中心项目', '戊公司', '民营', 3, None, '拟签约', '经开区'],
 ['合计', None, None, None, '=SUM(E4:E8)'],
], [])])

# P8 names without a unit ending under 名称, a department among them; results under a title
# saying 任务完成情况
book('2025年各片区招商引资任务完成情况.xlsx', [('2025', [
 ['2025年各片区招商引资任务完成情况'],
 ['序号', '名称', '新签约项目（个）', '实际到位资金（亿元）', '备注'],
 [1, '城关', 5, 3.2, None],
 [2, '东坝', 3, 1.1, None],
 [3, '西山', 4, 2.25, None],
 [4, '发改局', 1, 0.5, None],
 ['合计', None, 13, 7.05, None],
], [])])

# P9 departments only, under 部门
book('县直部门2024年招商引资目标任务.xlsx', [('Sheet1', [
 ['县直部门2024年招商引资目标任务'],
 ['部门', '签约项目（个）', '到位资金（亿元）'],
 ['县发改局', 2, 1.5],
 ['县商务局', 3, 2],
 ['县工信局', 2, 1.2],
 ['县农业农村局', 1, 0.6],
], [])])

# P10 a unit's monthly report: 本月完成 beside 1-10月累计
book('城东街道2026年10月招商引资工作完成情况.xlsx', [('10月', [
 ['城东街道2026年10月招商引资工作完成情况'],
 ['指标', '年度目标', '本月完成', '1-10月累计', '完成率'],
 ['新签约项目（个）', 5, 1, 4, '80%'],
 ['实际到位资金（亿元）', 18, 1.5, 12.2, '67.8%'],
], [])])

# P11 a yearly ledger whose dates leave out the year the title names
book('北山镇2024年招商引资项目台账.xlsx', [('台账', [
 ['北山镇2024年招商引资项目台账'],
 ['序号', '项目名称', '签约时间', '协议投资（万元）', '是否外资'],
 [1, '甲项目', '3月15日', 12000, '否'],
 [2, '乙项目', '5月8日', 8000, '否'],
 [3, '丙项目', '11月2日', 150000, '是'],
], [])])

# P12 a three-row header: indicator, then 合计 / 其中：亿元以上项目 merged over 目标 | 完成 | 完成率
book('2025年各镇（街道）招商引资目标任务完成情况统计表.xlsx', [('2025年', [
 ['2025年各镇（街道）招商引资目标任务完成情况统计表'],
 ['单位', '新签约项目（个）', None, None, None, None, None, '实际到位资金（亿元）', None, None],
 [None, '合计', None, None, '其中：亿元以上项目', None, None, None, None, None],
 [None, '目标', '完成', '完成率', '目标', '完成', '完成率', '目标', '完成', '完成率'],
 ['城关镇', 10, 12, '120%', 4, 5, '125%', 20, 18.5, '92.5%'],
 ['新华街道', 8, 6, '75%', 3, 2, '66.7%', 15, 16.2, '108%'],
 ['经济开发区', 12, 15, '125%', 8, 9, '112.5%', 40, 42, '105%'],
 ['全县合计', 30, 33, '110%', 15, 16, '106.7%', 75, 76.7, '102.3%'],
], ['A2:A4', 'B2:G2', 'H2:J3', 'B3:D3', 'E3:G3'])])

# P13 the district's years down with 目标 | 完成 under each indicator, and a 合计 row
book('全区历年招商引资目标完成情况.xlsx', [('历年', [
 ['全区历年招商引资目标完成情况'],
 ['年份', '新签约项目（个）', None, '实际到位资金（亿元）', None],
 [None, '目标', '完成', '目标', '完成'],
 ['2021年', 26, 32, 85, 94.82],
 ['2022年', 28, 32, 95, 106.21],
 ['2023年', 30, 30, 105, 116.4],
 ['合计', 84, 94, 285, 317.43],
], ['A2:A3', 'B2:C2', 'D2:E2'])])

# P14 indicators down, units across with 目标 | 完成 under each unit, 截至10月底 in the title
book('2025年各街道招商引资目标完成情况.xlsx', [('Sheet1', [
 ['2025年各街道招商引资目标完成情况（截至10月底）'],
 ['指标', '城东街道', None, '北山镇', None],
 [None, '目标', '完成', '目标', '完成'],
 ['新签约项目（个）', 5, 4, 3, 3],
 ['实际到位资金（亿元）', 18, 12.5, 12, 9.8],
], ['A2:A3', 'B2:C2', 'D2:E2'])])

# P15 results beside last year's figure, a forecast and a growth rate
book('2025年1-9月各镇招商引资完成情况.xlsx', [('Sheet1', [
 ['2025年1-9月各镇招商引资完成情况'],
 ['单位', '新签约项目（个）', None, None, None, '实际到位资金（亿元）', None, None],
 [None, '上年同期', '全年目标', '完成', '全年预计完成', '全年目标', '完成', '同比增长'],
 ['城关镇', 7, 10, 8, 11, 20, 15.5, '12%'],
 ['河西乡', 2, 4, 3, 4, 6, 4.4, '-3%'],
], ['A2:A3', 'B2:E2', 'F2:H2'])])

# P16 a township's monthly report: months down (2026年1月), money in 万元, a 累计 row
book('石桥镇招商引资月度完成情况.xlsx', [('月报', [
 ['石桥镇招商引资月度完成情况'],
 ['月份', '新签约项目（个）', '计划总投资（万元）', '实际到位资金（万元）'],
 ['2026年1月', 1, 12000, 3000],
 ['2026年2月', 0, 0, 2500],
 ['2026年3月', 2, 30500, 4100],
 ['累计', 3, 42500, 9600],
], [])])
