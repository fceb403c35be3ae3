#!/bin/sh
# The tick-box self-checks: ticking, why, result, red-flag override, the
# all-six rule, clearing, saving on request, and no file otherwise.
. "$(dirname "$0")/lib.sh"
NAME=selfcheck
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT
mkdir "$tmp/home" "$tmp/tmp" "$tmp/work"
CWD="$tmp/work"

start 80x24 HOME="$tmp/home" TMPDIR="$tmp/tmp"
wait_for "9. Self-check: a second opinion?" "the self-check is the last item of Home"
keys 9 Enter
wait_for "Should I get a second opinion first, before revision spine surgery?" "self-check asks its question"
wait_for "0 of 16 ticked" "count of ticked items starts at 0"
wait_for "[ ] I am being offered another operation" "statements shown as [ ]"
keys Space
wait_for "[x] I am being offered another operation" "Space ticks a statement, shown as [x]"
wait_for "1 of 16 ticked" "count follows"
keys j j x
wait_for "2 of 16 ticked" "x ticks too"
keys w
wait_for "Why: The surgeon's guide says each further operation" "w shows why a statement matters"
keys Enter
wait_for "Home > Self-check: a second opinion? > Result" "Enter shows the result"
wait_for "Why it matters: The surgeon's guide says a scan alone" "each ticked statement comes with what the sources say (no score, no verdict)"
wait_for "You ticked:" "result lists the reasons"
keys G
wait_for "What to bring:" "result says what to bring"
wait_for "Educational only" "result carries the disclaimer"
keys g
wait_for "Question to ask: Apart from the scan" "each ticked statement comes with a question to ask"
keys Left
wait_for "2 of 16 ticked" "going back keeps the ticks"
keys Left
wait_for " Home" "back at Home"
keys Enter
wait_for "Home > Self-check: a second opinion?" "reopened"
wait_for "2 of 16 ticked" "ticks kept for the session"
keys c
wait_for "Clear all 2 ticks? (y/n)" "c asks before clearing"
keys n
wait_for "Ticks kept." "n keeps them"
wait_for "2 of 16 ticked" "still 2 ticked"
keys c y
wait_for "0 of 16 ticked" "c then y clears every tick"

keys Space G Space Enter
wait_for "Get medical help now" "a red-flag tick shows the urgent card"
line_is 1 " URGENT: Get medical help now" "the urgent card comes first, above the list of reasons"
keys c
wait_for "Press Left to go back to the statements" "c does nothing on a result screen"
wait_for "URGENT: Get medical help now" "the result stays"
keys Left c y Left

keys '!'
wait_for "Warning signs: tick any you have" "! opens the warning-signs check from Home"
keys Enter
wait_for "No warning signs ticked" "no warning sign ticked: the calm band"
keys Left Left

keys 6 Enter
wait_for "Home > Deciding about more surgery" "the decision section"
keys 6 Enter
wait_for "The six questions before surgery" "the six questions"
keys Space j Space j Space j Space j Space Enter
wait_for "Slow down" "five of six ticked: slow down"
keys Left j Space Enter
wait_for "You ticked all six" "all six ticked"
keys q
wait_for "6 of 6 ticked" "q on the result closes it, back to the statements"
keys q
wait_for "Quit and lose your answers? (y/n)" "q with ticks asks before quitting"
keys n
wait_for "6 of 6 ticked" "n stays, ticks kept"
keys q y
wait_for "EXIT:0" "q then y quits"
lacks "You ticked" "quitting clears the screen"
[ -z "$(find "$tmp/home" "$tmp/tmp" "$tmp/work" -mindepth 1)" ] \
  && ok "the whole session wrote no file (HOME, TMPDIR and the working folder stay empty)" \
  || bad "files were written: $(ls -AR "$tmp")"

# Saving happens only when asked, to the name given, never over a file.
start 80x24 HOME="$tmp/home" TMPDIR="$tmp/tmp"
wait_for "Failed back surgery syndrome" "started again"
keys 9 Enter G k Space Enter
wait_for "Why it matters: This can favor the plan." "a statement that points the other way is listed with what the source says"
keys s
wait_for "Save to file" "s asks for a file name"
keys C-u "summary.txt" Enter
wait_for "Saved to $tmp/work/summary.txt" "says where it saved, in full"
grep -q "You ticked:" "$tmp/work/summary.txt" && grep -q "Educational only" "$tmp/work/summary.txt" \
  && ok "the file holds the summary" || bad "summary file wrong: $(cat "$tmp/work/summary.txt" 2>&1)"
echo keep > "$tmp/work/keep.txt"
keys s C-u "keep.txt" Enter
wait_for "That file exists. Replace it? (y/n)" "asks before replacing a file"
keys n
wait_for "Not saved" "answering n keeps the file"
[ "$(cat "$tmp/work/keep.txt")" = keep ] && ok "existing file untouched" || bad "keep.txt was changed"
keys q q y
wait_for "EXIT:0" "quits"
[ "$(ls -A "$tmp/work")" = "keep.txt
summary.txt" ] && ok "only the files asked for exist" || bad "unexpected files: $(ls -A "$tmp/work")"

start 80x24 -- --kiosk
wait_for "Failed back surgery syndrome" "kiosk mode starts"
keys 9 Enter Enter s
wait_for "Saving is turned off on this machine." "kiosk mode refuses to save"
finish
