#!/usr/bin/env python3
"""The realistic benchmark (issue 18): jx on a province's roll-up shaped like analysts' scripts.

Usage: Scripts/bench/realistic.py [--jx PATH] [--dir DIR] [--sizes 10000,100000]
                                  [--callgrind 10000] [--timeout 600] [--no-ledger]

For each size N, gen_realistic.py writes DIR/realistic-N (a province, counties, department
files; about 180 bytes an indicator, every script checking clean). Then, from inside that
folder, each command runs once (the machine is shared: wall times vary by 30%, so lead with
instructions and memory):

  jx check 省汇总.jx, jx report -f FORMAT 省汇总.jx for every text format, jx test 省汇总.jx;
  jx repl --timing fed `:load 省汇总.jx`, two changes of one actual, two of a policy
  threshold (红灯线 = 50%, back to 60%) and an :undo, each line's time read from --timing;
  jx bench-whatif: 1000 changes of the actual (first, median);
  ledger balance of a journal of the same size in bytes, when ledger is installed.

Peak memory is the child's maximum resident set (wait4's ru_maxrss, what /usr/bin/time -v
prints). With --callgrind N (a size of --sizes), each command also runs once under valgrind's
callgrind at that size, on a copy of jx without debug information (valgrind 3.19 cannot read
this toolchain's), and its instruction count (every thread) is shown per indicator. A command
still running after --timeout seconds is stopped and shown as such. Prints Markdown.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FORMATS = ["text", "zh", "json", "markdown", "csv", "html"]


def run(cmd, cwd, timeout, stdin=None, stderr=subprocess.DEVNULL):
    """Runs cmd once: (seconds, max RSS in bytes, exit code or None when stopped, stderr text)."""
    t0 = time.perf_counter()
    err = tempfile.TemporaryFile() if stderr is subprocess.PIPE else stderr
    p = subprocess.Popen(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            _, status, usage = os.wait4(p.pid, 0)
            return time.perf_counter() - t0, usage.ru_maxrss * 1024, None, ""
        time.sleep(0.005)
    dt = time.perf_counter() - t0
    text = ""
    if stderr is subprocess.PIPE:
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return dt, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status), text


def instructions(cmd, cwd, timeout, stdin=None):
    """callgrind's instruction count of cmd (all threads), or None."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                       cwd=cwd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=timeout * 60)
    m = re.search(r"Collected : (\d+)", r.stderr.decode("utf-8", "replace"))
    return int(m.group(1)) if m else None


def folder_size(folder):
    size = lines = 0
    for base, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".jx"):
                p = os.path.join(base, f)
                size += os.path.getsize(p)
                with open(p, "rb") as fh:
                    lines += fh.read().count(b"\n")
    return size, lines


