#!/usr/bin/env bash
# Checks the manual pages the build made (cmake/Packaging.cmake): each one is
# there, gzip'ed, renders without groff warnings and holds what --help says.
#
#   tests/packaging/check-manpages.sh <build>/packaging/man <reportdesk> <reportdesk-cli> <reportdesk-demo-server>
set -uo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 <man dir> <reportdesk> <reportdesk-cli> <reportdesk-demo-server>" >&2
    exit 2
fi
mandir=$1
gui=$2
cli=$3
demo=$4

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-manpages.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

# The page's text with the roff escapes of help2man's output taken out.
text() { zcat "$1" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\[,/]//g'; }

# check <page> <program> <help command...>: the page and the program's own help.
check() {
    local page=$1 program=$2
    shift 2
    if [ ! -s "$page" ]; then
        fail "$page is missing"
        return
    fi
    if ! gzip -t "$page" 2>/dev/null; then
        fail "$page is not gzip'ed"
        return
    fi
    local body warnings option missing=
    body=$(text "$page")
    grep -q "^\.TH $(basename "$program" | tr '[:lower:]' '[:upper:]') \"1\"" <<<"$body" ||
        fail "$page: no .TH line for $(basename "$program") in section 1"
    grep -q "^$(basename "$program") - ." <<<"$body" || fail "$page: no NAME line '$(basename "$program") - ...'"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page renders with warnings: $warnings"
    # Every option of the program's --help is in its page.
    for option in $("$program" "$@" </dev/null 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -Fq -- "$option" <<<"$body" || missing+=" $option"
    done
    if [ -n "$missing" ]; then
        fail "$page lacks$missing"
    else
        ok "$page has every option of $(basename "$program") $*"
    fi
}

# has <page> <text...>: each text is in the page.
has() {
    local page=$1 body needle
    shift
    body=$(text "$page")
    for needle in "$@"; do
        if grep -Fq -- "$needle" <<<"$body"; then ok "$(basename "$(dirname "$page")")/$(basename "$page") has '$needle'"; else fail "$page lacks '$needle'"; fi
    done
}

en_cli="$mandir/man1/reportdesk-cli.1.gz"
zh_cli="$mandir/zh_CN/man1/reportdesk-cli.1.gz"
check "$mandir/man1/reportdesk.1.gz" "$gui" --help
check "$en_cli" "$cli" --lang en --help
check "$zh_cli" "$cli" --lang zh --help
check "$mandir/man1/reportdesk-demo-server.1.gz" "$demo" --help

commands=(reports "export REPORT_ID" "status EXPORT_ID" "download EXPORT_ID" "profile add NAME" "profile list"
    "profile remove NAME")
options=(--site --endpoint --lang --signature --profile --json --verbose --no-history --type --wait --output --default)
has "$en_cli" "${commands[@]}" "${options[@]}" "Exit codes" ALIBABA_CLOUD_ACCESS_KEY_ID
has "$zh_cli" "${commands[@]}" "${options[@]}" ALIBABA_CLOUD_ACCESS_KEY_ID
has "$mandir/man1/reportdesk.1.gz" --demo
has "$mandir/man1/reportdesk-demo-server.1.gz" --port --throttle --cut-download

# The Chinese page is Chinese (from --lang zh --help), the English one is not.
if [ -s "$zh_cli" ] && text "$zh_cli" | grep -q '用法' && text "$zh_cli" | grep -q '导出'; then
    ok "the zh_CN page is in Chinese"
else
    fail "the zh_CN page is not in Chinese"
fi
if [ -s "$en_cli" ] && LC_ALL=C.UTF-8 grep -qP '\p{Han}' <(text "$en_cli"); then
    fail "the English page holds Chinese text"
fi

if [ "$failures" -ne 0 ]; then
    echo "manual pages: $failures check(s) failed" >&2
    exit 1
fi
echo "manual pages: all checks passed"
