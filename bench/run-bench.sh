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

# The PDF: the generated 5,000-row Renja and the two examples.
top="$(cd "$(dirname "$0")/.." && pwd)"
"$build/bench/bench-render" "$work/renja-5000.xml" "$work/renja-5000.pdf"
for example in "$top"/resources/examples/*.xml; do
  "$build/bench/bench-render" "$example" "$work/$(basename "$example" .xml).pdf"
done

# The window (needs a display; xvfb-run provides one): launch to the first
# frame on the Bontang example, and keystrokes in the 5,000-row document.
window_bench="$build/bench/rancang-window-bench"
if [ -x "$window_bench" ] && command -v xvfb-run >/dev/null; then
  "$bench" generate 5000 "$work/renja-window-5000.xml"
  export GSETTINGS_SCHEMA_DIR="$build/resources" GDK_BACKEND=x11 GSK_RENDERER=cairo NO_AT_BRIDGE=1
  xvfb-run -a "$window_bench" launch "$top/resources/examples/renja-bontang-2023.xml" 2>/dev/null
  xvfb-run -a "$window_bench" keys "$work/renja-window-5000.xml" 200 2>/dev/null
fi
