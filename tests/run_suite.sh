#!/bin/sh
# run_suite.sh LABEL: runs every test_*.sh in the current folder, shows
# what is not "ok", and prints "LABEL: N passed, N failed". A script that
# fails without a FAIL line counts as one failure. Used by tests/e2e/run.sh
# and tests/install/run.sh.
label=${1:?usage: run_suite.sh LABEL}
pass=0; fail=0; failed=""
for t in test_*.sh; do
  out=$(sh "$t" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -v '^  ok '
  p=$(printf '%s\n' "$out" | grep -c '^  ok ')
  f=$(printf '%s\n' "$out" | grep -c '^  FAIL ')
  pass=$((pass + p)); fail=$((fail + f))
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { fail=$((fail + 1)); echo "  FAIL $t exited $rc"; }
  [ "$rc" -ne 0 ] && failed="$failed $t"
done
echo "$label: $pass passed, $fail failed"
[ -z "$failed" ]
