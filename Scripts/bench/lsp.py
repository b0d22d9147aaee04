#!/usr/bin/env python3
"""Typing into a large script through `jx lsp`: the time from a didChange to the published
diagnostics, and to the inlay hints of the screen around the edit (issue 17: under 50 ms on
a file of 10^4 indicators). A benchmark, not a test: it prints the numbers.

  Scripts/bench/lsp.py PATH/TO/jx [INDICATORS] [EDITS]

Generates one department of INDICATORS indicators (default 10000; Scripts/bench/gen.py
county 1 N), opens it, waits for its first diagnostics, then makes EDITS edits (default 40),
each as an editor sends it: an incremental change of one actual figure (`actual 30亩` →
`actual 31亩`) on a line chosen at random, then an inlayHint request for the 60 lines
around it. Prints the open time and, for the edits, the median and the 90th percentile of
(a) didChange → publishDiagnostics of that version, (b) didChange → hints received; then
the same for 10 indicator lines pasted, which are analysed anew (not in place).
"""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Client:
    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise EOFError("jx lsp ended")
            line = line.strip()
            if not line:
                if length is not None:
                    break
                continue
            k, _, v = line.decode().partition(":")
            if k.lower() == "content-length":
                length = int(v)
        return json.loads(self.p.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def until(self, pred):
        while True:
            m = self.read()
            if pred(m):
                return m


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    jx = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    work = tempfile.mkdtemp(prefix="jx-lsp-bench-")
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "county", "1", str(n), work], check=True)
    path = os.path.join(work, "部门0.jx")
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    uri = "file://" + path
    c = Client([jx, "lsp"])
    c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    c.until(lambda m: m.get("id") == 1)
    c.notify("initialized", {})
    t0 = time.perf_counter()
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "jx", "version": 1, "text": text}})
    c.until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    opened = (time.perf_counter() - t0) * 1000

    rng = random.Random(5)
    candidates = [i for i, l in enumerate(lines) if " actual " in l and "亩" in l.split(" actual ")[1]]
    to_diag, to_hints = [], []
    for k in range(edits):
        ln = rng.choice(candidates)
        line = lines[ln]
        at = line.index(" actual ") + len(" actual ")
        end = at
        while line[end].isdigit():
            end += 1
        new = str(int(line[at:end]) + 1)
        lines[ln] = line[:at] + new + line[end:]
        version = k + 2
        change = {"range": {"start": {"line": ln, "character": utf16(line[:at])}, "end": {"line": ln, "character": utf16(line[:end])}}, "text": new}
        t = time.perf_counter()
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        c.until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
        to_diag.append((time.perf_counter() - t) * 1000)
        rid = c.request("textDocument/inlayHint", {"textDocument": {"uri": uri},
                                                     "range": {"start": {"line": max(0, ln - 30), "character": 0}, "end": {"line": ln + 30, "character": 0}}})
        hints = c.until(lambda m: m.get("id") == rid)
        to_hints.append((time.perf_counter() - t) * 1000)
        want = f"{new}亩"
        if not any(h["position"]["line"] == ln for h in hints["result"]):
            print(f"no hint on line {ln} after the edit", file=sys.stderr)
            sys.exit(1)
        assert want in lines[ln]
    # Edits that are not a figure on one line (here a new indicator pasted after a line):
    # the document is analysed anew.
    anew = []
    for k in range(10):
        ln = rng.choice(candidates)
        version += 1
        end = {"line": ln, "character": utf16(lines[ln])}
        t = time.perf_counter()
        new_line = f"    indicator 新指标{k} target 5个 actual 1个"
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": end, "end": end}, "text": "\n" + new_line}]})
        c.until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
        anew.append((time.perf_counter() - t) * 1000)
        lines.insert(ln + 1, new_line)
        candidates = [i + (1 if i > ln else 0) for i in candidates]
    c.request("shutdown", None)
    c.notify("exit", None)
    c.p.wait()

    def summary(xs):
        xs = sorted(xs)
        return f"median {statistics.median(xs):.1f} ms, p90 {xs[int(len(xs) * 0.9) - 1]:.1f} ms, max {xs[-1]:.1f} ms"
    print(f"{n} indicators ({len(text.encode()) // 1024} KiB), {edits} edits")
    print(f"open → diagnostics: {opened:.1f} ms")
    print(f"didChange → diagnostics: {summary(to_diag)}")
    print(f"didChange → diagnostics and hints: {summary(to_hints)}")
    print(f"a new indicator line pasted (analysed anew) → diagnostics: {summary(anew)}")


if __name__ == "__main__":
    main()
