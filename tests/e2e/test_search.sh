#!/bin/sh
# Search that finds what patients type (issue 13), in a real terminal and in
# plain mode: a misspelled word corrected and said so, words found apart
# and labelled with their section, advice when nothing is found, and the
# search prompt edited as in a shell with this session's searches on Up and
# Down, forgotten by --idle.
. "$(dirname "$0")/lib.sh"
NAME=search
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT

# The bottom line of the screen (the prompt).
bottom() { screen | tail -1; }

start
wait_for "9. Self-check: a second opinion?" "Home is shown"

# --- a corrected spelling
keys / "pseudoarthrosis" Enter
wait_for 'Showing results for "pseudarthrosis" (you typed "pseudoarthrosis")' \
  "a misspelled word is corrected, and the guide says so"
wait_for 'Search: "pseudarthrosis", ' "the results are for the corrected word"
wait_for "Pseudarthrosis — Glossary" "the glossary term is listed, labelled Glossary"
keys Enter
wait_for "> Pseudarthrosis" "Enter opens the first result"
keys Left Left
wait_for "9. Self-check: a second opinion?" "back to Home"

# --- several words, found apart; the page and the term of one name told apart
keys / "stimulation spinal" Enter
wait_for 'Search: "stimulation spinal", ' "words in any order find pages"
wait_for "Spinal cord stimulation — Treatments" "the treatment page is labelled with its section"
wait_for "Spinal cord stimulation — Glossary" "the glossary term of the same name is labelled Glossary"
keys Enter
wait_for "> Spinal cord stimulation" "Enter opens the first result"
sleep 0.3 # marks are attributes only: give the screen a moment
# (the title is bold already: its marks add only 7 or 4)
marks=$(tmux -L "$SOCK" capture-pane -e -p | grep -oE '\[(1;)?[47]m[A-Za-z]*' | sort -u | tr '\n' ' ')
case "$marks" in
  *'7mSpinal '*) ok "the first word found is the current match, in reverse video" ;;
  *) bad "the first word found is the current match, in reverse video (marks: $marks)" ;;
esac
case "$marks" in
  *'4mstimulation '*) ok "the other word is marked too ($marks)" ;;
  *) bad "the other word is marked too (marks: $marks)" ;;
esac
keys n
sleep 0.3
case "$(tmux -L "$SOCK" capture-pane -e -p | grep -oE '\[(1;)?7m[A-Za-z]*' | sed -n 2p)" in
  *'7mstimulation') ok "n goes to the next word found" ;;
  *) bad "n goes to the next word found" ;;
esac
keys Left Left

# --- the prompt edits as in a shell
keys / "xx chord"
wait_for "Search for: xx chord" "typing shows in the prompt"
keys C-a Right Right C-u
wait_for "Search for:  chord" "Ctrl-A, Right and Ctrl-U delete up to the cursor"
keys "spinal"
wait_for "Search for: spinal chord" "text goes in at the cursor"
keys C-e " extra" C-w
wait_for "Search for: spinal chord" "Ctrl-E goes to the end, Ctrl-W deletes the word before"
keys Left Left Left Left Left Left BSpace
wait_for "Search for: spinalchord" "Left moves back by characters, Backspace deletes before the cursor"
keys " " Enter
wait_for 'Showing results for "spinal cord" (you typed "spinal chord")' \
  "the edited line is searched (and chord corrected)"
keys Left

# --- Up and Down bring back this session's searches
keys /
wait_for "Search for:" "/ asks again"
keys Up
wait_for "Search for: spinal chord" "Up shows the last search"
keys Up
wait_for "Search for: stimulation spinal" "Up again the one before"
keys Down
wait_for "Search for: spinal chord" "Down comes back"
keys Down
sleep 0.2
case "$(bottom)" in
  *"Search for:") ok "Down past the newest gives an empty line" ;;
  *) bad "Down past the newest gives an empty line (got: $(bottom))" ;;
esac
keys Escape
wait_for "Search cancelled." "Esc cancels"

# --- nothing found: never a dead end
keys / "spinal xylophone" Enter
wait_for 'No page has "spinal xylophone". Try fewer words: "spinal" finds' \
  "nothing found suggests fewer words"
keys q
wait_for "EXIT:0" "q quits"

# --- the searches are forgotten by --idle
start 80x24 -- --kiosk --idle 2
wait_for "9. Self-check: a second opinion?" "kiosk with --idle"
keys / "scar" Enter
wait_for 'Search: "scar", ' "a search in kiosk mode"
sleep 3
wait_for "9. Self-check: a second opinion?" "after the idle time, Home"
keys / Up
sleep 0.3
case "$(bottom)" in
  *"Search for:") ok "after the idle time Up brings back no search" ;;
  *) bad "after the idle time Up brings back no search (got: $(bottom))" ;;
esac
keys Escape q
wait_for "EXIT:0" "q quits"

# --- plain mode: the same, as text
feed() { printf "$1" | "$BIN" --content "$CONTENT" --plain >"$tmp/out" 2>"$tmp/err"; }
expect_in() { grep -qF -- "$1" "$tmp/out" && ok "plain: $2" || bad "plain: $2: \"$1\" not in: $(head -c 1500 "$tmp/out")"; }
feed '/pseudoarthrosis\nq\n'
expect_in 'Search: "pseudarthrosis", ' "the results are for the corrected word"
expect_in 'Showing results for "pseudarthrosis" (you typed "pseudoarthrosis")' \
  "a misspelled word is corrected, and the guide says so"
expect_in "Pseudarthrosis — Glossary" "rows are labelled with their section"
feed '/stimulation spinal\nq\n'
expect_in 'Search: "stimulation spinal", ' "words in any order find pages"
expect_in "Spinal cord stimulation — Treatments" "the treatment page is labelled with its section"
expect_in "Spinal cord stimulation — Glossary" "the glossary term of the same name is labelled Glossary"
feed '/spinal xylophone\nq\n'
expect_in 'No page has "spinal xylophone". Try fewer words: "spinal" finds' \
  "nothing found suggests fewer words"
expect_in "for the contents, or look in the glossary." "and the contents and the glossary"
finish
