#!/usr/bin/env bash
# The packaged app's class-data archive (AppCDS), in two steps (see docs/decisions/0013-packaging.md):
#   cds.sh classlist IMAGE   opens the app image's window once (--smoke: it waits for the database and
#                            the article list, then closes itself) and records the classes it loaded in
#                            IMAGE/lib/app/masthead.classlist. This is also the build's check that the
#                            trimmed runtime runs Masthead: a missing module fails here.
#   cds.sh archive IMAGE     dumps IMAGE/lib/app/masthead.jsa from that list, for the jar at this path
#                            (the .deb's postinst does the same for /opt/masthead when it installs).
# The window needs a display: without DISPLAY, xvfb-run is used.
set -euo pipefail
step=$1
image=$(cd "$2" && pwd)
java="$image/lib/runtime/bin/java"
jar="$image/lib/app/masthead.jar"
case "$step" in
  classlist)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    run=()
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      command -v xvfb-run >/dev/null || { echo "cds.sh: no display and no xvfb-run (apt-get install xvfb libgtk-3-0)" >&2; exit 1; }
      run=(xvfb-run -a)
    fi
    MASTHEAD_CONFIG_DIR="$work/config" "${run[@]}" "$java" -Xshare:off -XX:DumpLoadedClassList="$image/lib/app/masthead.classlist" \
      -cp "$jar" org.masthead.app.Launcher --smoke --db "$work/smoke.db" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    grep -q MASTHEAD_READY "$work/err" || { cat "$work/err" >&2; echo "cds.sh: the window did not open" >&2; exit 1; }
    echo "cds.sh: the app image opened its window ($(grep -c . "$image/lib/app/masthead.classlist") classes listed)"
    ;;
  archive)
    rm -f "$image/lib/app/masthead.jsa"
    "$java" -Xshare:dump -XX:SharedClassListFile="$image/lib/app/masthead.classlist" \
      -XX:SharedArchiveFile="$image/lib/app/masthead.jsa" -cp "$jar" > /dev/null
    echo "cds.sh: $(du -h "$image/lib/app/masthead.jsa" | cut -f1) class-data archive written"
    ;;
  *) echo "usage: cds.sh classlist|archive IMAGE" >&2; exit 2 ;;
esac
