#!/usr/bin/env python3
"""A province's roll-up shaped like the scripts analysts write (issue 18).

  gen_realistic.py N OUTDIR [--seed S]

writes about N indicators as a province of counties of departments:

  OUTDIR/省汇总.jx            the province: a report header with a node, `import policy 预警`,
                              every county imported, province totals, assertions, a scenario
  OUTDIR/县K/县汇总.jx         a county: its departments imported, the county's total budget,
                              assertions on it (names written in full), a scenario
  OUTDIR/县K/部门J.jx          a department (one file, as each department reports): its own report
                              header, nested budgets with funding sources, spending lines and
                              stated rates, `declared` counts, 20-30 indicators of mixed kinds
                              (quantities in many units, percents, >= and <= targets, equality,
                              deadlines, qualitative grades, reverse, costs read from spending
                              lines, pending) in 产出 / 效益 / 满意度 groups, and assertions

Departments repeat the names real ones share (基本支出, 工资福利, 服务对象满意度 …), so each file
refers to its own and the county refers to them in full. Every stated figure and assertion is
computed here with exact arithmetic, so `jx check` of OUTDIR/省汇总.jx finds nothing.
Deterministic: the same N and seed give the same bytes.
"""
import os
import random
import sys
from fractions import Fraction

DEPARTMENTS = [
    ("自然资源局", "资源"), ("林业和草原局", "林草"), ("水利局", "水利"), ("农业农村局", "农业"),
    ("教育局", "教育"), ("卫生健康委员会", "卫健"), ("交通运输局", "交通"), ("住房和城乡建设局", "住建"),
    ("民政局", "民政"), ("人力资源和社会保障局", "人社"), ("文化体育广播电视和旅游局", "文旅"),
    ("生态环境局", "生态"), ("应急管理局", "应急"), ("市场监督管理局", "市场"), ("统计局", "统计"),
    ("审计局", "审计"), ("司法局", "司法"), ("财政局", "财政"), ("发展和改革委员会", "发改"),
    ("工业和信息化局", "工信"), ("商务局", "商务"), ("退役军人事务局", "退役"), ("医疗保障局", "医保"),
    ("乡村振兴局", "振兴"), ("科学技术局", "科技"), ("气象局", "气象"), ("档案局", "档案"),
]
SYLLABLES = list("且末若羌和田于阗民丰洛浦皮山墨玉策勒沙雅库车拜城温宿乌什柯坪阿瓦提新源昭苏特克斯巩留尼勒克察布查尔霍城伊宁奎屯精河博乐温泉")
# (name stem, unit, low, high): quantities counted in their own unit.
QUANTITIES = [
    ("新增建设用地报批", "亩"), ("挂牌出让土地", "公顷"), ("人工造林面积", "亩"), ("退化草原修复", "万亩"),
    ("防渗渠道长度", "公里"), ("饮水工程维修", "处"), ("培训会议", "次"), ("培训人员", "人次"),
    ("受益农户", "户"), ("新建校舍", "所"), ("改造卫生室", "间"), ("养护农村公路", "公里"),
    ("发放宣传资料", "份"), ("检查企业", "家"), ("举办文化活动", "场"), ("购置设备", "台"),
    ("编印技术手册", "册"), ("整治人居环境", "村"), ("种植苗木", "株"), ("完成项目", "项"),
    ("新建农家书屋", "座"), ("安置就业", "人"), ("办理审批事项", "件"), ("开展演练", "期"),
]
PERCENTS = ["项目工程验收合格率", "资金拨付及时率", "档案管理规范率", "设备完好率", "任务完成率",
            "抽检合格率", "政策知晓率", "信息公开率", "覆盖率", "参保率", "入学率", "达标率"]
REVERSE = [("投诉次数", "次"), ("安全事故", "起"), ("返工工程", "处"), ("超期办理事项", "件")]
QUALITATIVE = [("便民服务水平提升", "明显提升", "有所提升"), ("改善人居环境", "有效改善", "有所改善"),
               ("生态环境质量", "持续改善", "有所改善"), ("群众获得感", "明显增强", "有所增强"),
               ("资源节约集约利用", "逐步提升", "有所提升"), ("社会治理能力", "明显提升", "稳步提升"),
               ("长效管护机制", "基本建立", "正在建立"), ("产业带动作用", "明显", "初步显现")]
