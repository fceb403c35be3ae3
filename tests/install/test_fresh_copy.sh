#!/bin/sh
# A fresh clone anywhere: the content checks pass in a copy that has no
# ../shared beside it (the copy check is skipped with one line), fail there
# when REQUIRE_COPYCHECK says the copy check must run (as under CI), and
# `make clean` leaves the copy as it was.
NAME=fresh-copy
. "$(dirname "$0")/lib.sh"

copy="$TMP/fbss-guide"   # so ../shared is $TMP/shared, which is not there
copy_sources "$copy"
[ ! -e "$TMP/shared" ] && [ -f "$copy/Makefile" ] && [ ! -e "$copy/fbss-guide" ] \
  && ok "a copy of the sources without ../shared and without build outputs" \
  || bad "the copy is not clean or ../shared exists"
(cd "$copy" && find . -type f | sort) > "$TMP/before"

quiet_make "$copy" -j2 fbss-guide >"$TMP/build.log" 2>&1 \
  && ok "make builds the program in the copy" || { bad "build failed: $(tail -5 "$TMP/build.log")"; finish; exit 1; }

quiet_make "$copy" content-check >"$TMP/out" 2>&1; rc=$?
[ "$rc" = 0 ] && ok "make content-check passes without ../shared (status 0)" \
  || bad "make content-check failed without ../shared (status $rc): $(tail -5 "$TMP/out")"
n=$(grep -c 'copy check skipped' "$TMP/out")
[ "$n" = 1 ] && ok "one line says the copy check was skipped: $(grep 'copy check skipped' "$TMP/out")" \
  || bad "expected one 'copy check skipped' line, saw $n: $(cat "$TMP/out")"
grep -q 'ok:' "$TMP/out" && ok "the other content checks still ran (--check printed its summary)" \
  || bad "no --check summary in: $(cat "$TMP/out")"

quiet_make "$copy" content-check REQUIRE_COPYCHECK=1 >"$TMP/out" 2>&1; rc=$?
[ "$rc" != 0 ] && ok "with REQUIRE_COPYCHECK=1 (as .ci/run sets) a missing copy check fails (status $rc)" \
  || bad "with REQUIRE_COPYCHECK=1 a missing copy check still passed"
grep -q 'FAILED: the copy check must run here' "$TMP/out" && ok "and says why" \
  || bad "no reason given: $(tail -3 "$TMP/out")"
grep -q 'REQUIRE_COPYCHECK=1' "$ROOT/.ci/run" && ok ".ci/run requires the copy check" \
  || bad ".ci/run does not set REQUIRE_COPYCHECK=1"

# Something the build puts in build/ (the packaged sshd example), then clean.
quiet_make "$copy" sshd-example >/dev/null 2>&1
[ -d "$copy/build" ] && ok "build/ was made" || bad "make sshd-example made no build/"
quiet_make "$copy" clean >/dev/null 2>&1
(cd "$copy" && find . -type f | sort) > "$TMP/after"
if cmp -s "$TMP/before" "$TMP/after" && [ ! -e "$copy/build" ]; then
  ok "make clean removes everything the build made, build/ too"
else
  bad "make clean: left:$(diff "$TMP/before" "$TMP/after" | sed -n 's/^> / /p' | tr -d '\n') $(ls -d "$copy/build" 2>/dev/null);\
 removed files that git tracks (build outputs committed by mistake?):$(diff "$TMP/before" "$TMP/after" | sed -n 's/^< / /p' | tr -d '\n')"
fi
finish
