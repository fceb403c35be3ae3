#!/bin/sh
# scripts/deps.sh: every package name it relies on exists in this machine's
# archive (apt-cache), the sanitizer and fuzzer runtime it picks matches the
# installed clang and really links a fuzzer with ASan and UBSan, and when
# something is missing it says what it installs.
NAME=deps
. "$(dirname "$0")/lib.sh"
deps="$ROOT/scripts/deps.sh"

if ! command -v apt-cache >/dev/null 2>&1; then
  skip "no apt-cache (not Debian or Ubuntu): package names not checked"; finish; exit
fi
if ! apt-cache show --no-all-versions gcc >/dev/null 2>&1; then
  skip "apt-cache knows no packages yet (run apt-get update): package names not checked"; finish; exit
fi

for mode in run check bench deb; do
  names=$(sh "$deps" names $mode | tr '\n' ' ')
  unknown=""
  for p in $names; do
    apt-cache show --no-all-versions "$p" >/dev/null 2>&1 || unknown="$unknown $p"
  done
  [ -z "$unknown" ] && ok "deps.sh $mode: apt-cache knows all $(echo $names | wc -w) packages: $names" \
    || bad "deps.sh $mode: apt-cache does not know:$unknown"
done

# What debian/control's Build-Depends name, `make deb` installs first.
bdeps=$(sed -n '/^Build-Depends:/,/^[A-Z]/p' "$ROOT/debian/control" | sed '$d; s/^Build-Depends://' |
        tr ',' '\n' | sed 's/([^)]*)//g; s/<[^>]*>//g; s/\[[^]]*\]//g; s/ //g; s/^debhelper-compat$/debhelper/' |
        sed '/^$/d')
debnames=$(sh "$deps" names deb)
notin=""
for b in $bdeps; do   # b: one dependency, alternatives joined by |
  found=""
  for alt in $(echo "$b" | tr '|' ' '); do printf '%s\n' "$debnames" | grep -qx "$alt" && found=1; done
  [ -n "$found" ] || notin="$notin $b"
done
[ -n "$bdeps" ] && [ -z "$notin" ] && ok "deps.sh deb installs every Build-Depends: $(echo $bdeps)" \
  || bad "Build-Depends that deps.sh deb does not install:$notin (parsed: $(echo $bdeps))"

grep -q 'libclang-rt-[0-9]' "$deps" && bad "deps.sh pins a clang version: $(grep -n 'libclang-rt-[0-9]' "$deps")" \
  || ok "deps.sh pins no clang version"
v=$(clang -dumpversion | cut -d. -f1)
rt=$(sh "$deps" names check | grep '^libclang-')
case "$rt" in
  "libclang-rt-$v-dev"|"libclang-common-$v-dev") ok "the runtime matches clang $v: $rt" ;;
  *) bad "runtime '$rt' does not match clang $v" ;;
esac
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' > "$TMP/f.c"
clang -fsanitize=fuzzer,address,undefined -o "$TMP/f" "$TMP/f.c" 2>"$TMP/clang.err" && "$TMP/f" -runs=1 >/dev/null 2>&1 \
  && ok "with $rt, clang $v links and runs a fuzzer under ASan and UBSan" \
  || bad "clang $v cannot link a fuzzer with ASan and UBSan: $(cat "$TMP/clang.err")"

# Another clang: the runtime follows its version, and where the archive
# has no libclang-rt-N-dev (Ubuntu 22.04's clang 14 keeps it in
# libclang-common-14-dev), the older package is named.
mkdir "$TMP/bin"
printf '#!/bin/sh\necho 99.1.0\n' > "$TMP/bin/clang" && chmod +x "$TMP/bin/clang"
rt99=$(PATH="$TMP/bin:$PATH" sh "$deps" names check | grep '^libclang-')
[ "$rt99" = libclang-common-99-dev ] && ok "for a clang 99 without libclang-rt-99-dev: $rt99" \
  || bad "for a clang 99 deps.sh chose '$rt99', not libclang-common-99-dev"

# No clang yet: the version comes from the clang package's dependency.
mkdir "$TMP/noclang"
for t in apt-cache sed head cut tr grep cat; do ln -s "$(command -v $t)" "$TMP/noclang/$t"; done
rtnone=$(PATH="$TMP/noclang" /bin/sh "$deps" names check | grep '^libclang-')
want=$(apt-cache depends clang | sed -n 's/^ *Depends: clang-\([0-9][0-9]*\)$/\1/p' | head -n 1)
[ -n "$want" ] && [ "$rtnone" = "libclang-rt-$want-dev" -o "$rtnone" = "libclang-common-$want-dev" ] \
  && ok "with no clang installed, the runtime of the clang the archive brings: $rtnone" \
  || bad "with no clang installed deps.sh chose '$rtnone' (the archive's clang is $want)"

# Nothing installed (a fake dpkg-query), apt-get only records what it is
# asked: deps.sh says what it installs and installs the runtime too.
printf '#!/bin/sh\nexit 1\n' > "$TMP/bin/dpkg-query"
printf '#!/bin/sh\necho "$*" >> "%s"\n' "$TMP/apt-calls" > "$TMP/bin/apt-get"
printf '#!/bin/sh\necho 0\n' > "$TMP/bin/id"
chmod +x "$TMP/bin/dpkg-query" "$TMP/bin/apt-get" "$TMP/bin/id"
rm "$TMP/bin/clang"
PATH="$TMP/bin:$PATH" sh "$deps" check >"$TMP/out" 2>&1; rc=$?
[ "$rc" = 0 ] && ok "deps.sh check with everything missing (status 0)" || bad "deps.sh check: status $rc: $(cat "$TMP/out")"
grep -q "^fbss-guide: installing missing packages: gcc clang .*$rt" "$TMP/out" \
  && ok "it says what it installs: $(grep '^fbss-guide: installing missing' "$TMP/out" | cut -c1-60)..." \
  || bad "no list of what it installs: $(cat "$TMP/out")"
grep -q "^  ($rt: the sanitizer and fuzzer runtime for clang $v" "$TMP/out" \
  && ok "and why it installs $rt" || bad "no word on $rt: $(cat "$TMP/out")"
grep -q "^update" "$TMP/apt-calls" && grep -q "^install .* $rt" "$TMP/apt-calls" \
  && ok "apt-get update, then apt-get install with $rt" || bad "apt-get calls: $(cat "$TMP/apt-calls")"
finish
