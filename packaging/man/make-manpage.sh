#!/usr/bin/env bash
# Writes one gzip'ed manual page from a built program's own --help, so the
# page and --help never disagree and each language keeps a single source.
#
#   packaging/man/make-manpage.sh <out.1.gz> <program> [help2man options...]
#
# Run by the build (cmake/Packaging.cmake). The program runs with a scratch
# HOME and the C locale: the builder's saved language or locale must not
# choose the page's language (the CLI's pages pass --lang explicitly).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 <out.1.gz> <program> [help2man options...]" >&2
    exit 2
fi
out=$1
program=$2
shift 2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-manpage.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# -N: no "see the Texinfo manual" paragraph, there is none. -L C.UTF-8 keeps
# the Chinese text as UTF-8 instead of replacing it with question marks.
# An ASan build runs instrumented binaries; Qt's one-off allocations at exit
# are not the manual page's business.
env -u LC_MESSAGES -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
    help2man -N -L C.UTF-8 "$@" --output="$scratch/page.1" "$program"

# help2man reports a failing --help only as text in the page.
if ! grep -q '^\.SH DESCRIPTION' "$scratch/page.1"; then
    echo "make-manpage: $program --help gave no usable text" >&2
    exit 1
fi
# gzip -n: no name or timestamp, so the package is reproducible.
gzip -9n <"$scratch/page.1" >"$scratch/page.1.gz"
mv -f "$scratch/page.1.gz" "$out"
