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
not() { if "$@" 2>/dev/null; then echo "  '$*' holds" >&2; return 1; fi; }
# row_has FILE TEXT CELL: some <row> of FILE holds both the line TEXT and
# the line CELL (fixed strings), so a cell is judged in its own row.
row_has() {
  awk -v text="$2" -v cell="$3" '
    /<row[ >]/ { inrow = 1; t = 0; c = 0 }
    inrow && index($0, text) { t = 1 }
    inrow && index($0, cell) { c = 1 }
    /<\/row>/ { if (inrow && t && c) found = 1; inrow = 0 }
    END { exit found ? 0 : 1 }' "$1" && return 0
  echo "  no row of $1 holds both '$2' and '$3'" >&2; return 1
}

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

# table import: the Bontang Tabel 3.3 as an Indonesian Excel saves it (BOM, CRLF, ";",
# money as 10.909.930.646), into a copy of a new document (renja-fixtures-bontang.md B-3.3)
csvdir="$(cd "$(dirname "$0")" && pwd)/data/csv"
cp "$work/renja.xml" "$work/imp.xml"
check "import --help" run 0 "$cli" table import --help
check "import --help usage" contains "$out" "FILE.csv"
check "import" run 0 "$cli" table import "$work/imp.xml" --template rencana-program --id t3-3 --section 3.3 \
  --caption "Rumusan Rencana Program dan Kegiatan Perangkat Daerah" "$csvdir/bontang-3-3.csv"
check "import keeps backup" cmp -s "$work/imp.xml.bak" "$work/renja.xml"
check "import validates" run 0 "$cli" validate "$work/imp.xml"
check "import: the original's roll-ups are exact" run 0 "$cli" check "$work/imp.xml"
check "import export" run 0 "$cli" table export "$work/imp.xml" --id t3-3
printf '%s\n' "$out" > "$work/imported.csv"
check "import: program roll-up" contains "$out" "program,5.03.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
check "import: program roll-up 10909930646" contains "$out" ",10909930646,"
check "import: total 15322725321" contains "$out" "total,,TOTAL,,,,,15322725321,"
check "import: unit to satuan" contains "$out" "kegiatan,5.03.01.2.08,Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah,Jumlah penyediaan jasa penunjang urusan pemerintah daerah,jenis,,3,320096784,"
"$cli" table export "$bontang" --id t3-3 > "$work/original.csv"
# the same table as the transcribed original, but for 5.03.02's "4 ; 25 ; 15" split into its three indicators
check "import equals the original" cmp -s <(grep -v 'Indeks Dimensi' "$work/imported.csv") <(grep -v 'Indeks Dimensi' "$work/original.csv")
cp "$work/renja.xml" "$work/imp2.xml"
check "import the export back (US numbers)" run 0 "$cli" table import "$work/imp2.xml" --template rencana-program --id t3-3 --numbers us "$work/imported.csv"
check "export again" run 0 "$cli" table export "$work/imp2.xml" --id t3-3
printf '%s\n' "$out" > "$work/imported2.csv"
check "export, import, export is stable" cmp -s "$work/imported.csv" "$work/imported2.csv"
check "import: default is the last section" test "$(grep -B3 '<table id="t3-3"' "$work/imp2.xml" | grep -c '<section id="program-dan-kegiatan">')" -eq 1

