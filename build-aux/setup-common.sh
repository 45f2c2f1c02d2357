# Shared by build-aux/run and build-aux/test: install what is missing, then
# configure and build. Sourced, not run.

set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${RANCANG_BUILD_DIR:-$top/_build}"

say() { printf '%s\n' "$*" >&2; }

install_packages() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$top/build-aux/debian-packages.txt")

  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "This is not a Debian or Ubuntu system. Install these (or your system's equivalents) and run again:"
    say "  ${wanted[*]}"
    say "On Windows, see README.md (MSYS2)."
    return 0
  fi

  for p in "${wanted[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  say "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "Not root and no sudo: install these packages as root, then run again:"
      say "  apt-get install ${missing[*]}"
      exit 2
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q >/dev/null || "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  if [ -f "$build/build.ninja" ]; then
    meson configure "$build" -Dwerror=true >/dev/null
  else
    meson setup "$build" "$top" -Dwerror=true
  fi
  ninja -C "$build"
}

# A second build with AddressSanitizer and UndefinedBehaviorSanitizer, and the
# whole non-graphical suite run in it (not the gui suite, nor valgrind: it cannot run a
# sanitizer build). Any report fails the run: an ASan or UBSan error aborts
# the program, a leak makes it exit non-zero. build-aux/lsan.supp may name
# only genuine third-party one-time leaks. Extra arguments go to meson test.
sanitize_build="${RANCANG_SANITIZE_BUILD_DIR:-$top/_build-asan}"

sanitize_and_test() {
  if [ -f "$sanitize_build/build.ninja" ]; then
    meson configure "$sanitize_build" -Dwerror=true >/dev/null
  else
    meson setup "$sanitize_build" "$top" -Dwerror=true \
      -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
  fi
  ninja -C "$sanitize_build"
  # Slower under the sanitizers: the hostile files get 3 x 2 s and 3 x 200 MB
  # (ASan's shadow memory), and the crash test kills 40 times instead of 200.
  ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:print_summary=1:${ASAN_OPTIONS:-}" \
  UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:print_summary=1:${UBSAN_OPTIONS:-}" \
  LSAN_OPTIONS="suppressions=$top/build-aux/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}" \
  RANCANG_TEST_SLOWDOWN=3 RANCANG_CRASH_KILLS="${RANCANG_CRASH_KILLS:-40}" \
    meson test -C "$sanitize_build" --print-errorlogs --num-processes 2 --no-suite valgrind --no-suite gui "$@"
}
