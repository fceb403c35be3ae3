#!/bin/sh
# The Debian package, as a clinic would use it: `make deb` builds it
# (lintian: no errors, no warnings), `apt-get install ./fbss-guide_*.deb`
# installs it, the installed guide finds its content with no option, runs
# --check and a plain-mode walk, `man fbss-guide` shows its page, and
# `apt-get purge` leaves nothing behind.
#
# It needs root and apt. Where either is missing it says so in one line and
# is skipped, unless REQUIRE_PACKAGE_CHECK is set (.ci/run sets it): then
# that is a failure.
NAME=package
. "$(dirname "$0")/lib.sh"

cannot() {
  if [ -n "${REQUIRE_PACKAGE_CHECK:-}" ]; then
    bad "$1 (REQUIRE_PACKAGE_CHECK is set: the package check must run here)"
  else
    skip "package check skipped: $1"
  fi
  finish; exit
}
for tool in apt-get dpkg-buildpackage lintian; do
  command -v $tool >/dev/null 2>&1 || cannot "$tool is not installed (not a Debian or Ubuntu system, or run 'make deps-check')"
done
[ "$(id -u)" = 0 ] || cannot "not root, and apt-get install needs root"
if dpkg -s fbss-guide >/dev/null 2>&1; then
  cannot "fbss-guide is already installed here and this test does not touch it (apt-get purge fbss-guide)"
fi

version=$(sed -n 's/^VERSION *= *//p' "$ROOT/Makefile")
quiet_make "$ROOT" deb >"$TMP/deb.log" 2>&1; rc=$?
deb=$(tail -n 1 "$TMP/deb.log")
if [ "$rc" = 0 ] && [ -f "$ROOT/$deb" ]; then
  ok "make deb built $deb"
else
  bad "make deb failed (status $rc): $(tail -n 20 "$TMP/deb.log")"; finish; exit
fi
grep -q '^deb: lintian: no errors, no warnings' "$TMP/deb.log" \
  && ok "lintian: no errors, no warnings: $(sed -n 's/^deb: lintian: no errors, no warnings //p' "$TMP/deb.log")" \
  || bad "lintian: $(cat "$TMP/deb.log")"
case "$deb" in build/deb/fbss-guide_"$version"_*.deb) ok "the package's version is the program's ($version)" ;;
  *) bad "package $deb does not carry version $version" ;; esac

# One machine may run several make checks at once (a team's, in parallel
# worktrees): they take turns installing, running and purging.
lockdir=/var/lock; [ -d "$lockdir" ] && [ -w "$lockdir" ] || lockdir=/tmp
exec 9>"$lockdir/fbss-guide-package-check.lock"
flock -w 900 9 || { bad "another package check held $lockdir/fbss-guide-package-check.lock for 15 minutes"; finish; exit; }
if dpkg -s fbss-guide >/dev/null 2>&1; then
  cannot "fbss-guide is already installed here and this test does not touch it (apt-get purge fbss-guide)"
fi

