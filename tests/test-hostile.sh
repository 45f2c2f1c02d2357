#!/usr/bin/env bash
# Hostile and broken files (tests/hostile/) against rancang-cli.
#
#   test-hostile.sh RANCANG_CLI HOSTILE_DIR
#
# Each case is tests/hostile/NAME.expect, about the file NAME beside it (or,
# with "generate KIND", a file made here: too large to commit). Lines:
#   command validate|check  what should refuse it (default validate); a case for
#                           check must first be accepted by validate, since the
#                           schema cannot see inside a cell; without a check
#                           command, validate's acceptance alone is tested
#   status N                the exit status expected
#   message TEXT            a fragment of the error; it must also start with
#                           FILE:LINE:COLUMN: (FILE: alone with "position none")
#   absent TEXT             must appear in no output (the secret of @SECRET@)
#   limits SECONDS MB       other limits than 2 s (of CPU time) and 200 MB, for a case that
#                           needs them (say why in a comment)
#   todo REASON             a known gap: not meeting the expectation is reported,
#                           not failed; meeting it says to remove the line
# A NAME.in file has @SECRET@ replaced by the path of a file holding RAHASIA.
# Every run must take at most 2 s of CPU time (user + system, see run_measured)
# and 200 MB (times RANCANG_TEST_SLOWDOWN, for
# the sanitizer build) and change no file: validate, then normalize in place
# (which must refuse too, leaving no FILE.bak nor any other file behind).
set -u
cli="$1"
dir="$2"
slowdown="${RANCANG_TEST_SLOWDOWN:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
todo=0
fail() { failed=$((failed + 1)); echo "FAIL: $case: $*" >&2; }

have_check=no
"$cli" check --help >/dev/null 2>&1 && have_check=yes

echo "RAHASIA-7f3a9c" > "$work/secret.txt"

generate() { # generate KIND FILE
  case "$1" in
    huge) # sparse: takes no disk
      truncate -s $((500 * 1024 * 1024)) "$2" ;;
    deep-nesting)
      python3 - "$2" <<'PY'
import sys
n = 100000
s = ('<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="urn:rancang:document" version="1" kind="renja">\n'
     '<metadata><plan-year>2023</plan-year><period start="2021" end="2026"/><pemda>Kota Bontang</pemda>'
     '<opd>Badan</opd><status>final</status><paper size="a4"/></metadata>\n<body><chapter><title>X</title><p>'
     + '<b>' * n + 'dalam' + '</b>' * n + '</p></chapter></body>\n</document>\n')
open(sys.argv[1], 'w').write(s)
PY
      ;;
    text-cell)
      python3 - "$2" <<'PY'
import sys
s = ('<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="urn:rancang:document" version="1" kind="renja">\n'
     '<metadata><plan-year>2023</plan-year><period start="2021" end="2026"/><pemda>Kota Bontang</pemda>'
     '<opd>Badan</opd><status>final</status><paper size="a4"/></metadata>\n<body><chapter><title>X</title>\n'
     '<table id="t" template="generic"><columns><column key="a">A</column></columns>\n'
     '<row level="item"><c k="a">' + 'Sumber Daya Manusia ' * (10 * 1024 * 1024 // 20) + '</c></row></table>'
     '</chapter></body>\n</document>\n')
open(sys.argv[1], 'w').write(s)
PY
      ;;
    ebcdic)
      python3 - "$2" "$work/secret.txt" <<'PY'
import sys
s = ('<!DOCTYPE document [ <!ENTITY x SYSTEM "file://%s"> ]>\n'
     '<document xmlns="urn:rancang:document" version="1" kind="renja"><metadata><plan-year>2023</plan-year>'
     '<period start="2021" end="2026"/><pemda>&x;</pemda><opd>x</opd><status>final</status>'
     '<paper size="a4"/></metadata><body/></document>\n' % sys.argv[2])
open(sys.argv[1], 'wb').write(s.encode('cp037'))
PY
      ;;
    foreign-names) # a million elements of a million names the schema does not have
      python3 - "$2" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="urn:rancang:document" version="1" kind="renja">\n')
    f.write('\n'.join(''.join('<n%x/>' % (i * 1000 + j) for j in range(1000)) for i in range(1000)))
    f.write('\n</document>\n')
PY
      ;;
    many-elements) # 1,100,000 paragraphs: a valid shape, but no planning document
      python3 - "$2" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="urn:rancang:document" version="1" kind="renja">\n'
            '<metadata><plan-year>2023</plan-year><period start="2021" end="2026"/><pemda>K</pemda><opd>B</opd>'
            '<status>final</status><paper size="a4"/></metadata>\n<body><chapter><title>X</title>\n')
    f.write('<p/>\n' * 1100000)
    f.write('</chapter></body></document>\n')
PY
      ;;
    *) return 1 ;;
  esac
}

snapshot() { # the names, sizes and contents of every file in a folder
  (cd "$1" && find . -print0 | sort -z | xargs -0 ls -ld --time-style=+ | awk '{print $1, $5, $NF}'
   find . -type f ! -size +100M -print0 | sort -z | xargs -0 -r sha256sum)
}

