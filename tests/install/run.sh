#!/bin/sh
# Runs every install test (tests/install/test_*.sh) and prints a total.
cd "$(dirname "$0")" || exit 2
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
echo "install-check: $pass passed, $fail failed"
[ -z "$failed" ]
