#!/usr/bin/env bash
# Sources packaging/bash-completion/reportdesk-cli and checks what Tab offers,
# with a fake reportdesk-cli on PATH and then with the built one reading a
# profile from a private HOME (no D-Bus session: the keychain is out of reach,
# so a completion that touched it would fail or hang here).
#
#   tests/packaging/test-bash-completion.sh <completion file> <built reportdesk-cli>
set -uo pipefail

if [ $# -ne 2 ] || [ ! -f "$1" ] || [ ! -x "$2" ]; then
    echo "usage: $0 <completion file> <built reportdesk-cli>" >&2
    exit 2
fi
completion=$1
cli=$2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-completion.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# shellcheck source=/dev/null
source "$completion"
if ! complete -p reportdesk-cli 2>/dev/null | grep -q -- '-F _reportdesk_cli reportdesk-cli$'; then
    fail "the file registers no completion for reportdesk-cli: $(complete -p reportdesk-cli 2>&1)"
fi

# expect "<command line, the last word is completed>" <expected replies...>
# The line is split on spaces as bash would ("\ " stays inside a word, "="
# is a word of its own as COMP_WORDBREAKS makes it); a trailing space
# completes an empty word.
expect() {
    local line=$1 joined
    shift
    joined=${line//\\ /$'\001'}
    read -r -a COMP_WORDS <<<"$joined"
    COMP_WORDS=("${COMP_WORDS[@]//$'\001'/\\ }")
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _reportdesk_cli reportdesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    local got want
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort)
    want=$(printf '%s\n' "$@" | sort)
    if [ "$got" = "$want" ]; then
        echo "ok: '$line' -> $(tr '\n' ' ' <<<"$got")"
    else
        fail "'$line' -> [$(tr '\n' ' ' <<<"$got")], expected [$(tr '\n' ' ' <<<"$want")]"
    fi
}

global=(--site --endpoint --lang --signature --profile --json --verbose --no-history --version --help)

# --- commands, subcommands, options, values ---------------------------------
expect "reportdesk-cli " reports export status download profile schedule history help
expect "reportdesk-cli schedule " add list remove run-due run
expect "reportdesk-cli schedule r" remove run-due run
expect "reportdesk-cli schedule add weekly --weekly mon," mon,thu mon,tue,wed,thu,fri
expect "reportdesk-cli schedule add weekly --report 377665 --ke" --keep
expect "reportdesk-cli schedule add weekly --at 07:30 --type " html pdf
expect "reportdesk-cli schedule list --k"
expect "reportdesk-cli st" status
expect "reportdesk-cli --json --lang en " reports export status download profile schedule history help
expect "reportdesk-cli profile " add list remove
expect "reportdesk-cli --json profile r" remove
expect "reportdesk-cli export 377665 --type " html pdf
expect "reportdesk-cli export 377665 --type p" pdf
expect "reportdesk-cli --site " cn intl
expect "reportdesk-cli --lang " zh en
expect "reportdesk-cli --lang =" zh en
expect "reportdesk-cli --lang = z" zh
expect "reportdesk-cli --signature v" v3 v1
expect "reportdesk-cli profile add ops --signature " v3 v1
expect "reportdesk-cli --p" --profile
expect "reportdesk-cli export 377665 --" "${global[@]}" --type --wait --output
expect "reportdesk-cli status 1042 --" "${global[@]}" --wait
expect "reportdesk-cli download 1042 --o" --output
expect "reportdesk-cli profile add ops --d" --default
expect "reportdesk-cli history " verify export
expect "reportdesk-cli history export --" "${global[@]}" --csv --since --output
expect "reportdesk-cli history export --since 2024-01-01 --c" --csv
expect "reportdesk-cli history verify --" "${global[@]}"
expect "reportdesk-cli history verify "
expect "reportdesk-cli reports --t"
expect "reportdesk-cli --endpoint "

# --- profile names from a fake reportdesk-cli --------------------------------
mkdir -p "$scratch/fake"
# The format of "reportdesk-cli --json profile list" (CliProfileCommand::listProfiles).
cat >"$scratch/fake/profiles.json" <<'JSON'
{"Profiles":[{"AccessKeyId":"LTAIexample","Default":true,"Endpoint":"","Name":"ops prod","SignatureVersion":"v3","Site":"cn"},{"AccessKeyId":"LTAIother","Default":false,"Endpoint":"","Name":"ops-test","SignatureVersion":"v1","Site":"intl"},{"AccessKeyId":"x","Default":false,"Endpoint":"","Name":"night \"cron\"","SignatureVersion":"v3","Site":"cn"}]}
JSON
cat >"$scratch/fake/reportdesk-cli" <<FAKE
#!/bin/sh
echo "\$*" >>"$scratch/fake/calls"
# Whatever the completion feeds it: it must not be left waiting for input.
if read -r _; then echo "stdin was not empty" >>"$scratch/fake/calls"; fi
cat "$scratch/fake/profiles.json"
FAKE
chmod +x "$scratch/fake/reportdesk-cli"
PATH="$scratch/fake:$PATH"
expect "reportdesk-cli --profile " 'ops\ prod' ops-test 'night\ \"cron\"'
expect "reportdesk-cli --profile ops-" ops-test
expect "reportdesk-cli --json profile remove " 'ops\ prod' ops-test 'night\ \"cron\"'
expect "reportdesk-cli profile remove ops\\ p" 'ops\ prod'
expect "reportdesk-cli profile remove ops-test "
expect "reportdesk-cli status --profile ops-test 1042 --w" --wait
if grep -qv '^--lang en --json profile list$' "$scratch/fake/calls"; then
    fail "the completion ran reportdesk-cli otherwise: $(cat "$scratch/fake/calls")"
fi

# --- the built reportdesk-cli with a saved profile ----------------------------
home="$scratch/home"
mkdir -p "$home/.config/ReportDesk" "$scratch/real"
cat >"$home/.config/ReportDesk/ReportDesk.conf" <<'CONF'
[profiles]
ops-prod\accessKeyId=LTAIexample
ops-prod\name=ops prod
ops-prod\signature=v3
ops-prod\site=cn
CONF
ln -s "$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")" "$scratch/real/reportdesk-cli"
PATH="$scratch/real:${PATH#"$scratch/fake:"}"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
unset DBUS_SESSION_BUS_ADDRESS
expect "reportdesk-cli --profile " 'ops\ prod'
expect "reportdesk-cli profile remove o" 'ops\ prod'

if [ "$failures" -ne 0 ]; then
    echo "bash completion: $failures check(s) failed" >&2
    exit 1
fi
echo "bash completion: all checks passed"
