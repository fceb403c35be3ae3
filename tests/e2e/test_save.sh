#!/bin/sh
# Saving a summary, in both faces: the dated name offered in the home
# folder, ~, the full path said after saving, a folder or a special file
# (/dev/full, a FIFO, a link) refused before any question, a file size
# limit (ulimit -f) reported instead of killing the guide, ASCII on an
# ASCII terminal, and the date, version and review date in the file.
. "$(dirname "$0")/lib.sh"
NAME=save
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT
mkdir "$tmp/home" "$tmp/work" "$tmp/limit"
CWD="$tmp/work"
today=$(date +%Y-%m-%d)
offered="fbss-summary-$today.txt"
reviewed=$(sed -n 's/^reviewed *= *//p' "$CONTENT"/*.ini | head -1)

# open_check: from Home to the self-check (Home's last item), one tick.
open_check() {
  wait_for "Failed back surgery syndrome" "$1: started"
  keys G Enter
  wait_for "ticked" "$1: the self-check"
  keys Space
  wait_for "1 of" "$1: one tick"
}
# save_as NAME: s, clear the name offered, type NAME, Enter.
save_as() { keys s; wait_for "Save to file:" >/dev/null; keys C-u "$1" Enter; }
no_high_bytes() { [ "$(LC_ALL=C tr -d '\000-\177' <"$1" | wc -c)" -eq 0 ]; }

# ---- full screen ----
start 80x24 HOME="$tmp/home"
open_check "screen"
keys s
wait_for "Save to file: ~/$offered" "s offers a dated name in the home folder"
keys Enter
wait_for "Saved to $tmp/home/$offered" "Enter saves there and says the full path"
f="$tmp/home/$offered"
[ -f "$f" ] && ok "the file is in the home folder" || bad "no $f: $(ls -A "$tmp/home" "$tmp/work")"
grep -q "^Saved on $today by fbss-guide [0-9]" "$f" && ok "the summary carries the date and version" \
  || bad "no date and version line: $(head -2 "$f")"
grep -qF "last reviewed on $reviewed" "$f" && ok "and the content's review date ($reviewed)" \
  || bad "no review date: $(head -2 "$f")"
grep -q "You ticked:" "$f" && ok "and what was ticked" || bad "no ticks in $f"

save_as "~/mine.txt"
wait_for "Saved to $tmp/home/mine.txt" "~/mine.txt is saved in the home folder"
[ -f "$tmp/home/mine.txt" ] && ok "~ was expanded" || bad "no $tmp/home/mine.txt: $(ls -A "$tmp/work")"

save_as "~"
wait_for "is a folder, not a file" "a folder is refused with a clear message"
lacks "Replace it?" "a folder is refused before any question about replacing"

save_as "/dev/full"
wait_for "/dev/full is a device, not a file" "/dev/full is refused"
[ -c /dev/full ] && ok "/dev/full is still a device" || bad "/dev/full was replaced"

mkfifo "$tmp/work/pipe"
save_as "pipe"
wait_for "pipe is a pipe (FIFO), not a file" "a FIFO is refused"
[ -p "$tmp/work/pipe" ] && ok "the FIFO is still a FIFO" || bad "the FIFO was replaced"

echo target >"$tmp/work/target.txt"
ln -s target.txt "$tmp/work/link.txt"
save_as "link.txt"
wait_for "link.txt is a link to another file" "a symbolic link is refused"
[ -L "$tmp/work/link.txt" ] && [ "$(cat "$tmp/work/target.txt")" = target ] \
  && ok "the link and its target are untouched" || bad "the link or its target changed"
keys q y
wait_for "EXIT:0" "quits (y: the ticks may be forgotten)"

# ---- an ASCII terminal gets an ASCII file ----
start 80x24 HOME="$tmp/home" LANG=C LC_ALL=C
open_check "ascii"
save_as "ascii.txt"
wait_for "Saved to $tmp/work/ascii.txt" "ASCII: saved"
no_high_bytes "$tmp/work/ascii.txt" && ok "ASCII terminal: the file is ASCII" \
  || bad "bytes past ASCII in the file: $(LC_ALL=C grep -n '[^ -~]' "$tmp/work/ascii.txt" | head -3)"
grep -q "Educational only - not medical advice" "$tmp/work/ascii.txt" \
  && ok "ASCII terminal: the dash became -" || bad "dash not transliterated: $(tail -3 "$tmp/work/ascii.txt")"
keys q y

# ---- a file size limit: reported, the guide lives on, nothing left ----
RUNNER="sh -c 'ulimit -f 0; exec \"\$@\"' sh" start 80x24 HOME="$tmp/limit"
open_check "ulimit -f 0"
keys s
wait_for "Save to file:" >/dev/null
keys Enter
wait_for "Not saved: File too large" "ulimit -f 0: \"File too large\", not death by SIGXFSZ"
keys Down
wait_for "1 of" "the guide still runs"
[ -z "$(ls -A "$tmp/limit")" ] && ok "no temporary file with answers is left" \
  || bad "files left: $(ls -A "$tmp/limit")"
keys q y
wait_for "EXIT:0" "and quits normally (status 0)"

# ---- plain mode: s alone saves under the dated name ----
rm -f "$tmp/home/$offered"
# Home's last item is the self-check; its number is Home's item count.
last=$(printf 'q\n' | "$BIN" --content "$CONTENT" --plain | grep -Eo '^ *[0-9]+\.' | tail -1 | tr -dc 0-9)
out=$(cd "$tmp/work" && printf '%s\n1\ns\ns ~\ns /dev/full\nq\n' "$last" | HOME="$tmp/home" \
  "$BIN" --content "$CONTENT" --plain 2>&1)
printf '%s\n' "$out" | grep -qF "Saved to $tmp/home/$offered." && ok "plain: s saves to ~/$offered" \
  || bad "plain: s did not save to the dated name: $(printf '%s\n' "$out" | grep -i saved)"
printf '%s\n' "$out" | grep -qF "Not saved: $tmp/home is a folder, not a file" \
  && ok "plain: a folder is refused" || bad "plain: folder: $(printf '%s\n' "$out" | grep -i saved)"
printf '%s\n' "$out" | grep -qF "Not saved: /dev/full is a device" \
  && ok "plain: /dev/full is refused" || bad "plain: /dev/full: $(printf '%s\n' "$out" | grep -i saved)"
out=$(cd "$tmp/limit" && printf '%s\n1\ns\nq\n' "$last" | HOME="$tmp/limit" \
  sh -c 'ulimit -f 0; exec "$@"' sh "$BIN" --content "$CONTENT" --plain 2>&1); rc=$?
printf '%s\n' "$out" | grep -qF "Not saved: File too large." && ok "plain: ulimit -f 0 says File too large" \
  || bad "plain: ulimit: $(printf '%s\n' "$out" | tail -3)"
[ "$rc" -eq 0 ] && ok "plain: and ends normally (status 0)" || bad "plain: status $rc under ulimit -f 0"
[ -z "$(ls -A "$tmp/limit")" ] && ok "plain: nothing left behind" || bad "plain: left: $(ls -A "$tmp/limit")"
finish
