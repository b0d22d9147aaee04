#!/usr/bin/env python3
"""The province's roll-up as an analyst's Excel workbook, checked against jx (issue 18).

  spreadsheet.py DIR OUT.xlsx [--form sumifs|range] [--jx PATH] [--no-check]

DIR is a folder gen_realistic.py wrote. The generator keeps no data model (it writes text),
so this reads the .jx files themselves — the figures an analyst types into the monitoring
form — and writes OUT.xlsx where everything jx computes is a FORMULA, as Excel would have it:

  指标   one row an indicator (first sheet): inputs, then 完成率 (actual ÷ target; reverse:
         100% within the bound, else bound ÷ actual; equality; qualitative: the judged rate;
         deadline: months to the node ÷ months to the deadline) and its light by nested IF
  预算   one row a budget at every level: 支出数 from the spending lines, 执行率, 到位率, light
  部门   a department's totals and its count of red/yellow/green/blue lights
  县汇总 a county's totals and lights; 全省 the province's (SUM, SUMIF)
  明细   the spending lines; 参数 the node, 时间进度 and the policy's thresholds

Thresholds (红灯线 …) are read from `jx policy 预警`, 达成下限/部分达成下限 from
`jx policy 自评评分` (jx's defaults when a script sets none). --form chooses how totals
are found: `sumifs` (SUMIFS/COUNTIFS on keys, what analysts write) or `range` (SUM/COUNTIF
over the block of rows, which the sorted layout allows; much cheaper for LibreOffice).

Unless --no-check, LibreOffice (headless, a profile of its own that recalculates on load)
recomputes the workbook to csv, and every indicator's 完成率 and light is compared with
`jx report -f csv`, every budget's 执行率/到位率/light with `jx report -f json`, and the
province's totals with `jx eval`; the first mismatches are printed and the exit code is 1.
"""
import argparse
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIGHTS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "blue": "蓝灯"}
INDICATOR_FIELDS = {"stated", "rate", "grade", "expected", "cause", "prorate"}


class Unreadable(Exception):
    pass


def amount(text):
    """`2,182.29万元` → Decimal('2182.29')."""
    if not text.endswith("万元"):
        raise Unreadable(f"not an amount: {text}")
    return Decimal(text[:-2].replace(",", ""))


def number_unit(text):
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(.*)", text)
    if not m:
        raise Unreadable(f"not a quantity: {text}")
    return Decimal(m.group(1).replace(",", "")), m.group(2)


# ---------------------------------------------------------------- reading the .jx files

def imports(path):
    with open(path, encoding="utf-8") as f:
        return [m.group(1) for m in re.finditer(r'^import "([^"]+)"$', f.read(), re.M)]


def read_department(path, county):
    """A department file: its budgets (with spending lines) and its indicators."""
    dept = {"county": county, "budgets": [], "spent": [], "indicators": []}
    stack = []  # open blocks: ("budget", name) or ("group", name)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith(("import ", "declared ", "assert ")):
            continue
        if line.startswith("report "):
            stack.append(("report", None))
            continue
        if stack and stack[-1][0] == "report":
            if line == "}":
                stack.pop()
            elif line.startswith("department "):
                dept["name"] = line.split(" ", 1)[1]
            elif line.startswith("node "):
                dept["node"] = line.split(" ", 1)[1]
            continue
        m = re.fullmatch(r"budget (\S+) (\S+)(?: from \S+)? \{(?: spent (\S+) +(\S+) \})?", line)
        if m:
            path_ = [n for k, n in stack if k == "budget"] + [m.group(1)]
            dept["budgets"].append({"path": path_, "amount": amount(m.group(2)), "arrived": None})
            if m.group(3):
                dept["spent"].append({"path": path_, "name": m.group(3), "amount": amount(m.group(4))})
            else:
                stack.append(("budget", m.group(1)))
            continue
        if line == "}":
            if not stack:
                raise Unreadable(f"{path}: a `}}` closes nothing")
            stack.pop()
            continue
        if line.endswith(" {"):
            stack.append(("group", line[:-2]))
            continue
        word, rest = line.split(None, 1)
        budgets = [n for k, n in stack if k == "budget"]
        if word == "arrived" and budgets:
            next(b for b in dept["budgets"] if b["path"] == budgets)["arrived"] = amount(rest)
        elif word == "spent" and budgets:
            name, value = rest.split()[:2]
            dept["spent"].append({"path": budgets, "name": name, "amount": amount(value)})
        elif word in ("stated", "source", "allocated") and budgets:
            pass  # stated figures are what jx checks; sources and transfers are not spending
        elif word == "indicator":
            groups = [n for k, n in stack if k == "group"]
            if len(groups) != 3:
                raise Unreadable(f"{path}: an indicator outside group / 一级 / 二级: {line}")
            dept["group"] = groups[0]
            dept["indicators"].append(read_indicator(rest, groups))
        else:
            raise Unreadable(f"{path}: a line this reader does not know: {line}")
    for b in dept["budgets"]:
        if len(b["path"]) == 1 and b["arrived"] is None:
            raise Unreadable(f"{path}: the top budget {b['path'][0]} has no arrived")
    return dept


