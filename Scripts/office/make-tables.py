#!/usr/bin/env python3
"""Fixture tables for `jx import`, laid out as real ones are, in several provinces' column
sets (the national ones and three provinces'): title rows, merged 一级/二级 cells, two-row headers, percent formats, shared and
inline strings, formulas with and without cached values, a cover sheet, and one table
with a broken cell. Beside each NAME.xlsx it writes NAME.expected.json: the figures the
table holds, which the imported script must reproduce (Tests/CLITests/ImportCLITests.swift).

    python3 Scripts/office/make-tables.py OUTDIR

Needs openpyxl (pip install openpyxl). The tables are the project's own making, not copies
of real ones; their layouts follow 财预〔2019〕136号 (monitoring) and 财预〔2020〕10号
(self-evaluation) and provincial variants of them.
"""
import json
import os
import html
import re
import shutil
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def title(ws, row, text, span):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    ws.cell(row=row, column=1).alignment = CENTER


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    return c


def merge(ws, r1, c1, r2, c2):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


# ---- 1. the national monitoring table (财预〔2019〕136号), with ticks under the causes ----

def national_monitoring(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "监控表"
    title(ws, 1, "项目支出绩效目标执行监控表", 14)
    put(ws, 2, 1, "（2021年度）")
    merge(ws, 2, 1, 2, 14)
    put(ws, 3, 1, "项目名称"); put(ws, 3, 3, "农村公路养护工程"); merge(ws, 3, 3, 3, 14)
    put(ws, 4, 1, "主管部门及代码"); put(ws, 4, 3, "某县交通运输局"); merge(ws, 4, 3, 4, 7)
    put(ws, 4, 8, "实施单位"); put(ws, 4, 10, "某县公路管理站"); merge(ws, 4, 10, 4, 14)
    # The funds block: its label merged down the block.
    put(ws, 5, 1, "项目资金（万元）"); merge(ws, 5, 1, 8, 2)
    heads = ["", "年初预算数", "调整后预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数"]
    for i, h in enumerate(heads):
        if h:
            put(ws, 5, 3 + i, h)
    funds = [("年度资金总额", 1200, 1500, 980, 1450), ("其中：财政拨款", 1000, 1300, 850, 1250), ("其他资金", 200, 200, 130, 200)]
    for k, (label, a0, a1, e, x) in enumerate(funds):
        r = 6 + k
        put(ws, r, 3, label)
        put(ws, r, 4, a0); put(ws, r, 5, a1); put(ws, r, 6, e)
        put(ws, r, 7, round(e / a1, 4), "0.00%")
        put(ws, r, 8, x)
    put(ws, 9, 1, "年度总体目标"); put(ws, 9, 3, "完成县乡道养护 500 公里，路况优良率不低于 85%"); merge(ws, 9, 3, 9, 14)
    # Two header rows: 偏差原因分析 and 完成目标可能性 over their options.
    h = 10
    put(ws, h, 1, "绩效指标"); merge(ws, h, 1, 20, 1)
    for c, t in [(2, "一级指标"), (3, "二级指标"), (4, "三级指标"), (5, "年度指标值"), (6, "1-7月执行情况"), (7, "全年预计完成情况")]:
        put(ws, h, c, t); merge(ws, h, c, h + 1, c)
    put(ws, h, 8, "偏差原因分析"); merge(ws, h, 8, h, 12)
    for i, t in enumerate(["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]):
        put(ws, h + 1, 8 + i, t)
    put(ws, h, 13, "完成目标可能性"); merge(ws, h, 13, h, 15)
    for i, t in enumerate(["确定能", "有可能", "完全不可能"]):
        put(ws, h + 1, 13 + i, t)
    put(ws, h, 16, "原因说明"); merge(ws, h, 16, h + 1, 16)
    cols = {"一级": 2, "二级": 3, "name": 4, "target": 5, "actual": 6, "expected": 7, "note": 16}
    rows = [
        {"一级": "产出指标", "二级": "数量指标", "name": "县乡道养护里程", "target": "500公里", "actual": 320, "expected": 520, "tick": 13},
        {"一级": "产出指标", "二级": "数量指标", "name": "危桥改造", "target": "≥6座", "actual": 2, "expected": 5, "tick": 14, "cause": 8, "note": "资金下达较晚"},
        {"一级": "产出指标", "二级": "质量指标", "name": "路况优良率", "target": "≥85%", "actual": (0.8, "0%"), "expected": (0.86, "0%"), "tick": 13},
        {"一级": "产出指标", "二级": "时效指标", "name": "养护工程完工时间", "target": "12月31日前完成", "actual": "未达监控节点", "tick": 13},
        {"一级": "效益指标", "二级": "社会效益指标", "name": "群众出行条件", "target": "明显改善", "actual": "有所改善", "expected": "明显改善", "tick": 14},
        {"一级": "效益指标", "二级": "可持续影响指标", "name": "长效管护机制", "target": "建立健全", "actual": "已建立", "tick": 13},
        {"一级": "满意度指标", "二级": "服务对象满意度指标", "name": "沿线群众满意度", "target": "≥90%", "actual": "未达监控节点", "tick": 13},
    ]
    for k, row in enumerate(rows):
        r = h + 2 + k
        for key in ("name", "target", "actual", "expected", "note"):
            v = row.get(key)
            if v is None:
                continue
            v, fmt = v if isinstance(v, tuple) else (v, None)
            put(ws, r, cols[key], v, fmt)
        put(ws, r, row["tick"], "√")
        if "cause" in row:
            put(ws, r, row["cause"], "√")
    level_merge(ws, h + 2, rows, cols)
    wb.save(out + ".xlsx")
    expect(out, template="monitoring", year=2021, node="2021-07-31", department="某县交通运输局", budgets=[
        {"name": "农村公路养护工程", "amount": ["1500", "万元"], "executed": ["980", "万元"], "execution": "65.33"}],
        indicators=[
            {"name": "县乡道养护里程", "target": ["500", "公里"], "actual": ["320", "公里"], "expected": ["520", "公里"], "likelihood": "确定能"},
            {"name": "危桥改造", "target": ["6", "座"], "actual": ["2", "座"], "cause": "经费保障", "likelihood": "有可能", "note": "资金下达较晚"},
            {"name": "路况优良率", "target": ["85", "%"], "actual": ["80", "%"], "expected": ["86", "%"]},
            {"name": "养护工程完工时间", "status": "pending"},
            {"name": "群众出行条件", "kind": "qualitative"},
            {"name": "长效管护机制", "kind": "qualitative"},
            {"name": "沿线群众满意度", "status": "pending"},
        ])


def level_merge(ws, start, rows, cols):
    """Merges the 一级 and 二级 cells of consecutive rows that share them, writing the name once."""
    for level in ("一级", "二级"):
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1][level] == rows[k][level] and rows[j + 1]["一级"] == rows[k]["一级"]:
                j += 1
            put(ws, start + k, cols[level], rows[k][level]).alignment = CENTER
            merge(ws, start + k, cols[level], start + j, cols[level])
            k = j + 1


# ---- 2. a province's monitoring table: another column order, 指标性质/度量单位 apart,
#         causes in words, money in 元, two projects on two sheets and a cover sheet ----

def province_b_monitoring(out):
    wb = Workbook()
    cover = wb.active
    cover.title = "填报说明"
    put(cover, 1, 1, "填报说明：本表由项目单位填报，金额单位为元。")
    projects = [
        ("高标准农田建设", "某县农业农村局", 3000000, 2400000, 0.7083, [
            ("数量指标", "产出指标", "新建高标准农田", "≥", 2, "万亩", 1.4, "经费保障", "有可能", "部分资金 8 月到位"),
            ("质量指标", "产出指标", "工程验收合格率", "≥", (0.95, "0%"), "%", (0.96, "0%"), "", "确定能", ""),
            ("成本指标", "产出指标", "亩均投资", "≤", 3000, "元/亩", 2950, "", "确定能", ""),
            ("经济效益指标", "效益指标", "亩均节本增效", "≥", 100, "元", 60, "其他", "有可能", "作物尚未收获"),
            ("服务对象满意度指标", "满意度指标", "受益农户满意度", "≥", 90, "%", 92, "", "确定能", ""),
        ]),
        ("农村人居环境整治", "某县农业农村局", 800000, 800000, 0.3125, [
            ("数量指标", "产出指标", "改厕户数", "=", 400, "户", 150, "制度保障", "有可能", "验收办法待出台"),
            ("时效指标", "产出指标", "完成时限", "", "2021年11月30日前", "", "", "", "确定能", ""),
            ("生态效益指标", "效益指标", "村容村貌", "定性", "明显改善", "", "有所改善", "", "有可能", ""),
        ]),
    ]
    for (name, dept, initial, adjusted, rate, rows) in projects:
        ws = wb.create_sheet(name)
        title(ws, 1, "某省项目支出绩效目标执行监控表", 12)
        put(ws, 2, 1, "填报单位：" + dept); merge(ws, 2, 1, 2, 6)
        put(ws, 2, 10, "2021年7月"); merge(ws, 2, 10, 2, 12)
        put(ws, 3, 1, "项目名称"); put(ws, 3, 2, name); merge(ws, 3, 2, 3, 6)
        put(ws, 3, 7, "主管部门"); put(ws, 3, 8, dept); merge(ws, 3, 8, 3, 12)
        # Funds: another column order, money in 元 (the headers say so).
        put(ws, 4, 1, "资金情况"); merge(ws, 4, 1, 5, 1)
        put(ws, 4, 2, "项目")
        put(ws, 4, 3, "截至7月底执行数（元）")
        put(ws, 4, 4, "调整后预算数（元）")
        put(ws, 4, 5, "执行率")
        put(ws, 4, 6, "年初预算数（元）")
        executed = round(adjusted * rate)
        put(ws, 5, 2, "资金总额")
        put(ws, 5, 3, executed, "#,##0.00"); put(ws, 5, 4, adjusted, "#,##0.00"); put(ws, 5, 5, rate, "0.00%"); put(ws, 5, 6, initial, "#,##0.00")
        # Indicators: 三级 first, then the levels, 指标性质 and 度量单位 apart.
        h = 7
        for c, t in enumerate(["三级指标", "二级指标", "一级指标", "指标性质", "指标值", "度量单位", "1-7月完成情况", "偏差原因", "完成目标可能性", "原因说明"], start=1):
            put(ws, h, c, t)
        for k, (l2, l1, n, cmp, tv, unit, av, cause, likely, note) in enumerate(rows):
            r = h + 1 + k
            put(ws, r, 1, n)
            for c, v in ((4, cmp), (5, tv), (6, unit), (7, av), (8, cause), (9, likely), (10, note)):
                if v == "" or v is None:
                    continue
                v, fmt = v if isinstance(v, tuple) else (v, None)
                put(ws, r, c, v, fmt)
        lrows = [{"一级": r[1], "二级": r[0]} for r in rows]
        level_merge(ws, h + 1, lrows, {"一级": 3, "二级": 2})
    wb.save(out + ".xlsx")
    expect(out, template="monitoring", year=2021, node="2021-07-31", department="某县农业农村局", budgets=[
        {"name": "高标准农田建设", "project": "高标准农田建设", "amount": ["2400000", "元"], "initial": ["3000000", "元"], "executed": ["1699920", "元"], "execution": "70.83"},
        {"name": "农村人居环境整治", "project": "农村人居环境整治", "amount": ["800000", "元"], "initial": ["800000", "元"], "executed": ["250000", "元"], "execution": "31.25"}],
        projects=["高标准农田建设", "农村人居环境整治"],
        indicators=[
            {"name": "新建高标准农田", "project": "高标准农田建设", "target": ["2", "万亩"], "actual": ["1.4", "万亩"], "cause": "经费保障", "likelihood": "有可能", "note": "部分资金 8 月到位"},
            {"name": "工程验收合格率", "target": ["95", "%"], "actual": ["96", "%"], "completion": "101.05"},
            {"name": "亩均投资", "kind": "reverse", "target": ["3000", "元每亩"], "actual": ["2950", "元每亩"]},
            {"name": "亩均节本增效", "target": ["100", "元"], "actual": ["60", "元"], "cause": "其他"},
            {"name": "受益农户满意度", "target": ["90", "%"], "actual": ["92", "%"]},
            {"name": "改厕户数", "project": "农村人居环境整治", "kind": "equality", "target": ["400", "户"], "actual": ["150", "户"], "cause": "制度保障"},
            {"name": "完成时限", "kind": "deadline", "status": "pending"},
            {"name": "村容村貌", "kind": "qualitative"},
        ], skipped=["填报说明"])


# ---- 2b. a third province's 部门整体 monitoring table: its own column names (年初批复数,
#          预算调整数, 截至6月底执行数, 年度目标值, 计量单位, 指标方向 in words, 偏差原因类型),
#          the department named as 预算部门, a row left blank, a reverse row ----

def province_d_monitoring(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体监控"
    title(ws, 1, "某市部门整体支出绩效运行监控表", 11)
    put(ws, 2, 1, "预算部门"); put(ws, 2, 2, "某市生态环境局"); merge(ws, 2, 2, 2, 5)
    put(ws, 2, 8, "2022年"); merge(ws, 2, 8, 2, 11)
    for c, t in enumerate(["资金", "年初批复数（万元）", "预算调整数（万元）", "截至6月底执行数（万元）", "预算执行率", "预计全年执行数（万元）"], start=1):
        put(ws, 3, c, t)
    for k, (label, a0, a1, e, x) in enumerate([("合计", 860, 900, 405, 880), ("本级财政资金", 800, 840, 390, 820), ("上年结转资金", 60, 60, 15, 60)]):
        r = 4 + k
        put(ws, r, 1, label); put(ws, r, 2, a0); put(ws, r, 3, a1); put(ws, r, 4, e)
        put(ws, r, 5, round(e / a1, 4), "0.00%"); put(ws, r, 6, x)
    h = 8
    for c, t in enumerate(["一级指标", "二级指标", "三级指标名称", "指标方向", "年度目标值", "计量单位", "截至6月底完成情况",
                           "预计全年完成情况", "偏差原因类型", "完成可能性", "偏差原因说明"], start=1):
        put(ws, h, c, t)
    rows = [
        {"一级": "产出指标", "二级": "数量指标", "name": "空气质量监测站点运维", "dir": "大于等于", "target": 24, "unit": "个", "actual": 24, "expected": 24, "likely": "确定能"},
        {"一级": "产出指标", "二级": "数量指标", "name": "执法检查企业", "dir": "大于等于", "target": 300, "unit": "家次", "actual": None, "likely": "有可能",
         "note": "执法系统数据未导出"},
        {"一级": "产出指标", "二级": "成本指标", "name": "单站年运维成本", "dir": "反向", "target": 12, "unit": "万元", "actual": 5.5, "expected": 11.5, "likely": "确定能"},
        {"一级": "效益指标", "二级": "生态效益指标", "name": "空气质量优良天数比率", "dir": "大于等于", "target": (0.85, "0%"), "unit": "%", "actual": (0.83, "0%"),
         "expected": (0.86, "0%"), "cause": "其他", "likely": "有可能", "note": "春季沙尘天气偏多"},
        {"一级": "满意度指标", "二级": "服务对象满意度指标", "name": "公众满意度", "dir": "定性", "target": "较高", "unit": "", "actual": "未达监控节点", "likely": "确定能"},
    ]
    for k, row in enumerate(rows):
        r = h + 1 + k
        put(ws, r, 3, row["name"]); put(ws, r, 4, row["dir"])
        for c, key in ((5, "target"), (6, "unit"), (7, "actual"), (8, "expected"), (9, "cause"), (10, "likely"), (11, "note")):
            v = row.get(key)
            if v is None or v == "":
                continue
            v, fmt = v if isinstance(v, tuple) else (v, None)
            put(ws, r, c, v, fmt)
    level_merge(ws, h + 1, rows, {"一级": 1, "二级": 2})
    wb.save(out + ".xlsx")
    expect(out, template="monitoring", year=2022, node="2022-06-30", department="某市生态环境局", budgets=[
        {"name": "部门整体监控", "amount": ["900", "万元"], "initial": ["860", "万元"], "executed": ["405", "万元"], "execution": "45.00"}],
        indicators=[
            {"name": "空气质量监测站点运维", "target": ["24", "个"], "actual": ["24", "个"], "likelihood": "确定能"},
            {"name": "执法检查企业", "target": ["300", "家次"], "status": "blank", "note": "执法系统数据未导出"},
            {"name": "单站年运维成本", "kind": "reverse", "target": ["12", "万元"], "actual": ["5.5", "万元"], "expected": ["11.5", "万元"]},
            {"name": "空气质量优良天数比率", "target": ["85", "%"], "actual": ["83", "%"], "cause": "其他", "note": "春季沙尘天气偏多"},
            {"name": "公众满意度", "kind": "qualitative", "status": "pending"},
        ])


# ---- 3. the national self-evaluation table (财预〔2020〕10号), with shared strings and
#         formulas whose values the file holds ----

def national_selfeval(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    title(ws, 1, "项目支出绩效自评表", 10)
    put(ws, 2, 1, "（2021年度）"); merge(ws, 2, 1, 2, 10)
    put(ws, 3, 1, "项目名称"); put(ws, 3, 3, "职业技能提升培训"); merge(ws, 3, 3, 3, 10)
    put(ws, 4, 1, "主管部门"); put(ws, 4, 3, "某市人力资源和社会保障局"); merge(ws, 4, 3, 4, 5)
    put(ws, 4, 6, "实施单位"); put(ws, 4, 8, "某市职业技能鉴定中心"); merge(ws, 4, 8, 4, 10)
    put(ws, 5, 1, "项目资金（万元）"); merge(ws, 5, 1, 8, 2)
    for c, t in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=3):
        if t:
            put(ws, 5, c, t)
    put(ws, 6, 3, "年度资金总额"); put(ws, 6, 4, 500); put(ws, 6, 5, 520); put(ws, 6, 6, 494); put(ws, 6, 7, 10)
    put(ws, 6, 8, "=F6/E6", "0.00%"); put(ws, 6, 9, "=ROUND(G6*H6,2)", "0.00")
    put(ws, 7, 3, "其中：当年财政拨款"); put(ws, 7, 4, 500); put(ws, 7, 5, 520); put(ws, 7, 6, 494); put(ws, 7, 7, "—"); put(ws, 7, 9, "—")
    put(ws, 8, 3, "其他资金"); put(ws, 8, 4, 0); put(ws, 8, 5, 0); put(ws, 8, 6, 0); put(ws, 8, 7, "—"); put(ws, 8, 9, "—")
    put(ws, 9, 1, "年度总体目标"); put(ws, 9, 3, "预期目标"); put(ws, 9, 7, "实际完成情况")
    h = 10
    put(ws, h, 1, "绩效指标"); merge(ws, h, 1, 19, 1)
    for c, t in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], start=2):
        put(ws, h, c, t)
    cols = {"一级": 2, "二级": 3}
    rows = [
        {"一级": "产出指标", "二级": "数量指标", "n": "培训人次", "t": "≥2000人次", "a": "2150人次", "w": 20, "s": 20},
        {"一级": "产出指标", "二级": "数量指标", "n": "取证人数", "t": "≥1500人", "a": "1350人", "w": 10, "s": 9, "why": "部分学员未参加鉴定，下年加强组织"},
        {"一级": "产出指标", "二级": "质量指标", "n": "培训合格率", "t": "≥90%", "a": (0.93, "0%"), "w": 10, "s": 10},
        {"一级": "产出指标", "二级": "时效指标", "n": "培训完成时间", "t": "12月31日前完成", "a": "已完成", "w": 10, "s": 10},
        {"一级": "效益指标", "二级": "社会效益指标", "n": "就业创业能力", "t": "明显提升", "a": "有所提升", "w": 15, "s": 12},
        {"一级": "效益指标", "二级": "可持续影响指标", "n": "培训体系", "t": "逐步完善", "a": "基本完善", "w": 15, "s": 13.5},
        {"一级": "满意度指标", "二级": "服务对象满意度指标", "n": "学员满意度", "t": "≥90%", "a": "95%", "w": 10, "s": 10},
    ]
    for k, row in enumerate(rows):
        r = h + 1 + k
        for c, key in ((4, "n"), (5, "t"), (6, "a"), (7, "w"), (8, "s"), (9, "why")):
            v = row.get(key)
            if v is None:
                continue
            v, fmt = v if isinstance(v, tuple) else (v, None)
            put(ws, r, c, v, fmt)
    level_merge(ws, h + 1, rows, cols)
    total = h + 1 + len(rows)
    put(ws, total, 2, "总分"); merge(ws, total, 2, total, 6)
    put(ws, total, 7, 100); put(ws, total, 8, "=SUM(H11:H17)+I6", "0.00")
    wb.save(out + ".xlsx")
    # As Excel saves it: shared strings, and the formulas' results cached in the file.
    with_shared_strings_and_values(out + ".xlsx", {"H6": "0.95", "I6": "9.5", "H18": "93.99999999999999"})
    expect(out, template="self-evaluation", year=2021, node="2021-12-31", department="某市人力资源和社会保障局", budgets=[
        {"name": "职业技能提升培训", "amount": ["520", "万元"], "initial": ["500", "万元"], "executed": ["494", "万元"], "execution": "95.00", "score": "9.5"}],
        indicators=[
            {"name": "培训人次", "target": ["2000", "人次"], "actual": ["2150", "人次"], "score": "20"},
            {"name": "取证人数", "target": ["1500", "人"], "actual": ["1350", "人"], "score": "9"},
            {"name": "培训合格率", "target": ["90", "%"], "actual": ["93", "%"], "score": "10"},
            {"name": "培训完成时间", "kind": "deadline", "score": "10"},
            {"name": "就业创业能力", "kind": "qualitative", "score": "12"},
            {"name": "培训体系", "kind": "qualitative", "score": "13.5"},
            {"name": "学员满意度", "target": ["90", "%"], "actual": ["95", "%"], "score": "10"},
        ], total="94")


def with_shared_strings_and_values(path, values):
    """Rewrites the workbook as Excel writes one: every inline string moved to
    xl/sharedStrings.xml, and the given formula cells with their cached values."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        strings = []
        index = {}
        names = zin.namelist()
        for name in names:
            data = zin.read(name).decode("utf-8")
            if name.startswith("xl/worksheets/sheet"):
                def shared(m):
                    text = re.sub(r"<[^>]+>", "", m.group(2))
                    # openpyxl writes numeric character references (&#39033;) when lxml is installed.
                    text = html.unescape(text)
                    if text not in index:
                        index[text] = len(strings)
                        strings.append(text)
                    return '<c%s t="s"><v>%d</v></c>' % (m.group(1), index[text])
                data = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', shared, data)
                for ref, v in values.items():
                    data = re.sub(r'(<c r="%s"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v>[^<]*</v>)?' % ref, r"\1<f>\2</f><v>%s</v>" % v, data)
            if name == "[Content_Types].xml" and "sharedStrings" not in data:
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if name == "xl/_rels/workbook.xml.rels" and "sharedStrings" not in data:
                data = data.replace("</Relationships>", '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            if name != "xl/sharedStrings.xml":
                zout.writestr(name, data)
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
        sst += "".join('<si><t xml:space="preserve">%s</t></si>' % esc(s) for s in strings) + "</sst>"
        zout.writestr("xl/sharedStrings.xml", sst)
    os.replace(tmp, path)


# ---- 4. a province's self-evaluation: 指标性质, 度量单位 and 权重 apart, a 0.96 in `0%`
#         beside a 度量单位 of %, levels left blank below their first row ----

def province_c_selfeval(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put(ws, 1, 1, "附件3"); 
    title(ws, 2, "某自治区项目支出绩效自评表", 12)
    put(ws, 3, 1, "（2021年度）"); merge(ws, 3, 1, 3, 12)
    put(ws, 4, 1, "项目名称"); put(ws, 4, 2, "饮水安全巩固提升"); merge(ws, 4, 2, 4, 6)
    put(ws, 4, 7, "主管部门"); put(ws, 4, 8, "某县水利局"); merge(ws, 4, 8, 4, 12)
    put(ws, 5, 1, "项目资金（万元）"); merge(ws, 5, 1, 6, 1)
    for c, t in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=2):
        if t:
            put(ws, 5, c, t)
    put(ws, 6, 2, "年度资金总额"); put(ws, 6, 3, 800); put(ws, 6, 4, 800); put(ws, 6, 5, 720); put(ws, 6, 6, 10)
    put(ws, 6, 7, 0.9, "0.0%"); put(ws, 6, 8, 9)
    h = 8
    for c, t in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分", "偏差原因分析及改进措施"], start=1):
        put(ws, h, c, t)
    rows = [
        ("产出指标", "数量指标", "新建供水工程", "≥", 12, "处", 12, 20, 20, ""),
        ("", "", "改造管网", "≥", 85, "公里", 80, 15, 14.12, "冬季停工"),
        ("", "质量指标", "水质达标率", "≥", (0.95, "0%"), "%", (0.96, "0%"), 15, 15, ""),
        ("效益指标", "社会效益指标", "受益人口", "≥", 3.2, "万人", 3.3, 15, 15, ""),
        ("", "可持续影响指标", "工程管护制度", "定性", "健全", "", "基本健全", 15, 12, "管护经费待落实"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 93, 10, 10, ""),
    ]
    for k, row in enumerate(rows):
        r = h + 1 + k
        for c, v in enumerate(row, start=1):
            if v == "" or v is None:
                continue
            v, fmt = v if isinstance(v, tuple) else (v, None)
            put(ws, r, c, v, fmt)
    total = h + 1 + len(rows)
    put(ws, total, 1, "总分"); merge(ws, total, 1, total, 7)
    put(ws, total, 8, 100); put(ws, total, 9, 95.12)
    wb.save(out + ".xlsx")
    expect(out, template="self-evaluation", year=2021, node="2021-12-31", department="某县水利局", budgets=[
        {"name": "饮水安全巩固提升", "amount": ["800", "万元"], "executed": ["720", "万元"], "execution": "90.00", "score": "9"}],
        indicators=[
            {"name": "新建供水工程", "target": ["12", "处"], "actual": ["12", "处"], "score": "20"},
            {"name": "改造管网", "target": ["85", "公里"], "actual": ["80", "公里"], "score": "14.12", "note": "冬季停工"},
            {"name": "水质达标率", "target": ["95", "%"], "actual": ["96", "%"], "score": "15"},
            {"name": "受益人口", "target": ["3.2", "万人"], "actual": ["3.3", "万人"], "score": "15"},
            {"name": "工程管护制度", "kind": "qualitative", "score": "12"},
            {"name": "群众满意度", "target": ["90", "%"], "actual": ["93", "%"], "score": "10"},
        ], total="95.12")


# ---- 5. a table with a broken cell: 执行数 written in words ----

def broken(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "监控表"
    title(ws, 1, "项目支出绩效目标执行监控表", 8)
    put(ws, 2, 1, "项目名称"); put(ws, 2, 2, "办公楼维修")
    for c, t in enumerate(["", "年初预算数", "1-6月执行数", "1-6月执行率"], start=1):
        if t:
            put(ws, 3, c, t)
    put(ws, 4, 1, "年度资金总额"); put(ws, 4, 2, 100); put(ws, 4, 3, "三十万元"); put(ws, 4, 4, 0.3, "0%")
    for c, t in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况"], start=1):
        put(ws, 6, c, t)
    for c, v in enumerate(["产出指标", "数量指标", "维修面积", "1200平方米", "300平方米"], start=1):
        put(ws, 7, c, v)
    wb.save(out + ".xlsx")
    expect(out, error={"code": "E-import-figure", "cell": "监控表!C4", "row": 4, "column": "C"})


def expect(out, **figures):
    with open(out + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(figures, f, ensure_ascii=False, indent=1)


TABLES = {
    "national-monitoring": national_monitoring,
    "province-b-monitoring": province_b_monitoring,
    "province-d-monitoring": province_d_monitoring,
    "national-selfeval": national_selfeval,
    "province-c-selfeval": province_c_selfeval,
    "broken-cell": broken,
}

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(sys.argv[1], exist_ok=True)
    for name, make in TABLES.items():
        make(os.path.join(sys.argv[1], name))
    print("\n".join(sorted(TABLES)))
