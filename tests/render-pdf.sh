#!/usr/bin/env bash
# The PDF as others read it: qpdf finds no error, pdffonts sees every font
# embedded and subset, pdftotext finds the chapters, the Indonesian numbers
# and the signature, pdfinfo the page sizes and orientations, the daftar isi
# points at the pages where the chapters really start (by the PDF's page
# labels), and a generated 2,000-row table prints every row exactly once.
#
# Usage: render-pdf.sh RANCANG_CLI RANCANG_BENCH EXAMPLES_DIR
set -euo pipefail

cli="$1"
bench="$2"
examples="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail () {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# libharu 2.3.0 writes an identity ToUnicode CMap that poppler warns about
# (the text is still extracted correctly); keep the test output readable.
text () {
  pdftotext "$@" 2>/dev/null
}

# ------------------------------------------------------------ the command
"$cli" render --help >"$work/help" || fail "render --help"
grep -q -- '--pdfa' "$work/help" || fail "render --help does not tell --pdfa"
"$cli" render --version >"$work/version" || fail "render --version"
grep -q '^rancang-cli ' "$work/version" || fail "render --version"
status=0; "$cli" render "$examples/renja-bontang-2023.xml" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "render without -o: exit $status, expected 2"
status=0; "$cli" render "$examples/renja-bontang-2023.xml" -o "$work/x.pdf" --paper a5 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "render --paper a5: exit $status, expected 2"
status=0; "$cli" render "$work/missing.xml" -o "$work/x.pdf" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "render of a missing file: exit $status, expected 2"
printf '<document xmlns="urn:rancang:document" version="1" kind="renja"><metadata/></document>\n' >"$work/bad.xml"
status=0; "$cli" render "$work/bad.xml" -o "$work/bad.pdf" 2>"$work/bad.err" || status=$?
[ "$status" -eq 1 ] || fail "render of an invalid document: exit $status, expected 1"
[ -s "$work/bad.err" ] || fail "render of an invalid document printed no error"
[ ! -e "$work/bad.pdf" ] || fail "render of an invalid document wrote a PDF"

# ------------------------------------------------------------ Bontang
pdf="$work/bontang.pdf"
"$cli" render "$examples/renja-bontang-2023.xml" -o "$pdf" || fail "render Bontang"
qpdf --check "$pdf" >"$work/qpdf.out" 2>&1 || { cat "$work/qpdf.out" >&2; fail "qpdf --check Bontang"; }
size=$(stat -c %s "$pdf")
[ "$size" -lt 1048576 ] || fail "the Bontang PDF is $size bytes, over 1 MB"

pdffonts "$pdf" 2>/dev/null | tail -n +3 >"$work/fonts"
[ -s "$work/fonts" ] || fail "pdffonts lists no font"
# Columns: ... emb sub uni object ID; every font embedded and subset.
if awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") bad = 1 } END { exit !bad }' "$work/fonts"; then
  cat "$work/fonts" >&2
  fail "a font is not embedded and subset"
fi
grep -q 'LiberationSerif' "$work/fonts" || fail "Liberation Serif is not in the PDF"

text "$pdf" - >"$work/bontang.txt"
for expected in "PENDAHULUAN" "EVALUASI PELAKSANAAN RENJA" "TUJUAN, SASARAN DAN PROGRAM/KEGIATAN" \
                "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH" "PENUTUP" "KATA PENGANTAR" "DAFTAR ISI" \
                "DAFTAR TABEL" "15.322.725.321" "Drs. SUDI PRIYANTO, M.Si" "NIP. 19741225 199303 1 002" \
                "Bontang, 7 Juli 2022" "Tabel 2.1"; do
  grep -qF -- "$expected" "$work/bontang.txt" || fail "pdftotext: \"$expected\" not in the Bontang PDF"
done
# The original printed the total as 15,322,725,321: never the Excel form.
! grep -qF "15,322,725,321" "$work/bontang.txt" || fail "a number in US format"

pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
pdfinfo -f 1 -l "$pages" "$pdf" 2>/dev/null | awk '/^Page .* size:/ { print $4, $6 }' >"$work/sizes"
[ "$(wc -l <"$work/sizes")" -eq "$pages" ] || fail "pdfinfo lists $(wc -l <"$work/sizes") page sizes of $pages"
head -1 "$work/sizes" | grep -q '^595.276 841.89$' || fail "the first page is not A4 portrait: $(head -1 "$work/sizes")"
landscape=$(awk '$1 > $2' "$work/sizes" | wc -l)
[ "$landscape" -ge 10 ] || fail "only $landscape landscape pages for the landscape tables"
awk '!(($1 == "595.276" && $2 == "841.89") || ($1 == "841.89" && $2 == "595.276"))' "$work/sizes" | grep -q . \
  && fail "a page that is neither A4 portrait nor A4 landscape"

