#!/bin/sh
# One version everywhere (Makefile, debian/changelog, --version, the man
# page) and the licence: MIT for the code, CC BY 4.0 for the content, in
# LICENSE and in debian/copyright (machine-readable format).
NAME=release
. "$(dirname "$0")/lib.sh"

version=$(sed -n 's/^VERSION *= *//p' "$ROOT/Makefile")
changelog=$(sed -n '1s/^fbss-guide (\([^)]*\)).*/\1/p' "$ROOT/debian/changelog")
program=$("${FBSS_BIN:-$ROOT/fbss-guide}" --version)
man=$(sed -n 's/^\.TH .*"fbss-guide \([^"]*\)".*/\1/p' "$ROOT/doc/fbss-guide.1")
[ -n "$version" ] && [ "$changelog" = "$version" ] \
  && ok "debian/changelog carries the Makefile's version $version" \
  || bad "debian/changelog says '$changelog', the Makefile '$version'"
[ "$program" = "fbss-guide $version" ] && ok "fbss-guide --version prints $version" \
  || bad "fbss-guide --version prints '$program', not $version"
[ "$man" = "$version" ] && ok "the man page names version $version" \
  || bad "the man page names version '$man', not $version"
if command -v dpkg-parsechangelog >/dev/null 2>&1; then
  v=$(cd "$ROOT" && dpkg-parsechangelog -S Version 2>&1)
  [ "$v" = "$version" ] && ok "dpkg-parsechangelog reads $v" || bad "dpkg-parsechangelog: $v"
fi
grep -q "apt-get install ./build/deb/fbss-guide_${version}_" "$ROOT/README.md" \
  && ok "the README's install command names the package of version $version" \
  || bad "the README does not show 'apt-get install ./build/deb/fbss-guide_${version}_...'"

lic="$ROOT/LICENSE"
grep -q '^MIT License' "$lic" && grep -q 'Permission is hereby granted, free of charge' "$lic" \
  && ok "LICENSE: the MIT licence in full" || bad "LICENSE lacks the MIT licence"
grep -q 'Attribution 4.0 International Public License' "$lic" && grep -q 'content/' "$lic" \
  && ok "LICENSE: CC BY 4.0 in full, for content/" || bad "LICENSE lacks CC BY 4.0 for the content"
cr="$ROOT/debian/copyright"
head -n 1 "$cr" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  && ok "debian/copyright is in the machine-readable format" || bad "debian/copyright: no Format line"
awk '/^Files: \*$/ { f = 1; next } f && /^License:/ { print $2; exit }' "$cr" | grep -qx Expat \
  && ok "debian/copyright: Files: * under Expat (MIT)" || bad "debian/copyright: code not under Expat"
awk '/^Files: content\/\*$/ { f = 1; next } f && /^License:/ { print $2; exit }' "$cr" | grep -qx CC-BY-4.0 \
  && ok "debian/copyright: Files: content/* under CC-BY-4.0" || bad "debian/copyright: content not under CC-BY-4.0"
for l in Expat CC-BY-4.0; do
  # The stand-alone License paragraph (after a blank line), not a Files one.
  n=$(awk -v l="$l" 'f && /^[^ ]/ { exit } f { n++ } prev == "" && $0 == "License: " l { f = 1 }
                     { prev = $0 } END { print n + 0 }' "$cr")
  [ "$n" -gt 10 ] && ok "debian/copyright: $l's text in full ($n lines)" || bad "debian/copyright: no text for $l"
done

# The man page as man shows it: each option's argument as written (an
# unquoted space in a .BR argument splits it, and "CMD ARGS" read "CMDARGS").
if command -v groff >/dev/null 2>&1; then
  page=$(groff -man -Tascii -P-c -P-b -P-u "$ROOT/doc/fbss-guide.1" 2>/dev/null)
  printf '%s\n' "$page" | grep -q "^ *--print-command 'CMD ARGS' *$" \
    && ok "man page: --print-command 'CMD ARGS', with its space" \
    || bad "man page: the --print-command line reads: $(printf '%s\n' "$page" | grep -e "^ *--print-command")"
else
  echo "  skip $NAME: no groff here to render the man page"
fi
finish
