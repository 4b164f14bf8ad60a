#!/usr/bin/env bash
# Builds the Debian package of a configured, built tree, unpacks it into a
# temporary root and checks that it holds and runs what it should.
#
#   packaging/check-deb.sh <builddir>
#
# Run by CTest as packaging_deb. The package, cpack's staging area and the
# unpacked root all live in a scratch folder, so nothing in the build tree
# changes while other tests run in parallel. What to expect comes from
# <builddir>/packaging/deb-manifest.txt, written by cmake/Packaging.cmake from
# the same lists as the install rules.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 <configured build dir>" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
manifest="$build/packaging/deb-manifest.txt"
[ -f "$manifest" ] || { echo "FAIL: $manifest is missing (re-run cmake)" >&2; exit 1; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-check-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

field() { awk -v k="$1" '$1 == k { sub(/^[^ ]+ /, ""); print }' "$manifest"; }
package=$(field package)
version=$(field version)
arch=$(dpkg --print-architecture)

# --- build the package ----------------------------------------------------
# cpack runs the build tree's install scripts; it does not build anything, so
# a binary that was not built makes it fail here.
if ! (cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out") >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
deb="$scratch/out/${package}_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: expected $(basename "$deb"), cpack made: $(cd "$scratch/out" && ls ./*.deb 2>/dev/null)" >&2
    exit 1
fi
ok "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- control fields -------------------------------------------------------
check_control() { # <field> <regex>
    local value
    value=$(dpkg-deb --field "$deb" "$1")
    if grep -Eq -- "$2" <<<"$value"; then
        ok "$1 matches $2"
    else
        fail "$1 is '$value', expected to match $2"
    fi
}
check_control Package "^${package}\$"
check_control Version "^${version}\$"
check_control Architecture "^${arch}\$"
# Computed by dpkg-shlibdeps (proves it ran) ...
check_control Depends '(^|, )libqt6widgets6( |,|$)'
check_control Depends '(^|, )libqt6keychain1( |,|$)'
# ... and the ones the linker cannot see.
check_control Depends '(^|, )libsecret-1-0(,|$)'
check_control Depends '(^|, )libqt6svg6(,|$)'
check_control Recommends 'gnome-keyring \| kwalletmanager'
check_control Recommends 'fonts-wqy-microhei \| fonts-noto-cjk'
check_control Depends '(^|, )qt6-translations-l10n(,|$)' # Qt's own Chinese (file dialog, buttons)
check_control Maintainer '<[^>]+@[^>]+>'
check_control Homepage '^https://'
check_control Section '.'
if [ "$(dpkg-deb --field "$deb" Description | wc -l)" -gt 1 ]; then
    ok "Description has a long part"
else
    fail "Description has no long part"
fi

# Everything under /usr, owned by root.
if bad=$(dpkg-deb --contents "$deb" | awk '$6 !~ /^\.\/(usr\/.*)?$/ { print $6 }') && [ -n "$bad" ]; then
    fail "files outside /usr: $bad"
fi
if bad=$(dpkg-deb --contents "$deb" | awk '$2 != "root/root" { print $2, $6 }') && [ -n "$bad" ]; then
    fail "files not owned by root: $bad"
fi

# --- unpacked files -------------------------------------------------------
root="$scratch/root"
dpkg-deb --extract "$deb" "$root"

while read -r kind a b; do
    case "$kind" in
    exe)
        if [ ! -x "$root/$a" ]; then
            fail "/$a missing or not executable"
        elif file -b "$root/$a" | grep -q ', stripped'; then
            ok "/$a (stripped)"
        else
            fail "/$a is not stripped: $(file -b "$root/$a")"
        fi
        ;;
    file)
        if [ -s "$root/$a" ]; then ok "/$a"; else fail "/$a missing or empty"; fi
        ;;
    changelog)
        # The newest entry is this version (a native package: no Debian revision).
        if [ ! -f "$root/$a" ]; then
            fail "/$a missing"
        elif zcat "$root/$a" | head -n1 | grep -q "^${package} (${version//./\\.}) "; then
            ok "/$a starts with ${package} (${version})"
        else
            fail "/$a does not start with '${package} (${version})': $(zcat "$root/$a" | head -n1)"
        fi
        ;;
    man)
        # Debian wants the pages gzip'ed; man must find them in the package.
        if [ ! -s "$root/$a" ]; then
            fail "/$a missing or empty"
        elif ! gzip -t "$root/$a" 2>/dev/null; then
            fail "/$a is not gzip'ed"
        elif zcat "$root/$a" | grep -q '^\.TH '; then
            ok "/$a"
        else
            fail "/$a is not a manual page"
        fi
        ;;
    icon)
        if [ ! -f "$root/$b" ]; then
            fail "/$b missing"
        elif file -b "$root/$b" | grep -q "^PNG image data, $a x $a,"; then
            ok "/$b is a ${a}x$a PNG"
        else
            fail "/$b is not a ${a}x$a PNG: $(file -b "$root/$b")"
        fi
        ;;
    esac
done <"$manifest"

# The metainfo, .desktop entry and icons together, as software centres read them.
if out=$(appstreamcli validate-tree --no-net --strict "$root" 2>&1); then
    ok "appstreamcli validate-tree"
else
    echo "$out" >&2
    fail "appstreamcli validate-tree"
fi

# Debian's own checks. Every tag of these kinds fails the check (the pages and
# the completion are what this package adds to a plain install); the rest of
# lintian's output is printed for the log.
lintian_fatal='no-manual-page|manpage-has-|manpage-not-compressed|bad-whatis-entry|manpage-section-mismatch'
lintian_fatal+='|bash-completion|binary-without-manpage'
if ! command -v lintian >/dev/null; then
    fail "lintian is missing (packaging/install-deps.sh installs it)"
elif ! lintian --fail-on none --display-info --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1; then
    # --fail-on none: a non-zero exit means lintian itself could not run.
    cat "$scratch/lintian.log" >&2
    fail "lintian could not check $(basename "$deb")"
else
    sed 's/^/lintian: /' "$scratch/lintian.log"
    if bad=$(grep -E "^[EWIP]: [^ ]+: ($lintian_fatal)" "$scratch/lintian.log") && [ -n "$bad" ]; then
        fail "lintian: $bad"
    else
        ok "lintian: no manual page or completion tags"
    fi
fi

# --- the installed programs run from the package ----------------------------
# No build paths may leak into the binaries: without a RUNPATH into the build
# tree and without LD_LIBRARY_PATH they must find every library on the system.
home="$scratch/home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
while read -r kind exe _; do
    [ "$kind" = exe ] || continue
    name=$(basename "$exe")
    if readelf -d "$root/$exe" 2>/dev/null | grep -E 'RPATH|RUNPATH' | grep -Fq "$build"; then
        fail "$name has a RUNPATH into the build tree"
    fi
    # An ASan build packages instrumented binaries; Qt's one-off allocations
    # at exit are not this check's business.
    if out=$(cd "$scratch" && env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" \
        QT_QPA_PLATFORM=offscreen ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
        timeout 60 "$root/$exe" --version </dev/null 2>&1); then
        if grep -Fq -- "$version" <<<"$out"; then
            ok "$name --version: $(head -n1 <<<"$out")"
        else
            fail "$name --version printed no $version: $out"
        fi
    else
        fail "$name --version exited $?: $out"
    fi
done <"$manifest"

if [ "$failures" -ne 0 ]; then
    echo "check-deb: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb: $(basename "$deb") is complete and runs"
