#!/usr/bin/env bash
# Issue 7, item 5: upgrading the .deb keeps the data. Installs version N of the package into a
# throw-away root with the real dpkg (its own database there; maintainer scripts run unchrooted with
# DPKG_ROOT set, so nothing lands in this machine's / or its menus), creates content with the
# installed `masthead` command under a throw-away HOME, installs N+1 over it, and checks that
# N+1 finds everything; then removes the package and checks the data is still there.
#   .ci/deb-upgrade-test.sh [N.deb [N+1.deb]]
# Without N+1, it is N repacked with its version raised (same program: what is tested is the
# package's upgrade path and where the data lives; give a real older .deb as N to test migrations).
# Needs dpkg, dpkg-deb and fakeroot; exit 0 and "1 passed, 0 failed" when all holds.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:-$(ls target/dist/masthead_*.deb 2>/dev/null | head -1)}
[ -f "$old" ] || { echo "deb-upgrade-test: no .deb: build it with mvn -Pdist -DskipTests package" >&2; exit 1; }
for t in dpkg dpkg-deb fakeroot; do command -v $t >/dev/null || { echo "deb-upgrade-test: needs $t" >&2; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "deb-upgrade-test: FAILED: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

new=${2:-}
if [ -z "$new" ]; then
  dpkg-deb -R "$old" "$work/repack"
  v=$(sed -n 's/^Version: //p' "$work/repack/DEBIAN/control")
  sed -i "s/^Version: .*/Version: ${v%-*}-$(( ${v##*-} + 1 ))/" "$work/repack/DEBIAN/control"
  new="$work/masthead-next.deb"
  DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 fakeroot dpkg-deb -b "$work/repack" "$new" >/dev/null
  rm -rf "$work/repack"
fi

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/log" "$root/usr/bin"
touch "$root/var/lib/dpkg/status"
dpkg_root() { dpkg --root="$root" --force-script-chrootless --force-depends --log="$root/var/log/dpkg.log" "$@"; }
version() { dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version}' masthead; }

dpkg_root -i "$old" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "installing $old"; }
v1=$(version)
[ -L "$root/usr/bin/masthead" ] || fail "no /usr/bin/masthead link"
[ -s "$root/opt/masthead/lib/app/masthead.jsa" ] || fail "postinst made no class-data archive"

# A user's content, made with the installed command, in the user's default database.
# Java takes user.home from the password file, not $HOME, so the XDG folders point into the throw-away home.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
unset MASTHEAD_DB MASTHEAD_CONFIG_DIR
mkdir -p "$HOME" "$work/md"
cat > "$work/md/monsoon.md" <<'MD'
---
title: "Who owns the monsoon?"
author: Li Wei
---
The rains cross borders that **treaties** do not.

水是共同的。
MD
mcmd="$root/usr/bin/masthead"
"$mcmd" --help > "$work/help.txt" || fail "masthead --help"
grep -q "Usage: masthead" "$work/help.txt" || fail "masthead --help printed no usage"
"$mcmd" import-md "$work/md/monsoon.md" > "$work/import.txt" 2>&1 || { cat "$work/import.txt" >&2; fail "import-md"; }
"$mcmd" articles list --json > "$work/before.json" || fail "articles list before the upgrade"
grep -q "Who owns the monsoon" "$work/before.json" || fail "the imported article is not listed"
db="$HOME/.local/share/masthead/masthead.db"
[ -f "$db" ] || fail "no database at $db"
"$mcmd" backup --out "$work/before-backup.json" > /dev/null 2>&1 || fail "backup before the upgrade"

dpkg_root -i "$new" > "$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log" >&2; fail "installing $new over $v1"; }
v2=$(version)
[ "$v1" != "$v2" ] || fail "the version did not change ($v1)"
[ -s "$root/opt/masthead/lib/app/masthead.jsa" ] || fail "no class-data archive after the upgrade"
"$mcmd" articles list --json > "$work/after.json" || fail "articles list after the upgrade"
cmp -s "$work/before.json" "$work/after.json" || { diff "$work/before.json" "$work/after.json" >&2 || true; fail "the articles differ after the upgrade"; }
"$mcmd" backup --out "$work/after-backup.json" > /dev/null 2>&1 || fail "backup after the upgrade"
# the whole content (text, images, plans, settings) is the same, apart from when each backup was made
norm() { grep -v -E '"(exportedAt|createdAt|writtenAt)"' "$1"; }
cmp -s <(norm "$work/before-backup.json") <(norm "$work/after-backup.json") || fail "the backup differs after the upgrade"

if command -v xvfb-run >/dev/null; then # the installed window opens on the upgraded database and closes itself
  xvfb-run -a "$mcmd" --smoke --db "$db" 2> "$work/smoke.txt" || { cat "$work/smoke.txt" >&2; fail "the installed window"; }
  grep -q MASTHEAD_READY "$work/smoke.txt" || fail "the installed window did not open"
fi

dpkg_root --purge masthead > "$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "purging"; }
[ ! -e "$root/opt/masthead" ] || fail "/opt/masthead left behind: $(find "$root/opt/masthead" | head -3)"
[ ! -L "$root/usr/bin/masthead" ] || fail "/usr/bin/masthead left behind"
[ -f "$db" ] || fail "removing the package removed the user's database"

echo "deb-upgrade-test: $v1 -> $v2 kept $(grep -o '"id"' "$work/after.json" | wc -l) article(s) and the whole backup; removal left the data"
echo "1 passed, 0 failed"
