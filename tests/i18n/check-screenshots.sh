#!/usr/bin/env bash
# Runs packaging/take-screenshots.sh into a scratch folder and checks that both
# pictures are real 1280-pixel-wide PNGs with more than a blank screen in them.
#   check-screenshots.sh SOURCE_DIR PATH/TO/reportdesk
set -euo pipefail
source_dir=$1
app=$2
out=$(mktemp -d "${TMPDIR:-/tmp}/reportdesk-screenshot-check.XXXXXX")
trap 'rm -rf "$out"' EXIT

"$source_dir/packaging/take-screenshots.sh" "$out" "$app"

status=0
for name in main-en.png main-zh.png; do
    picture=$out/$name
    if [[ ! -s $picture ]]; then
        echo "FAIL: $name was not written"
        status=1
        continue
    fi
    description=$(file -b "$picture")
    echo "$name: $description"
    if [[ $description != "PNG image data, 1280 x 800,"* ]]; then
        echo "FAIL: $name is not a 1280x800 PNG"
        status=1
    fi
    # A window full of text compresses far worse than an empty screen (~5 KB).
    size=$(stat -c %s "$picture")
    if ((size < 40000)); then
        echo "FAIL: $name is only $size bytes: nothing was drawn"
        status=1
    fi
done
if cmp -s "$out/main-en.png" "$out/main-zh.png"; then
    echo "FAIL: both pictures are identical: the language did not switch"
    status=1
fi
exit $status
