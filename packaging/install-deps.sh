#!/usr/bin/env bash
# Installs everything ReportDesk needs to build, test and package on Debian 12.
# Idempotent: packages already present are skipped by apt-get itself.
# Deliberately NOT installed: dbus-x11. Under Xvfb it autostarts a keyring that
# pops a password dialog and hangs headless test runs.
set -euo pipefail

packages=(
  # compiler and build tools
  build-essential cmake ninja-build pkg-config clang-format file ccache
  # Qt 6 (6.4.2 on Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-image-formats-plugins qt6-qpa-plugins libqt6svg6
  libgl-dev
  # credentials: QtKeychain and the Secret Service it talks to at run time
  qtkeychain-qt6-dev libsecret-1-0 libsecret-tools gnome-keyring dbus
  # the export history: Qt's SQLite driver, and SQLite's headers for its bulk read
  libqt6sql6-sqlite libsqlite3-dev
  # SHA-256 of every saved report, at the speed of the disk
  libssl-dev
  # headless GUI runs, screenshots and fonts (CJK, or Chinese renders as boxes)
  xvfb xauth xdotool imagemagick fonts-wqy-microhei fonts-dejavu-core
  # tests and benchmarks; tinyproxy-bin (the binary, without the system service)
  # is the authenticating proxy of test_AuthenticatingProxy
  curl ca-certificates python3 tinyproxy-bin
  # fuzzing (tests/fuzz/run-fuzzers.sh, a separate clang build with REPORTDESK_FUZZ=ON)
  clang libclang-rt-14-dev
  # packaging checks
  desktop-file-utils appstream dpkg-dev fakeroot lintian
  # manual pages from --help, and the tools their test renders them with
  help2man man-db gzip
  # systemd-analyze verify of the scheduled exports' user units (tests/packaging/check-systemd-units.sh)
  systemd
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
