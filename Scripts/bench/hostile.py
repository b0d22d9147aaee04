#!/usr/bin/env python3
"""Hostile inputs: files nobody should write, checked for cliffs, crashes and hangs.

Usage: Scripts/bench/hostile.py [--jx PATH] [--dir DIR] [--timeout SECONDS]

Each file is generated into DIR (default /tmp/jx-hostile) and checked with `jx check`;
the table gives the time, the peak memory, the exit status (0 clean, 1 findings; anything
else is a failure) and jx's own summary line. A case that runs past the timeout, or exits
otherwise than 0 or 1, fails the run (exit status 1). Prints a Markdown table.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def letters(k):
    """A short word of ASCII letters, different for each k (units cannot hold digits)."""
    s = ""
    k += 1
    while k:
        s += chr(97 + k % 26)
        k //= 26
    return s


def cases():
    """(name, description, writer) for each hostile file."""
    def write(lines):
        return lambda f: f.writelines(lines)

    yield ("long-line", "one line of 1 MB (an expression of 500,000 terms)",
           write(["let x = " + "+".join(["1"] * 500_000) + "\n"]))
    yield ("long-name", "an indicator whose name is 300,000 characters",
           write(["indicator " + "名" * 300_000 + " target 5个 actual 3个\n"]))
    yield ("errors-on-one-line", "300,000 errors on one line of 600 KB (each shown with its column)",
           write(["let x = " + " $" * 300_000 + "\n"]))
    yield ("same-name", "100,000 indicators with the same name, and a reference to it",
           write(["indicator 同名 target %d亩 actual %d亩\n" % (i % 900 + 1, i % 700) for i in range(100_000)]
                 + ["indicator 引用 target 5亩 actual 同名\n"]))
    yield ("nested-braces", "100,000 nested braces",
           write(["group 甲 " + "{ " * 100_000 + "\n"]))
    yield ("nested-parens", "100,000 nested parentheses",
           write(["let x = " + "(" * 100_000 + "1" + ")" * 100_000 + "\n"]))
    yield ("errors-10k", "10,000 syntax errors in one file",
           write(["indicator 指标%d target 5个 actual\n" % i for i in range(10_000)]))
    yield ("errors-1m", "1,000,000 unit mismatches in one file",
           write(["indicator 指标%d target %d亩 actual %d万元\n" % (i, i % 900 + 1, i % 700) for i in range(1_000_000)]))
    yield ("units-70k", "70,000 different undeclared units, each compared with the others for a suggestion",
           write(["indicator 指标%d target %d%s actual %d%s\n" % (i, i % 900 + 1, letters(i % 70_000), i % 700, letters(i % 70_000))
                  for i in range(140_000)]))
    yield ("unknown-names", "10,000 references to unknown names among 100,000 indicators",
           write(["indicator 指标%d target 5亩 actual 3亩\n" % i for i in range(100_000)]
                 + ["indicator 引用%d target 5亩 actual 不存在%d\n" % (i, i) for i in range(10_000)]))
    yield ("rule-1m", "the warning rules (预警) over 1,000,000 indicators",
           write(["report 省 {\n  year 2021\n  node 2021-06-30\n}\nimport policy 预警\n"] + ["indicator 指标%d target %d亩 actual %d亩\n" % (i, i % 900 + 1, i % 700) for i in range(1_000_000)]))
    rng = random.Random(7)
    yield ("garbage", "10 MB of random bytes",
           lambda f: f.write(bytes(rng.getrandbits(8) for _ in range(10 * 1024 * 1024)).decode("latin-1")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jx", default=os.path.join(ROOT, ".build/release/jx"))
    ap.add_argument("--dir", default="/tmp/jx-hostile")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    print("| file | what | size | time | peak RSS | exit | jx says |")
    print("|---|---|---:|---:|---:|---:|---|")
    failed = False
    for name, what, writer in cases():
        path = os.path.join(a.dir, name + ".jx")
        if not os.path.exists(path):
            # latin-1 round-trips every byte: the garbage file is written as raw bytes.
            with open(path, "w", encoding="utf-8" if name != "garbage" else "latin-1") as f:
                writer(f)
        with tempfile.TemporaryFile() as out:
            t0 = time.perf_counter()
            p = subprocess.Popen([a.jx, "check", path], stdout=subprocess.DEVNULL, stderr=out)
            timer = threading.Timer(a.timeout, p.kill)
            timer.start()
            _, status, usage = os.wait4(p.pid, 0)
            timer.cancel()
            dt = time.perf_counter() - t0
            out.seek(0)
            text = out.read().decode("utf-8", "replace").strip().splitlines()
        size = os.path.getsize(path) / 1e6
        if dt >= a.timeout:
            print(f"| {name} | {what} | {size:.1f} MB | > {a.timeout:.0f} s | | hang | |")
            failed = True
            continue
        code = os.waitstatus_to_exitcode(status)
        summary = (text[-1] if text else "").replace(path, name + ".jx")
        if code not in (0, 1):
            failed = True
        print(f"| {name} | {what} | {size:.1f} MB | {dt:.2f} s | {usage.ru_maxrss // 1024} MB | {code} | {summary} |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
