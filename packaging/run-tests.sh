#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as
# errors and AddressSanitizer + UndefinedBehaviorSanitizer, run every test, then
# fuzz every parser of outside input for a short fixed time (clang's libFuzzer).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${REPORTDESK_BUILD_DIR:-$root/build/ci}"
jobs=$(nproc)

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DREPORTDESK_WERROR=ON -DREPORTDESK_SANITIZE=ON
cmake --build "$build" -j "$jobs"

# The fuzz targets need clang (install-deps.sh brings it); a finding fails the run.
if command -v clang++ >/dev/null 2>&1; then
    fuzz="${REPORTDESK_FUZZ_BUILD_DIR:-$root/build/fuzz}"
    cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DREPORTDESK_FUZZ=ON -DREPORTDESK_BUILD_TESTS=OFF -DREPORTDESK_BUILD_BENCH=OFF
    "$root/tests/fuzz/run-fuzzers.sh" "$fuzz" "${REPORTDESK_FUZZ_SECONDS:-30}"
fi

# Last, so that the test summary closes the output.
ctest --test-dir "$build" -j "$jobs" --output-on-failure
