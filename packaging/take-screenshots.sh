#!/usr/bin/env bash
# Saves screenshots of the main window in both languages: OUTDIR/main-en.png
# and OUTDIR/main-zh.png (1280x800), for the README and the metainfo.
#
#   packaging/take-screenshots.sh OUTDIR [PATH/TO/reportdesk]
#
# The binary comes from the second argument or $REPORTDESK; nothing is built.
# It runs the demo (the built-in simulator, no account) under its own Xvfb
# server with a private HOME, starts a few exports from the app's own New
# export dialog with xdotool so the table shows succeeded, failed, saved and
# in-progress rows, then switches the language with Ctrl+L. There is no window
# manager: keys go to the window given focus, clicks to fixed coordinates.
# Needs: xvfb-run, xdotool, ImageMagick's import, a CJK font (fonts-wqy-microhei).
set -euo pipefail

usage() {
    echo "usage: $0 OUTDIR [PATH/TO/reportdesk]  (or set REPORTDESK)" >&2
    exit 2
}

# ---- inside the X server ------------------------------------------------------
if [[ ${1:-} == --inside ]]; then
    outdir=$2
    app=$3
    log=$HOME/reportdesk.log

    fail() {
        echo "take-screenshots: $*" >&2
        echo "--- reportdesk output ---" >&2
        cat "$log" >&2 || true
        exit 1
    }

    # Waits up to 20 s for a visible window whose name matches $1; prints its id.
    wait_window() {
        local id
        for _ in $(seq 1 100); do
            id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1 || true)
            if [[ -n $id ]]; then
                echo "$id"
                return 0
            fi
            kill -0 "$app_pid" 2>/dev/null || fail "reportdesk exited while waiting for '$1'"
            sleep 0.2
        done
        fail "no window named '$1' appeared"
    }

    wait_gone() {
        for _ in $(seq 1 100); do
            xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
            sleep 0.2
        done
        fail "the window '$1' did not close"
    }

    # There is no window manager: focus is given explicitly, keys go by XTEST.
    focus() {
        xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"
    }

    # Starts an export of the report at position $1 of the New export list.
    new_export() {
        focus "$main_window"
        xdotool key ctrl+n
        local dialog
        dialog=$(wait_window '^(New export|新建导出)$')
        sleep 1.5 # the report list loads from the simulator
        focus "$dialog"
        xdotool key Home
        for _ in $(seq 1 "$1"); do
            xdotool key Down
        done
        xdotool key Return
        wait_gone '^(New export|新建导出)$'
    }

    # Clicks the table row $1 (0 = top) so the details pane shows it.
    select_row() {
        focus "$main_window"
        xdotool mousemove 60 $((row0_y + $1 * row_height)) click 1
        sleep 0.3
    }

    capture() {
        sleep 0.8 # let the last repaint land
        import -window root "$1" || fail "import could not capture the screen"
    }

    "$app" --demo >"$log" 2>&1 &
    app_pid=$!
    trap 'kill "$app_pid" 2>/dev/null || true' EXIT

    # The demo's title names the profile; a bare "ReportDesk" window can be a passing one.
    main_window=$(wait_window '^ReportDesk — ')
    sleep 0.5
    xdotool windowmove "$main_window" 0 0
    xdotool windowsize "$main_window" 1280 800
    sleep 1

    # Table rows, newest ExportId first, measured on the 1280x800 window.
    row0_y=${SCREENSHOT_ROW0_Y:-128}
    row_height=${SCREENSHOT_ROW_HEIGHT:-28}

    # The New export list is sorted by title, descending: 0 财务部门专用报告
    # (NoPermission), 1 每日安全日报, 2 月度合规报告, 3 Weekly security report,
    # 4 Vulnerability trend (fails), 5 Full asset inventory.
    new_export 1
    new_export 3
    new_export 4
    new_export 2
    sleep 5 # the simulator's exports take 4 s

    # Rows now: monthly, failing, weekly, daily. Save the weekly report.
    select_row 2
    xdotool key ctrl+s
    sleep 2

    # One export still running in both pictures; the details explain the failed one.
    new_export 5
    select_row 2
    capture "$outdir/main-en.png"

    focus "$main_window"
    xdotool key ctrl+l
    capture "$outdir/main-zh.png"

    xdotool key ctrl+q
    for _ in $(seq 1 25); do
        kill -0 "$app_pid" 2>/dev/null || exit 0
        sleep 0.2
    done
    exit 0
fi

# ---- outside: private HOME and settings, then the X server --------------------
[[ $# -ge 1 && $# -le 2 ]] || usage
outdir=$1
app=${2:-${REPORTDESK:-}}
[[ -n $app ]] || usage
[[ -x $app ]] || {
    echo "take-screenshots: $app is not an executable" >&2
    exit 2
}
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || {
        echo "take-screenshots: $tool is missing (see packaging/install-deps.sh)" >&2
        exit 2
    }
done
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")

work=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME/ReportDesk" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$HOME/Downloads" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# English first (Ctrl+L switches to 中文); downloads go to a folder without asking.
cat >"$XDG_CONFIG_HOME/ReportDesk/ReportDesk.conf" <<EOF
[ui]
language=en

[downloads]
folder=$HOME/Downloads
askEveryTime=false
EOF

export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inside "$outdir" "$app"
echo "Saved $outdir/main-en.png and $outdir/main-zh.png"
