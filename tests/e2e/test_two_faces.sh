#!/bin/sh
# One session, two faces (issue 11): plain mode and the full-screen guide
# take the same walk (open, back, search, link, contents, warning signs,
# tick, result, forget) with the same letters, and reach the same pages.
# Plain mode's idle time (--idle) forgets the reader while it waits for a
# line, in a real terminal (a tmux pane is a pty).
. "$(dirname "$0")/lib.sh"
NAME=two-faces
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT

# ---- the walk in plain mode; the title each answer starts with
walk='2\n<\n/scar tissue\n1\n1\n<\nr\nt\n3\nm\n!\n1\nr\nq\n'
printf "$walk" | "$BIN" --content "$CONTENT" --plain >"$tmp/out" 2>"$tmp/err"; rc=$?
[ "$rc" = 0 ] && ok "plain walk ends with status 0" || bad "plain walk: status $rc: $(cat "$tmp/err")"
# The first line after each prompt's blank line is the screen's title.
awk '/^> $/ { getline; print; next }' "$tmp/out" >"$tmp/titles"
title() { sed -n "${1}p" "$tmp/titles"; }
menu=$(title 1); home=$(title 2); results=$(title 3); hit=$(title 4); linked=$(title 5)
contents=$(title 8); page=$(title 9); signs=$(title 11); result=$(title 13)
for want in "$menu" "$hit" "$linked" "$page" "$signs"; do
  [ -n "$want" ] || bad "plain walk: a title is missing: $(cat "$tmp/titles")"
done
[ "$home" = "Home" ] && ok "plain: < goes back to Home" || bad "plain: < gave \"$home\""
case "$results" in 'Search: "scar tissue", '*) ok "plain: /words lists the results" ;;
  *) bad "plain: search gave \"$results\"" ;; esac
[ "$(title 6)" = "$hit" ] && ok "plain: < returns to the page the link was on" \
  || bad "plain: back from the link gave \"$(title 6)\""
[ "$contents" = "Contents" ] && ok "plain: t shows the contents" || bad "plain: t gave \"$contents\""
[ "$(title 10)" = "Home" ] && ok "plain: m goes to Home" || bad "plain: m gave \"$(title 10)\""
[ "$(title 7)" = "That works in a self-check, What matters to you or My appointment sheet." ] && ok "plain: r on a page says where it works" \
  || bad "plain: r on a page gave \"$(title 7)\""
grep -qF "1. [x] " "$tmp/out" && ok "plain: a number ticks a statement" || bad "plain: no tick"
case "$result" in URGENT:*) ok "plain: r shows the result ($result)" ;;
  *) bad "plain: r gave \"$result\"" ;; esac

# The title bar is exactly " Home": only Home is on the path.
at_home() {
  got=$(screen | sed -n 1p | sed 's/ *$//')
  [ "$got" = " Home" ] && ok "$1" || bad "$1 (title bar: \"$got\")"
}

# ---- the same walk in the full screen, with the same letters
start 80x24 -- --idle 3
wait_for "Failed back surgery syndrome: a patient guide" "full screen: Home"
keys 2 Enter
wait_for "Home > $menu" "full screen: 2 opens the same menu ($menu)"
keys '<'
wait_gone "Home > $menu" "full screen: < goes back to Home"
at_home "full screen: the path is Home again"
keys / "scar tissue" Enter
wait_for "$results" "full screen: / lists the same results"
keys Enter
wait_for "Home > $results > $hit" "full screen: the first result is the same page ($hit)"
keys Tab Enter
wait_for "$hit > $linked" "full screen: its first related page is the same ($linked)"
keys '<'
wait_for "$results > $hit" "full screen: < returns to the page the link was on"
keys r
wait_for "That works in a self-check, What matters to you or My appointment sheet." "full screen: r on a page says where it works, as plain mode does"
keys t
wait_for "$contents" "full screen: t shows the contents"
keys 3 Enter
wait_for "Contents > $page" "full screen: item 3 of the contents is the same page ($page)"
keys m
wait_gone "Contents > $page" "full screen: m goes to Home"
at_home "full screen: m leaves only Home on the path"
keys '!'
wait_for "Home > $signs" "full screen: ! opens the same check ($signs)"
keys Space
wait_for "[x]" "full screen: Space ticks"
keys r
wait_for "$result" "full screen: r shows the same result ($result)"
# ---- forget: nothing typed for the idle time
wait_gone "$result" "full screen: the idle time brings Home back"
at_home "full screen: the path is forgotten"
keys '!'
wait_for "0 of " "full screen: the warning signs again"
lacks "[x]" "full screen: the tick is forgotten"
keys q
wait_for "EXIT:0" "full screen: q quits"

# ---- plain mode forgets too, while it waits for a line (a real pty)
start 80x24 TERM=dumb -- --plain --kiosk --idle 2
wait_prompt() {
  end=$(( $(date +%s) + TIMEOUT ))
  while [ "$(date +%s)" -le "$end" ]; do
    screen | grep -qx '> *' && { ok "$1"; return 0; }
    sleep 0.05
  done
  bad "$1"
}
wait_prompt "plain in a terminal: a prompt"
keys '!' Enter
wait_for "Warning signs" "plain: the warning signs"
# A long answer to a terminal stops after a screenful; Enter shows more.
if screen | grep -qF -- "-- More"; then
  ok "plain: a long answer stops at More in a 24-row terminal"
  lacks "0 of " "plain: the rest waits for Enter"
  keys Enter
fi
wait_for "0 of " "plain: the count of ticks"
keys 1 Enter
wait_for "1 of " "plain: a tick"
keys "half typed"
wait_for "Nothing was typed for 2 seconds" "plain: after 2 s idle the reader is forgotten"
keys '!' Enter
wait_for "[ ] " "plain: the check opens again"
screen | grep -qF -- "-- More" && keys Enter
sleep 0.3
last=$(screen | grep -E "[0-9]+ of [0-9]+ ticked" | tail -1)
case "$last" in "0 of "*) ok "plain: the tick is forgotten ($last)" ;;
  *) bad "plain: the tick survived the idle time ($last)" ;; esac
lacks "Not understood" "plain: the half-typed line was dropped, not read"
keys q Enter
wait_for "EXIT:0" "plain: q quits"

# ---- t in a pipe shows the contents
printf 't\nq\n' | "$BIN" --content "$CONTENT" --plain >"$tmp/out" 2>&1
grep -q "^Contents$" "$tmp/out" && grep -qF " 1. Home" "$tmp/out" \
  && ok "printf 't\\n' | fbss-guide --plain shows the contents" \
  || bad "t did not show the contents: $(head -c 600 "$tmp/out")"

finish
