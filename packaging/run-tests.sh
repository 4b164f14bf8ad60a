#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as
# errors and AddressSanitizer + UndefinedBehaviorSanitizer, run every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${REPORTDESK_BUILD_DIR:-$root/build/ci}"
jobs=$(nproc)

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DREPORTDESK_WERROR=ON -DREPORTDESK_SANITIZE=ON
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" -j "$jobs" --output-on-failure
