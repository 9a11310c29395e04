#!/usr/bin/env bash
# Issue 5, item 15: importing an mbox of N messages (default 10,000) with `masthead inbox import`,
# timed as a whole process with default JVM settings (JVM start, parsing, attachments, judging,
# storing and indexing). Goal: >= 1,000 messages/s.
#
#   bench/inbox-import.sh [N] [RUNS]      (needs python3 and /usr/bin/time; builds target/masthead.jar if missing)
#
# The mbox comes from bench/gen_mbox.py (deterministic): mostly plain-text submissions of 700-900
# words in seven languages, 15% with the piece as a .docx attachment, 7% HTML-only, follow-ups,
# auto-replies and re-sent pieces. Each run imports into a fresh database; the median is quoted.
set -euo pipefail
N=${1:-10000}
RUNS=${2:-3}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=$HERE/target/masthead.jar
[ -f "$JAR" ] || (cd "$HERE" && mvn -q -DskipTests package)
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install -y time)" >&2; exit 2; }
W=$(mktemp -d /tmp/masthead-inbox-bench.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT
python3 "$HERE/bench/gen_mbox.py" "$W/bench.mbox" "$N"
echo "mbox: $N messages, $(du -h "$W/bench.mbox" | cut -f1)" >&2
rates=()
for i in $(seq 1 "$RUNS"); do
  rm -f "$W"/inbox.db*
  /usr/bin/time -f "%e %M" -o "$W/time" java -jar "$JAR" --db "$W/inbox.db" inbox import "$W/bench.mbox" >"$W/out" 2>"$W/err"
  read -r wall kb < "$W/time"
  rate=$(python3 -c "print(f'{$N/$wall:.0f}')")
  rates+=("$rate")
  echo "run $i: $(cat "$W/out") — ${wall} s, ${rate} messages/s, peak $((kb/1024)) MiB" >&2
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "inbox import of $N messages: median ${median} messages/s over $RUNS runs (goal >= 1000, ratio $(python3 -c "print(f'{$median/1000:.2f}')"))"
