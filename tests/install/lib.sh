# lib.sh: shared by the install tests (tests/install/test_*.sh): the
# project's root, a temporary folder removed on exit, and ok/bad/skip lines
# counted the way tests/run_suite.sh counts them.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PASS=0
FAIL=0
NAME=${NAME:-$(basename "$0" .sh)}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/fbss-install.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

ok()   { PASS=$((PASS + 1)); printf '  ok   %s: %s\n' "$NAME" "$1"; }
bad()  { FAIL=$((FAIL + 1)); printf '  FAIL %s: %s\n' "$NAME" "$1"; }
skip() { printf '  skip %s: %s\n' "$NAME" "$1"; }

# quiet_make DIR ARGS...: make in DIR as a person would type it: none of
# the calling make's variables (COPYCHECK=..., -j) or CI's REQUIRE_* leak in.
quiet_make() {
  dir=$1; shift
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES -u COPYCHECK \
      -u REQUIRE_COPYCHECK -u REQUIRE_PACKAGE_CHECK make -C "$dir" --no-print-directory "$@"
}

# copy_sources DEST: the sources as a fresh clone has them.
copy_sources() { sh "$ROOT/scripts/copy-sources.sh" "$1"; }

finish() {
  printf '%s: %d passed, %d failed\n' "$NAME" "$PASS" "$FAIL"
  [ "$FAIL" -eq 0 ]
}
