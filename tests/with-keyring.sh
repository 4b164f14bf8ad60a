#!/bin/sh
# Runs a command with a private, unlocked gnome-keyring as its Secret Service.
# Use inside a private bus: dbus-run-session -- tests/with-keyring.sh COMMAND...
# The keyring lives in a temporary XDG tree that is removed afterwards.
tmp=$(mktemp -d)
mkdir -p "$tmp/data" "$tmp/run"
chmod 700 "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
eval "$(printf '%s' reportdesk-test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
rc=$?
rm -rf "$tmp"
exit $rc
