#!/bin/sh
# copy-sources.sh DEST: copies the project's sources as a fresh clone has
# them (git's tracked and new files; nothing a build made) into DEST.
# Used by `make deb` and tests/install/.
set -eu
dest=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dest"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
     xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\n" "$f"; done; true' sh |
     tar -cf - -T -) | tar -C "$dest" -xf -
else
  # Not a git checkout (an unpacked tarball): copy all, then clean.
  (cd "$root" && tar --exclude=./build -cf - .) | tar -C "$dest" -xf -
  make -C "$dest" --no-print-directory clean >/dev/null
fi
