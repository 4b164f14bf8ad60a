#!/usr/bin/env bash
# The README's first command: install what is missing, build, start the GUI in demo mode.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${REPORTDESK_BUILD_DIR:-$root/build/release}"

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTDESK_BUILD_TESTS=OFF -DREPORTDESK_BUILD_BENCH=OFF
cmake --build "$build" --target reportdesk

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting under Xvfb (xvfb-run). Set DISPLAY to use your desktop." >&2
    exec xvfb-run -a "$build/app/gui/reportdesk" --demo "$@"
fi
exec "$build/app/gui/reportdesk" --demo "$@"
