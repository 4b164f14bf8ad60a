#!/usr/bin/env bash
# Runs every libFuzzer target of a REPORTDESK_FUZZ build for a fixed time each.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS
# BUILD_DIR was configured with clang and -DREPORTDESK_FUZZ=ON (see CMakeLists.txt
# here); the targets are built first. The seed corpora in tests/fuzz/<target>/ are
# only read: new inputs go to BUILD_DIR/fuzz/corpus/<target>/, and a crashing input
# to BUILD_DIR/fuzz/artifacts/. Exits non-zero if any target found a problem.
set -uo pipefail

if (($# != 2)); then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
targets=(api_response http_request aliyun_config file_name cli_options history_import)

cmake --build "$build" --target reportdesk_fuzzers || exit 1

# Leaks are left to the unit tests: Qt keeps some one-time allocations until exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz/corpus/$target"
    artifacts="$build/fuzz/artifacts"
    mkdir -p "$corpus" "$artifacts"
    echo "== fuzz_$target for ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" "$here/$target"; then
        failed+=("$target")
    fi
done

if ((${#failed[@]})); then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $build/fuzz/artifacts)" >&2
    exit 1
fi
echo "fuzzing: no problem found in ${#targets[@]} targets"