# a cell that cannot be read: exit 1, row and column named, the document byte-identical
cp "$work/renja.xml" "$work/bad-import.xml"
printf 'level;kode;uraian;pagu\r\nprogram;5.03.01;P;\r\nkegiatan;5.03.01.2.01;A;1.000\r\nkegiatan;5.03.01.2.02;B;2.000\r\n\r\nkegiatan;5.03.01.2.03;C;3.000\r\nkegiatan;5.03.01.2.04;D;12,5,3\r\n' > "$work/data.csv"
check "import bad cell" run 1 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/data.csv"
check "import bad cell names row and column" contains "$err" "$work/data.csv:7: column pagu: "
check "import bad cell quotes it" contains "$err" "12,5,3"
check "import bad cell leaves the document" cmp -s "$work/bad-import.xml" "$work/renja.xml"
check "import bad cell writes no backup" test ! -e "$work/bad-import.xml.bak"
printf 'level,kode,uraian\nprogram,1,"open\nprogram,2,B\n' > "$work/quote.csv"
check "import unbalanced quote" run 1 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/quote.csv"
check "import unbalanced quote: line" contains "$err" "$work/quote.csv:2: the quote that opens cell 3 is never closed"
printf 'level,kode,uraian\nprogram,1,A,B\n' > "$work/wide.csv"
check "import too many cells" run 1 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/wide.csv"
check "import too many cells: line" contains "$err" "$work/wide.csv:2: the row has 4 cells, but the header names 3 columns"
printf 'level,kode,anggaran\nprogram,1,5\n' > "$work/key.csv"
check "import unknown key" run 1 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/key.csv"
check "import unknown key: the template's keys" contains "$err" "$work/key.csv:1: the header names the column “anggaran”, which the template rencana-program does not have; its columns are: level, kode, uraian,"
printf 'level,kode,uraian\nprogram,1,Bont\341ng\n' > "$work/latin1.csv"
check "import not UTF-8" run 1 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/latin1.csv"
check "import not UTF-8: line" contains "$err" "$work/latin1.csv:2: the text is not UTF-8"
check "import unknown template" run 2 "$cli" table import "$work/bad-import.xml" --template rencana-progam --id t9 "$work/key.csv"
check "import unknown template: which there are" contains "$err" "no table template “rencana-progam”; the built-in ones are evaluasi-renja,"
check "import duplicate id" run 2 "$cli" table import "$work/imp.xml" --template rencana-program --id t3-3 "$csvdir/bontang-3-3.csv"
check "import duplicate id: where" contains "$err" "$work/imp.xml:"
check "import duplicate id: says so" contains "$err" "already has a table with the id “t3-3”"
check "import unknown section" run 2 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 --section 3.9 "$work/data.csv"
check "import unknown section: which there are" contains "$err" "no section 3.9; its chapters and sections are 1, 1.1,"
check "import bad --numbers" run 2 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 --numbers de "$work/data.csv"
check "import missing CSV" run 2 "$cli" table import "$work/bad-import.xml" --template rencana-program --id t9 "$work/none.csv"
check "import without --id" run 2 "$cli" table import "$work/bad-import.xml" --template rencana-program "$work/data.csv"
check "import errors left the document" cmp -s "$work/bad-import.xml" "$work/renja.xml"

# generic: tab-separated, as pasted from a spreadsheet; the header gives the columns
printf 'No.\tUraian\tJumlah\n1\tStruktural\t12\n2\tFungsional\t30\n' > "$work/sdm.tsv"
check "import generic" run 0 "$cli" table import "$work/imp.xml" --template generic --id t-sdm --section 2.2 "$work/sdm.tsv"
check "import generic validates" run 0 "$cli" validate "$work/imp.xml"
check "import generic columns" grep -q '<column key="jumlah">Jumlah</column>' "$work/imp.xml"

# the rounding rule (renja.md 3.1, S Tabel 2.1): 929/1500 printed 61 and 520/560 printed 92 are
# truncated, 22/34 printed 65 is half-up
printf 'level;kode;uraian;k6;k7;k8\nkegiatan;5.03.02.2.01.11;kenaikan gaji berkala;1500;929;61\nkegiatan;5.04.02.2.02.07;latsar;560;520;92\nkegiatan;X.XX.01.2.07.02;Pengadaan Kendaraan;34;22;65\n' > "$work/s21.csv"
cp "$work/renja.xml" "$work/half-up.xml"
sed 's#<paper size="a4"/>#<paper size="a4"/>\n    <option name="rounding" value="truncate"/>#' "$work/renja.xml" > "$work/truncate.xml"
check "rounding option validates" run 0 "$cli" validate "$work/truncate.xml"
check "import S 2.1 (half-up)" run 0 "$cli" table import "$work/half-up.xml" --template evaluasi-renja --id t2-1 --section 2.1 "$work/s21.csv"
check "import says there are findings" contains "$err" "'rancang-cli check' lists 2 findings"
check "import S 2.1 (truncate)" run 0 "$cli" table import "$work/truncate.xml" --template evaluasi-renja --id t2-1 --section 2.1 "$work/s21.csv"
check "half-up: findings" run 1 "$cli" check "$work/half-up.xml"
check "half-up: 61 is short" contains "$out" "$(printf 't2-1\t5.03.02.2.01.11\tk8\t61\t61.93')"
check "half-up: 92 is short" contains "$out" "$(printf 't2-1\t5.04.02.2.02.07\tk8\t92\t92.86')"
check "half-up: 65 is right" test "$(printf '%s\n' "$out" | grep -c 'X.XX.01.2.07.02')" -eq 0
check "truncate: findings" run 1 "$cli" check "$work/truncate.xml"
check "truncate: 61 and 92 are right" test "$(printf '%s\n' "$out" | grep -c '^t2-1')" -eq 1
check "truncate: 65 is not" contains "$out" "$(printf 't2-1\tX.XX.01.2.07.02\tk8\t65\t64.7')"
check "export half-up" run 0 "$cli" table export "$work/half-up.xml" --id t2-1
check "export half-up: 92.86" contains "$out" ",560,520,92.86,"
check "export truncate" run 0 "$cli" table export "$work/truncate.xml" --id t2-1
check "export truncate: 92.85" contains "$out" ",560,520,92.85,"
check "export truncate: 61.93" contains "$out" ",1500,929,61.93,"

