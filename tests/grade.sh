#!/bin/sh
# grade.sh DIR [MAX]: Flesch-Kincaid grade of every page, checklist and menu
# in a content folder, measured by Debian's `style` (package diction).
# Paragraphs and bullets are fed to style as sentences, one per line,
# because style skips lines that start with "- ". Exit 1 if a page is above MAX.
set -eu
dir=${1:?usage: grade.sh CONTENT_DIR [MAX_GRADE]}
max=${2:-8}
command -v style >/dev/null || { echo "grade.sh: 'style' not found: apt-get install diction" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Split each node's prose values into one file per node.
for f in "$dir"/*.ini; do
  awk -v out="$tmp" -v file="$(basename "$f")" '
    /^\[/ { id = substr($0, 2, index($0, "]") - 2); next }
    /^[ \t]*[;#]/ || id == "" || id == "guide" { next }
    match($0, /^[a-z0-9_]+[ \t]*=/) {
      key = $0; sub(/[ \t]*=.*/, "", key)
      if (key !~ /^(p[0-9]+|item[0-9]+|item[0-9]+_why|item[0-9]+_ask|band[0-9]+_text|urgent_p[0-9]+|summary|cell[0-9]+_[0-9]+|statement[0-9]+|statement[0-9]+_why|icons[0-9]+_note)$/) next
      v = substr($0, RLENGTH + 1); sub(/^[ \t]+/, "", v); sub(/[ \t]+$/, "", v)
      if (v ~ /^".*"$/ || v ~ /^\047.*\047$/) v = substr(v, 2, length(v) - 2)
      sub(/^- /, "", v)
      if (v !~ /[.!?:]$/) v = v "."
      print v "\n" > (out "/" file "@" id)
    }' "$f"
done
fail=0
for t in "$tmp"/*; do
  [ -e "$t" ] || continue
  g=$(style "$t" | awk '/Kincaid:/ { print $2 }')
  name=$(basename "$t")
  if awk -v g="$g" -v m="$max" 'BEGIN { exit !(g > m) }'; then
    printf '%-50s grade %5s  ABOVE %s\n' "$name" "$g" "$max"; fail=1
  else
    printf '%-50s grade %5s\n' "$name" "$g"
  fi
done
[ "$fail" = 0 ] && echo "grade: every page at grade $max or lower" || echo "grade: some pages are above grade $max"
exit "$fail"
