#!/bin/sh
# The decision aid (issue 15) in plain mode: the comparison one option or
# one aspect at a time (never the grid), values rated by number, questions
# added from a page, the timeline (add, edit, move, delete), what to bring,
# the whole sheet, saving it, printing it through a fake printer; a kiosk
# in a real terminal forgets it all after the idle time. 40 columns, ASCII.
. "$(dirname "$0")/lib.sh"
NAME=decision-plain
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT
mkdir "$tmp/work"

cat > "$tmp/printer" <<'EOS'
#!/bin/sh
echo "args: $*" > "$(dirname "$0")/printed"
cat >> "$(dirname "$0")/printed"
EOS
chmod +x "$tmp/printer"

# Lines typed, one per line. The search reaches each screen by its title.
cat > "$tmp/in" <<'EOS'
/options side by side
1
o 2
e 3
o
/what matters to you
1
1 4
2 1
rate 3 9
r
/decision guide more surgery
1
+
+
a
add 2019: Zürich, first operation
add 2021: fusion
edit 5 2021: fusion at two levels, pain came back
up 5
delete 1
5
ask
ask Will I need a brace?
r
s sheet.txt
print
q
EOS
(cd "$tmp/work" && "$BIN" --content "$CONTENT" --plain --ascii \
   --print-command "$tmp/printer -P clinic" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"); rc=$?
[ "$rc" = 0 ] && ok "the plain walk ends with status 0" || bad "status $rc: $(cat "$tmp/err")"
has() { grep -qF -- "$1" "$tmp/out" && ok "$2" || bad "$2 (missing: $1)"; }
has "a appointment sheet" "the first command list names the appointment sheet"
has "Option 2 of 5: A plan without surgery" "o 2 shows one option on every aspect"
has "Aspect 3 of 6: Chances, where the sources give figures" "e 3 shows one aspect for every option"
has "Option 3 of 5: Injections and RFA" "o alone shows the next option"
grep -q '|' "$tmp/out" && bad "a grid was printed (a screen reader would read across columns)" \
  || ok "no grid: plain mode reads one column at a time"
has "Your answer: Very important (4 of 4)." "1 4 rates statement 1"
has "Your answer: Not important (1 of 4)." "2 1 rates statement 2"
has "Choose a rating from 0 to 4." "a rating off the scale is refused"
has "The sources link this to: A plan without" "r restates the priorities next to the options"
has "Added 3 questions to My questions (a: your sheet)." "+ adds the page's questions"
has "These questions are already in My questions." "+ twice adds nothing new"
has "None yet: add and the entry adds one." "the sheet says how to add to the timeline"
has "Added to your timeline." "add adds an entry"
has "Changed." "edit changes an entry"
has "Moved." "up moves an entry"
has "Removed." "delete removes a question"
has "Type ask and your question" "ask alone on the sheet says how to add one's own"
has "Added to My questions." "ask and a question adds the reader's own"
grep -q "Will I need a brace?" "$tmp/work/sheet.txt" && ok "the saved sheet has the reader's own question" \
  || bad "the saved sheet lacks the reader's own question"
has "[x] All your earlier scans" "a number ticks what to bring"
has "- 2021: fusion at two levels, pain came back" "the whole sheet has the timeline"
has "- 2019: Zurich, first operation" "in ASCII, u for the typed u-umlaut"
has "Saved to " "s NAME saves the sheet"
has "Sent to the printer." "print sends the sheet to the printer"
over=$(awk 'length > 80' "$tmp/out" | wc -l)
[ "$over" -eq 0 ] && ok "no line is wider than the terminal" || bad "$over lines too wide"
LC_ALL=C grep -q '[^ -~]' "$tmp/out" && bad "--ascii: a byte outside ASCII was sent" \
  || ok "--ascii: only ASCII was sent"
f="$tmp/work/sheet.txt"
if grep -q "^2021: fusion at two levels" "$f" 2>/dev/null; then
  bad "the timeline lost its bullets"
elif grep -q "^- 2019: Zurich, first operation" "$f" && grep -q "^1. What can I try without surgery" "$f" &&
     grep -q "^Very important:" "$f" && grep -q '^\[x\] All your earlier scans' "$f"; then
  ok "the saved file keeps the reader's words (in ASCII, as asked), questions, priorities and ticks"
else
  bad "the saved sheet: $(head -60 "$f" 2>/dev/null)"
fi
if [ "$(head -1 "$tmp/printed" 2>/dev/null)" = "args: -P clinic" ] && [ "$(tail -n +2 "$tmp/printed")" = "$(cat "$f")" ]; then
  ok "the printer got its arguments and the same sheet as the file"
else
  bad "the fake printer got: $(head -5 "$tmp/printed" 2>/dev/null)"
fi

# ---- 40 columns: nothing wider
COLUMNS=40 "$BIN" --content "$CONTENT" --plain --ascii >"$tmp/out40" 2>&1 <<'EOS'
/options side by side
1
o 1
a
q
EOS
grep -qF "Option 1 of 5: Another operation" "$tmp/out40" && ok "40 columns: one option" \
  || bad "40 columns: no option shown: $(head -20 "$tmp/out40")"
over=$(awk 'length > 40' "$tmp/out40" | wc -l)
[ "$over" -eq 0 ] && ok "40 columns: no line is wider than 40" || bad "40 columns: $over lines wider"

# ---- a kiosk in a real terminal: the idle time forgets the sheet, nothing is written
CWD="$tmp/work" start 80x24 TERM=dumb -- --plain --kiosk --idle 2
end=$(( $(date +%s) + TIMEOUT ))
while [ "$(date +%s)" -le "$end" ] && ! screen | grep -qx '> *'; do sleep 0.05; done
screen | grep -qx '> *' && ok "plain kiosk: a prompt" || bad "plain kiosk: no prompt"
keys "a" Enter
wait_for "My appointment sheet" "plain kiosk: the sheet"
keys "add private entry" Enter
wait_for "Added to your timeline." "plain kiosk: an entry"
keys "s x.txt" Enter
wait_for "Saving is turned off on this machine." "plain kiosk: no saving"
wait_for "Nothing was typed for 2 seconds" "plain kiosk: after 2 s idle the reader is forgotten"
keys "a" Enter
wait_for "None yet: add and the entry adds one." "plain kiosk: the timeline is empty again"
keys "r" Enter
sleep 0.3
screen | grep -qF -- "-- More" && keys Enter
wait_for "No timeline entries yet." "plain kiosk: the whole sheet has no entry"
keys q Enter
wait_for "EXIT:0" "plain kiosk: q quits"
[ -z "$(find "$tmp/work" -mindepth 1 ! -name sheet.txt)" ] && ok "plain kiosk: nothing was written" \
  || bad "files were written: $(ls -A "$tmp/work")"
finish
