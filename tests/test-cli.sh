#!/usr/bin/env bash
# rancang-cli as a user meets it: exit statuses, messages, files written.
set -u
cli="$1"
examples="$2"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT

passed=0
failed=0
check() { # check NAME CONDITION...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}
run() { # run EXPECTED_STATUS CMD... ; output in $out, stderr in $err
  local expected="$1"; shift
  out="$("$@" 2>"$work/stderr")"; status=$?
  err="$(cat "$work/stderr")"
  [ "$status" -eq "$expected" ] || { echo "  '$*' exited $status, expected $expected; stderr: $err" >&2; return 1; }
}
contains() { case "$1" in *"$2"*) return 0 ;; *) echo "  '$1' does not contain '$2'" >&2; return 1 ;; esac; }

# --help and --version, for the program and each command
check "help" run 0 "$cli" --help
check "help lists commands" contains "$out" "normalize"
check "version" run 0 "$cli" --version
check "version text" contains "$out" "rancang-cli 0."
for c in new validate normalize; do
  check "$c --help" run 0 "$cli" "$c" --help
  check "$c --help usage" contains "$out" "rancang-cli"
  check "$c --version" run 0 "$cli" "$c" --version
done
check "unknown command" run 2 "$cli" frobnicate
check "unknown command says so" contains "$err" "unknown command 'frobnicate'"
check "unknown option" run 2 "$cli" validate --frob x.xml

# validate: both examples are valid
check "examples validate" run 0 "$cli" validate "$examples/renja-bontang-2023.xml" "$examples/renstra-serang-2019-2023.xml"
check "valid message" contains "$out" "renja-bontang-2023.xml: valid"

# validate: an invalid file gives FILE:LINE:COL and status 1
sed 's#<status>rancangan-akhir</status>#<status>hampir</status>#' "$examples/renja-bontang-2023.xml" > "$work/bad.xml"
check "invalid file" run 1 "$cli" validate "$work/bad.xml"
line=$(grep -n '<status>hampir' "$work/bad.xml" | cut -d: -f1)
check "invalid names line and column" contains "$err" "$work/bad.xml:$line:5: "
check "invalid says expected" contains "$err" "rancangan-akhir"
check "missing file is an I/O error" run 2 "$cli" validate "$work/none.xml"
check "no file given" run 2 "$cli" validate
check "worst status wins" run 2 "$cli" validate "$work/bad.xml" "$work/none.xml"

# new
check "new renja" run 0 "$cli" new --kind renja --year 2024 --opd "Badan Kepegawaian Daerah" --acronym BKD --pemda "Kota Bontang" -o "$work/renja.xml"
check "new renja validates" run 0 "$cli" validate "$work/renja.xml"
check "new renja has the OPD" grep -q '<opd acronym="BKD">Badan Kepegawaian Daerah</opd>' "$work/renja.xml"
check "new renja has the year" grep -q '<plan-year>2024</plan-year>' "$work/renja.xml"
check "new renstra" run 0 "$cli" new --kind renstra --year 2025 -o "$work/renstra.xml"
check "new renstra period" grep -q '<period start="2025" end="2029"/>' "$work/renstra.xml"
check "new refuses to overwrite" run 2 "$cli" new --kind renja --year 2024 -o "$work/renja.xml"
check "new bad kind" run 2 "$cli" new --kind lkjip --year 2024 -o "$work/x.xml"
check "new bad year" run 2 "$cli" new --kind renja --year 24 -o "$work/x.xml"
check "new control character" run 2 "$cli" new --kind renja --year 2024 --opd "$(printf 'Badan\001')" -o "$work/x.xml"
check "new wrote nothing on error" test ! -e "$work/x.xml"