# diff (issue #8): one pagu of a sub kegiatan in t3-3 changed
bontang="$examples/renja-bontang-2023.xml"
sed '/<row level="subkegiatan" kode="5.03.01.2.01.07">/,/<\/row>/s#<c k="pagu">5916000</c>#<c k="pagu">6000000</c>#' "$bontang" > "$work/pagu.xml"
check "diff identical" run 0 "$cli" diff "$bontang" "$bontang"
check "diff identical: no output" test -z "$out"
check "diff pagu" run 1 "$cli" diff "$bontang" "$work/pagu.xml"
check "diff pagu: one line" test "$(printf '%s\n' "$out" | wc -l)" -eq 1
check "diff pagu: table, kode, column, values, difference" contains "$out" "$(printf 'cell\tchanged\tt3-3\t5.03.01.2.01.07\tpagu\t5916000\t6000000\t+84000')"
check "diff csv" run 1 "$cli" diff --format csv "$bontang" "$work/pagu.xml"
check "diff csv: header" contains "$out" "what,change,where,key,field,old,new,difference"
check "diff csv: the cell" contains "$out" "cell,changed,t3-3,5.03.01.2.01.07,pagu,5916000,6000000,+84000"
check "diff bad format" run 2 "$cli" diff --format xls "$bontang" "$work/pagu.xml"
check "diff one file" run 2 "$cli" diff "$bontang"
check "diff missing file" run 2 "$cli" diff "$bontang" "$work/none.xml"
check "diff --help" run 0 "$cli" diff --help
check "diff --help usage" contains "$out" "OLD.xml NEW.xml"

# merge (issue #8): two bidang parts of t3-3 into the base; then a conflict
share="$(dirname "$0")/data/share"
check "merge parts" run 0 "$cli" merge "$share/base.xml" "$share/part-a.xml" "$share/part-b.xml" -o "$work/merged.xml"
check "merge: valid" run 0 "$cli" validate "$work/merged.xml"
check "merge: the example again, with offices" run 1 "$cli" diff "$bontang" "$work/merged.xml"
check "merge: only offices differ" test "$(printf '%s\n' "$out" | grep -vc '@office')" -eq 0
check "merge: rows of part A say so" contains "$out" "$(printf 'row\tchanged\tt3-3\t5.03.01\t@office\t\tBKPSDM-SEKRETARIAT')"
check "merge: export" run 0 "$cli" table export "$work/merged.xml" --id t3-3
check "merge: program 5.03.01 pagu" contains "$out" ",5.03.01,PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA,Persentase pemenuhan layanan penunjang urusan pemerintahan daerah,persen,,100,10909930646,"
check "merge: TOTAL" contains "$out" "total,,TOTAL,,,,,15322725321,"
sed '/<row level="subkegiatan" kode="5.03.01.2.01.07">/,/<\/row>/s#<c k="pagu">5916000</c>#<c k="pagu">6000000</c>#' "$share/part-a.xml" > "$work/part-a2.xml"
check "merge conflict" run 1 "$cli" merge "$bontang" "$work/part-a2.xml" -o "$work/conflict.xml"
check "merge conflict: names it" contains "$out" "$(printf 'conflict\tt3-3\t5.03.01.2.01.07\tpagu\t5916000\tBKPSDM\t6000000\tBKPSDM-SEKRETARIAT')"
check "merge conflict: nothing written" test ! -e "$work/conflict.xml"
check "merge --prefer part" run 0 "$cli" merge "$bontang" "$work/part-a2.xml" -o "$work/prefer.xml" --prefer part
check "merge --prefer part: the part's value" run 1 "$cli" diff "$bontang" "$work/prefer.xml"
check "merge --prefer part: pagu" contains "$out" "$(printf 'cell\tchanged\tt3-3\t5.03.01.2.01.07\tpagu\t5916000\t6000000\t+84000')"
check "merge --prefer base" run 0 "$cli" merge "$bontang" "$work/part-a2.xml" -o "$work/prefer.xml" --prefer base
check "merge --prefer base: no cell changed" run 1 "$cli" diff "$bontang" "$work/prefer.xml"
check "merge --prefer base: only offices" test "$(printf '%s\n' "$out" | grep -vc '@office')" -eq 0
check "merge bad --prefer" run 2 "$cli" merge "$bontang" "$work/part-a2.xml" -o "$work/x.xml" --prefer mine
check "merge without -o" run 2 "$cli" merge "$bontang" "$work/part-a2.xml"
check "merge --help" run 0 "$cli" merge --help

