#!/bin/sh
# content_rules_test.sh: shows that each editorial rule fails on a bad input.
# Each case copies the shipped content to a temporary folder, breaks one
# thing, and expects the rule to fail with a message that names the problem.
# The shipped content itself must pass every rule.
# Usage: sh tests/content_rules_test.sh [BIN] (BIN defaults to ./fbss-guide)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/fbss-guide}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "  ok   $1"; }
bad() { fail=$((fail + 1)); echo "  FAIL $1"; }

fresh() { rm -rf "$tmp/c"; cp -r "$root/content" "$tmp/c"; }
# add_para ID TEXT: adds a paragraph to node ID (in whichever file holds it).
add_para() {
  f=$(grep -l "^\[$1\]\$" "$tmp"/c/*.ini)
  sed -i "/^\[$1\]\$/a p99 = \"$2\"" "$f"
}
# expect_fail NAME SCRIPT MESSAGE: the script must exit 1 and print MESSAGE.
expect_fail() {
  out=$(sh "$root/tests/$2" "$tmp/c" 2>&1); rc=$?
  if [ "$rc" -eq 1 ] && printf '%s\n' "$out" | grep -qF -- "$3"; then ok "$1"
  else bad "$1 (exit $rc, wanted 1 and: $3)"; printf '%s\n' "$out" | head -5 | sed 's/^/       | /'; fi
}

# The shipped content passes.
sh "$root/tests/content_trust.sh" "$root/content" >/dev/null && ok "shipped content passes content_trust.sh" \
  || bad "shipped content fails content_trust.sh"
sh "$root/tests/content_rules.sh" "$root/content" >/dev/null && ok "shipped content passes content_rules.sh" \
  || bad "shipped content fails content_rules.sh"

# 1. A warning-sign list outside [red-flags].
fresh; add_para about "Watch for a fever, and for new trouble with your bladder."
expect_fail "a second warning-sign list is refused" content_trust.sh \
  "[about] names 2 warning signs (fever or wound, bladder or bowel)"

# 2. Disclosure: a source title without its disclosure line ...
fresh; sed -i 's/^title = "Valor Spine\. .*"$/title = "Valor Spine: a clinic page"/' "$tmp/c/00-guide.ini"
expect_fail "a source without its disclosure line is refused" content_trust.sh \
  "source [src-valor] title lacks its disclosure line"
# ... a page that names a source it does not cite (so no disclosure is shown) ...
fresh; add_para fbss-names "Valor Spine agrees."
expect_fail "a source named but not cited is refused" content_trust.sh \
  "[fbss-names] names a source in its text but does not cite it (add src-valor"
# ... and About citing fewer than all five.
fresh; sed -i '/^\[about\]$/,/^\[/ s/^sources = .*/sources = src-second-opinion, src-vos/' "$tmp/c/00-guide.ini"
expect_fail "About without every source is refused" content_trust.sh "[about] does not cite src-valor"

# 3. A treatment page without its evidence label, or with a label of its own.
fresh; sed -i '/^\[tx-physio\]$/,/^\[/ { /^p[0-9]* = "Evidence label: /d }' "$tmp/c/50-treatments.ini"
expect_fail "a treatment page without an evidence label is refused" content_trust.sh \
  "treatment page [tx-physio] has 0 evidence labels"
fresh; sed -i '/^\[tx-medicines\]$/,/^\[/ s/Evidence label: Listed as evidence-supported, no figures\./Evidence label: Strong evidence./' \
  "$tmp/c/50-treatments.ini"
expect_fail "an evidence label outside the scheme is refused" content_trust.sh \
  "treatment page [tx-medicines] uses an evidence label outside the scheme"

# 4. An FAQ answer over 120 words.
fresh; add_para faq-cost "$(yes word | head -120 | tr '\n' ' ')"
expect_fail "a long FAQ answer is refused" content_trust.sh "FAQ answer [faq-cost] has"

# 5. About must give the review dates that [guide] holds.
fresh; sed -i 's/^next_review = .*/next_review = 2027-06-15/' "$tmp/c/00-guide.ini"
expect_fail "About with a stale next review date is refused" content_trust.sh \
  "[about] does not give the next review date, 15 June 2027"

# 6. A score in the self-check.
fresh; sed -i 's/^item1_why = /item1_weight = 3\nitem1_why = /' "$tmp/c/95-selfcheck.ini"
expect_fail "a weight in the self-check is refused" content_trust.sh \
  "[self-check] has item1_weight: the self-check informs and does not score"

# 6b. The self-check in a section menu other than [deciding].
fresh; sed -i 's/^children = tx-overview, \(.*\)$/children = tx-overview, \1, self-check/' "$tmp/c/50-treatments.ini"
expect_fail "the self-check closing another section is refused" content_rules.sh \
  "menu [treatments] lists the self-check"

# 7. --check reports the review dates and warns, exit 0, once the review is due.
out=$("$bin" --check "$root/content" 2>"$tmp/err"); rc=$?
[ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -q "last reviewed .*; next review due " && [ ! -s "$tmp/err" ] \
  && ok "--check reports the review dates (no warning before the date)" \
  || bad "--check review line: rc=$rc out=$out err=$(cat "$tmp/err")"
fresh; sed -i 's/^next_review = .*/next_review = 2000-01-01/' "$tmp/c/00-guide.ini"
sed -i 's/^reviewed = .*/reviewed = 1999-12-01/' "$tmp/c/00-guide.ini"
"$bin" --check "$tmp/c" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$rc" -eq 0 ] && grep -q "warning: the next review was due on 2000-01-01 and is past" "$tmp/err" \
  && ok "a past review date warns on stderr and still exits 0" \
  || bad "past review: rc=$rc err=$(cat "$tmp/err")"
fresh; sed -i 's/^next_review = .*/next_review = next spring/' "$tmp/c/00-guide.ini"
"$bin" --check "$tmp/c" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "00-guide.ini:[0-9]*: error: \[guide\] next_review 'next spring' is not a date" "$tmp/err" \
  && ok "a next_review that is not a date is an error naming file and line" \
  || bad "bad date: rc=$rc err=$(cat "$tmp/err")"
fresh; sed -i 's/^next_review = .*/next_review = 2026-01-01/' "$tmp/c/00-guide.ini"
"$bin" --check "$tmp/c" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "next_review 2026-01-01 is before reviewed" "$tmp/err" \
  && ok "a next review before the last review is an error" \
  || bad "review order: rc=$rc err=$(cat "$tmp/err")"

echo "content rules test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
