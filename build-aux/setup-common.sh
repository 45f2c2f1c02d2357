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
