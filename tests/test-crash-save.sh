#!/usr/bin/env bash
# Crash-safe saving: `rancang-cli normalize FILE` is killed (SIGKILL) at
# random moments while it saves a large document, over and over. Afterwards
# FILE must always be the complete old document or the complete new one
# (byte for byte; both validated), and FILE.bak, when there, the complete
# old one. Leftover temporary files of a killed save are counted, not failed.
#
#   test-crash-save.sh RANCANG_CLI RANCANG_BENCH
#
# RANCANG_CRASH_KILLS (default 200) and RANCANG_CRASH_ROWS (default 6000: 3.5 MB, nine times the
# largest example; 20000 rows take 100 s on two cores)
# change the number of kills and the size of the document.
set -euo pipefail
cli="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
bench="$2"
kills="${RANCANG_CRASH_KILLS:-200}"
rows="${RANCANG_CRASH_ROWS:-6000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bench" generate "$rows" "$work/new.xml" >/dev/null
# The old version: the same document, valid but not in canonical form, so
# that normalize rewrites every byte after the first indentation.
sed 's/^  //' "$work/new.xml" >"$work/old.xml"
"$cli" normalize "$work/old.xml" -o "$work/expected-new.xml"
cmp -s "$work/expected-new.xml" "$work/new.xml" || { echo "FAIL: normalize of the old version is not the new one"; exit 1; }
! cmp -s "$work/old.xml" "$work/new.xml" || { echo "FAIL: old and new are the same bytes"; exit 1; }
"$cli" validate -q "$work/old.xml" "$work/new.xml"

python3 - "$cli" "$work" "$kills" <<'PY'
import os, random, shutil, signal, subprocess, sys, threading, time

cli, work, kills = sys.argv[1], sys.argv[2], int(sys.argv[3])
old = open(os.path.join(work, "old.xml"), "rb").read()
new = open(os.path.join(work, "new.xml"), "rb").read()
seed = int(os.environ.get("RANCANG_CRASH_SEED", time.time()))
random.seed(seed)
print(f"seed {seed} (RANCANG_CRASH_SEED repeats a run)")

def run_once(d, kill_after=None):
    """Restores the old version in D, starts normalize; returns (process, save_started_at)."""
    for name in os.listdir(d):
        os.unlink(os.path.join(d, name))
    shutil.copyfile(os.path.join(work, "old.xml"), os.path.join(d, "doc.xml"))
    return subprocess.Popen([cli, "normalize", "doc.xml"], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def wait_for_save(d, p):
    """Returns when a file other than doc.xml appears (the save has begun)."""
    while p.poll() is None:
        if len(os.listdir(d)) > 1:
            return True
        time.sleep(0.002)
    return False

# Calibrate: how long a whole run and its saving part take here.
d0 = os.path.join(work, "calibrate"); os.mkdir(d0)
t = time.monotonic(); p = run_once(d0); wait_for_save(d0, p); t_save = time.monotonic()
assert p.wait() == 0, "normalize failed"
t_end = time.monotonic()
total, save = t_end - t, max(t_end - t_save, 0.005)
print(f"a whole normalize takes {total:.2f} s, of which saving {save:.3f} s")

results = {"old": 0, "new": 0, "finished": 0, "leftovers": 0}
failures = []
lock = threading.Lock()

def worker(index, count):
    d = os.path.join(work, f"w{index}"); os.mkdir(d)
    for i in range(count):
        p = run_once(d)
        if random.random() < 0.8:
            # Most kills land while the file is being saved...
            if wait_for_save(d, p):
                time.sleep(random.uniform(0, save * 1.2))
        else:
            # ...the others anywhere in the run.
            time.sleep(random.uniform(0, total * 1.1))
        p.send_signal(signal.SIGKILL)
        code = p.wait()
        data = open(os.path.join(d, "doc.xml"), "rb").read()
        names = sorted(os.listdir(d))
        bak = os.path.join(d, "doc.xml.bak")
        with lock:
            if code == 0:
                results["finished"] += 1
            if data == old:
                results["old"] += 1
            elif data == new:
                results["new"] += 1
            else:
                failures.append(f"kill {index}.{i}: doc.xml is neither version ({len(data)} bytes)")
                shutil.copyfile(os.path.join(d, "doc.xml"), os.path.join(work, f"broken-{index}-{i}.xml"))
            if os.path.exists(bak) and open(bak, "rb").read() != old:
                failures.append(f"kill {index}.{i}: doc.xml.bak is not the complete old version")
            if set(names) - {"doc.xml", "doc.xml.bak"}:
                results["leftovers"] += 1
        if i % 25 == 0 and subprocess.call([cli, "validate", "-q", os.path.join(d, "doc.xml")]) != 0:
            with lock:
                failures.append(f"kill {index}.{i}: doc.xml does not validate")

# Two at a time: CI has two cores, and the load before each save is long.
threads = [threading.Thread(target=worker, args=(k, kills // 2 + (k < kills % 2))) for k in range(2)]
start = time.monotonic()
for th in threads: th.start()
for th in threads: th.join()
print(f"{kills} kills in {time.monotonic() - start:.1f} s: old version {results['old']}, "
      f"new version {results['new']} (of which {results['finished']} finished before the kill); "
      f"{results['leftovers']} left a temporary file beside it")
for f in failures:
    print("FAIL:", f)
passed = kills - len({f.split(':')[0] for f in failures})
print(f"{passed} passed, {kills - passed} failed")
sys.exit(1 if failures else 0)
PY
