#!/bin/sh
# deps.sh run|check: installs the Debian/Ubuntu packages that `make run` or
# `make check` need, saying what it installs. Elsewhere it names them.
set -eu
case "${1:-run}" in
run)   pkgs="gcc make pkg-config libncurses-dev libiniparser-dev" ;;
check) pkgs="gcc clang libclang-rt-14-dev make pkg-config libncurses-dev libiniparser-dev libcmocka-dev tmux diction python3 valgrind openssh-server openssh-client procps" ;;
bench) pkgs="gcc make pkg-config libncurses-dev libiniparser-dev python3 dialog whiptail less valgrind" ;;
*)     echo "usage: deps.sh run|check|bench" >&2; exit 2 ;;
esac
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "fbss-guide: this is not a Debian or Ubuntu system, so nothing was installed." >&2
  echo "  Please install the equivalents of: $pkgs" >&2
  exit 0
fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "fbss-guide: installing missing packages:$missing"
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "fbss-guide: not root and no sudo; please install:$missing" >&2; exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