# Installed as a person would; man pages and docs even where the system
# excludes them (minimal images), since this test reads them.
purge() { apt-get purge -y -qq -o DPkg::Lock::Timeout=300 fbss-guide >"$TMP/purge.log" 2>&1; }
trap 'dpkg -s fbss-guide >/dev/null 2>&1 && purge; rm -rf "$TMP"' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=300 \
  -o DPkg::Options::=--path-include=/usr/share/man/man1/fbss-guide.1.gz \
  -o DPkg::Options::=--path-include=/usr/share/doc/fbss-guide/* \
  "$ROOT/$deb" >"$TMP/install.log" 2>&1; rc=$?
if [ "$rc" = 0 ] && dpkg -s fbss-guide 2>/dev/null | grep -q '^Status: install ok installed'; then
  ok "apt-get install ./$(basename "$deb")"
else
  bad "apt-get install failed (status $rc): $(tail -n 10 "$TMP/install.log")"; finish; exit
fi
dpkg -L fbss-guide > "$TMP/files"

# From / with no FBSS_GUIDE_CONTENT: only the installed folder can be found.
installed() { (cd / && env -u FBSS_GUIDE_CONTENT LC_ALL=C.UTF-8 COLUMNS=80 "$@"); }
[ "$(command -v fbss-guide)" = /usr/bin/fbss-guide ] && ok "the program is /usr/bin/fbss-guide" \
  || bad "fbss-guide on PATH is '$(command -v fbss-guide)'"
out=$(installed fbss-guide --check 2>&1); rc=$?
case "$rc:$out" in
  "0:/usr/share/fbss-guide: ok: "*) ok "fbss-guide --check with no option: $(printf '%s\n' "$out" | head -n 1)" ;;
  *) bad "fbss-guide --check (status $rc): $out" ;;
esac
[ "$(installed fbss-guide --version)" = "fbss-guide $version" ] && ok "--version says $version" \
  || bad "--version says '$(installed fbss-guide --version)'"

walk='2\n1\nq\n'   # Home, "What is FBSS?", its first page, quit
printf "$walk" | installed fbss-guide --plain >"$TMP/walk" 2>&1; rc=$?
printf "$walk" | installed "$ROOT/fbss-guide" --plain --content "$ROOT/content" >"$TMP/walk.src" 2>&1
if [ "$rc" = 0 ] && [ "$(wc -l <"$TMP/walk")" -gt 20 ] && cmp -s "$TMP/walk" "$TMP/walk.src"; then
  ok "plain-mode walk (printf '$walk' | fbss-guide --plain): $(wc -l <"$TMP/walk") lines, as the source tree's guide shows them"
else
  bad "plain-mode walk (status $rc) differs from the source tree's: $(diff "$TMP/walk.src" "$TMP/walk" | head -n 10)"
fi

[ "$(man -w fbss-guide 2>/dev/null)" = /usr/share/man/man1/fbss-guide.1.gz ] \
  && ok "man -w fbss-guide: /usr/share/man/man1/fbss-guide.1.gz" || bad "man -w fbss-guide: '$(man -w fbss-guide 2>&1)'"
MANPAGER=cat MANWIDTH=80 man fbss-guide >"$TMP/man" 2>"$TMP/man.err"; rc=$?
if [ "$rc" = 0 ] && grep -q 'fbss-guide - a terminal guide' "$TMP/man" && grep -q '/usr/share/fbss-guide' "$TMP/man"; then
  ok "man fbss-guide shows the page, naming /usr/share/fbss-guide under FILES"
else
  bad "man fbss-guide (status $rc): $(head -n 5 "$TMP/man") $(cat "$TMP/man.err")"
fi
[ ! -s "$TMP/man.err" ] && ok "man fbss-guide prints no warning" || bad "man fbss-guide warns: $(cat "$TMP/man.err")"

doc=/usr/share/doc/fbss-guide
for f in README.md.gz ssh.md.gz copyright examples/sshd_config.d/fbss-guide.conf; do
  [ -s "$doc/$f" ] && ok "$doc/$f is installed" || bad "$doc/$f is missing"
done
zcat "$doc/README.md.gz" | cmp -s - "$ROOT/README.md" && ok "the installed README is the project's" \
  || bad "the installed README differs from README.md"
example="$doc/examples/sshd_config.d/fbss-guide.conf"
grep -q '^    ForceCommand /usr/bin/fbss-guide --kiosk' "$example" \
  && ok "the sshd example runs /usr/bin/fbss-guide --kiosk" || bad "sshd example: $(cat "$example")"
if command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ]; then
  ssh-keygen -q -t ed25519 -N '' -f "$TMP/hostkey" >/dev/null
  [ -d /run/sshd ] || { mkdir -p /run/sshd && chmod 755 /run/sshd; }
  { echo "HostKey $TMP/hostkey"; cat "$example"; } > "$TMP/sshd_config"
  out=$(/usr/sbin/sshd -t -f "$TMP/sshd_config" 2>&1) && ok "sshd -t accepts the example" \
    || bad "sshd -t rejects the example: $out"
else
  skip "sshd is not installed: the example's syntax is not checked"
fi

purge; rc=$?
[ "$rc" = 0 ] && ! dpkg -s fbss-guide >/dev/null 2>&1 && ok "apt-get purge fbss-guide" \
  || bad "apt-get purge failed (status $rc): $(tail -n 5 "$TMP/purge.log")"
left=""
while read -r f; do
  [ -e "$f" ] || continue
  if [ ! -d "$f" ] || case "$f" in *fbss-guide*) true ;; *) false ;; esac; then left="$left $f"; fi
done < "$TMP/files"
[ -z "$left" ] && ok "nothing is left of the $(wc -l <"$TMP/files") paths it installed" \
  || bad "left after purge:$left"
command -v fbss-guide >/dev/null 2>&1 && bad "fbss-guide is still on PATH" || ok "fbss-guide is gone from PATH"
finish
