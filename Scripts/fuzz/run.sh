#!/bin/sh
# Fuzzes jx (lexer, parser, evaluation, rules, reports, formatter) for SECONDS seconds
# (default 600) on one core: Scripts/fuzz/run.sh [SECONDS] [more libFuzzer flags].
# JX_FUZZ_BINARY=.build/fuzz/jx-fuzz-fast runs the build without AddressSanitizer.
# The corpus grows in .build/fuzz/corpus, seeded from every script of the repository and
# every kept finding; crashes, hangs (over 10 s) and memory blow-ups land in
# .build/fuzz/findings/. Keep each finding as a regression test: copy it to
# Tests/PropertyTests/FuzzCorpus/ (any name ending in .jx), where FuzzRegressionTests runs it
# through the same steps. Swift's hashing is made deterministic so that a run with the same
# `-seed=N` takes the same path (dictionaries iterate in one order), and Swift's backtracer is
# off: it would take the crash signal from libFuzzer, which then keeps no input (and under
# AddressSanitizer it hung a CI run).
set -e
cd "$(dirname "$0")/../.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
binary=${JX_FUZZ_BINARY:-.build/fuzz/jx-fuzz}
[ -x "$binary" ] || Scripts/fuzz/build.sh
mkdir -p .build/fuzz/corpus .build/fuzz/findings
find Scripts Tests -name '*.jx' | sort | while read -r f; do
    cp "$f" ".build/fuzz/corpus/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1).jx"
done
SWIFT_BACKTRACE=enable=no SWIFT_DETERMINISTIC_HASHING=1 exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -dict=Scripts/fuzz/jx.dict -artifact_prefix=.build/fuzz/findings/ -print_final_stats=1 "$@" \
    .build/fuzz/corpus
