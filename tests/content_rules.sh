#!/bin/sh
# content_rules.sh DIR: publishing rules that --check does not enforce,
# because they are editorial: every page names its sources, titles fit a
# 40-column screen, and every section menu ends by offering the self-check.
set -eu
dir=${1:?usage: content_rules.sh CONTENT_DIR}
cat "$dir"/*.ini | awk '
  function flush() {
    if (id == "" || id == "guide") return
    if ((type == "page" || type == "compare" || type == "values") && sources == "") { print "page [" id "] names no sources (add sources = ...)"; bad = 1 }
    if (type == "menu" && id != "home" && id != "urgent" && last != "self-check") {
      print "menu [" id "] does not end with the self-check (add self-check as its last child)"; bad = 1 }
    if (type != "source" && length(title) > 40) { print "[" id "] title is over 40 characters: " title; bad = 1 }
    if (type != "source" && length(summary) > 72) { print "[" id "] summary is over 72 characters"; bad = 1 }
  }
  /^\[/ { flush(); id = substr($0, 2, index($0, "]") - 2); type = sources = title = summary = last = ""; next }
  /^type *=/     { sub(/^type *= */, ""); type = $0 }
  /^sources *=/  { sub(/^sources *= */, ""); sources = $0 }
  /^title *=/    { sub(/^title *= */, ""); gsub(/^"|"$/, ""); title = $0 }
  /^summary *=/  { sub(/^summary *= */, ""); gsub(/^"|"$/, ""); summary = $0 }
  /^children *=/ { n = split($0, c, ","); last = c[n]; gsub(/ /, "", last) }
  END { flush(); if (bad) exit 1; print "content rules: every page names its sources; titles fit; sections end with the self-check" }'