GRADES = [("达成", 80, 100), ("部分达成", 60, 79), ("未达成", 20, 59)]
SATISFACTION = ["服务对象满意度", "受益群众满意度", "办事群众满意率", "学生家长满意度", "企业满意度"]
LEVEL2 = {
    "产出": ["数量", "质量", "时效", "成本"],
    "效益": ["社会效益", "经济效益", "生态效益", "可持续影响"],
    "满意度": ["服务对象满意度"],
}
# a second indicator of one stem in a department gets a place or a scope in front
PLACES = ["", "农村", "城区", "重点区域", "年度", "新增", "乡镇", "全县", "试点村"]
PROJECTS = ["公益林管护", "防沙治沙工程", "渠道防渗改造", "农村饮水安全维修", "国有土地出让金评估",
            "高标准农田建设", "校舍维修改造", "基层医疗设备购置", "农村公路养护", "人居环境整治",
            "就业技能培训", "文化惠民演出", "安全生产检查", "食品安全抽检", "乡村振兴衔接"]


def half_up(x, places):
    """x (a Fraction) rounded half up to `places` decimals, as text."""
    scale = 10 ** places
    v = x * scale
    n = (v.numerator * 2 + v.denominator) // (2 * v.denominator) if v >= 0 else -((-v.numerator * 2 + v.denominator) // (2 * v.denominator))
    if places == 0:
        return str(n)
    s = str(abs(n)).rjust(places + 1, "0")
    return ("-" if n < 0 else "") + s[:-places] + "." + s[-places:]


def pct(x, places):
    return half_up(x * 100, places) + "%"


def wan(cents):
    """An amount in hundredths of 万元 as jx text."""
    s = f"{cents // 100}.{cents % 100:02d}".rstrip("0").rstrip(".")
    head = s.split(".")[0]
    if len(head) > 3 and cents % 3 == 0:  # some figures grouped, as tables print them
        head = f"{int(head):,}"
        s = head + (("." + s.split(".")[1]) if "." in s else "")
    return s + "万元"


def split(total, parts, rng):
    """total split into `parts` positive integers."""
    if parts <= 1:
        return [total]
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if total > parts else list(range(1, parts))
    out, last = [], 0
    for c in cuts + [total]:
        out.append(c - last)
        last = c
    return out


