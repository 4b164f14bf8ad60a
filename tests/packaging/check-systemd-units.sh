#!/usr/bin/env bash
# Checks the systemd user units of the scheduled exports: systemd-analyze verify
# finds no problem (it reports unknown keys and bad values on its output but
# still exits 0, so any output fails), the service runs "schedule run-due" of
# reportdesk-cli, and the timer's calendar expression is valid.
#
#   tests/packaging/check-systemd-units.sh <packaging/systemd> <reportdesk-cli>
set -uo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 <unit dir> <reportdesk-cli>" >&2
    exit 2
fi
units=$1
cli=$(realpath "$2")
command -v systemd-analyze >/dev/null || { echo "FAIL: systemd-analyze is missing (packaging/install-deps.sh)" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-units.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# verify wants the ExecStart binary to exist: the built one stands in for /usr/bin's.
cp "$units/reportdesk-schedules.service" "$units/reportdesk-schedules.timer" "$scratch/"
grep -qx 'ExecStart=/usr/bin/reportdesk-cli schedule run-due' "$scratch/reportdesk-schedules.service" ||
    fail "the service does not run /usr/bin/reportdesk-cli schedule run-due"
grep -qx 'Type=oneshot' "$scratch/reportdesk-schedules.service" || fail "the service is not Type=oneshot"
grep -qx 'Persistent=true' "$scratch/reportdesk-schedules.timer" || fail "the timer is not Persistent"
sed -i "s|^ExecStart=/usr/bin/reportdesk-cli|ExecStart=$cli|" "$scratch/reportdesk-schedules.service"

output=$(cd "$scratch" && systemd-analyze verify --man=no reportdesk-schedules.timer reportdesk-schedules.service 2>&1)
status=$?
[ $status -eq 0 ] || fail "systemd-analyze verify exited with $status"
[ -z "$output" ] || fail "systemd-analyze verify: $output"

calendar=$(sed -n 's/^OnCalendar=//p' "$scratch/reportdesk-schedules.timer")
systemd-analyze calendar "$calendar" >/dev/null 2>&1 || fail "OnCalendar=$calendar is not valid"

# The command the service runs exists in the built CLI (exit 0 when nothing is due).
HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
    "$cli" --lang en schedule run-due >"$scratch/out" 2>&1 || fail "reportdesk-cli schedule run-due failed: $(cat "$scratch/out")"

if [ $failures -ne 0 ]; then
    exit 1
fi
echo "ok: reportdesk-schedules.service and .timer"