# identity (issue #8): an id, a revision counted up by the commands that change a document
check "identity new" run 0 "$cli" new --kind renja --year 2024 --opd "Badan Kepegawaian Daerah" --acronym BKD --pemda "Kota Bontang" -o "$work/ident.xml"
check "identity: id" grep -q '<document [^>]*id="doc-' "$work/ident.xml"
check "identity: revision 1" grep -q '<document [^>]*revision="1"' "$work/ident.xml"
check "identity: time of the save" grep -q '<option name="saved" value="20[0-9-]*T[0-9:]*Z"/>' "$work/ident.xml"
idline="$(grep -o ' id="doc-[^"]*"' "$work/ident.xml")"
check "identity import" run 0 "$cli" table import "$work/ident.xml" --template generic --id t-sdm "$work/sdm.tsv"
check "identity: revision 2" grep -q '<document [^>]*revision="2"' "$work/ident.xml"
check "identity: same id" grep -q "$idline" "$work/ident.xml"
cp "$work/ident.xml" "$work/ident-before.xml"
check "identity normalize" run 0 "$cli" normalize "$work/ident.xml"
check "identity: normalize changes nothing" cmp -s "$work/ident.xml" "$work/ident-before.xml"
check "identity: merged revision" grep -q '<document [^>]*revision="1"' "$work/merged.xml"
check "identity: merged keeps the base id" grep -q '<document [^>]*id="bontang-renja-2023"' "$work/merged.xml"

# link (issue #8): a Renja records its Renstra; check --renstra compares the targets
check "link: a Renstra" run 0 "$cli" new --kind renstra --year 2021 --opd "Badan Kepegawaian" --acronym BKPSDM --pemda "Kota Bontang" -o "$work/renstra-linked.xml"
printf 'level;kode;uraian;indikator;satuan;t3\nprogram;5.03.01;PROGRAM PENUNJANG;Persentase;persen;100\nkegiatan;5.03.01.2.01;Perencanaan;Jumlah dokumen;Dokumen;3\n' > "$work/rp.csv"
check "link: its targets" run 0 "$cli" table import "$work/renstra-linked.xml" --template rencana-program-renstra --id t-rp "$work/rp.csv"
cp "$bontang" "$work/linked.xml"
check "link" run 0 "$cli" link "$work/linked.xml" "$work/renstra-linked.xml"
check "link: recorded" grep -q "<option name=\"renstra\" value=\"$(grep -o ' id="doc-[^"]*"' "$work/renstra-linked.xml" | cut -d'"' -f2)\"/>" "$work/linked.xml"
check "link: valid" run 0 "$cli" validate "$work/linked.xml"
check "link: check --renstra" run 1 "$cli" check "$work/linked.xml" --renstra "$work/renstra-linked.xml"
check "link: the target that differs" contains "$out" "$(printf 't3-3\t5.03.01.2.01\ttarget\t2\t3\tthe target for 2023 differs')"
check "link: only that target" test "$(printf '%s\n' "$out" | grep -c 'differs from the Renstra')" -eq 1
check "link: a kegiatan the Renstra does not plan" contains "$out" "$(printf 't3-3\t5.03.01.2.02\tkode\t')"
check "link: a planned one is not named" test "$(printf '%s\n' "$out" | grep -c "$(printf 't3-3\t5.03.01.2.01\tkode')")" -eq 0
check "link: the wrong way round" run 2 "$cli" link "$work/renstra-linked.xml" "$work/linked.xml"
check "link: check with another Renstra" run 2 "$cli" check "$work/linked.xml" --renstra "$examples/renstra-serang-2019-2023.xml"
check "link --help" run 0 "$cli" link --help

# fill-from-renstra (issue #8): a new Renja for 2021 gets the Serang Renstra's rows for 2021
serang="$examples/renstra-serang-2019-2023.xml"
check "fill: a new Renja" run 0 "$cli" new --kind renja --year 2021 --opd "Badan Kepegawaian" --acronym BKPSDM --pemda "Kota Serang" -o "$work/fill.xml"
cp "$work/fill.xml" "$work/fill-orig.xml"
check "fill" run 0 "$cli" fill-from-renstra "$work/fill.xml" "$serang" -o "$work/filled.xml"
check "fill: says how many rows" contains "$err" "rows added, 0 kept"
check "fill: -o leaves the Renja as it was" cmp -s "$work/fill.xml" "$work/fill-orig.xml"
check "fill: valid" run 0 "$cli" validate "$work/filled.xml"
check "fill: linked" grep -q '<option name="renstra" value="serang-renstra-2019-2023"/>' "$work/filled.xml"
check "fill: stamped" grep -q '<document [^>]*revision="2"' "$work/filled.xml"
# swot-fixtures.md F6, 2021: sub kegiatan 5.03.02.2.03.01 target 1, rp 56870000; 2022 rp 75000000
check "fill: the sub kegiatan" run 0 "$cli" table export "$work/filled.xml" --id rencana-program
check "fill: its target and pagu" contains "$out" "5.03.02.2.03.01"
check "fill: target 2021" row_has "$work/filled.xml" 'kode="5.03.02.2.03.01"' '<c k="target">1</c>'
check "fill: pagu 2021" row_has "$work/filled.xml" 'kode="5.03.02.2.03.01"' '<c k="pagu">56870000</c>'
check "fill: pagu 2022" row_has "$work/filled.xml" 'kode="5.03.02.2.03.01"' '<c k="pagu_maju">75000000</c>'
# ... and not another row's figures: 5.03.02.2.03.04 has 20000000 in 2021
check "fill: not a neighbour's pagu" not row_has "$work/filled.xml" 'kode="5.03.02.2.03.01"' '<c k="pagu">20000000</c>'
# renstra-swot.md 4.8, 2021: INDEKS PROFESIONALITAS ASN 0.90
check "fill: the tujuan" row_has "$work/filled.xml" '<c k="indikator">INDEKS PROFESIONALITAS ASN</c>' '<c k="t3">0.90</c>'
check "fill: check --renstra finds no target that differs" run 1 "$cli" check "$work/filled.xml" --renstra "$serang"
check "fill: none" test "$(printf '%s\n' "$out" | grep -c 'differs from the Renstra')" -eq 0
check "fill: only the Renstra's own roll-ups" test "$(printf '%s\n' "$out" | grep -vc -e '^rencana-program	5.03.01	pagu' -e '^rencana-program	5.03.02.2.04	pagu')" -eq 0
# again, in place: every row is there already and is kept
check "fill again" run 0 "$cli" fill-from-renstra "$work/filled.xml" "$serang"
check "fill again: kept" contains "$out" "$(printf 'kept\t5.03.02.2.03.01')"
check "fill again: nothing added" contains "$err" "0 rows added"
check "fill again: saved in place" grep -q '<document [^>]*revision="3"' "$work/filled.xml"
check "fill: a year outside the Renstra" run 0 "$cli" new --kind renja --year 2025 -o "$work/fill-2025.xml"
check "fill: refused" run 1 "$cli" fill-from-renstra "$work/fill-2025.xml" "$serang"
check "fill: names the years" contains "$err" "plan year 2025 is outside the Renstra's period 2019-2023"
check "fill: the wrong way round" run 2 "$cli" fill-from-renstra "$serang" "$work/fill-2025.xml"
check "fill: one document" run 2 "$cli" fill-from-renstra "$work/fill-2025.xml"
check "fill-from-renstra --help" run 0 "$cli" fill-from-renstra --help
check "help lists fill-from-renstra" run 0 "$cli" --help
check "help lists fill-from-renstra: text" contains "$out" "fill-from-renstra"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
