#!/bin/sh
# deps.sh run|check|bench|deb: installs the Debian or Ubuntu packages that
# `make run`, `make check`, `make bench` or `make deb` need, saying what it
# installs.
# Elsewhere it names them. `deps.sh names MODE` prints the package names it
# would use on this machine, one a line (tests/install/test_deps.sh).
#
# Works on Debian 12 and 13 and Ubuntu 22.04 and 24.04. The one name that
# differs between them is clang's sanitizer and fuzzer runtime (make check's
# fuzz replay links with it; the sanitizer build uses gcc's own ASan and
# UBSan, which come with gcc): it must match the installed clang's version,
# so it is chosen here (see clang_runtime).
set -eu
mode=${1:-run}
[ "$mode" = names ] && { names_only=1; mode=${2:-check}; } || names_only=""
case "$mode" in
run)   pkgs="gcc make pkg-config libncurses-dev libiniparser-dev" ;;
check) pkgs="gcc clang make pkg-config libncurses-dev libiniparser-dev libcmocka-dev tmux diction
             python3 valgrind openssh-server openssh-client procps
             build-essential dpkg-dev debhelper lintian man-db" ;;
bench) pkgs="gcc make pkg-config libncurses-dev libiniparser-dev python3 dialog whiptail less valgrind" ;;
deb)   pkgs="gcc make pkg-config libncurses-dev libiniparser-dev libcmocka-dev
             build-essential dpkg-dev debhelper lintian" ;;
*)     echo "usage: deps.sh run|check|bench|deb|names MODE" >&2; exit 2 ;;
esac

# The major version of clang: the installed one, or the one the `clang`
# package would bring (it depends on clang-N).
clang_version() {
  if command -v clang >/dev/null 2>&1; then
    clang -dumpversion | cut -d. -f1
  else
    apt-cache depends clang 2>/dev/null | sed -n 's/^ *Depends: clang-\([0-9][0-9]*\)$/\1/p' | head -n 1
  fi
}

# The package with clang N's libclang_rt (ASan, UBSan, libFuzzer):
# libclang-rt-N-dev where the archive has it (Debian 12 and 13, Ubuntu
# 24.04); before that split (Ubuntu 22.04) it is libclang-common-N-dev.
clang_runtime() {
  v=$(clang_version)
  [ -n "$v" ] || return 0
  if apt-cache show --no-all-versions "libclang-rt-$v-dev" >/dev/null 2>&1; then
    echo "libclang-rt-$v-dev"
  else
    echo "libclang-common-$v-dev"
  fi
}

all_pkgs() {
  # shellcheck disable=SC2086
  echo $pkgs
  [ "$mode" = check ] && clang_runtime
  true
}

if [ -n "$names_only" ]; then
  all_pkgs | tr ' ' '\n' | sed '/^$/d'
  exit 0
fi
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "fbss-guide: this is not a Debian or Ubuntu system, so nothing was installed." >&2
  # shellcheck disable=SC2086
  echo "  Please install the equivalents of:" $pkgs "and clang's sanitizer and fuzzer runtime" >&2
  exit 0
fi

missing_of() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf ' %s' "$p"
  done
}
# shellcheck disable=SC2046
missing=$(missing_of $(all_pkgs))
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "fbss-guide: not root and no sudo; please install:$missing" >&2; exit 2
fi
export DEBIAN_FRONTEND=noninteractive
echo "fbss-guide: updating the package lists (apt-get update)"
$sudo apt-get update -qq
# With fresh lists the runtime's name can be chosen for sure.
# shellcheck disable=SC2046
missing=$(missing_of $(all_pkgs))
echo "fbss-guide: installing missing packages:$missing"
rt=""; [ "$mode" = check ] && rt=$(clang_runtime)
case " $missing " in *" $rt "*)
  echo "  ($rt: the sanitizer and fuzzer runtime for clang $(clang_version); make check's fuzz replay links with it)" ;;
esac
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
# clang itself may have come only now: its runtime follows its version.
# shellcheck disable=SC2046
rest=$(missing_of $(all_pkgs))
if [ -n "$rest" ]; then
  echo "fbss-guide: installing what is still missing (clang came only now):$rest"
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $rest
fi
