#!/usr/bin/env bash
# Render the HTML dossier to a PNG with headless Chromium.
#
# Usage: tools/render_report.sh INPUT OUT.png [WIDTHxHEIGHT]
#   INPUT is an HTML report (from `evclaims report --format html -o report.html`)
#   or a ledger (.yaml/.yml), which is first rendered with
#   `evclaims --ledger INPUT report --format html`.
# Needs Debian's `chromium` package: apt-get update && apt-get install -y chromium
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 REPORT.html|LEDGER.yaml OUT.png [WIDTHxHEIGHT]" >&2
    exit 2
fi
input=$1
out=$2
size=${3:-1280x2000}
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
    echo "$0: chromium not found; install it with: apt-get install -y chromium" >&2
    exit 2
fi
if [[ ! -f $input ]]; then
    echo "$0: $input: no such file" >&2
    exit 2
fi

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
case $input in
    *.yaml | *.yml)
        html="$(cd "$(dirname "$input")" && pwd)/.evclaims-report-$$.html"
        trap 'rm -rf "$workdir" "$html"' EXIT
        evclaims --ledger "$input" report --format html -o "$html"
        ;;
    *)
        html="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
        ;;
esac
case $out in
    /*) target=$out ;;
    *) target="$PWD/$out" ;;
esac

"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$workdir/profile" --screenshot="$target" \
    --window-size="${size/x/,}" "file://$html" >"$workdir/chromium.log" 2>&1 || {
    cat "$workdir/chromium.log" >&2
    exit 1
}
if [[ ! -s $target ]]; then
    echo "$0: chromium wrote no screenshot" >&2
    cat "$workdir/chromium.log" >&2
    exit 1
fi
echo "$target"
