#!/usr/bin/env python3
"""Synthetic inputs for the jx benchmark (Scripts/bench/run.sh).

  gen.py missions N OUT.jx
      N mission-style lines: `indicator 指标123 target 450亩 actual 30亩`.
  gen.py county D M OUTDIR
      D department files of M indicators each, with budgets, a report header and
      `import policy 预警`, and OUTDIR/县汇总.jx importing every department.
  gen.py nested K OUT.jx        K nested `(` in one expression (depth limit)
  gen.py braces K OUT.jx        K nested `{` groups (depth limit)
  gen.py longline BYTES OUT.jx  one line of about BYTES bytes
  gen.py samename N OUT.jx      N indicators with the same name
  gen.py errors N OUT.jx        N lines that each give a diagnostic

Deterministic: the same arguments give the same bytes.
"""
import os
import random
import sys

UNITS = ["亩", "公顷", "个", "次", "万元", "%"]


def missions(n, path):
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            t = rng.randint(100, 999)
            a = rng.randint(0, t)
            f.write(f"indicator 指标{i} target {t}亩 actual {a}亩\n")


def half_up_percent(a, t):
    """a / t as a whole percent, rounded half up (exact integer arithmetic)."""
    return (200 * a + t) // (2 * t)


def indicator(nm, k, rng):
    kind = k % 5
    if kind == 0:
        t = rng.randint(10, 900); a = rng.randint(0, t)
        return f"indicator {nm} target {t}亩 actual {a}亩"
    if kind == 1:
        return f"indicator {nm} target ≥{rng.randint(80, 99)}% actual {rng.randint(50, 100)}%"
    if kind == 2:
        return f"indicator {nm} target ≤{rng.randint(5, 20)}次 actual {rng.randint(0, 25)}次"
    if kind == 3:
        t = rng.randint(10, 100); a = rng.randint(0, t)
        return f"indicator {nm} target {t}个 actual {a}个 stated {half_up_percent(a, t)}%"
    return f"indicator {nm} target \"明显提升\" actual \"有所提升\" rate {rng.randint(0, 100)}%"


def department(d, m, rng):
    name = f"部门{d}"
    out = [f"report {name}整体支出绩效监控 {{", f"  department {name}", "  year 2021", "  node 2021-06-30", "}", "",
           "import policy 预警", ""]
    amount = rng.randint(100, 5000)
    basic = amount * 7 // 10
    project = amount - basic
    out += [f"budget {name}年初预算 {amount}万元 {{", f"  arrived {amount // 2}万元",
            f"  budget {name}基本支出 {basic}万元 from 财政资金 {{",
            f"    spent {name}工资福利 {basic // 4}.25万元", f"    spent {name}公用经费 {basic // 10}.5万元", "  }",
            f"  budget {name}项目支出 {project}万元 from 财政资金 {{", f"    spent {name}项目经费 {project // 3}万元", "  }", "}", ""]
    layout = [("产出", ["数量", "质量"]), ("效益", ["社会效益"]), ("满意度", ["服务对象满意度"])]
    slots = sum(len(l2s) for _, l2s in layout)
    per = max(1, m // slots)
    k = 0
    slot = 0
    for l1, l2s in layout:
        out.append(f"{l1} {{")
        for l2 in l2s:
            slot += 1
            count = per if slot < slots else m - k
            out.append(f"  {l2} {{")
            for _ in range(count):
                out.append("    " + indicator(f"{name}指标{k}", k, rng))
                k += 1
            out.append("  }")
        out.append("}")
    return "\n".join(out) + "\n"


def county(d, m, outdir):
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(11)
    names = []
    for i in range(d):
        fn = f"部门{i}.jx"
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(department(i, m, rng))
        names.append(fn)
    with open(os.path.join(outdir, "县汇总.jx"), "w", encoding="utf-8") as f:
        f.write("report 县汇总绩效监控 {\n  year 2021\n  node 2021-06-30\n}\n\n")
        for fn in names:
            f.write(f'import "{fn}"\n')


def nested(k, path):
    with open(path, "w") as f:
        f.write("let x = " + "(" * k + "1" + ")" * k + "\n")


def braces(k, path):
    with open(path, "w") as f:
        f.write("g {\n" * k + "}\n" * k)


def longline(size, path):
    with open(path, "w", encoding="utf-8") as f:
        parts = []
        n = 0
        i = 0
        while n < size:
            s = f"indicator 长行{i} target 450亩 actual 30亩; "
            parts.append(s)
            n += len(s.encode())
            i += 1
        f.write("".join(parts) + "\n")


def samename(n, path):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write("indicator 同名 target 450亩 actual 30亩\n")


def errors(n, path):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(f"indicator 错{i} target 450亩 actual 30万元\n")


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "missions": missions(int(argv[2]), argv[3])
    elif cmd == "county": county(int(argv[2]), int(argv[3]), argv[4])
    elif cmd == "nested": nested(int(argv[2]), argv[3])
    elif cmd == "braces": braces(int(argv[2]), argv[3])
    elif cmd == "longline": longline(int(argv[2]), argv[3])
    elif cmd == "samename": samename(int(argv[2]), argv[3])
    elif cmd == "errors": errors(int(argv[2]), argv[3])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
