#!/bin/sh
# deb.sh: builds the Debian package (`make deb`) from a copy of the sources
# in build/deb/, with dpkg-buildpackage -us -uc -b, so the outputs (.deb,
# .changes, .buildinfo, the build log) land in build/deb/ and the build in
# this checkout is left alone. The source package is made beside it
# (dpkg-source -b), and lintian must report no error and no warning on
# either. Prints the binary package's path last.
set -eu
cd "$(dirname "$0")/.."
out=build/deb
for tool in dpkg-buildpackage dpkg-parsechangelog dh lintian; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "deb: $tool is not installed; on Debian or Ubuntu: apt-get install dpkg-dev debhelper lintian" >&2
    exit 2; }
done
version=$(dpkg-parsechangelog -S Version)
src="$out/fbss-guide-$version"
rm -rf "$out" && mkdir -p "$out"
sh scripts/copy-sources.sh "$src"
echo "deb: building fbss-guide $version in $src (log: $out/build.log)"
if ! (cd "$src" && dpkg-buildpackage -us -uc -b -j2) > "$out/build.log" 2>&1; then
  tail -n 40 "$out/build.log"
  echo "deb: dpkg-buildpackage failed (full log: $out/build.log)" >&2
  exit 1
fi
rm -rf "$src"
changes=$(ls "$out"/fbss-guide_"$version"_*.changes)
deb=$(ls "$out"/fbss-guide_"$version"_*.deb)

# The source package too (dpkg-source -b), for lintian's checks of debian/.
sh scripts/copy-sources.sh "$src"
(cd "$out" && dpkg-source -b "fbss-guide-$version") > "$out/source.log" 2>&1 || {
  cat "$out/source.log"; echo "deb: dpkg-source -b failed" >&2; exit 1; }
rm -rf "$src"

echo "deb: lintian $changes $out/fbss-guide_$version.dsc"
if ! lintian --fail-on error,warning --display-info "$changes" "$out/fbss-guide_$version.dsc" \
     > "$out/lintian.log" 2>&1; then
  cat "$out/lintian.log"
  echo "deb: lintian reports errors or warnings (above)" >&2
  exit 1
fi
sed 's/^/  /' "$out/lintian.log"
echo "deb: lintian: no errors, no warnings ($(grep -c '^I:' "$out/lintian.log") info notes)"
echo "$deb"
