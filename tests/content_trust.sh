#!/bin/sh
# content_trust.sh DIR: editorial rules that keep the guide safe and even
# (issue 14). Exit 1 with one line per problem.
#  1. Warning signs live in one node, [red-flags]. Any other node that names
#     two or more of the signs is a second list, which could drift.
#  2. Each source's title is its disclosure line (who made it, what it sells
#     or promotes); it is printed under every page that cites the source.
#     A page that names a source in its text must cite it in `sources`, so
#     the disclosure is shown; About cites all five.
#  3. Every treatment page carries exactly one evidence label, from the one
#     scheme that [tx-overview] explains, in the same words each time.
#  4. FAQ answers are short (at most 120 words) and link to a page.
#  6. The second-opinion self-check informs and does not score: no weights,
#     no result bands, so its result lists what was ticked with no verdict.
#  5. About states the review dates of [guide] (reviewed, next_review) in
#     words ("30 November 2026"), so the page and --check never disagree.
set -eu
dir=${1:?usage: content_trust.sh CONTENT_DIR}
cat "$dir"/*.ini | awk '
  BEGIN {
    # 1. The signs, one pattern per sign (lower case).
    sign["bladder or bowel"] = "bladder|bowel|passing urine"
    sign["saddle numbness"] = "genital|buttock|saddle|inner thigh"
    sign["worsening weakness"] = "foot that drops|foot drop|weakness (that )?keeps getting worse|weakness .*getting worse|weaker (fast|quickly)"
    sign["fever or wound"] = "fever|wound is|red, hot|leaking"
    sign["pain after a fall"] = "after a fall"
    sign["pain and feeling unwell"] = "feel unwell|feeling unwell"
    # 2. Disclosure words each source title must hold, and how text names it.
    disc["src-second-opinion"] = "The surgeon offers online second opinions in their own practice."
    disc["src-vos"] = "A surgical practice that invites patients to contact it."
    disc["src-valor"] = "A clinic that sells a fibrin disc treatment. It says some of its articles may be made with AI tools and use made-up patient stories."
    disc["src-pain-after-surgery"] = "It points readers to “chronic pain therapies” that it does not name."
    disc["src-glossary"] = "It does not say who wrote it or why."
    named["src-second-opinion"] = "surgeon.s guide"
    named["src-vos"] = "victorian"
    named["src-valor"] = "valor"
    named["src-pain-after-surgery"] = "patient page"
    named["src-glossary"] = "glossary entry"
    # 3. The evidence labels.
    nlab = split("Better studied for one group|Listed as evidence-supported, no figures|Figures from published series|Little evidence in our sources|Only the seller'"'"'s claims", lab, "|")
    faq_max = 120
  }
  function in_words(d,   m) {
    split("January February March April May June July August September October November December", m, " ")
    return (substr(d, 9, 2) + 0) " " m[substr(d, 6, 2) + 0] " " substr(d, 1, 4)
  }
  function flush(   s, n, k, hits, list, w, i, found, plist) {
    if (id == "" || id == "guide") return
    low = tolower(text)
    if (id != "red-flags" && type != "source") {
      n = 0; list = ""
      for (s in sign) if (low ~ sign[s]) { n++; list = list (list == "" ? "" : ", ") s }
      if (n >= 2) { print "[" id "] names " n " warning signs (" list "): keep the list in [red-flags] only and link to it"; bad = 1 }
    }
    if (type == "source") {
      title_of[id] = title
    } else if (type != "term") {
      for (s in named) if (low ~ named[s] && index("," srcs ",", "," s ",") == 0) {
        print "[" id "] names a source in its text but does not cite it (add " s " to sources, so its disclosure line is shown)"; bad = 1 }
    }
    if (id == "about") { about_srcs = srcs; about_text = text }
    if (id == "tx-overview") overview = text
    if (id == "treatments") treat_children = children
    if (id == "faq") faq_children = children
    node_type[id] = type; node_see[id] = see; node_words[id] = words; node_labels[id] = labels
  }
  /^\[/ { flush(); id = substr($0, 2, index($0, "]") - 2)
          type = srcs = title = text = see = children = labels = ""; words = 0; next }
  /^[;#]/ { next }
  id == "guide" && /^reviewed *=/    { sub(/^reviewed *= */, ""); reviewed = $0; next }
  id == "guide" && /^next_review *=/ { sub(/^next_review *= */, ""); next_review = $0; next }
  id == "self-check" && /^(item[0-9]+_weight|band[0-9]+_[a-z]+) *=/ {
    k = $0; sub(/ *=.*/, "", k); print "[self-check] has " k ": the self-check informs and does not score (remove weights and bands)"; bad = 1; next }
  /^type *=/     { sub(/^type *= */, ""); type = $0; next }
  /^sources *=/  { sub(/^sources *= */, ""); gsub(/ /, ""); srcs = $0; next }
  /^see *=/      { sub(/^see *= */, ""); gsub(/ /, ""); see = $0; next }
  /^children *=/ { sub(/^children *= */, ""); gsub(/ /, ""); children = $0; next }
  /^title *=/    { sub(/^title *= */, ""); gsub(/^"|"$/, ""); title = $0; next }
  /^[a-z0-9_]+ *=/ {
    key = $0; sub(/ *=.*/, "", key); v = $0; sub(/^[a-z0-9_]+ *= */, "", v); gsub(/^"|"$/, "", v)
    if (key ~ /^(p[0-9]+|item[0-9]+|item[0-9]+_why|item[0-9]+_ask|band[0-9]+_text|urgent_p[0-9]+|summary)$/) text = text " " v
    if (key ~ /^p[0-9]+$/) {
      w = v; sub(/^- /, "", w); words += split(w, tmp, /[ \t]+/)
      if (v ~ /^Evidence label: /) labels = labels "\n" v
    }
  }
  END {
    flush()
    for (s in disc) {
      if (!(s in title_of)) { print "source [" s "] is missing"; bad = 1; continue }
      if (index(title_of[s], disc[s]) == 0) { print "source [" s "] title lacks its disclosure line: " disc[s]; bad = 1 }
      if (index("," about_srcs ",", "," s ",") == 0) { print "[about] does not cite " s " (About lists every source with its disclosure)"; bad = 1 }
    }
    if (reviewed != "" && index(about_text, in_words(reviewed)) == 0) {
      print "[about] does not give the date last reviewed, " in_words(reviewed) " (reviewed in [guide])"; bad = 1 }
    if (next_review != "" && index(about_text, in_words(next_review)) == 0) {
      print "[about] does not give the next review date, " in_words(next_review) " (next_review in [guide])"; bad = 1 }
    n = split(treat_children, tc, ",")
    for (i = 1; i <= n; i++) {
      c = tc[i]
      if (c == "tx-overview" || c == "treatment-cost" || node_type[c] != "page") continue
      k = node_labels[c] == "" ? 0 : split(node_labels[c], ls, "\n") - 1
      if (k != 1) { print "treatment page [" c "] has " k " evidence labels (it needs exactly one paragraph starting Evidence label: ...)"; bad = 1; continue }
      found = 0
      for (j = 1; j <= nlab; j++) if (index(ls[2], "Evidence label: " lab[j] ".") == 1) found = 1
      if (!found) { print "treatment page [" c "] uses an evidence label outside the scheme: " substr(ls[2], 1, 60); bad = 1 }
    }
    for (j = 1; j <= nlab; j++) if (index(overview, lab[j]) == 0) { print "[tx-overview] does not explain the evidence label: " lab[j]; bad = 1 }
    n = split(faq_children, fc, ",")
    for (i = 1; i <= n; i++) {
      c = fc[i]
      if (node_type[c] != "page") continue
      if (node_words[c] > faq_max) { print "FAQ answer [" c "] has " node_words[c] " words (at most " faq_max "): shorten it and link to the page that explains"; bad = 1 }
      if (node_see[c] == "") { print "FAQ answer [" c "] links to no page (add see = ...)"; bad = 1 }
    }
    if (bad) exit 1
    print "content trust: warning signs in [red-flags] only; sources cited with their disclosure; every treatment page labelled; FAQ answers short; About gives the review dates; the self-check has no score"
  }'