# normalize: canonical output is stable; in place keeps a backup
python3 - "$examples/renja-bontang-2023.xml" "$work/messy.xml" <<'PY'
import sys, re
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"\n\s+<", "\n<", s)                                   # indentation gone
s = re.sub(r'<row level="([a-z]+)" kode="([^"]*)"', r'<row  kode="\2"  level="\1"', s)  # attribute order
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
check "normalize to file" run 0 "$cli" normalize "$work/messy.xml" -o "$work/clean.xml"
check "normalize to stdout" run 0 "$cli" normalize "$work/clean.xml" -o -
printf '%s\n' "$out" > "$work/stdout.xml"
check "canonical is stable" cmp -s "$work/clean.xml" "$work/stdout.xml"
cp "$examples/renstra-serang-2019-2023.xml" "$work/serang.xml"
sed -i 's#^  <metadata>#<metadata>#' "$work/serang.xml"
cp "$work/serang.xml" "$work/serang-before.xml"
check "normalize in place" run 0 "$cli" normalize "$work/serang.xml"
check "normalize in place is canonical" cmp -s "$work/serang.xml" "$examples/renstra-serang-2019-2023.xml"
check "normalize keeps backup" cmp -s "$work/serang.xml.bak" "$work/serang-before.xml"
check "normalize invalid" run 1 "$cli" normalize "$work/bad.xml"
check "normalize invalid leaves file" grep -q '<status>hampir' "$work/bad.xml"

# a save into a read-only folder fails with a reason and touches nothing
mkdir "$work/ro" && cp "$work/renja.xml" "$work/ro/renja.xml" && chmod 0555 "$work/ro"
if [ -w "$work/ro" ]; then mkdir "$work/ro/renja.xml.bak"; fi   # root: block the backup instead
check "read-only save fails" run 2 "$cli" normalize "$work/ro/renja.xml"
check "read-only save says why" contains "$err" "not saved"
check "read-only original intact" cmp -s "$work/ro/renja.xml" "$work/renja.xml"

# check: the inconsistencies of the Bontang original (shared/domain/renja.md section 9)
bontang="$examples/renja-bontang-2023.xml"
check "check finds" run 1 "$cli" check "$bontang"
check "check: Tabel 2.5 program total short by 333.000" contains "$out" "$(printf 't2-5\t#1\tpagu_hasil\t11051497647\t11051830647')"
check "check: Tabel 2.5 TOTAL" contains "$out" "$(printf 'pagu_hasil\t15322392322\t15322725322')"
check "check: #DIV/0! of 05.21" contains "$out" "$(printf 't2-1\t05.21\tk8\t#DIV/0!')"
check "check: #DIV/0! of 16.01" contains "$out" "$(printf 't2-1\t16.01\tk8\t#DIV/0!')"
check "check: 30/40 printed as -" contains "$out" "$(printf 't2-1\t16.09\tk8\t-\t75')"
check "check: Tabel 3.3 roll-ups are exact" test "$(printf '%s\n' "$out" | grep -c "^t3-3")" -eq 0
check "check on a new document" run 0 "$cli" check "$work/renja.xml"
check "check invalid file" run 2 "$cli" check "$work/bad.xml"

# swot: Serang IFAS/EFAS (shared/domain/swot-fixtures.md F1-F3)
check "swot" run 0 "$cli" swot "$examples/renstra-serang-2019-2023.xml"
check "swot total S" contains "$out" "total S    5.7"
check "swot IFAS" contains "$out" "IFAS       0.7"
check "swot EFAS" contains "$out" "EFAS       0.3"
check "swot quadrant" contains "$out" "quadrant   I (S-O, Progresif)"

# table export: computed roll-ups in plain C form (renja-fixtures-bontang.md B-3.3)
check "export" run 0 "$cli" table export "$bontang" --id t3-3
check "export program penunjang 2023" contains "$out" "program,5.03.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
check "export program penunjang pagu" contains "$out" ",10909930646,"
check "export total row" contains "$out" "15322725321"
check "export unknown table" run 2 "$cli" table export "$bontang" --id t9-9

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
