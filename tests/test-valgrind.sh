#!/usr/bin/env bash
# valgrind memcheck over rancang-cli on both examples: no invalid access, no
# use of uninitialised memory, no definite leak.
#
#   test-valgrind.sh RANCANG_CLI EXAMPLES_DIR [REPLAY DIR...]
#
# With REPLAY (a fuzz target's replay program, fuzz/replay.c), also runs it
# under valgrind over the DIRs: libxml2 is not built with AddressSanitizer,
# so a bad read inside it shows only here.
# Runs every command of the table below that this rancang-cli has (asked with
# COMMAND --help), so that export and render join when they exist: give each
# new command its arguments here. Skipped (exit 77) without valgrind, or in a
# sanitizer build, where valgrind cannot run.
set -u
cli="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
examples="$2"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind is not installed: skipped"; exit 77
fi
if nm -an "$cli" 2>/dev/null | grep -q -E '__asan_init|__ubsan_handle'; then
  echo "a sanitizer build: valgrind cannot run it, skipped"; exit 77
fi

# COMMAND ARGUMENTS: @IN@ is the example, @COPY@ a copy of it to rewrite,
# @OUT@ a file in a scratch folder, @TABLE@ the id of the example's first table.
# Exit 0 or 1 (findings) are both fine; any other means the command did not
# run through, which fails too. Still to add: "table import" (with a CSV of
# tests/data/csv), and the window (with GTK's suppressions).
commands=(
  "validate @IN@"
  "normalize @IN@ -o @OUT@.xml"
  "normalize @COPY@"
  "normalize @IN@ -o -"
  "check @IN@"
  "swot @IN@"
  "table export @IN@ --id @TABLE@"
  "export @IN@ -o @OUT@.pdf"
  "render @IN@ -o @OUT@.pdf"
)

passed=0
failed=0
for entry in "${commands[@]}"; do
  read -r command _ <<<"$entry"
  if ! "$cli" "$command" --help >/dev/null 2>&1; then
    echo "no '$command' command yet"; continue
  fi
  for example in "$examples"/*.xml; do
    name="$(basename "$example" .xml)"
    cp "$example" "$work/$name.xml"
    args="${entry#"$command"}"
    args="${args//@IN@/$example}"
    args="${args//@COPY@/$work/$name.xml}"
    table="$(grep -o '<table id="[^"]*"' "$example" | head -1 | cut -d'"' -f2)"
    args="${args//@TABLE@/$table}"
    args="${args//@OUT@/$work/out-$name}"
    # Unquoted on purpose: the arguments hold no spaces.
    # shellcheck disable=SC2086
    G_SLICE=always-malloc G_DEBUG=gc-friendly \
      valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
               --show-leak-kinds=definite --errors-for-leak-kinds=definite \
               --log-file="$work/valgrind.log" \
               "$cli" "$command" $args >/dev/null 2>"$work/stderr"
    status=$?
    rm -f "$work/$name.xml" "$work/$name.xml.bak" "$work"/out-*
    if [ "$status" -gt 1 ]; then
      failed=$((failed + 1))
      echo "FAIL: valgrind $command $name (exit $status):"
      head -c 2000 "$work/stderr"
      grep -E '^==[0-9]+== ' "$work/valgrind.log" | head -60
    else
      passed=$((passed + 1))
      summary="$(grep -E 'ERROR SUMMARY|definitely lost' "$work/valgrind.log" | sed 's/^==[0-9]*== *//' | tr '\n' ' ')"
      echo "ok: $command $name (exit $status): $summary"
    fi
  done
done
if [ $# -gt 0 ]; then
  replay="$1"; shift
  if valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
              --errors-for-leak-kinds=definite --log-file="$work/valgrind.log" \
              "$replay" "$@" >/dev/null 2>"$work/stderr"; then
    passed=$((passed + 1)); echo "ok: $(basename "$replay") $*"
  else
    failed=$((failed + 1)); echo "FAIL: valgrind $(basename "$replay") $*:"
    tail -3 "$work/stderr"; grep -E '^==[0-9]+== ' "$work/valgrind.log" | head -60
  fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
