#!/usr/bin/env bash
# Figures for the document core: load + validate + save of generated
# documents of 500, 5,000 and 50,000 rows, each size in its own process so
# that peak memory is that size's own. Usage: bench/run-bench.sh [BUILD_DIR]
set -euo pipefail
build="${1:-$(dirname "$0")/../_build}"
bench="$build/bench/rancang-bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for rows in 500 5000 50000; do
  "$bench" generate "$rows" "$work/renja-$rows.xml"
  "$bench" io "$work/renja-$rows.xml" 5
done
for rows in 5000 50000; do
  "$bench" compute "$work/renja-$rows.xml"
done
"$bench" share "$work/renja-5000.xml"

# The same diff and merge end to end, as a user runs them: rancang-cli
# reading and validating both files, then writing (merge). Median of 9.
"$bench" share-files "$work/renja-5000.xml" "$work"
cli="$build/src/cli/rancang-cli"
median_ms() { # median_ms CMD... : the median wall time of 9 runs, in ms
  for _ in 1 2 3 4 5 6 7 8 9; do
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | sort -n | sed -n 5p
}
echo "rancang-cli diff  5,000 rows: $(median_ms "$cli" diff "$work/old.xml" "$work/new.xml") ms (median of 9)"
echo "rancang-cli merge 5,000 rows: $(median_ms "$cli" merge "$work/base.xml" "$work/part.xml" -o "$work/merged.xml") ms (median of 9)"

# The PDF: the generated 5,000-row Renja and the two examples.
top="$(cd "$(dirname "$0")/.." && pwd)"
"$build/bench/bench-render" "$work/renja-5000.xml" "$work/renja-5000.pdf"
for example in "$top"/resources/examples/*.xml; do
  "$build/bench/bench-render" "$example" "$work/$(basename "$example" .xml).pdf"
done

# The window (needs a display; xvfb-run provides one): launch to the first
# frame on the Bontang example, keystrokes in the 5,000-row document, and
# its table in the table editor.
window_bench="$build/bench/rancang-window-bench"
if [ -x "$window_bench" ] && command -v xvfb-run >/dev/null; then
  "$bench" generate 5000 "$work/renja-window-5000.xml"
  export GSETTINGS_SCHEMA_DIR="$build/resources" GDK_BACKEND=x11 GSK_RENDERER=cairo NO_AT_BRIDGE=1
  xvfb-run -a "$window_bench" launch "$top/resources/examples/renja-bontang-2023.xml" 2>/dev/null
  xvfb-run -a "$window_bench" keys "$work/renja-window-5000.xml" 200 2>/dev/null
  # The 5,000-row table in the table editor: open, a value kept, scrolling.
  xvfb-run -a -s '-screen 0 1366x768x24' "$window_bench" table "$work/renja-window-5000.xml" 100 2>/dev/null
fi
