#!/bin/sh
# The command line: --check, --help, --version, content lookup, install,
# and broken content refused with status 2 before curses starts.
. "$(dirname "$0")/lib.sh"
NAME=cli
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup' EXIT

# run CMD...: stdout to $tmp/out, stderr to $tmp/err, status in $rc.
run() { "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?; }
expect_rc() { [ "$rc" = "$1" ] && ok "$2 (status $1)" || bad "$2: status $rc, not $1; stderr: $(cat "$tmp/err")"; }
expect_in() { grep -qF -- "$2" "$tmp/$1" && ok "$3" || bad "$3: \"$2\" not in $1: $(cat "$tmp/$1")"; }

run "$BIN" --check "$CONTENT"
expect_rc 0 "--check on the shipped content passes"
expect_in out "ok:" "--check prints a one-line summary"
grep -Eq 'ok: [0-9]+ pages, [0-9]+ menus, [0-9]+ checklists, [0-9]+ sources, [0-9]+ terms, [0-9]+ words' "$tmp/out" \
  && ok "summary counts pages, menus and words" || bad "summary format: $(cat "$tmp/out")"

run "$BIN" --help
expect_rc 0 "--help"
expect_in out "Usage: fbss-guide" "--help shows usage"
run "$BIN" --version
expect_rc 0 "--version"
expect_in out "fbss-guide 0." "--version shows the version"
run "$BIN" --bogus
expect_rc 2 "an unknown option is an error"
expect_in err "Try 'fbss-guide --help'" "an unknown option points to --help"

run "$BIN" --check /nonexistent/folder
expect_rc 2 "a missing content folder is an error"
expect_in err "fbss-guide: the content folder does not exist: /nonexistent/folder" "names the missing folder"
run "$BIN" --content /nonexistent
expect_rc 2 "--content naming a missing folder is an error"
expect_in err "the content folder does not exist: /nonexistent" "--content /nonexistent says the folder does not exist"
grep -q "give the content folder" "$tmp/err" && bad "the missing folder is not blamed on a missing --content" \
  || ok "the missing folder is not blamed on a missing --content"
FBSS_GUIDE_CONTENT=/nonexistent run "$BIN" --check
expect_rc 2 "FBSS_GUIDE_CONTENT naming a missing folder is an error"
expect_in err "the content folder in FBSS_GUIDE_CONTENT does not exist: /nonexistent" "says where the folder's name came from"

# Every message starts "fbss-guide:", however the program was started
# (getopt would say "./fbss-guide:").
bindir=$(dirname "$BIN"); binname=$(basename "$BIN")
for args in "--bogus" "-x" "--content" "--idle" "--idle soon" "--content $CONTENT extra" "--content /nonexistent"; do
  # shellcheck disable=SC2086
  (cd "$bindir" && "./$binname" $args) >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
  first=$(head -n 1 "$tmp/err")
  case "$first" in
    "fbss-guide: "*) grep -q '\./fbss-guide\|/fbss-guide:' "$tmp/err" \
                       && bad "'./$binname $args': a message names the program's path: $(cat "$tmp/err")" \
                       || ok "'./$binname $args': \"$first\" (status $rc)" ;;
    *) bad "'./$binname $args': first line lacks the fbss-guide: prefix: $(cat "$tmp/err")" ;;
  esac
done

# No content anywhere: every folder tried is named, the one beside the
# program too.
datadir=$("$BIN" --help | sed -n 's/^\(\/[^,]*\), content\/ beside the program.*/\1/p')
if [ -z "$datadir" ]; then
  bad "--help does not name the installed content folder"
elif [ -d "$datadir" ]; then
  echo "  skip: $datadir exists here, so the guide always finds content (no 'not found' test)"
else
  mkdir "$tmp/lone" "$tmp/empty" && cp "$BIN" "$tmp/lone/fbss-guide"
  (cd "$tmp/empty" && env -u FBSS_GUIDE_CONTENT "$tmp/lone/fbss-guide" --check) >"$tmp/out" 2>"$tmp/err"; rc=$?
  expect_rc 2 "no content found is an error"
  expect_in err "fbss-guide: cannot find the guide's content" "says the content was not found"
  expect_in err "\$FBSS_GUIDE_CONTENT (not set)" "names FBSS_GUIDE_CONTENT"
  expect_in err "$datadir (the installed folder)" "names the installed folder"
  expect_in err "$tmp/lone/content (beside the program)" "names the folder beside the program"
  expect_in err "./content (the current folder)" "names ./content"
fi

# A broken tree: the browser refuses it before the screen starts.
mkdir "$tmp/broken"
cat >"$tmp/broken/a.ini" <<'INI'
[guide]
title = T
root = home
[home]
type = menu
title = Home
children = one, nowhere
[one]
type = page
title = One
p1 = Text.
INI
run "$BIN" --content "$tmp/broken"
expect_rc 2 "broken content stops the browser"
expect_in err "a.ini:7: error: [home] children names 'nowhere', but no node has that id" "error names file, line and problem"
expect_in err "fix:" "error says how to fix it"
[ ! -s "$tmp/out" ] && ok "nothing reaches the terminal's screen (curses never started)" || bad "stdout not empty"

# FBSS_GUIDE_CONTENT is used when --content is not given.
cp -r "$CONTENT" "$tmp/copy"
FBSS_GUIDE_CONTENT="$tmp/copy" run "$BIN" --check
expect_rc 0 "content found through FBSS_GUIDE_CONTENT"
expect_in out "$tmp/copy: ok:" "FBSS_GUIDE_CONTENT wins over the source tree"

# make install honours PREFIX and DESTDIR.
run make -C "$ROOT" --no-print-directory install DESTDIR="$tmp/dest" PREFIX=/opt/fg
expect_rc 0 "make install"
[ -x "$tmp/dest/opt/fg/bin/fbss-guide" ] && ok "binary installed under DESTDIR/PREFIX/bin" || bad "no binary in $tmp/dest/opt/fg/bin"
[ -f "$tmp/dest/opt/fg/share/fbss-guide/00-guide.ini" ] && ok "content installed under share/fbss-guide" || bad "no content installed"
[ -f "$tmp/dest/opt/fg/share/man/man1/fbss-guide.1" ] && ok "man page installed" || bad "no man page installed"
"$tmp/dest/opt/fg/bin/fbss-guide" --check "$tmp/dest/opt/fg/share/fbss-guide" >/dev/null 2>&1 \
  && ok "installed content passes --check" || bad "installed content fails --check"
finish
