#!/bin/sh
# Builds the libFuzzer target over JXCore (Scripts/fuzz/FuzzMain.swift, the steps in
# Tests/Support/FuzzSteps.swift, Sources/JXCore). `build.sh` makes .build/fuzz/jx-fuzz with
# AddressSanitizer; `build.sh fast` makes .build/fuzz/jx-fuzz-fast without it, for long runs
# (several times faster; Swift's own checks — overflow, bounds, preconditions — still trap).
# Run either with Scripts/fuzz/run.sh.
set -e
cd "$(dirname "$0")/../.."
mkdir -p .build/fuzz
case "${1:-asan}" in
    fast) sanitizers=fuzzer; out=.build/fuzz/jx-fuzz-fast ;;
    asan) sanitizers=fuzzer,address; out=.build/fuzz/jx-fuzz ;;
    *) echo "usage: Scripts/fuzz/build.sh [asan|fast]" >&2; exit 2 ;;
esac
log=.build/fuzz/build.log
# shellcheck disable=SC2046
if ! swiftc -O -g -parse-as-library -sanitize="$sanitizers" -D JX_FUZZ \
    -module-name JXFuzz -o "$out" \
    Scripts/fuzz/FuzzMain.swift Tests/Support/FuzzSteps.swift \
    $(find Sources/JXCore -name '*.swift' | sort) -lm >"$log" 2>&1; then
    grep -v "Cannot export local symbol" "$log" >&2
    exit 1
fi
grep -v "Cannot export local symbol" "$log" >&2 || true
echo "$out"