class Dept:
    def __init__(self, county, name, short, file, rng, count):
        self.county, self.name, self.short, self.file = county, name, short, file
        self.group = county + name
        self.top = county + short + "年初预算"
        self.rng = rng
        self.count = count
        self.lines = []
        self.asserts = []

    def emit(self, s=""):
        self.lines.append(s)

    def budgets(self):
        rng = self.rng
        basic = rng.randint(200, 3000) * 100 + rng.randint(0, 99)
        project = rng.randint(100, 5000) * 100 + rng.randint(0, 99)
        amount = basic + project
        # 基本支出: 工资福利, 基本公用 and sometimes more lines; spent about 30-50%
        b_lines = [("工资福利", basic * rng.randint(20, 30) // 100), ("基本公用", basic * rng.randint(3, 8) // 100)]
        if rng.random() < 0.5:
            b_lines.append(("车辆运行维护", basic * rng.randint(1, 3) // 100))
        b_exec = sum(c for _, c in b_lines)
        # 项目支出: 1-3 projects, some with parts of their own
        names = rng.sample(PROJECTS, rng.randint(1, 3))
        shares = split(project, len(names), rng)
        projects = []
        p_exec = 0
        for pname, share in zip(names, shares):
            if share > 200 and rng.random() < 0.4:
                halves = split(share, 2, rng)
                parts = []
                for k, h in enumerate(halves):
                    spent = h * rng.randint(10, 70) // 100
                    parts.append((f"{pname}{'一二'[k]}期", h, spent))
                    p_exec += spent
                projects.append((pname, share, None, parts))
            else:
                spent = share * rng.randint(0, 80) // 100
                p_exec += spent
                projects.append((pname, share, spent, None))
        executed = b_exec + p_exec
        arrived = max(executed, amount * rng.randint(40, 90) // 100)
        self.amount, self.arrived, self.executed = amount, arrived, executed
        self.basic, self.b_exec = basic, b_exec
        self.spends = dict(b_lines)
        e = self.emit
        e(f"# 二、部门预算执行情况")
        e(f"budget {self.top} {wan(amount)} {{")
        e(f"  arrived {wan(arrived)}")
        e(f"  stated 到位率  {pct(Fraction(arrived, amount), rng.choice([0, 2]))}")
        e(f"  stated 执行率  {pct(Fraction(executed, amount), rng.choice([0, 2]))}")
        e(f"")
        if rng.random() < 0.5:
            fin = basic * rng.randint(85, 100) // 100
            e(f"  budget 基本支出 {wan(basic)} {{")
            e(f"    source 财政资金  {wan(fin)}")
            e(f"    source 其他资金  {wan(basic - fin)}")
        else:
            e(f"  budget 基本支出 {wan(basic)} from 财政资金 {{")
        for n, c in b_lines:
            note = '  "支付职工工资、福利支出"' if n == "工资福利" and rng.random() < 0.3 else ""
            e(f"    spent {n}  {wan(c)}{note}")
        e(f"    stated 执行数  {wan(b_exec)}")
        e(f"    stated 执行率  {pct(Fraction(b_exec, basic), rng.choice([0, 2]))}")
        e(f"  }}")
        e(f"")
        e(f"  budget 项目支出 {wan(project)} {{")
        for pname, share, spent, parts in projects:
            if parts is None:
                e(f"    budget {pname} {wan(share)} {{ spent {pname}支出 {wan(spent)} }}")
            else:
                e(f"    budget {pname} {wan(share)} {{")
                for qn, q, s in parts:
                    e(f"      budget {qn} {wan(q)} {{")
                    if s > 10 and rng.random() < 0.5:
                        a = s * rng.randint(30, 60) // 100
                        e(f"        allocated 拨付乡镇  {wan(a)}")
                        e(f"        spent 乡镇实际支付  {wan(a)}")
                        e(f"        spent 本级支付  {wan(s - a)}")
                    else:
                        e(f"        spent {qn}支出  {wan(s)}")
                    e(f"      }}")
                e(f"    }}")
        e(f"    stated 执行率  {pct(Fraction(p_exec, project), 2)}")
        e(f"  }}")
        e(f"}}")
        e(f"")
        self.asserts.append(f"assert {self.top}.执行数 == {wan(executed)}")
        self.asserts.append(f"assert {self.top}.执行率 == {pct(Fraction(executed, amount), 2)}")
        self.asserts.append(f"assert 基本支出.执行率 == {pct(Fraction(b_exec, basic), 2)}")

    def indicator(self, l1, l2, used):
        """One indicator line of a kind fit for its group, and whether it can be asserted."""
        rng = self.rng

        def fresh(stem):
            for p in PLACES:
                n = p + stem
                if n not in used:
                    used.add(n)
                    return n
            k = 2
            while f"{stem}{k}" in used:
                k += 1
            used.add(f"{stem}{k}")
            return f"{stem}{k}"

        if l1 == "满意度":
            n = fresh(rng.choice(SATISFACTION))
            t = rng.choice([85, 90, 95, 98])
            if rng.random() < 0.4:
                return f"indicator {n} target ≥{t}% actual pending", None
            a = rng.randint(t - 10, 100)
            return f"indicator {n} target ≥{t}% actual {a}%", None
        if l1 == "效益":
            stem, good, some = rng.choice(QUALITATIVE)
            n = fresh(stem)
            if rng.random() < 0.5:
                r = rng.randint(20, 90)
                return f'indicator {n} target "{good}" actual "{some}" rate {r}% stated {r}%', (n, f"{r}%")
            g, lo, hi = rng.choice(GRADES)
            r = rng.randint(lo, hi)
            return f'indicator {n} target "{good}" actual "{some}" grade {g} rate {r}%', None
        if l2 == "质量":
            if rng.random() < 0.25:
                stem, unit = rng.choice(REVERSE)
                n = fresh(stem)
                if stem == "安全事故":
                    return f"indicator {n} target =0{unit} actual {rng.choice([0, 0, 0, 1])}{unit}", None
                t = rng.randint(3, 20)
                form = rng.choice([f"≤{t}{unit}", f"{t}{unit}以内", f"<={t}{unit}"])
                return f"indicator {n} target {form} actual {rng.randint(0, t + 3)}{unit}", None
            n = fresh(rng.choice(PERCENTS))
            t = rng.choice([90, 95, 98, 100])
            a = rng.randint(40, t)
            comp = Fraction(a, t)
            pro = "  prorate no" if rng.random() < 0.3 else ""
            form = rng.choice([f"≥{t}%", f"{t}%以上", f">={t}%", f"{t}%"])
            return f"indicator {n} target {form} actual {a}%  stated {pct(comp, 0)}{pro}", (n, pct(comp, 2))
        if l2 == "时效":
            n = fresh(rng.choice(["日常工作运转完成时间", "项目完工时间", "资金拨付时间", "政策落实时间"]))
            m = rng.choice([9, 10, 11, 12])
            d = {9: 30, 10: 31, 11: 30, 12: 31}[m]
            if m == 12 and rng.random() < 0.6:
                return f"indicator {n} target 12月31日前完成 actual elapsed stated 50%", (n, "50%")
            return f"indicator {n} target deadline 2021-{m:02d}-{d:02d} actual elapsed", None
        if l2 == "成本":
            stem = rng.choice(["人员保障成本经费", "运转保障成本经费", "公用经费控制"])
            n = fresh(stem)
            line = "工资福利" if stem == "人员保障成本经费" else "基本公用"
            spent = self.spends[line]
            target = spent * rng.randint(150, 400) // 100
            comp = Fraction(spent, target)
            return f"indicator {n} target {wan(target)} actual {line} stated {pct(comp, 0)}", (n, pct(comp, 2))
        # 数量
        stem, unit = rng.choice(QUANTITIES)
        n = fresh(stem)
        t = rng.randint(5, 900)
        if rng.random() < 0.12:
            return f"indicator {n} target {t}{unit} actual pending", None
        a = rng.randint(0, t)
        extra = ""
        if rng.random() < 0.15:
            extra = f"  expected {rng.randint(a, t + t // 5)}{unit}"
        if rng.random() < 0.1:
            extra += f"  cause {rng.choice(['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'])}"
        if unit == "公顷" and rng.random() < 0.5:
            # the actual in 亩 against a target in 公顷: 1 公顷 = 15 亩
            comp = Fraction(a, t)
            return f"indicator {n} target {t}公顷 actual {a * 15}亩  stated {pct(comp, 0)}{extra}", (n, pct(comp, 2))
        if not hasattr(self, "changeable"):
            self.changeable = (l1, l2, n, t, unit)
        if rng.random() < 0.5:
            comp = Fraction(a, t)
            return f"indicator {n} target {t}{unit} actual {a}{unit}  stated {pct(comp, 0)}{extra}", (n, pct(comp, 2))
        return f"indicator {n} target {t}{unit} actual {a}{unit}{extra}", (n, pct(Fraction(a, t), 2))

    def indicators(self):
        rng = self.rng
        # how many in each level-2 group: every level-1 group has some
        plan = []
        l1s = ["产出", "效益", "满意度"]
        counts = {"产出": max(1, self.count * 6 // 10), "满意度": max(1, self.count // 10)}
        counts["效益"] = max(1, self.count - counts["产出"] - counts["满意度"])
        if sum(counts.values()) > self.count:
            counts["产出"] -= sum(counts.values()) - self.count
        for l1 in l1s:
            l2s = LEVEL2[l1]
            chosen = l2s if len(l2s) == 1 else [l2s[0]] + [x for x in l2s[1:] if rng.random() < 0.75]
            per = split(counts[l1], min(len(chosen), counts[l1]), rng) if counts[l1] > 0 else []
            plan.append((l1, [(chosen[k], per[k]) for k in range(len(per))]))
        n1 = sum(1 for _, g in plan if g)
        n2 = sum(len(g) for _, g in plan)
        n3 = sum(c for _, g in plan for _, c in g)
        e = self.emit
        e(f"# 三、绩效目标完成情况")
        e(f"declared 一级 {n1} 二级 {n2} 三级 {n3}")
        e(f"")
        e(f"{self.group} {{")
        used = set()
        self.assertable = []
        for l1, groups in plan:
            if not groups:
                continue
            e(f"  {l1} {{")
            for l2, c in groups:
                e(f"    {l2} {{")
                for _ in range(c):
                    line, a = self.indicator(l1, l2, used)
                    e(f"      {line}")
                    if a:
                        self.assertable.append((l1, l2) + a)
                e(f"    }}")
            e(f"  }}")
        e(f"}}")
        e(f"")
        self.n3 = n3
        for l1, l2, n, v in rng.sample(self.assertable, min(3, len(self.assertable))):
            self.asserts.append(f"assert {n}.完成率 == {v}")

    def text(self):
        e = self.emit
        e(f"# {self.county}{self.name} 2021 年部门整体支出绩效监控（监控节点：6 月底）")
        e(f"")
        e(f"import policy 预警")
        e(f"")
        e(f"report {self.county}{self.name}整体支出绩效监控报告 {{")
        e(f"  department {self.county}{self.name}")
        e(f"  year 2021")
        e(f"  node 2021-06-30")
        e(f"}}")
        e(f"")
        self.budgets()
        self.indicators()
        e(f"# 报告中写明的数字")
        for a in self.asserts:
            e(a)
        return "\n".join(self.lines) + "\n"


def county_names(n, rng):
    out, seen = [], set()
    while len(out) < n:
        k = 2 if len(out) < 1500 else 3
        name = "".join(rng.sample(SYLLABLES, k)) + "县"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def sum_expr(terms, per_line=4):
    """A long sum, broken after an operator as analysts break them."""
    rows = [" + ".join(terms[i:i + per_line]) for i in range(0, len(terms), per_line)]
    return " +\n    ".join(rows)


def generate(n, outdir, seed):
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    per_county = 20
    made = 0
    counties = []
    names = county_names(n // 300 + 10, rng)
    ci = 0
    while made < n:
        cname = names[ci]
        folder = f"县{ci}"
        os.makedirs(os.path.join(outdir, folder), exist_ok=True)
        depts = []
        for j, (dname, short) in enumerate(rng.sample(DEPARTMENTS, rng.randint(per_county - 4, per_county))):
            if made >= n:
                break
            count = min(rng.randint(20, 30), n - made)
            if n - made - count < 5 and n - made - count > 0:
                count = n - made
            d = Dept(cname, dname, short, f"部门{j}.jx", rng, count)
            with open(os.path.join(outdir, folder, d.file), "w", encoding="utf-8") as f:
                f.write(d.text())
            made += d.n3
            depts.append(d)
        counties.append((ci, cname, folder, depts))
        write_county(outdir, folder, cname, depts, rng)
        ci += 1
    write_province(outdir, counties, rng)
    # what Scripts/bench/realistic.py types at the prompt: an actual of the middle county's
    # first department, written in full, two values to alternate; and a policy threshold
    _, _, _, depts = counties[len(counties) // 2]
    d = next(x for x in depts if hasattr(x, "changeable"))
    l1, l2, n, t, unit = d.changeable
    with open(os.path.join(outdir, "changes.txt"), "w", encoding="utf-8") as f:
        f.write(f"{d.group}.{l1}.{l2}.{n}.actual = {t // 3}{unit}\n")
        f.write(f"{d.group}.{l1}.{l2}.{n}.actual = {t // 2}{unit}\n")
        f.write("红灯线 = 50%\n红灯线 = 60%\n")
    return made


def write_county(outdir, folder, cname, depts, rng):
    total = f"{cname}合计"
    amount = sum(d.amount for d in depts)
    arrived = sum(d.arrived for d in depts)
    executed = sum(d.executed for d in depts)
    out = [f"# {cname} 2021 年部门整体支出绩效监控汇总", f"# 各部门都有的名字（基本支出、工资福利……）在这里要写全。", ""]
    out += [f'import "{d.file}"' for d in depts]
    out += ["", f"budget {total} ({sum_expr([d.top + '.预算数' for d in depts])}) {{",
            f"  arrived {sum_expr([d.top + '.到位资金' for d in depts])}",
            f"  executed {sum_expr([d.top + '.执行数' for d in depts])}", "}", ""]
    out.append(f"let {cname}基本支出执行数 = {sum_expr([d.top + '.基本支出.执行数' for d in depts])}")
    out.append("")
    out.append(f"assert {total}.预算数 == {wan(amount)}")
    out.append(f"assert {total}.执行数 == {wan(executed)}")
    out.append(f"assert {total}.执行率 == {pct(Fraction(executed, amount), 2)}")
    out.append(f"assert {total}.到位率 == {pct(Fraction(arrived, amount), 2)}")
    basic = sum(d.b_exec for d in depts)
    out.append(f"assert {cname}基本支出执行数 == {wan(basic)}")
    d = rng.choice(depts)
    l1, l2, n, v = rng.choice(d.assertable)
    out.append(f"assert {d.group}.{l1}.{l2}.{n}.完成率 == {v}")
    out.append(f"assert {d.top}.基本支出.执行率 == {pct(Fraction(d.b_exec, d.basic), 2)}")
    out.append("")
    # a scenario: one department spends 100万元 more on wages
    bump = 10000
    out.append(f"# 若{d.name}下半年工资福利再支出 100 万元")
    out.append(f"scenario {cname}{d.short}追加支出 {{")
    out.append(f"  {d.top}.基本支出.工资福利 = {wan(d.spends['工资福利'] + bump)}")
    out.append(f"  assert {d.top}.执行数 == {wan(d.executed + bump)}")
    out.append(f"  assert {total}.执行数 == {wan(executed + bump)}")
    out.append("}")
    with open(os.path.join(outdir, folder, "县汇总.jx"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_province(outdir, counties, rng):
    out = ["# 2021 年全省部门整体支出绩效监控汇总（监控节点：6 月底）", "", "import policy 预警", ""]
    out += [f'import "{folder}/县汇总.jx"' for _, _, folder, _ in counties]
    out += ["", "report 全省2021年部门整体支出绩效监控汇总 {", "  department 省财政厅", "  year 2021",
            "  node 2021-06-30", "}", ""]
    # the province's total in chunks of 100 counties (a sum of at most 400 operands)
    chunks = [counties[i:i + 100] for i in range(0, len(counties), 100)]
    amount = executed = 0
    for k, ch in enumerate(chunks):
        out.append(f"let 预算数{k + 1} = {sum_expr([c[1] + '合计.预算数' for c in ch])}")
        out.append(f"let 执行数{k + 1} = {sum_expr([c[1] + '合计.执行数' for c in ch])}")
        amount += sum(d.amount for c in ch for d in c[3])
        executed += sum(d.executed for c in ch for d in c[3])
    out.append(f"let 全省预算数 = {sum_expr([f'预算数{k + 1}' for k in range(len(chunks))])}")
    out.append(f"let 全省执行数 = {sum_expr([f'执行数{k + 1}' for k in range(len(chunks))])}")
    out.append("")
    out.append(f"assert 全省预算数 == {wan(amount)}")
    out.append(f"assert 全省执行数 == {wan(executed)}")
    out.append(f"assert 全省执行数 / 全省预算数 == {pct(Fraction(executed, amount), 2)}")
    out.append(f"assert 时间进度 == 50%")
    _, cname, _, depts = counties[0]
    d = depts[0]
    l1, l2, n, v = d.assertable[0]
    out.append(f"assert {d.group}.{l1}.{l2}.{n}.完成率 == {v}")
    out.append("")
    out.append("# 若全省红灯线放宽到五成")
    out.append("scenario 红灯线放宽 {")
    out.append("  红灯线 = 50%")
    out.append(f"  assert 全省执行数 == {wan(executed)}")
    out.append("}")
    with open(os.path.join(outdir, "省汇总.jx"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    seed = 18
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
        args = [a for a in args if a != str(seed)]
    if len(args) != 2:
        print(__doc__)
        return 2
    made = generate(int(args[0]), args[1], seed)
    print(f"{made} indicators in {args[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
