#!/usr/bin/env python3
"""The realistic benchmark (issue 18): jx on a province's roll-up shaped like analysts' scripts.

Usage: Scripts/bench/realistic.py [--jx PATH] [--dir DIR] [--sizes 10000,100000]
                                  [--callgrind 10000] [--timeout 600] [--no-ledger]
                                  [--no-libreoffice] [--lo-forms range,sumifs] [--comparators-only]

For each size N, gen_realistic.py writes DIR/realistic-N (a province, counties, department
files; about 180 bytes an indicator, every script checking clean). Then, from inside that
folder, each command runs once (the machine is shared: wall times vary by 30%, so lead with
instructions and memory):

  jx check 省汇总.jx, jx report -f FORMAT 省汇总.jx for every text format, jx test 省汇总.jx;
  jx repl --timing fed `:load 省汇总.jx`, two changes of one actual, two of a policy
  threshold (红灯线 = 50%, back to 60%) and an :undo, each line's time read from --timing;
  jx bench-whatif: 1000 changes of the actual (first, median);
  ledger balance of a journal of the same size in bytes (420 accounts: 27 departments × 14
  categories of expense, 27 zero-balance accounts, 15 funds; two postings a transaction);
  LibreOffice recomputing spreadsheet.py's workbook of the same rows (`soffice --headless
  --convert-to csv`, every sheet), once for each --lo-forms (range: SUM/COUNTIF over blocks
  of rows; sumifs: SUMIFS/COUNTIFS on keys), its result checked against jx; and LibreOffice
  converting a one-cell workbook, its start-up, so the ratio to `jx check` is shown with and
  without it. --comparators-only runs only jx check, ledger and LibreOffice.

Peak memory is the child's maximum resident set as /usr/bin/time reports it (its wait4's
ru_maxrss; run() says why not ours). soffice's oosplash waits for the soffice.bin it forks,
so the worker's peak is in it (checked against polling soffice.bin's VmHWM).

With --callgrind N (a size of --sizes), each command also runs once under valgrind's
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spreadsheet  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FORMATS = ["text", "zh", "json", "jsonl", "markdown", "csv", "html", "docx", "xlsx"]
# Written to a file, as they must be (a zipped package); the others go to standard output.
PACKAGES = {"docx", "xlsx"}


TIME = shutil.which("time", path="/usr/bin:/bin")


def run(cmd, cwd, timeout, stdin=None, stderr=subprocess.DEVNULL):
    """Runs cmd once: (seconds, max RSS in bytes, exit code or None when stopped, stderr text).

    The peak is /usr/bin/time's (its own wait4 of cmd), not ours: a child's ru_maxrss starts
    from the high-water mark of the process it was forked from, so after this script has built
    a workbook every child "used" this script's memory (ledger showed 184 MB for its real 47)."""
    t0 = time.perf_counter()
    err = tempfile.TemporaryFile() if stderr is subprocess.PIPE else stderr
    peak = tempfile.NamedTemporaryFile(prefix="rss-", delete=False) if TIME else None
    full = [TIME, "-f", "%M", "-o", peak.name, *cmd] if TIME else cmd
    p = subprocess.Popen(full, cwd=cwd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    deadline = t0 + timeout
    stopped = False
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            _, status, usage = os.wait4(p.pid, 0)
            stopped = True
            break
        time.sleep(0.005)
    dt = time.perf_counter() - t0
    rss = usage.ru_maxrss * 1024
    if peak:
        with open(peak.name) as f:
            kb = re.findall(r"^(\d+)$", f.read(), re.M)
        os.unlink(peak.name)
        if kb:
            rss = int(kb[-1]) * 1024
    if stopped:
        return dt, rss, None, ""
    text = ""
    if stderr is subprocess.PIPE:
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return dt, rss, os.waitstatus_to_exitcode(status), text


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


# The journal's chart of accounts, as a county finance bureau keeps one: each department's
# spending by economic category, paid from its zero-balance account or from a fund.
CATEGORIES = ["工资福利", "基本公用", "车辆运行维护", "办公费", "印刷费", "差旅费", "会议费", "培训费",
              "公务接待费", "专用材料费", "维修费", "委托业务费", "劳务费", "工程建设"]
FUNDS = ["中央转移支付", "省级专项", "县级配套", "政府性基金", "国有资本经营预算", "专项债券", "一般债券",
         "上级补助", "社保基金", "彩票公益金", "土地出让收入", "非税收入", "结转结余", "暂存款", "其他资金"]


def journal(path, size):
    """A ledger journal of about `size` bytes shaped like a year's payments: 27 departments ×
    14 categories of expense, 27 zero-balance accounts and 15 funds (420 accounts), two
    postings a transaction, in date order."""
    import random
    sys.path.insert(0, HERE)
    from gen_realistic import DEPARTMENTS
    rng = random.Random(18)
    n = k = 0
    with open(path, "w", encoding="utf-8") as f:
        while n < size:
            day = datetime.date(2021, 1, 1) + datetime.timedelta(days=365 * n // size)  # the year, in order
            d = rng.randrange(len(DEPARTMENTS))
            name, short = DEPARTMENTS[d]
            cat = rng.choice(CATEGORIES)
            source = f"Assets:零余额账户:{short}" if rng.random() < 0.8 else f"Assets:财政专户:{rng.choice(FUNDS)}"
            cents = rng.randint(100, 99999999) if cat == "工程建设" else rng.randint(100, 999999)
            t = (f"{day:%Y/%m/%d} {name} {cat}\n"
                 f"    Expenses:{short}:{cat}    {cents // 100}.{cents % 100:02d} CNY\n"
                 f"    {source}\n\n")
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
    ap.add_argument("--no-libreoffice", action="store_true")
    ap.add_argument("--lo-forms", default="range,sumifs", help="the workbook's totals: range, sumifs or both")
    ap.add_argument("--comparators-only", action="store_true", help="of jx, only check")
    a = ap.parse_args()
    jx = os.path.abspath(a.jx)
    os.makedirs(a.dir, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",")]
    ledger = None if a.no_ledger else shutil.which("ledger")
    soffice = None if a.no_libreoffice else shutil.which("soffice")
    lo_forms = [f for f in a.lo_forms.split(",") if f]
    if any(f not in ("range", "sumifs") for f in lo_forms):
        sys.exit(f"--lo-forms: range or sumifs, not {a.lo_forms}")
    if soffice:
        profile = spreadsheet.libreoffice_profile(a.dir)
        one_cell = os.path.join(a.dir, "one-cell.xlsx")
        from openpyxl import Workbook
        wb = Workbook()
        wb.active["A1"] = "=1+1"
        wb.save(one_cell)
        # a new profile's first start sets itself up and restarts: not what is timed
        run(spreadsheet.soffice_command(one_cell, os.path.join(a.dir, "lo-out"), profile), a.dir, a.timeout)
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
    p("| indicators | input | command | time | ÷ check | MB/s | peak RSS | RSS ÷ input | instructions ÷ indicator |")
    p("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    repl_notes = []
    lo_notes = []
    for n in sizes:
        folder = os.path.join(a.dir, f"realistic-{n}")
        if not os.path.exists(os.path.join(folder, "changes.txt")):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_realistic.py"), str(n), folder],
                           check=True, stdout=subprocess.DEVNULL)
        size, _ = folder_size(folder)
        with open(os.path.join(folder, "changes.txt"), encoding="utf-8") as f:
            actual1, actual2, red1, red2 = [l.rstrip("\n") for l in f]
        commands = [("check", [jx, "check", "省汇总.jx"])]
        if not a.comparators_only:
            for fmt in FORMATS:
                to = ["-o", os.path.join(a.dir, f"report.{fmt}"), "--force"] if fmt in PACKAGES else []
                commands.append((f"report -f {fmt}" + (" -o" if to else ""), [jx, "report", "-f", fmt, "省汇总.jx", *to]))
            commands.append(("test", [jx, "test", "省汇总.jx"]))
        counting = n == a.callgrind
        check_time = None

        def row(label, t, rss, code, ins, bytes_=size, count=n):
            shown = f"{t:.2f} s" if code is not None else f"> {a.timeout:.0f} s (stopped)"
            speed = f"{bytes_ / 1e6 / t:.1f}" if code is not None else "—"
            per = f"{ins / count:,.0f}" if ins else ""
            if count is None:  # a start-up: neither a speed nor a ratio to its input means anything
                p(f"| | | `{label}` | {shown} | | | {rss / 1e6:.0f} MB | | |")
                return
            ratio = f"{t / check_time:.2f}×" if check_time and code is not None and label != "jx check" else ""
            p(f"| {count:,} | {bytes_ / 1e6:.1f} MB | `{label}` | {shown} | {ratio} | {speed} | {rss / 1e6:.0f} MB | {rss / bytes_:.1f}× | {per} |")

        for label, cmd in commands:
            t, rss, code, _ = run(cmd, folder, a.timeout)
            if code not in (0, 1, None):
                sys.exit(f"failed ({code}): {' '.join(cmd)} in {folder}")
            if label == "check":
                check_time = t
            ins = instructions([stripped] + cmd[1:], folder, a.timeout) if counting and code is not None else None
            row(f"jx {label}", t, rss, code, ins)

        if soffice:
            lo_notes.extend(libreoffice(a, n, folder, jx, profile, one_cell, lo_forms, check_time, row))
        if not a.comparators_only:
            repl_notes.extend(jx_session(a, n, folder, jx, stripped, counting, check_time, actual1, actual2, red1, red2, row))

        if ledger:
            jpath = os.path.join(a.dir, f"ledger-{n}.dat")
            if not os.path.exists(jpath) or os.path.getsize(jpath) < size:
                journal(jpath, size)
            jsize = os.path.getsize(jpath)
            with open(jpath, "rb") as f:
                items = f.read().count(b"\n\n")
            cmd = [ledger, "-f", jpath, "balance"]
            t, rss, code, _ = run(cmd, a.dir, a.timeout)
            ins = instructions(cmd, a.dir, a.timeout) if counting and code is not None else None
            row(f"ledger balance ({items:,} transactions)", t, rss, code, ins, bytes_=jsize, count=items)

    if repl_notes:
        p("")
        p("REPL (`jx repl --timing`, each line's time; the actual and the threshold alternate between two values):\n")
        out.extend(repl_notes)
    if lo_notes:
        p("")
        p("LibreOffice (the same rows as an analyst's workbook of formulas, recomputed on load and checked against jx):\n")
        out.extend(lo_notes)
    print("\n".join(out))


def libreoffice(a, n, folder, jx, profile, one_cell, forms, check_time, row):
    """Rows for LibreOffice's start-up and recomputation of the workbook; notes with the ratios."""
    outdir = os.path.join(a.dir, "lo-out")
    t0, rss0, code0, _ = run(spreadsheet.soffice_command(one_cell, outdir, profile), a.dir, a.timeout)
    row("soffice start-up (one-cell workbook to csv)", t0, rss0, code0, None, count=None)
    notes = []
    for form in forms:
        xlsx = os.path.join(a.dir, f"realistic-{n}-{form}.xlsx")
        if not os.path.exists(xlsx):
            spreadsheet.build(folder, xlsx, form, jx)
        shutil.rmtree(outdir, ignore_errors=True)
        t, rss, code, _ = run(spreadsheet.soffice_command(xlsx, outdir, profile), a.dir, a.timeout)
        if code is not None:
            if code != 0:
                sys.exit(f"soffice failed ({code}) on {xlsx}")
            bad = spreadsheet.check(folder, xlsx, jx, outdir)
            if bad:
                sys.exit(f"LibreOffice's {xlsx} disagrees with jx:\n  " + "\n  ".join(bad[:20]))
        label = {"range": "SUM/COUNTIF over row blocks", "sumifs": "SUMIFS/COUNTIFS"}[form]
        row(f"soffice recompute to csv ({label})", t, rss, code, None, bytes_=os.path.getsize(xlsx))
        if code is not None and check_time:
            notes.append(f"- {n:,}, {label}: {t:.1f} s = {t / check_time:.0f}× `jx check`; less the start-up "
                         f"({t0:.1f} s) {t - t0:.1f} s = {(t - t0) / check_time:.0f}×; agrees with jx on every "
                         f"indicator's 完成率 and light, every budget and county")
        elif code is None:
            notes.append(f"- {n:,}, {label}: stopped after {a.timeout:.0f} s")
    return notes


def jx_session(a, n, folder, jx, stripped, counting, check_time, actual1, actual2, red1, red2, row):
    notes = []
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
        notes.append(f"- {n:,}: load {load / 1e3:,.0f} ms{ratio}; an actual {c1 / 1e3:.2f} ms, again {c2 / 1e3:.2f} ms; "
                      f"`{red1}` {r1 / 1e3:,.0f} ms, `{red2}` {r2 / 1e3:,.0f} ms; `:undo` {undo / 1e3:,.0f} ms")
    else:
        notes.append(f"- {n:,}: the REPL printed {len(times)} timings (stopped?)")
    name, v1 = actual1.split(".actual = ")
    v2 = actual2.split(".actual = ")[1]
    r = subprocess.run([jx, "bench-whatif", "省汇总.jx", name, v1, v2], cwd=folder, capture_output=True, text=True,
                       timeout=a.timeout)
    notes.append(f"  - `jx bench-whatif` (1000 changes of `{name}.actual`): {(r.stdout or r.stderr).strip()}")
    return notes


if __name__ == "__main__":
    main()