def journal(path, size):
    """A ledger journal of about `size` bytes: departments' spending, two postings each."""
    import random
    rng = random.Random(18)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        k = 0
        while n < size:
            c, d, p = k // 400, (k // 20) % 20, k % 20
            amount = rng.randint(100, 999999)
            t = (f"2021/{1 + k % 6:02d}/{1 + k % 28:02d} 县{c}部门{d} 项目{p}支出\n"
                 f"    Expenses:县{c}:部门{d}:项目{p}    {amount // 100}.{amount % 100:02d} CNY\n"
                 f"    Assets:县{c}:财政资金\n\n")
            f.write(t)
            n += len(t.encode())
            k += 1
    return k


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jx", default=os.path.join(ROOT, ".build", "release", "jx"))
    ap.add_argument("--dir", default="/tmp/jx-realistic")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--callgrind", type=int, default=0, help="a size to count instructions at")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--no-ledger", action="store_true")
    a = ap.parse_args()
    jx = os.path.abspath(a.jx)
    os.makedirs(a.dir, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    ledger = None if a.no_ledger else shutil.which("ledger")
    stripped = None
    if a.callgrind:
        if not shutil.which("valgrind"):
            sys.exit("--callgrind needs valgrind")
        stripped = os.path.join(a.dir, "jx-stripped")
        shutil.copy(jx, stripped)
        subprocess.run(["objcopy", "--strip-debug", stripped], check=True)

    out = []
    p = out.append
    p(f"Machine: {os.cpu_count()} cores ({cpu_model()}), {platform.system()} {platform.release()}; "
      f"{datetime.date.today().isoformat()}; `{os.path.relpath(jx, ROOT)}`\n")
    p("| indicators | input | command | time | MB/s | peak RSS | RSS ÷ input | instructions ÷ indicator |")
    p("|---:|---:|---|---:|---:|---:|---:|---:|")
    repl_notes = []
    for n in sizes:
        folder = os.path.join(a.dir, f"realistic-{n}")
        if not os.path.exists(os.path.join(folder, "changes.txt")):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_realistic.py"), str(n), folder],
                           check=True, stdout=subprocess.DEVNULL)
        size, _ = folder_size(folder)
        with open(os.path.join(folder, "changes.txt"), encoding="utf-8") as f:
            actual1, actual2, red1, red2 = [l.rstrip("\n") for l in f]
        commands = [("check", [jx, "check", "省汇总.jx"])]
        commands += [(f"report -f {fmt}", [jx, "report", "-f", fmt, "省汇总.jx"]) for fmt in FORMATS]
        commands.append(("test", [jx, "test", "省汇总.jx"]))
        counting = n == a.callgrind
        check_time = None

        def row(label, t, rss, code, ins, bytes_=size, count=n):
            shown = f"{t:.2f} s" if code is not None else f"> {a.timeout:.0f} s (stopped)"
            speed = f"{bytes_ / 1e6 / t:.1f}" if code is not None else "—"
            per = f"{ins / count:,.0f}" if ins else ""
            p(f"| {count:,} | {bytes_ / 1e6:.1f} MB | `{label}` | {shown} | {speed} | {rss / 1e6:.0f} MB | {rss / bytes_:.1f}× | {per} |")

        for label, cmd in commands:
            t, rss, code, _ = run(cmd, folder, a.timeout)
            if code not in (0, 1, None):
                sys.exit(f"failed ({code}): {' '.join(cmd)} in {folder}")
            if label == "check":
                check_time = t
            ins = instructions([stripped] + cmd[1:], folder, a.timeout) if counting and code is not None else None
            row(f"jx {label}", t, rss, code, ins)

        # The REPL through a pipe: each line's time from --timing.
        script = f":load 省汇总.jx\n{actual1}\n{actual2}\n{red1}\n{red2}\n:undo\n"
        repl_in = os.path.join(folder, "repl.in")
        with open(repl_in, "w", encoding="utf-8") as f:
            f.write(script)
        with open(repl_in, "rb") as stdin:
            t, rss, code, err = run([jx, "repl", "--timing"], folder, a.timeout, stdin=stdin, stderr=subprocess.PIPE)
        times = [int(x) for x in re.findall(r"^time: (\d+) µs$", err, re.M)]
        ins = None
        if counting:
            with open(repl_in, "rb") as stdin:
                ins = instructions([stripped, "repl"], folder, a.timeout, stdin=stdin)
        row("jx repl (load, 2 actuals, 2 thresholds, undo)", t, rss, code, ins)
        if len(times) == 6:
            load, c1, c2, r1, r2, undo = times
            ratio = f" ({load / 1e6 / check_time:.1f}× check)" if check_time else ""
            repl_notes.append(f"- {n:,}: load {load / 1e3:,.0f} ms{ratio}; an actual {c1 / 1e3:.2f} ms, again {c2 / 1e3:.2f} ms; "
                              f"`{red1}` {r1 / 1e3:,.0f} ms, `{red2}` {r2 / 1e3:,.0f} ms; `:undo` {undo / 1e3:,.0f} ms")
        else:
            repl_notes.append(f"- {n:,}: the REPL printed {len(times)} timings (stopped?)")
        name, v1 = actual1.split(".actual = ")
        v2 = actual2.split(".actual = ")[1]
        r = subprocess.run([jx, "bench-whatif", "省汇总.jx", name, v1, v2], cwd=folder, capture_output=True, text=True,
                           timeout=a.timeout)
        repl_notes.append(f"  - `jx bench-whatif` (1000 changes of `{name}.actual`): {(r.stdout or r.stderr).strip()}")

        if ledger:
            jpath = os.path.join(a.dir, f"ledger-{n}.dat")
            if not os.path.exists(jpath):
                journal(jpath, size)
            jsize = os.path.getsize(jpath)
            with open(jpath, "rb") as f:
                items = f.read().count(b"\n\n")
            cmd = [ledger, "-f", jpath, "balance"]
            t, rss, code, _ = run(cmd, a.dir, a.timeout)
            ins = instructions(cmd, a.dir, a.timeout) if counting and code is not None else None
            row(f"ledger balance ({items:,} transactions)", t, rss, code, ins, bytes_=jsize, count=items)

    p("")
    p("REPL (`jx repl --timing`, each line's time; the actual and the threshold alternate between two values):\n")
    out.extend(repl_notes)
    print("\n".join(out))


if __name__ == "__main__":
    main()