def read_indicator(text, groups):
    m = re.fullmatch(r"(\S+) target (.+?) actual (.+)", text)
    if not m:
        raise Unreadable(f"an indicator this reader does not know: {text}")
    name, target, tail = m.groups()
    words = tail.split()
    actual, fields = words[0], {}
    for k in range(1, len(words), 2):
        if words[k] not in INDICATOR_FIELDS or k + 1 >= len(words):
            raise Unreadable(f"an indicator field this reader does not know: {text}")
        fields[words[k]] = words[k + 1]
    ind = {"l1": groups[1], "l2": groups[2], "name": name, "target": target, "actual": actual,
           "grade": fields.get("grade"), "rate": None, "prorate": fields.get("prorate"),
           "t": None, "tu": "", "a": None, "au": "", "spent": None}
    if "rate" in fields:
        ind["rate"] = Decimal(fields["rate"].rstrip("%")) / 100
    if target.startswith('"'):
        ind["kind"] = "定性"
        return ind
    if target.startswith("deadline "):
        ind["kind"], ind["t"] = "时限", datetime.date.fromisoformat(target.split()[1])
    elif (d := re.fullmatch(r"(\d+)月(\d+)日前完成", target)):
        ind["kind"], ind["t"] = "时限", (int(d.group(1)), int(d.group(2)))
    else:
        bound = re.fullmatch(r"(?:≥|>=)?(.+?)(?:以上)?", target).group(1)
        ind["kind"] = "正向"
        if (r := re.fullmatch(r"(?:≤|<=)(.+)|(.+)以内", target)):
            ind["kind"], bound = "反向", r.group(1) or r.group(2)
        elif target.startswith("="):
            ind["kind"], bound = "等于", target[1:]
        ind["t"], ind["tu"] = number_unit(bound)
        if ind["tu"] == "万元" and not re.match(r"\d", actual):
            ind["kind"], ind["spent"] = "成本", actual
            return ind
    if actual == "pending":
        ind["a"] = None
    elif actual == "elapsed":
        ind["a"] = "elapsed"
    else:
        ind["a"], ind["au"] = number_unit(actual)
    return ind


def read_province(folder):
    """Counties in the province's import order, departments in each county's."""
    province = os.path.join(folder, "省汇总.jx")
    with open(province, encoding="utf-8") as f:
        node = re.search(r"^\s*node (\d{4}-\d\d-\d\d)$", f.read(), re.M).group(1)
    counties = []
    for rel in imports(province):
        cpath = os.path.join(folder, rel)
        with open(cpath, encoding="utf-8") as f:
            cname = re.search(r"^budget (\S+)合计 ", f.read(), re.M).group(1)
        depts = [read_department(os.path.join(os.path.dirname(cpath), d), cname) for d in imports(cpath)]
        counties.append({"name": cname, "depts": depts})
    return datetime.date.fromisoformat(node), counties


def policy_constants(jx, *names):
    out = {}
    for name in names:
        text = subprocess.run([jx, "policy", name], capture_output=True, text=True, check=True).stdout
        for m in re.finditer(r"^let (\S+) = (\d+)%$", text, re.M):
            out.setdefault(m.group(1), Decimal(m.group(2)) / 100)
    return out


# ---------------------------------------------------------------- the workbook

