#!/bin/sh
# The decision aid (issue 15) in a real terminal: options side by side
# (a grid at 80 columns, one option or aspect at a time at 40x12), the
# chances as icon arrays in ASCII, What matters to you, questions added
# from a page, the timeline typed with the line editor, the whole sheet,
# saving it, printing it through a fake printer, and a kiosk that forgets
# all of it and writes nothing.
. "$(dirname "$0")/lib.sh"
NAME=decision
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT
mkdir "$tmp/home" "$tmp/tmp" "$tmp/work"
CWD="$tmp/work"

# Reaches a screen by searching for its title (menus may be renumbered).
open_by_search() {
  keys / ; wait_for "Search" "/ asks what to search for"
  keys "$1" Enter
  wait_for "$2" "the search finds \"$2\""
  keys Enter
}

# ---- 80x24: the grid, the values, questions, the timeline, the sheet
start 80x24 HOME="$tmp/home" TMPDIR="$tmp/tmp" -- --ascii
wait_for "Self-check: a second opinion?" "started"
open_by_search "options side by side" "Options side by side"
wait_for "1. Another" "the comparison opens as a grid: option 1 heads a column"
wait_for "|5. Current" "all five options side by side at 80 columns"
wait_for "All 5 options" "the status line says the grid shows every option"
keys Right
wait_for "Option 1 of 5: Another operation" "Right shows one option at a time"
wait_for "Option 1/5" "its place is on the status line"
keys Right
wait_for "Option 2 of 5: A plan without surgery" "Right moves to the next option"
keys o
wait_for "Aspect 1 of 6: What it involves" "o shows one aspect for every option"
keys Right Right
wait_for "Aspect 3 of 6: Chances, where the sources give figures" "Right moves across aspects"
keys G
wait_for "The sources do not say." "a cell the sources leave empty says so"
keys Escape
wait_gone "Aspect 3 of 6" "Esc goes back"

open_by_search "chances out of 100" "Chances out of 100 people"
wait_for "About 50 in 100 got real improvement; about 50 in 100 did not." "the icon array gives both frames"
keys G
wait_for "# = still had significant pain (40)" "the key names the marked icons, in ASCII"
wait_for ". = did not (60)" "and the unmarked ones"
# Count the marks of the last grid on screen: 40 of 100.
marks=$(screen | grep -E '^ [#.]( [#.]){9}' | tail -10 | cut -c1-20 | tr -cd '#' | wc -c)
[ "$marks" -eq 40 ] && ok "the last grid marks 40 of 100 people" || bad "the last grid marks $marks, not 40"

open_by_search "what matters to you" "What matters to you"
wait_for "1. Avoiding another operation" "the values page lists its statements"
wait_for "Your answer: not rated yet" "unrated at first"
keys Right Right Right
wait_for "Your answer: Important (3 of 4)" "Right rates the statement higher, as words"
keys j 1
wait_for "Your answer: Not important (1 of 4)" "a number rates the chosen statement"
keys Enter
wait_for "Your priorities" "Enter restates the priorities"
wait_for "Important:" "grouped by the rating's words"
wait_for "The sources link this to: A plan without" "next to the options the sources link"
keys Escape Escape

open_by_search "decision guide more surgery" "Decision guide: more surgery?"
keys +
wait_for "Added 3 questions to My questions" "+ adds the page's questions"
keys +
wait_for "already in My questions" "+ twice adds nothing new"
keys m G Enter
wait_for "ticked" "the self-check, the last item of Home"
keys Space Enter
wait_for "+:add questions" "its result offers its questions"
keys +
wait_for "Added 1 question to My questions" "+ adds the question of the ticked statement"
keys a
wait_for "My appointment sheet" "a opens the sheet"
wait_for "1. What is causing my pain now" "the question is on the sheet"
wait_for "4. " "the self-check's question is fourth"
keys j J
wait_for "3. What can I try without surgery" "J moves the chosen question down"
keys d
wait_gone "What can I try without surgery" "d removes it"
keys +
wait_for "Your question:" "+ on the sheet asks for a question of the reader's own"
keys "Will I need a brace?" Enter
wait_for "Added to My questions." "it is added"
wait_for "4. Will I need a brace?" "after the other questions"
keys i
wait_for "When, what happened:" "i asks for a timeline entry"
# Type, move left into a word and insert: the prompt edits like a shell
# line, by characters (ü is two bytes), with Home and End sent as vt100
# lacks them.
keys "2019: Zürich, first operaton" Left Left
keys i
keys End ", pain eased" Enter
wait_for "- 2019: Zurich, first operation, pain eased" "Left, End and typing edit the line (ASCII shows u)"
keys e
wait_for "Edit: 2019: Zurich, first operation" "e edits the chosen entry, its text ready to change"
keys Home "March " Enter
wait_for "- March 2019: Zurich, first operation, pain eased" "Home and typing change it"
keys G Space
wait_for "[x] " "Space ticks what to bring"
# The hardware cursor rests on the chosen row (screen readers, and no colour).
row=$(screen | grep -n '\[x\] ' | head -1 | cut -d: -f1)
case "$(cursor)" in
  "$((row - 1)):"*) ok "the cursor rests on the chosen row of the sheet" ;;
  *) bad "the cursor is at $(cursor), not on the chosen row $((row - 1))" ;;
