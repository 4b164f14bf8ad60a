#!/usr/bin/env bash
# The README's second command: install what is missing, check the formatting,
# build with warnings as errors twice (GCC with AddressSanitizer +
# UndefinedBehaviorSanitizer + LeakSanitizer, and clang), fuzz every parser of outside input for
# a short fixed time (clang's libFuzzer), then run every test in both builds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${REPORTDESK_BUILD_DIR:-$root/build/ci}"
clang_build="${REPORTDESK_CLANG_BUILD_DIR:-$root/build/ci-clang}"
jobs=$(nproc)

"$root/packaging/install-deps.sh"

# A compiler cache keyed on paths relative to the checkout: a fresh clone in
# another folder still finds the objects of the last run.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="$root"
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# Formatting first: it takes a second and says exactly what to fix.
if [[ -d $root/.git ]]; then
    (cd "$root" && git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror)
else
    find "$root/app" "$root/tests" "$root/bench" \( -name '*.cpp' -o -name '*.h' \) -print0 \
        | xargs -0 clang-format --dry-run -Werror
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DREPORTDESK_WERROR=ON -DREPORTDESK_SANITIZE=ON "${launcher[@]}"
cmake --build "$build" -j "$jobs"

# clang sees what GCC does not (and the other way round).
cmake -S "$root" -B "$clang_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DREPORTDESK_WERROR=ON -DREPORTDESK_BUILD_BENCH=OFF "${launcher[@]}"
cmake --build "$clang_build" -j "$jobs"

# The fuzz targets need clang (install-deps.sh brings it); a finding fails the run.
fuzz="${REPORTDESK_FUZZ_BUILD_DIR:-$root/build/fuzz}"
cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DREPORTDESK_FUZZ=ON -DREPORTDESK_BUILD_TESTS=OFF -DREPORTDESK_BUILD_BENCH=OFF "${launcher[@]}"
"$root/tests/fuzz/run-fuzzers.sh" "$fuzz" "${REPORTDESK_FUZZ_SECONDS:-30}"

ctest --test-dir "$clang_build" -j "$jobs" --output-on-failure
# Last, so that the sanitized run's summary closes the output.
ctest --test-dir "$build" -j "$jobs" --output-on-failure
