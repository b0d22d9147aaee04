#!/bin/sh
# Fuzzes jx (lexer, parser, evaluation, rules, reports, formatter) for SECONDS seconds
# (default 600) on one core: Scripts/fuzz/run.sh [SECONDS] [more libFuzzer flags].
# The corpus grows in .build/fuzz/corpus, seeded from every script of the repository;
# crashes, hangs (over 10 s) and memory blow-ups land in .build/fuzz/findings/. Keep each
# finding as a regression test: copy it to Tests/PropertyTests/FuzzCorpus/ (any name ending
# in .jx), where FuzzRegressionTests runs it through the same steps.
set -e
cd "$(dirname "$0")/../.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
[ -x .build/fuzz/jx-fuzz ] || Scripts/fuzz/build.sh
mkdir -p .build/fuzz/corpus .build/fuzz/findings
find Scripts Tests -name '*.jx' | while read -r f; do
    cp "$f" ".build/fuzz/corpus/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1).jx"
done
exec .build/fuzz/jx-fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -dict=Scripts/fuzz/jx.dict -artifact_prefix=.build/fuzz/findings/ -print_final_stats=1 "$@" \
    .build/fuzz/corpus
