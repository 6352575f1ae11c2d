# Sourced by scripts/run and scripts/test: installs what misalign needs to build on Debian or
# Ubuntu when it is missing, and says what it does. Needs only the Swift toolchain beforehand.

misalign_say() {
  if [ -t 2 ] && [ -z "${NO_COLOR:-}" ]; then printf '\033[1m==>\033[0m %s\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi
}

misalign_apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      misalign_say "need to install $*, but I am not root and sudo is missing: install them and retry"; return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    misalign_say "please install $* with your system's package manager (no apt-get here)"; return 1
  fi
  misalign_say "installing $* with apt-get (first run only)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The libedit headers (line editing), the zstd headers (Inspect logs compress with zstd) and
# pkg-config (how SwiftPM finds them).
misalign_ensure_build_deps() {
  local missing=()
  [ -f /usr/include/histedit.h ] || missing+=(libedit-dev)
  [ -f /usr/include/zstd.h ] || missing+=(libzstd-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  if [ ${#missing[@]} -gt 0 ]; then misalign_apt_install "${missing[@]}"; fi
}

# How every script builds the release binaries. The Swift runtime and Foundation are linked
# statically: loading and relocating a dozen shared libraries (libFoundation, ICU, dispatch, …) was
# most of misalign's start-up time and a third of its start-up memory.
# The executable is linked at a fixed address (-no-pie): a position-independent one makes the loader
# apply 117,000 relocations at every start, dirtying 2.7 MiB of relocation table and 1 MiB of
# pointers, which put peak memory for `misalign -c about` at 20-22 MiB instead of 17.6 MiB. The cost
# is that the executable's own code is not moved by address-space randomisation (its libraries still are);
# misalign runs no network service and reads only local files and one model server's replies.
MISALIGN_RELEASE_BUILD=(-c release --static-swift-stdlib -Xlinker -no-pie)
