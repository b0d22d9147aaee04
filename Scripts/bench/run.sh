#!/bin/sh
# Builds jx in release mode and runs the benchmark (Scripts/bench/run.py); the Markdown it
# prints is what BENCHMARKS.md records. Arguments go to run.py (e.g. --sizes 10000,100000).
set -e
cd "$(dirname "$0")/../.."
swift build -c release --product jx >&2
exec python3 Scripts/bench/run.py "$@"
