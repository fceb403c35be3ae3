#!/bin/sh
# content_rules.sh DIR: publishing rules that --check does not enforce,
# because they are editorial: every page names its sources, titles fit a
# 40-column screen, and the second-opinion self-check sits in two places only:
# at the end of Home and in the decision section (deciding).
set -eu
dir=${1:?usage: content_rules.sh CONTENT_DIR}
cat "$dir"/*.ini | awk '
  function flush() {
    if (id == "" || id == "guide") return
    if ((type == "page" || type == "compare" || type == "values") && sources == "") { print "page [" id "] names no sources (add sources = ...)"; bad = 1 }
    if (type == "menu" && id == "home" && last != "self-check") {
      print "menu [home] does not end with the self-check (add self-check as its last child)"; bad = 1 }
    if (type == "menu" && id == "deciding" && !has_sc) {
      print "menu [deciding] does not offer the self-check (add self-check to its children)"; bad = 1 }
    if (type == "menu" && id != "home" && id != "deciding" && has_sc) {
      print "menu [" id "] lists the self-check; it belongs only in [home] and [deciding]"; bad = 1 }
    if (type != "source" && length(title) > 40) { print "[" id "] title is over 40 characters: " title; bad = 1 }
    if (type != "source" && length(summary) > 72) { print "[" id "] summary is over 72 characters"; bad = 1 }
  }
  /^\[/ { flush(); id = substr($0, 2, index($0, "]") - 2); type = sources = title = summary = last = ""; has_sc = 0; next }
  /^type *=/     { sub(/^type *= */, ""); type = $0 }
  /^sources *=/  { sub(/^sources *= */, ""); sources = $0 }
  /^title *=/    { sub(/^title *= */, ""); gsub(/^"|"$/, ""); title = $0 }
  /^summary *=/  { sub(/^summary *= */, ""); gsub(/^"|"$/, ""); summary = $0 }
  /^children *=/ { sub(/^children *= */, ""); gsub(/ /, ""); n = split($0, c, ","); last = c[n]
                   for (i = 1; i <= n; i++) if (c[i] == "self-check") has_sc = 1 }
  END { flush(); if (bad) exit 1; print "content rules: every page names its sources; titles fit; the self-check is at the end of Home and in [deciding] only" }'
