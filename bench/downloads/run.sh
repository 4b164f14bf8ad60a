#!/usr/bin/env bash
# Builds bench_download (Release) and runs it: the simulator's large report downloaded
# by ReportDesk's DownloadJob and by `curl -o` in the same run.
# Usage: bench/downloads/run.sh [--size-mb N] [--rounds N] [--out DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${REPORTDESK_BENCH_BUILD_DIR:-$root/build/bench}"

command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREPORTDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target bench_download >/dev/null
exec "$build/bench/downloads/bench_download" "$@"