esac
keys r
wait_for "Whole sheet" "r shows the whole sheet"
wait_for "What matters to me" "with the priorities"
keys G
wait_for "- March 2019: Zurich, first operation" "and the timeline"
keys s
wait_for "Save the sheet to file" "s asks for a file name"
keys C-u "sheet.txt" Enter
wait_for "Saved to " "saved on request, under the name typed"
if grep -q "^1. What is causing my pain now" "$tmp/work/sheet.txt" &&
   grep -q "^- March 2019: Zurich, first operation, pain eased" "$tmp/work/sheet.txt" &&
   grep -q "^Not important:" "$tmp/work/sheet.txt" && grep -q '^\[x\] ' "$tmp/work/sheet.txt"; then
  ok "the file holds the questions, timeline, priorities and ticks (ASCII, as the terminal)"
else
  bad "the saved sheet lacks a part: $(cat "$tmp/work/sheet.txt" 2>/dev/null | head -40)"
fi
keys P
wait_for "No printer is set up on this machine." "P without --print-command says so"
# q closes each screen opened on top (the whole sheet, the sheet, the
# result), then asks before quitting, since answers would be lost (issue 12).
i=0
while [ $i -lt 6 ] && ! screen | grep -qF "Quit and lose your answers?"; do
  keys q; sleep 0.3; i=$((i + 1))
done
wait_for "Quit and lose your answers? (y/n)" "q closes the screens on top, then asks before losing answers"
keys y
wait_for "EXIT:0" "quits"

# ---- 40x12: one option at a time, nothing cut
start 40x12 HOME="$tmp/home" TMPDIR="$tmp/tmp" -- --ascii
wait_for "Home" "started at 40x12"
open_by_search "options side by side" "Options side"
wait_for "Option 1/5" "at 40 columns the comparison shows one option at a time"
keys G
wait_for "not say who wrote it or why." "the end of the option is reachable: nothing is cut"
keys Right
wait_for "Option 2/5" "Right moves to the next option at 40x12"
line_is 1 " Option 2 of 5" "the next option starts at the top, past the introduction read already"
keys G
over=$(screen | awk 'length > 40' | wc -l)
[ "$over" -eq 0 ] && ok "no line is wider than 40 columns" || bad "$over lines wider than 40"
keys Escape
open_by_search "what matters to you" "What matters"
wait_for "1. Avoiding another" "at 40x12 the first statement is chosen"
keys Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up
wait_for "People weigh the same facts" "Up past the first statement reads the introduction"
keys Down
wait_for "1. Avoiding another" "Down brings the statement back"
keys a
wait_for "My appointment" "the sheet opens at 40x12"
keys q q # close the sheet, quit
wait_for "EXIT:0" "quits at 40x12"

# ---- printing through the administrator's command (a fake printer)
cat > "$tmp/printer" <<'EOS'
#!/bin/sh
echo "args: $*" > "$(dirname "$0")/printed"
cat >> "$(dirname "$0")/printed"
EOS
chmod +x "$tmp/printer"
start 80x24 HOME="$tmp/home" TMPDIR="$tmp/tmp" -- --kiosk "--print-command='$tmp/printer -P clinic'"
wait_for "Self-check: a second opinion?" "kiosk with a print command"
keys a
wait_for "My appointment sheet" "the sheet in kiosk mode"
wait_for "forgotten when you leave" "kiosk: the sheet says it is forgotten"
lacks "s saves" "kiosk: the sheet does not invite saving"
lacks "s:save" "kiosk: nor does its status line"
keys i "2020: injection" Enter
wait_for "- 2020: injection" "a timeline entry"
keys s
wait_for "Saving is turned off on this machine." "kiosk: no saving"
keys P
wait_for "Sent to the printer." "P prints"
if [ "$(head -1 "$tmp/printed" 2>/dev/null)" = "args: -P clinic" ] && grep -q "^- 2020: injection" "$tmp/printed"; then
  ok "the printer got its arguments unchanged and the sheet on its input"
else
  bad "the fake printer got: $(cat "$tmp/printed" 2>/dev/null)"
fi
keys q
wait_for "EXIT:0" "quits"

# ---- a kiosk with --idle forgets all of it and writes nothing
rm -f "$tmp/printed"
start 80x24 HOME="$tmp/home" TMPDIR="$tmp/tmp" -- --kiosk --idle 2
wait_for "Self-check: a second opinion?" "kiosk with an idle time"
open_by_search "what matters to you" "What matters to you"
keys 4
wait_for "Your answer: Very important (4 of 4)" "a rating"
keys a i "private entry" Enter
wait_for "- private entry" "a private timeline entry"
sleep 3
wait_for "Self-check: a second opinion?" "after the idle time the guide is back at Home"
keys a
wait_for "My appointment sheet" "the sheet again"
lacks "private entry" "the timeline is forgotten"
keys r
wait_for "You have not rated any statement yet." "the ratings are forgotten"
keys q
wait_for "EXIT:0" "quits"
lacks "private entry" "quitting clears the screen"
[ -z "$(find "$tmp/home" "$tmp/tmp" "$tmp/work" -mindepth 1 ! -name sheet.txt)" ] \
  && ok "nothing else was written (HOME, TMPDIR and the working folder)" \
  || bad "files were written: $(find "$tmp" -mindepth 2)"
finish