# The seconds of a run are its CPU time, user + system: what the program
# spends refusing the file. On a machine busy with other work (a CI runner,
# the rest of the suite on two cores) the wall-clock time also counts the
# time it waited for a core, which is not the program's; the wall-clock
# time is reported beside it.
run_measured() { # run_measured NAME CMD...: sets status, out, err, seconds, wall, kb
  local name="$1" user sys; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name"
  status=$?
  out="$(cat "$work/out.$name")"
  err="$(cat "$work/err.$name")"
  # time writes "Command exited with non-zero status N" to its file, then the figures.
  read -r wall user sys kb < <(tail -1 "$work/time.$name")
  seconds="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
}

for expect in "$dir"/*.expect; do
  case="$(basename "$expect" .expect)"
  command=validate expected_status=1 message="" absent="" kind="" todo_reason="" position=yes
  case_seconds=2 case_mb=200
  while IFS= read -r line; do
    case "$line" in
      "#"*|"") ;;
      "command "*) command="${line#command }" ;;
      "status "*) expected_status="${line#status }" ;;
      "message "*) message="${line#message }" ;;
      "absent "*) absent="${line#absent }" ;;
      "generate "*) kind="${line#generate }" ;;
      "todo "*) todo_reason="${line#todo }" ;;
      "position none") position=no ;;
      "limits "*) read -r case_seconds case_mb <<<"${line#limits }" ;;
      *) fail "unknown line in $expect: $line" ;;
    esac
  done <"$expect"

  case_dir="$work/case-$case"
  mkdir "$case_dir"
  file="$case_dir/${case%.in}"
  if [ -n "$kind" ]; then
    generate "$kind" "$file" || { fail "cannot generate $kind"; continue; }
  elif [ "${case%.in}" != "$case" ]; then
    sed "s#@SECRET@#$work/secret.txt#g" "$dir/$case" >"$file"
  else
    cp "$dir/$case" "$file"
  fi
  before="$(snapshot "$case_dir")"
  problems=()
  note() { problems+=("$*"); }

  check_run() { # check_run WHAT EXPECTED_STATUS [MESSAGE]
    local what="$1" want="$2" fragment="${3:-}"
    [ "$status" -eq "$want" ] || note "$what exited $status, expected $want; stderr: ${err:0:300}"
    if [ -n "$fragment" ]; then
      case "$err$out" in *"$fragment"*) ;; *) note "$what: no '$fragment' in: ${err:0:300}${out:0:300}" ;; esac
    fi
    if [ -n "$absent" ]; then
      case "$err$out" in *"$absent"*) note "$what printed '$absent' (the content of another file)" ;; esac
    fi
    local max_seconds=$((case_seconds * slowdown)) max_kb=$((case_mb * 1024 * slowdown))
    awk -v s="$seconds" -v max="$max_seconds" 'BEGIN { exit !(s <= max) }' \
      || note "$what took $seconds s of CPU time (at most $max_seconds; $wall s on the clock)"
    [ "$kb" -le "$max_kb" ] || note "$what used $((kb / 1024)) MB (at most $((max_kb / 1024)))"
  }

  if [ "$command" = check ]; then
    run_measured validate "$cli" validate "$file"
    check_run "validate (the schema cannot see inside cells)" 0
    if [ "$have_check" = yes ]; then
      run_measured check "$cli" check "$file"
      check_run check "$expected_status" "$message"
    fi
  else
    run_measured validate "$cli" validate "$file"
    check_run validate "$expected_status" "$message"
    if [ "$expected_status" -ne 0 ]; then
      if [ "$position" = yes ]; then
        [[ "$err" =~ ^"$file":[0-9]+:[0-9]+:\  ]] || note "validate: the error does not start with $file:LINE:COLUMN: ${err:0:200}"
      else
        [[ "$err" == "$file: "* ]] || note "validate: the error does not start with $file: ${err:0:200}"
      fi
      run_measured normalize "$cli" normalize "$file"
      check_run "normalize in place" "$expected_status" "$message"
    fi
  fi

  after="$(snapshot "$case_dir")"
  [ "$before" = "$after" ] || note "files changed: $(diff <(echo "$before") <(echo "$after") | head -5 | tr '\n' ' ')"

  if [ -n "$todo_reason" ]; then
    if [ ${#problems[@]} -gt 0 ]; then
      todo=$((todo + 1)); echo "TODO: $case: $todo_reason" >&2
    else
      fail "meets its expectation now: remove the todo line from $expect"
    fi
  elif [ ${#problems[@]} -gt 0 ]; then
    for p in "${problems[@]}"; do fail "$p"; done
  else
    passed=$((passed + 1))
    echo "ok: $case ($command: $seconds s CPU, $wall s on the clock, $((kb / 1024)) MB)"
  fi
  rm -rf "$case_dir"
done

[ "$have_check" = yes ] || echo "note: rancang-cli has no check command; the number cases were only validated" >&2
echo "$passed passed, $failed failed, $todo todo"
[ "$failed" -eq 0 ]
