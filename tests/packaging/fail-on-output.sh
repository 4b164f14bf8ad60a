#!/usr/bin/env bash
# Runs a validator and fails if it exits non-zero or prints anything at all:
# desktop-file-validate exits 0 on warnings.
set -uo pipefail
output=$("$@" 2>&1)
rc=$?
if [ -n "$output" ]; then
    printf '%s\n' "$output"
fi
if [ "$rc" -ne 0 ] || [ -n "$output" ]; then
    echo "FAIL: $1 reported problems (exit $rc)" >&2
    exit 1
fi
echo "OK: $*"
