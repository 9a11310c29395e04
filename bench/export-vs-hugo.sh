#!/usr/bin/env bash
# Issue 4, item 14: Masthead's export against Hugo on the same corpus, in one run.
#
#   bench/export-vs-hugo.sh [N_ARTICLES]      (default 10000; needs hugo, python3, /usr/bin/time)
#
# 1. generates N articles with ../shared/bench/gen_corpus.py;
# 2. imports them into a fresh database with `masthead import-md` (timed);
# 3. times a full `masthead export --full` and `hugo --buildFuture` on ../shared/bench/hugo-baseline
#    with the same corpus, each as a whole process with default JVM settings, one after the other,
#    wall time and peak resident memory from /usr/bin/time -v;
# 4. edits one article (a new headline, through import-md of the changed file) and times an
#    incremental `masthead export`.
# Prints the figures and the ratios. Builds target/masthead.jar first if it is missing.
# The exports run with --force: the generated corpus has a few near-duplicate paragraphs that
# the preflight rightly reports as errors; the checks still run (and are timed), they just do
# not stop the export. Hugo checks nothing.
set -euo pipefail
N=${1:-10000}
HERE=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${MASTHEAD_SHARED:-$HERE/../shared}
JAR=$HERE/target/masthead.jar
[ -f "$JAR" ] || (cd "$HERE" && mvn -q -DskipTests package)
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install -y hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install -y time)" >&2; exit 2; }
[ -f "$SHARED/bench/gen_corpus.py" ] || { echo "no $SHARED/bench/gen_corpus.py" >&2; exit 2; }

W=$(mktemp -d /tmp/masthead-bench.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT
echo "corpus: $N articles in $W" >&2
python3 "$SHARED/bench/gen_corpus.py" "$W/corpus" "$N" >/dev/null
cp -r "$SHARED/bench/hugo-baseline" "$W/hugo"
mkdir -p "$W/hugo/content"
cp -r "$W/corpus" "$W/hugo/content/articles"

# wall seconds and peak KiB of a command, from GNU time
measure() {
  local log=$1; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log.err" || { echo "failed: $*" >&2; tail -20 "$log.err" >&2; exit 1; }
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$log.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log.err" | awk '{print $NF}')
  echo "$wall $rss"
}

DB=$W/masthead.db
read -r IMPORT_S IMPORT_KB < <(measure "$W/import" java -jar "$JAR" --db "$DB" import-md "$W/corpus")
read -r EXPORT_S EXPORT_KB < <(measure "$W/export" java -jar "$JAR" --db "$DB" export --out "$W/site" --full --force)
read -r HUGO_S HUGO_KB < <(cd "$W/hugo" && measure "$W/hugo-run" hugo --quiet --buildFuture)

# one article edited: a new headline in its file, imported again, then an incremental export
files=("$W"/corpus/*.md)
F=$(basename "${files[0]}")
python3 - "$W/corpus/$F" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
# the first title line, quoted or not: the new words go inside the quotes
s = re.sub(r'^title: *"(.*)"$', r'title: "\1 (revised)"', s, count=1, flags=re.M) if re.search(r'^title: *"', s, re.M) \
    else re.sub(r'^title: *(.*)$', r'title: \1 (revised)', s, count=1, flags=re.M)
open(p, "w", encoding="utf-8").write(s)
PY
java -jar "$JAR" --db "$DB" import-md "$W/corpus/$F" | grep "updated 1" >/dev/null || { echo "the edited file was not imported as an update" >&2; exit 1; }
read -r INCR_S INCR_KB < <(measure "$W/incr" java -jar "$JAR" --db "$DB" export --out "$W/site" --force)

PAGES=$(find "$W/site" -name '*.html' | wc -l)
HUGO_PAGES=$(find "$W/hugo/public" -name '*.html' | wc -l)
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
echo "articles: $N; Masthead wrote $PAGES HTML files, Hugo $HUGO_PAGES"
echo "import-md:            ${IMPORT_S} s (goal <= 20 s), peak $((IMPORT_KB/1024)) MiB"
echo "full export:          ${EXPORT_S} s, peak $((EXPORT_KB/1024)) MiB"
echo "hugo --buildFuture:   ${HUGO_S} s, peak $((HUGO_KB/1024)) MiB"
echo "ratio time:           $(ratio "$EXPORT_S" "$HUGO_S") (goal <= 0.5)"
echo "ratio peak memory:    $(ratio "$EXPORT_KB" "$HUGO_KB") (goal <= 0.5)"
echo "incremental export after one edit: ${INCR_S} s (goal <= 1.5 s), $(grep -o '[0-9]* pages written' "$W/incr.out" || true)"
