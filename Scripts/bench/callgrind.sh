#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of jx on fixed inputs: the before/after measure
# for refactors that must not make the benchmarks slower (issue 12).
#
# Usage: Scripts/bench/callgrind.sh PATH/TO/jx OUTDIR
#
# Generates deterministic inputs into OUTDIR (Scripts/bench/gen.py, and a copy of the
# example scripts of this checkout), runs each command RUNS times (default 3) under
# `valgrind --tool=callgrind --callgrind-out-file=/dev/null` from inside OUTDIR with
# relative paths (so the checkout's and OUTDIR's paths do not enter the counts), and prints
# a Markdown table: command, input, instructions (callgrind's "Collected", all threads,
# the median of the runs) and the spread of the runs ((max - min) / median). The same
# table is written to OUTDIR/callgrind.txt; valgrind's logs stay in OUTDIR/logs.
#
# Runs that stay on one thread repeat to within about 0.01%. jx parses big files, checks
# many files and loads imports on every core, and under callgrind (which runs one thread
# at a time) the idle workers' waiting varies: up to about 2% between runs (the county
# roll-up's reports and what-if), hence the median. Compare medians; a difference smaller
# than the spread is noise. Exit status 0 or 1 from jx is accepted (1: findings).
# Environment: RUNS (default 3), MISSIONS (default 100000 lines), COUNTY_D (default 100
# departments of 100 indicators). The whole run takes about 6 minutes on 2 cores.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 PATH/TO/jx OUTDIR" >&2
    exit 2
fi
command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JX="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[[ -x "$JX" ]] || { echo "not an executable: $1" >&2; exit 2; }
mkdir -p "$2"
OUT="$(cd "$2" && pwd)"
[[ "$OUT" != "$ROOT" && "$OUT" != "$ROOT/Scripts" ]] || { echo "OUTDIR must not be the checkout" >&2; exit 2; }
MISSIONS="${MISSIONS:-100000}"
COUNTY_D="${COUNTY_D:-100}"
RUNS="${RUNS:-3}"

# Inputs (regenerated every time: gen.py is deterministic, and the copies follow the
# checkout's Scripts/ folders).
cd "$OUT"
rm -rf logs scripts county missions.jx repl-qiemo.in repl-county.in
mkdir -p logs scripts
python3 "$HERE/gen.py" missions "$MISSIONS" missions.jx
python3 "$HERE/gen.py" county "$COUNTY_D" 100 county
for d in examples county self-eval scenarios; do
    [[ -d "$ROOT/Scripts/$d" ]] && cp -R "$ROOT/Scripts/$d" "scripts/$d"
done
MID=$((MISSIONS / 2))
DMID=$((COUNTY_D / 2))
cat > repl-qiemo.in <<'EOF'
新增建设用地报批.actual = 300亩
新增建设用地报批.完成率
挂牌出让土地.actual = 12公顷
:undo
:redo
:diff
:scenario 下半年加速
:compare base current
solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
:report json
:report zh
:reset
:quit
EOF
cat > repl-county.in <<EOF
部门${DMID}指标0.actual = 300亩
部门${DMID}指标0.完成率
部门0指标5.actual = 1亩
:undo
:diff
:report json
:quit
EOF

TABLE="$OUT/callgrind.txt"
{
    echo "# jx callgrind instruction counts"
    echo "# jx: $JX ($("$JX" --version 2>/dev/null || echo '?'))"
    echo "# checkout: $ROOT ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo "# $(valgrind --version); missions $MISSIONS lines; county ${COUNTY_D}x100"
    echo "| command | input | instructions (median of $RUNS) | spread |"
    echo "|---|---|---:|---:|"
} > "$TABLE"
cat "$TABLE"

n=0
# run LABEL INPUT [STDIN-FILE] -- ARGS...: RUNS callgrind runs of jx ARGS; one table row
# with the median count and the spread (max - min) / median.
run() {
    local label="$1" input="$2" stdin="/dev/null"
    shift 2
    if [[ "$1" != "--" ]]; then stdin="$1"; shift; fi
    shift
    n=$((n + 1))
    local counts=() r log rc count
    for ((r = 1; r <= RUNS; r++)); do
        log="logs/$(printf '%02d' "$n").$r"
        rc=0
        valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$log.log" \
            "$JX" "$@" < "$stdin" > /dev/null 2> "$log.stderr" || rc=$?
        if [[ $rc -ne 0 && $rc -ne 1 ]]; then
            echo "failed (exit $rc): jx $*  (see $OUT/$log.log, $OUT/$log.stderr)" >&2
            exit 1
        fi
        count="$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$log.log" | tail -1)"
        [[ -n "$count" ]] || { echo "no Collected line in $OUT/$log.log" >&2; exit 1; }
        counts+=("$count")
    done
    python3 - "$label" "$input" "${counts[@]}" <<'PY' | tee -a "$TABLE"
import sys
label, inp, *c = sys.argv[1:]
c = sorted(int(x) for x in c)
med = c[len(c) // 2]
print(f"| {label} | {inp} | {med:,} | {(c[-1] - c[0]) / med * 100:.2f}% |")
PY
}

Q=scripts/examples/qiemo-2021.jx
C=scripts/county/县汇总.jx
S=scripts/self-eval/高标准农田建设项目-2021自评.jx
K=county/县汇总.jx
DEPTS=(county/部门*.jx)

run "jx check"                "missions $MISSIONS"     -- check missions.jx
run "jx report -f json"       "missions $MISSIONS"     -- report -f json missions.jx
run "jx check"                "county ${COUNTY_D}x100 县汇总"  -- check "$K"
run "jx check (${#DEPTS[@]} files)"  "county ${COUNTY_D}x100 部门*"  -- check "${DEPTS[@]}"
for f in json zh html; do
    run "jx report -f $f"     "county ${COUNTY_D}x100 县汇总"  -- report -f "$f" "$K"
done
for pair in "qiemo-2021:$Q" "Scripts/county 县汇总:$C" "self-eval 自评:$S"; do
    name="${pair%%:*}" file="${pair#*:}"
    run "jx check"            "$name"                  -- check "$file"
    for f in json zh html; do
        run "jx report -f $f" "$name"                  -- report -f "$f" "$file"
    done
done
run "jx report -f zh --scenario 报批提速" "scenarios qiemo-what-if" -- report -f zh --scenario 报批提速 scripts/scenarios/qiemo-what-if.jx
run "jx test -j 1"            "scripts/ (copy of Scripts)" -- test -j 1 scripts
run "jx test"                 "scripts/ (copy of Scripts)" -- test scripts
run "jx bench-whatif (1000 changes)" "missions $MISSIONS 指标$MID" -- bench-whatif missions.jx "指标$MID" 300亩 31亩
run "jx bench-whatif (1000 changes)" "county ${COUNTY_D}x100 部门${DMID}指标0" -- bench-whatif "$K" "部门${DMID}指标0" 300亩 31亩
run "jx repl < repl-qiemo.in" "qiemo-2021"   repl-qiemo.in  -- repl "$Q"
run "jx repl < repl-county.in" "county ${COUNTY_D}x100 县汇总" repl-county.in -- repl "$K"

echo "# table: $TABLE" >&2
