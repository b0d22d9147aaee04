#!/bin/sh
# Builds the libFuzzer target over JXCore (Scripts/fuzz/FuzzMain.swift, the steps in
# Tests/Support/FuzzSteps.swift, Sources/JXCore)
# into .build/fuzz/jx-fuzz, with AddressSanitizer. Run it with Scripts/fuzz/run.sh.
set -e
cd "$(dirname "$0")/../.."
mkdir -p .build/fuzz
log=.build/fuzz/build.log
# shellcheck disable=SC2046
if ! swiftc -O -g -parse-as-library -sanitize=fuzzer,address -D JX_FUZZ \
    -module-name JXFuzz -o .build/fuzz/jx-fuzz \
    Scripts/fuzz/FuzzMain.swift Tests/Support/FuzzSteps.swift \
    $(find Sources/JXCore -name '*.swift' | sort) -lm >"$log" 2>&1; then
    grep -v "Cannot export local symbol" "$log" >&2
    exit 1
fi
grep -v "Cannot export local symbol" "$log" >&2 || true
echo .build/fuzz/jx-fuzz