def build(folder, out, form, jx):
    """Writes the workbook; returns (counties, node) for the check."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    node, counties = read_province(folder)
    k = policy_constants(jx, "预警", "自评评分")
    missing = [n for n in ("红灯线", "黄灯线", "超额线", "达成下限", "部分达成下限") if n not in k]
    if missing:
        raise Unreadable(f"the policies define no {', '.join(missing)}")
    depts = [d for c in counties for d in c["depts"]]
    n_ind = sum(len(d["indicators"]) for d in depts)
    n_bud = sum(len(d["budgets"]) for d in depts)
    n_sp = sum(len(d["spent"]) for d in depts)

    wb = Workbook(write_only=True)
    ws_i, ws_b, ws_d, ws_c, ws_p, ws_s, ws_k = (wb.create_sheet(t) for t in
                                                ("指标", "预算", "部门", "县汇总", "全省", "明细", "参数"))

    def pct(ws, formula):
        c = WriteOnlyCell(ws, value=formula)
        c.number_format = "0.00"
        return c

    # 参数: the node, 时间进度 as jx has it at a month's end (months ÷ 12), the thresholds
    ws_k.append(["名称", "值"])
    ws_k.append(["监控节点", node])
    ws_k.append(["时间进度", "=MONTH(B2)/12"])
    for name in ("红灯线", "黄灯线", "超额线", "达成下限", "部分达成下限"):
        ws_k.append([name, float(k[name])])
    NODE, TP, RED, YEL, OVER, ACH, PART = ("参数!$B$2", "参数!$B$3", "参数!$B$4", "参数!$B$5", "参数!$B$6",
                                           "参数!$B$7", "参数!$B$8")

    # 明细: the spending lines, keyed by department and the budget path (up to 3 below the top)
    ws_s.append(["县", "部门", "预算", "预算1", "预算2", "预算3", "支出项", "金额"])
    spent_row, r = {}, 2
    for d in depts:
        d["spent_rows"] = (r, r + len(d["spent"]) - 1)
        for s in d["spent"]:
            p = s["path"] + [""] * (4 - len(s["path"]))
            ws_s.append([d["county"], d["name"], *p, s["name"], float(s["amount"])])
            spent_row[(d["name"], s["name"])] = r
            s["row"] = r
            r += 1
    S = lambda col: f"明细!${col}$2:${col}${n_sp + 1}"

    # 指标
    ws_i.append(["序号", "县", "部门", "一级指标", "二级指标", "三级指标", "类型", "目标值", "目标单位",
                 "实际值", "实际单位", "实际(折算)", "评级", "评分", "按进度(填)", "按进度", "完成率",
                 "完成率（%）", "预警"])
    r = 2
    for d in depts:
        d["ind_rows"] = (r, r + len(d["indicators"]) - 1)
        for i in d["indicators"]:
            t = i["t"]
            if isinstance(t, tuple):  # 12月31日前完成: that day of the node's year
                t = datetime.date(node.year, *t)
            elif isinstance(t, Decimal):
                t = float(t)
            if i["kind"] == "成本":
                a = f"=明细!H{spent_row[(d['name'], i['spent'])]}"
            elif i["kind"] == "定性":
                a = i["actual"].strip('"')
            elif i["a"] == "elapsed":
                a = "已过"
            else:
                a = None if i["a"] is None else float(i["a"])
            prorate = {"yes": "是", "no": "否", None: None}[i["prorate"]]
            ws_i.append([
                r - 1, d["county"], d["name"], i["l1"], i["l2"], i["name"], i["kind"], t, i["tu"] or None,
                a, i["au"] or None,
                # 1 公顷 = 15 亩: an actual in 亩 against a target in 公顷
                f'=IF(ISNUMBER(J{r}),IF(AND(I{r}="公顷",K{r}="亩"),J{r}/15,J{r}),"")',
                i["grade"], None if i["rate"] is None else float(i["rate"]), prorate,
                # rates (a % target) are not pro-rated by time, cumulative quantities and deadlines are
                f'=IF(O{r}<>"",O{r}="是",OR(G{r}="时限",AND(OR(G{r}="正向",G{r}="成本"),I{r}<>"%")))',
                f'=IF(J{r}="","",IF(G{r}="反向",IF(L{r}<=H{r},1,H{r}/L{r}),IF(G{r}="等于",IF(L{r}=H{r},1,0),'
                f'IF(G{r}="定性",N{r},IF(G{r}="时限",MONTH({NODE})/MONTH(H{r}),L{r}/H{r})))))',
                pct(ws_i, f'=IF(Q{r}="","",ROUND(Q{r}*100,2))'),
                f'=IF(Q{r}="","",IF(G{r}="反向",IF(L{r}<=H{r},"绿灯","红灯"),IF(G{r}="等于",IF(L{r}=H{r},"绿灯","红灯"),'
                f'IF(G{r}="定性",IF(M{r}<>"",IF(M{r}="达成","绿灯",IF(M{r}="部分达成","黄灯","红灯")),'
                f'IF(Q{r}>={ACH},"绿灯",IF(Q{r}>={PART},"黄灯","红灯"))),'
                f'IF(P{r},IF(Q{r}<{TP}*{RED},"红灯",IF(Q{r}<{TP}*{YEL},"黄灯",IF(Q{r}>={TP}*{OVER},"蓝灯","绿灯"))),'
                f'IF(Q{r}<{RED},"红灯",IF(Q{r}<{YEL},"黄灯",IF(Q{r}>={OVER},"蓝灯","绿灯"))))))))',
            ])
            r += 1
    I = lambda col: f"指标!${col}$2:${col}${n_ind + 1}"

    def light(r, rate):
        return (f'=IF({rate}{r}<{TP}*{RED},"红灯",IF({rate}{r}<{TP}*{YEL},"黄灯","绿灯"))')

    # 预算: every budget; 支出数 sums the spending lines at and below it
    ws_b.append(["县", "部门", "路径", "名称", "层级", "预算数", "到位资金", "支出数", "执行率（%）", "到位率（%）", "预警"])
    r = 2
    for d in depts:
        d["top_row"] = r
        for b in d["budgets"]:
            depth = len(b["path"]) - 1
            if form == "sumifs":
                keys = "".join(f',{S("CDEF"[j])},"{b["path"][j]}"' for j in range(1, depth + 1))
                spent = f"=SUMIFS({S('H')},{S('B')},B{r}{keys})"
            else:
                rows = [s["row"] for s in d["spent"] if s["path"][:depth + 1] == b["path"]]
                if rows != list(range(rows[0], rows[-1] + 1)):
                    raise Unreadable(f"{d['name']}: the spending of {'/'.join(b['path'])} is not one block")
                spent = f"=SUM(明细!H{rows[0]}:H{rows[-1]})"
            arrived = None if b["arrived"] is None else float(b["arrived"])
            ws_b.append([d["county"], d["name"], "/".join(b["path"]), b["path"][-1], depth, float(b["amount"]),
                         arrived, spent, pct(ws_b, f"=ROUND(H{r}/F{r}*100,2)"),
                         pct(ws_b, f'=IF(G{r}="","",ROUND(G{r}/F{r}*100,2))'),
                         f'=IF(H{r}/F{r}<{TP}*{RED},"红灯",IF(H{r}/F{r}<{TP}*{YEL},"黄灯","绿灯"))'])
            r += 1
    B = lambda col: f"预算!${col}$2:${col}${n_bud + 1}"

    counts = [("红灯数", "红灯"), ("黄灯数", "黄灯"), ("绿灯数", "绿灯"), ("蓝灯数", "蓝灯")]
    # 部门: a department's top budget and its lights
    ws_d.append(["县", "部门", "预算数", "到位资金", "执行数", "执行率（%）", "到位率（%）", "预警", "指标数"]
                + [c for c, _ in counts])
    r = 2
    for c in counties:
        c["dept_rows"] = (r, r + len(c["depts"]) - 1)
        for d in c["depts"]:
            top = d["top_row"]
            a, z = d["ind_rows"]
            if form == "sumifs":
                lights = [f'=COUNTIFS({I("C")},B{r},{I("S")},"{l}")' for _, l in counts]
                n = f'=COUNTIFS({I("C")},B{r})'
            else:
                lights = [f'=COUNTIF(指标!S{a}:S{z},"{l}")' for _, l in counts]
                n = f"=ROWS(指标!S{a}:S{z})"
            ws_d.append([d["county"], d["name"], f"=预算!F{top}", f"=预算!G{top}", f"=预算!H{top}",
                         pct(ws_d, f"=ROUND(E{r}/C{r}*100,2)"), pct(ws_d, f"=ROUND(D{r}/C{r}*100,2)"),
                         f'=IF(E{r}/C{r}<{TP}*{RED},"红灯",IF(E{r}/C{r}<{TP}*{YEL},"黄灯","绿灯"))', n] + lights)
            r += 1
    D = lambda col: f"部门!${col}$2:${col}${len(depts) + 1}"

    # 县汇总
    ws_c.append(["县", "预算数", "到位资金", "执行数", "执行率（%）", "到位率（%）", "预警", "基本支出执行数", "部门数"]
                + [c for c, _ in counts])
    r = 2
    for c in counties:
        a, z = c["dept_rows"]
        if form == "sumifs":
            sums = [f"=SUMIFS({D(col)},{D('A')},A{r})" for col in "CDE"]
            basic = f'=SUMIFS({B("H")},{B("A")},A{r},{B("D")},"基本支出")'
            n = f"=COUNTIFS({D('A')},A{r})"
            lights = [f'=COUNTIFS({I("B")},A{r},{I("S")},"{l}")' for _, l in counts]
        else:
            sums = [f"=SUM(部门!{col}{a}:{col}{z})" for col in "CDE"]
            first, last = c["depts"][0]["top_row"], c["depts"][-1]["top_row"] + len(c["depts"][-1]["budgets"]) - 1
            basic = f'=SUMIF(预算!D{first}:D{last},"基本支出",预算!H{first}:H{last})'
            n = f"=ROWS(部门!A{a}:A{z})"
            ia, iz = c["depts"][0]["ind_rows"][0], c["depts"][-1]["ind_rows"][1]
            lights = [f'=COUNTIF(指标!S{ia}:S{iz},"{l}")' for _, l in counts]
        ws_c.append([c["name"], *sums, pct(ws_c, f"=ROUND(D{r}/B{r}*100,2)"), pct(ws_c, f"=ROUND(C{r}/B{r}*100,2)"),
                     f'=IF(D{r}/B{r}<{TP}*{RED},"红灯",IF(D{r}/B{r}<{TP}*{YEL},"黄灯","绿灯"))', basic, n] + lights)
        r += 1
    last = len(counties) + 1

    # 全省
    ws_p.append(["项目", "值"])
    ws_p.append(["全省预算数", f"=SUM(县汇总!B2:B{last})"])
    ws_p.append(["全省执行数", f"=SUM(县汇总!D2:D{last})"])
    ws_p.append(["全省执行率（%）", pct(ws_p, "=ROUND(B3/B2*100,2)")])
    ws_p.append(["全省基本支出执行数", f'=SUMIF({B("D")},"基本支出",{B("H")})'])
    for k_, (label, l) in enumerate(counts):
        ws_p.append([f"全省{label}", f'=SUMIF(县汇总!A2:A{last},"<>",县汇总!{"JKLM"[k_]}2:{"JKLM"[k_]}{last})'])
    wb.save(out)
    return {"indicators": n_ind, "budgets": n_bud, "spent": n_sp, "departments": len(depts), "counties": len(counties)}


# ---------------------------------------------------------------- recomputing and checking

def libreoffice_profile(base):
    """A profile of our own (an instance using the default one would take the job and exit)
    that recalculates OOXML on load, whatever the file says about its cached values."""
    prof = os.path.join(base, "lo-profile")
    user = os.path.join(prof, "user")
    os.makedirs(user, exist_ok=True)
    xcu = os.path.join(user, "registrymodifications.xcu")
    if not os.path.exists(xcu):
        with open(xcu, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" '
                    'oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n')
    return "file://" + os.path.abspath(prof)


def soffice_command(xlsx, outdir, profile):
    # every sheet to its own UTF-8 file (token 12 = -1): OUT/NAME-SHEET.csv
    return ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", outdir, xlsx]


def sheet_csv(outdir, xlsx, sheet):
    stem = os.path.splitext(os.path.basename(xlsx))[0]
    with open(os.path.join(outdir, f"{stem}-{sheet}.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def half_up(value):
    return str(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def check(folder, xlsx, jx, outdir):
    """Mismatches between LibreOffice's recomputed sheets (in outdir) and jx, as text lines."""
    bad = []
    rep = subprocess.run([jx, "report", "-f", "csv", "省汇总.jx"], cwd=folder, capture_output=True, text=True)
    if rep.returncode not in (0, 1):
        raise SystemExit(f"jx report -f csv failed: {rep.stderr}")
    jx_ind = {}
    for row in csv.DictReader(rep.stdout.splitlines()):
        jx_ind[(row["部门"], row["一级指标"], row["二级指标"], row["三级指标"])] = row
    lo_ind = sheet_csv(outdir, xlsx, "指标")
    if len(lo_ind) != len(jx_ind):
        bad.append(f"indicators: jx has {len(jx_ind)}, the workbook {len(lo_ind)}")
    for row in lo_ind:
        key = (row["部门"], row["一级指标"], row["二级指标"], row["三级指标"])
        j = jx_ind.get(key)
        if j is None:
            bad.append(f"indicator {'/'.join(key)}: not in jx's report")
            continue
        mine = half_up(row["完成率（%）"]) if row["完成率（%）"] else ""
        if mine != j["完成率（%）"] or row["预警"] != j["预警"]:
            bad.append(f"indicator {'/'.join(key)}: workbook {mine or '—'} {row['预警'] or '—'}, "
                       f"jx {j['完成率（%）'] or '—'} {j['预警'] or '—'}")

    rep = subprocess.run([jx, "report", "-f", "json", "省汇总.jx"], cwd=folder, capture_output=True, text=True)
    jx_bud = {"/".join(b["path"]): b for b in json.loads(rep.stdout)["budgets"]}
    for row in sheet_csv(outdir, xlsx, "预算"):
        b = jx_bud.get(row["路径"])
        got = (half_up(row["执行率（%）"]), half_up(row["到位率（%）"]) if row["到位率（%）"] else None, row["预警"])
        want = (b["execution"], b["arrival"], LIGHTS.get(b["light"])) if b else None
        if got != want:
            bad.append(f"budget {row['路径']}: workbook {got}, jx {want}")
    for row in sheet_csv(outdir, xlsx, "县汇总"):
        b = jx_bud.get(row["县"] + "合计")
        got = (half_up(row["执行率（%）"]), half_up(row["到位率（%）"]), row["预警"])
        want = (b["execution"], b["arrival"], LIGHTS.get(b["light"])) if b else None
        if got != want:
            bad.append(f"county {row['县']}: workbook {got}, jx {want}")
    province = {r["项目"]: r["值"] for r in sheet_csv(outdir, xlsx, "全省")}
    for label, expr in (("全省执行数", "全省执行数"), ("全省预算数", "全省预算数")):
        v = subprocess.run([jx, "eval", "省汇总.jx", expr], cwd=folder, capture_output=True, text=True).stdout.strip()
        if amount(v) != Decimal(province[label].replace(",", "")).quantize(Decimal("0.01")):
            bad.append(f"province {label}: workbook {province[label]}, jx {v}")
    return bad


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("out")
    ap.add_argument("--form", choices=["sumifs", "range"], default="sumifs")
    ap.add_argument("--jx", default=os.path.join(ROOT, ".build", "release", "jx"))
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args(argv)
    jx = os.path.abspath(a.jx)
    shape = build(a.dir, a.out, a.form, jx)
    print(f"{a.out}: {shape['indicators']} indicators, {shape['budgets']} budgets, {shape['spent']} spending lines, "
          f"{shape['departments']} departments, {shape['counties']} counties ({a.form})")
    if a.no_check:
        return 0
    if not shutil.which("soffice"):
        raise SystemExit("the check needs LibreOffice (soffice)")
    work = tempfile.mkdtemp(prefix="jx-lo-")
    try:
        outdir = os.path.join(work, "out")
        subprocess.run(soffice_command(os.path.abspath(a.out), outdir, libreoffice_profile(work)), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        bad = check(a.dir, a.out, jx, outdir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if bad:
        print(f"{len(bad)} mismatches between LibreOffice and jx; the first:", file=sys.stderr)
        for line in bad[:20]:
            print("  " + line, file=sys.stderr)
        return 1
    print(f"LibreOffice's recomputed workbook agrees with jx on every indicator, budget, county and the province")
    return 0


if __name__ == "__main__":
    sys.exit(main())
