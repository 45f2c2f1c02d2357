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