# ------------------------------------------------------------ daftar isi
check_contents () {
  local pdf="$1" name="$2"
  qpdf --json --json-key=pagelabels "$pdf" >"$work/labels.json"
  text -layout "$pdf" "$work/layout.txt"
  python3 - "$work/labels.json" "$work/layout.txt" "$name" <<'EOF' || fail "$name: daftar isi"
import json, re, sys

labels_json, layout_txt, name = sys.argv[1:4]
ranges = json.load(open(labels_json))["pagelabels"]
pages = open(layout_txt, encoding="utf-8").read().split("\f")

def roman(n):
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out

def label(index):
    current = None
    for r in ranges:
        if r["index"] <= index:
            current = r
    if current is None:
        return str(index + 1)
    spec = current["label"]
    n = spec.get("/St", 1) + index - current["index"]
    prefix = spec.get("/P", "u:")[2:]
    style = spec.get("/S")
    number = {"/D": str(n), "/r": roman(n), "/R": roman(n).upper()}.get(style, "")
    return prefix + number

failed = False
contents = [i for i, p in enumerate(pages) if p.strip().startswith("DAFTAR ISI")]
if not contents:
    print(f"{name}: no DAFTAR ISI page", file=sys.stderr)
    sys.exit(1)
first = contents[0]
toc_pages = [first]
while first + len(toc_pages) < len(pages) and label(first + len(toc_pages))[:1] in "ivxlc" \
        and not pages[first + len(toc_pages)].strip().startswith("DAFTAR TABEL"):
    toc_pages.append(first + len(toc_pages))
toc = "\n".join(pages[i] for i in toc_pages).splitlines()

# Each page prints its own label at the foot: it must be the PDF's label.
for i, page in enumerate(pages):
    lines = [l for l in page.splitlines() if l.strip()]
    if i == 0 or not lines:
        continue
    printed = lines[-1].split()[-1]
    if printed != label(i):
        print(f"{name}: page {i + 1} prints {printed}, its PDF label is {label(i)}", file=sys.stderr)
        failed = True

checked = 0
for n, line in enumerate(toc):
    # The chapters, and the front matter after the daftar isi: its page
    # numbers move when the daftar isi itself grows a page.
    m = re.match(r"\s*(BAB [IVXL]+|DAFTAR TABEL|DAFTAR GAMBAR|KATA PENGANTAR)(\s|$)", line)
    if not m:
        continue
    bab = m.group(1)
    number = None
    for follow in toc[n:n + 8]:
        found = re.search(r"\.\s+(\S+)\s*$", follow)
        if found:
            number = found.group(1)
            break
    start = 1 if not bab.startswith("BAB") else toc_pages[-1] + 1
    heading = [i for i in range(start, len(pages))
               if [l.strip() for l in pages[i].strip().splitlines()[:1]] == [bab]]
    if number is None or not heading:
        print(f"{name}: {bab}: no page number in the daftar isi or no heading page", file=sys.stderr)
        failed = True
        continue
    if label(heading[0]) != number:
        print(f"{name}: {bab}: the daftar isi says {number}, the heading is on page {label(heading[0])}",
              file=sys.stderr)
        failed = True
    checked += 1
if checked < 5:
    print(f"{name}: only {checked} BAB entries checked", file=sys.stderr)
    failed = True
sys.exit(1 if failed else 0)
EOF
}
check_contents "$pdf" Bontang

# ------------------------------------------------------------ Serang, F4, PDF/A
serang="$work/serang.pdf"
"$cli" render "$examples/renstra-serang-2019-2023.xml" -o "$serang" --paper f4 --pdfa || fail "render Serang"
qpdf --check "$serang" >/dev/null 2>&1 || fail "qpdf --check Serang"
pdfinfo "$serang" 2>/dev/null | grep -q '^Page size: *609.4[0-9]* x 935.4' || fail "Serang is not on F4 paper"
pdfinfo "$serang" 2>/dev/null | grep -q '^Metadata Stream: *yes' || fail "the PDF/A has no XMP metadata"
text "$serang" "$work/serang.txt"
grep -q "KEPUTUSAN KEPALA BKPSDM KOTA SERANG" "$work/serang.txt" || fail "Serang's keputusan"
check_contents "$serang" Serang

# ------------------------------------------------------------ PNG pages
"$cli" render "$examples/renja-bontang-2023.xml" --png "$work/png" --dpi 30 || fail "render --png"
[ "$(ls "$work/png" | wc -l)" -eq "$pages" ] || fail "render --png drew $(ls "$work/png" | wc -l) of $pages pages"

# ------------------------------------------------------------ 2,000 rows
"$bench" generate 2000 "$work/long.xml"
"$cli" render "$work/long.xml" -o "$work/long.pdf" || fail "render the 2,000-row document"
text "$work/long.pdf" - | grep -E '^5\.03\.[0-9.]+$' >"$work/kode"
rows=$(wc -l <"$work/kode")
[ "$rows" -eq 2000 ] || fail "the 2,000-row table printed $rows kode"
dups=$(sort "$work/kode" | uniq -d | wc -l)
[ "$dups" -eq 0 ] || fail "$dups rows printed twice"
long_pages=$(pdfinfo "$work/long.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
pdfinfo -f 1 -l "$long_pages" "$work/long.pdf" 2>/dev/null | awk '/^Page .* size:/ { print ($4 > $6) }' >"$work/long.sizes"
text "$work/long.pdf" "$work/long.txt"
# One line per page: is it landscape, does it carry the header.
awk 'BEGIN { RS = "\f" } { print (index($0, "Rencana Tahun 2024") > 0) }' "$work/long.txt" | head -n "$long_pages" \
  | paste "$work/long.sizes" - >"$work/long.pages"
headless=$(awk '$1 == 1 && $2 == 0' "$work/long.pages" | wc -l)
table_pages=$(awk '$1 == 1' "$work/long.pages" | wc -l)
[ "$table_pages" -ge 20 ] || fail "the 2,000-row table takes only $table_pages landscape pages"
[ "$headless" -eq 0 ] || fail "$headless landscape pages without the table header"

if [ "$failures" -gt 0 ]; then
  echo "$failures failures" >&2
  exit 1
fi
echo "render-pdf: all checks passed"
