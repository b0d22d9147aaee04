#!/usr/bin/env python3
"""Linear growth on shapes gen_realistic.py does not write (issue 18).

Usage: Scripts/bench/shapes.py [--jx PATH] [--dir DIR] [--sizes 10000,100000]
                               [--shapes flat,selfeval,samenames,deep,rules,files,scenarios]

Each shape is a script an analyst could write that stresses one way of growing:

  flat       one department, one 产出 group of N indicators, N/10 budgets side by side;
  selfeval   N/10 projects scored by 自评评分, each with its weighted groups and budget;
  samenames  the same, every project using the same names (项目资金, 完成数0, 服务对象满意度)
             and referring to its own by them;
  deep       budgets nested 20 deep, indicators in many small groups;
  rules      twenty rules of the script's own over every indicator and budget;
  files      N/20 files of one unit each (its own `declared` counts), imported into one;
  scenarios  N/20 departments of a file, each with a scenario setting two figures.

For each shape and size, every command runs once (check, report in every format, xlsx and
docx to a file, test) and its CPU time (user + system) and peak memory are shown, with the
ratio of the largest size to the smallest: near the ratio of sizes when the command grows
linearly (the smallest size carries start-up, so a little below). Found quadratic: scoring,
the audit and the report's parts per project, names repeated in every project, `jx test`'s
copy of the evaluator per scenario. Prints
Markdown.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

UNITS_KINDS = 6


def indicator(i, r, pad="  "):
    k = i % UNITS_KINDS
    if k == 0:
        return f"{pad}indicator 完成任务{i} target {r.randint(100, 900)}亩 actual {r.randint(0, 900)}亩\n"
    if k == 1:
        return f"{pad}indicator 覆盖率{i} target ≥{r.randint(80, 99)}% actual {r.randint(50, 100)}%\n"
    if k == 2:
        return f"{pad}indicator 质量{i} target \"明显提升\" actual \"有所提升\" rate {r.randint(40, 100)}%\n"
    if k == 3:
        return f"{pad}indicator 期限{i} target deadline 2021-{r.randint(1, 12)}-28 actual elapsed\n"
    if k == 4:
        return f"{pad}indicator 控制{i} target ≤{r.randint(10, 90)}万元 actual {r.randint(5, 100)}万元\n"
    return f"{pad}indicator 待定{i} target {r.randint(5, 50)}所 actual pending\n"


def project(p, r, same):
    name = (lambda s, i="": f"{s}{i}") if same else (lambda s, i="": f"{s}{p}_{i}")
    out = [f"project 项目{p} {{\n  budget {name('项目资金') if same else f'资金{p}'} {r.randint(100, 900)}万元 {{\n"
           f"    weight 10\n    spent 支出 {r.randint(10, 900)}万元\n  }}\n  产出 weight 50 {{\n    数量 {{\n"]
    for i in range(6):
        out.append(f"      indicator {name('完成数', i)} target {r.randint(10, 90)}个 actual {r.randint(0, 99)}个 weight {10 if i < 5 else 0}\n")
    out.append("    }\n  }\n  效益 weight 30 {\n")
    for i in range(3):
        out.append(f"    indicator {name('效益', i)} target \"改善\" actual \"有所改善\" rate {r.randint(50, 100)}% weight 10\n")
    out.append(f"  }}\n  满意度 weight 10 {{\n    indicator {name('服务对象满意度')} target ≥90% actual {r.randint(70, 100)}% weight 10 得分 {r.randint(5, 10)}\n  }}\n")
    if same:
        out.append("  assert 项目资金.执行率 >= 0%\n  assert 完成数0.完成率 >= 0%\n")
    out.append("}\n")
    return "".join(out)


def write(shape, n, out):
    os.makedirs(out, exist_ok=True)
    r = random.Random(7)
    with open(os.path.join(out, "main.jx"), "w") as f:
        if shape == "flat":
            f.write("import policy 预警\nreport 大表 {\n  node 2021-06-30\n}\n")
            for b in range(n // 10):
                f.write(f"budget 预算{b} {r.randint(100, 9000)}万元 {{\n  arrived {r.randint(50, 100)}万元\n  spent 支出 {r.randint(1, 90)}万元\n}}\n")
            f.write("产出 {\n" + "".join(indicator(i, r) for i in range(n)) + "}\n")
        elif shape in ("selfeval", "samenames"):
            f.write("import policy 自评评分\nreport 自评 {\n  year 2021\n}\n")
            for p in range(n // 10):
                f.write(project(p, r, shape == "samenames"))
        elif shape == "deep":
            f.write("import policy 预警\nreport 深 {\n  node 2021-09-30\n}\n")
            for t in range(n // 100):
                for d in range(20):
                    f.write("  " * d + f"budget 层{t}_{d} {r.randint(1000, 9000)}万元 {{\n")
                f.write("  " * 20 + f"spent 末{t} {r.randint(1, 900)}万元\n")
                for d in reversed(range(20)):
                    f.write("  " * d + "}\n")
                for g in range(10):
                    f.write(f"组{t}_{g} {{\n" + "".join(indicator(t * 100 + g * 10 + i, r) for i in range(10)) + "}\n")
        elif shape == "rules":
            f.write("report 规则 {\n  node 2021-06-30\n}\n")
            for k in range(20):
                f.write(f"rule 规则{k} for each indicator where 完成率 < {r.randint(10, 90)}% {{\n"
                        f"  red when 完成率 < {r.randint(5, 30)}% \"低\"\n  yellow when 完成率 < {r.randint(40, 70)}%\n  green otherwise\n}}\n")
            f.write("rule 预算规则 for each budget {\n  red when 执行率 < 20% \"慢\"\n  green otherwise\n}\n")
            for b in range(n // 10):
                f.write(f"budget 预算{b} {r.randint(100, 9000)}万元 {{\n  spent 支出 {r.randint(1, 90)}万元\n}}\n")
            for g in range(n // 50):
                f.write(f"组{g} {{\n" + "".join(indicator(g * 50 + i, r) for i in range(50)) + "}\n")
        elif shape == "files":
            f.write("import policy 预警\nreport 多文件 {\n  node 2021-06-30\n}\n")
            for k in range(n // 20):
                f.write(f'import "单位{k}.jx"\n')
                with open(os.path.join(out, f"单位{k}.jx"), "w") as g:
                    g.write(f"declared 一级 1个\nbudget 单位{k}预算 {r.randint(100, 900)}万元 {{\n  spent 支出 {r.randint(1, 90)}万元\n}}\n单位{k} {{\n")
                    g.write("".join(indicator(k * 20 + i, r) for i in range(20)) + "}\n")
        elif shape == "scenarios":
            f.write("import policy 预警\nreport 情景 {\n  node 2021-06-30\n}\n")
            for d in range(n // 20):
                f.write(f"budget 部门{d}预算 {r.randint(100, 900)}万元 {{\n  spent 支出 {r.randint(1, 90)}万元\n}}\n部门{d} {{\n")
                f.write("".join(f"  indicator 指标{d}_{i} target 100亩 actual {r.randint(0, 99)}亩\n" for i in range(20)) + "}\n")
                f.write(f"scenario 情景{d} {{\n  指标{d}_0.actual = 100亩\n  部门{d}预算.支出 = 1万元\n"
                        f"  assert 指标{d}_0.完成率 == 100%\n  assert 部门{d}预算.执行数 == 1万元\n}}\n")
        else:
            sys.exit(f"unknown shape {shape}")


COMMANDS = [["check"]] + [["report", "-f", f] for f in ("text", "zh", "json", "jsonl", "csv", "markdown", "html")] + [
    ["report", "-f", "xlsx", "-o", "OUT.xlsx", "--force"], ["report", "-f", "docx", "-o", "OUT.docx", "--force"], ["test"]]


def run(jx, cmd, cwd, scratch):
    """CPU seconds (user + system, children included) and peak memory in MB of one command."""
    args = [a.replace("OUT", os.path.join(scratch, "out")) for a in cmd]
    timing = os.path.join(scratch, "time.txt")
    subprocess.run(["/usr/bin/time", "-o", timing, "-f", "%U %S %M", jx] + args + ["main.jx"], cwd=cwd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    u, s, m = open(timing).read().split()[-3:]
    return float(u) + float(s), int(m) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jx", default=".build/release/jx")
    ap.add_argument("--dir", default=tempfile.gettempdir())
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--shapes", default="flat,selfeval,samenames,deep,rules,files,scenarios")
    a = ap.parse_args()
    jx = os.path.abspath(a.jx)
    sizes = [int(s) for s in a.sizes.split(",")]
    print(f"| shape | command | " + " | ".join(f"{n:,} CPU s / MB" for n in sizes) + f" | × ({sizes[-1] // sizes[0]}× the rows) |")
    print("|---|---|" + "---|" * len(sizes) + "---|")
    for shape in a.shapes.split(","):
        dirs = []
        for n in sizes:
            d = os.path.join(a.dir, f"shape-{shape}-{n}")
            if not os.path.exists(os.path.join(d, "main.jx")):
                write(shape, n, d)
            dirs.append(d)
        for cmd in COMMANDS:
            cells = [run(jx, cmd, d, d) for d in dirs]
            ratio = cells[-1][0] / cells[0][0] if cells[0][0] > 0 else float("nan")
            shown = " ".join(c for c in cmd if not c.startswith("-") and "OUT" not in c)
            print(f"| {shape} | {shown} | " + " | ".join(f"{t:.2f} / {m:.0f}" for t, m in cells) + f" | {ratio:.1f} |", flush=True)


if __name__ == "__main__":
    main()
