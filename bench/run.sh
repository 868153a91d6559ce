#!/usr/bin/env bash
# Benchmarks (never part of CI). One invocation, one machine: end-to-end `run` on generated exports of each
# size, each stage alone, the ingest throughput per format, and the DuckDB-only baseline a user would
# otherwise write. Prints the figures and writes them to docs/benchmarks.md.
#   bench/run.sh                # sizes 100000 1000000
#   bench/run.sh 100000         # one size
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
data="${OPSHISTORY_BENCH_DATA:-$root/bench/data}"
work="$(mktemp -d)"
trap 'kill "${broker_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
report="$root/docs/benchmarks.md"

./opshistory --version >/dev/null   # builds the jar on first use
jar="$root/app/target/opshistory.jar"
duckdb_jar=$(ls "$root"/app/target/lib/duckdb_jdbc-*.jar)
java_opts=(${OPSHISTORY_JAVA_OPTS:--Xmx2g -XX:+UseParallelGC})   # as the launcher starts them
# Every JVM starts as the launcher starts it: with the class data sharing archive its first run writes.
archive="$root/app/target/opshistory.jsa"
./opshistory run sample-data --out "$work/warm-up" > /dev/null 2>&1
if [ -f "$archive" ]; then
  java_opts+=(-Xlog:cds=off -Xlog:cds+dynamic=off "-XX:SharedArchiveFile=$archive")
fi

# time_cmd NAME CMD… → prints "NAME wall_s rss_mb cpu_s" and appends to $work/results; a step that runs longer than
# OPSHISTORY_BENCH_TIMEOUT seconds (default 1200) is stopped and recorded as "timeout".
limit=${OPSHISTORY_BENCH_TIMEOUT:-1200}
time_cmd() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" timeout -s KILL "$limit" "$@" > "$work/$name.out" 2> "$work/$name.err" || rc=$?
  if [ "$rc" = 0 ]; then
    read -r wall rss user sys < "$work/time"
    printf '%s %s %s %s\n' "$name" "$wall" "$((rss / 1024))" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" \
      | tee -a "$work/results"
  else
    # 137: killed by the time limit; anything else: the step failed (its last lines say why)
    local what="failed:exit$rc"; [ "$rc" = 137 ] && what="timeout>${limit}"
    echo "$what: $name"; { grep -v " ERROR " "$work/$name.err" || true; } | tail -3
    printf '%s %s %s %s\n' "$name" "$what" "?" "?" | tee -a "$work/results"
  fi
  cp "$work/table" "$report" 2>/dev/null || true   # keep what is measured so far
}

generate() { # N DIR FORMATS
  if [ ! -f "$2/ground-truth.labels.json" ]; then
    echo "generating $1 alerts ($3) in $2…"
    java "${java_opts[@]}" -jar "$jar" generate --alerts "$1" --days 365 --seed 42 --formats "$3" --out "$2" > /dev/null
  fi
}

start_broker() {
  java -Xmx1g -jar "$jar" broker > "$work/broker.out" 2> "$work/broker.err" &
  broker_pid=$!
  for _ in $(seq 1 120); do
    bootstrap=$(head -1 "$work/broker.out" 2>/dev/null || true)
    [ -n "$bootstrap" ] && return 0
    sleep 0.5
  done
  echo "the broker did not start"; cat "$work/broker.err"; exit 2
}

stop_broker() { kill "$broker_pid"; wait "$broker_pid" 2>/dev/null || true; broker_pid=; }

: > "$work/results"
{
  echo "# Benchmarks"
  echo
  echo "Produced by \`bench/run.sh\` on $(date -u +%Y-%m-%d) — $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), JVM options \`${java_opts[*]}\`. Wall time, CPU time (user + system, all threads) and peak"
  echo "RSS per JVM from \`/usr/bin/time\`; load average before the first step: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Input: \`opshistory generate --days 365 --seed 42\` (60% PagerDuty incidents with log entries, 40% Opsgenie alerts, postmortems)."
  echo
  echo "| alerts | input MB | step | wall s | CPU s | alerts/s | peak RSS MB |"
  echo "|---:|---:|---|---:|---:|---:|---:|"
} > "$work/table"

for n in "${sizes[@]}"; do
  dir="$data/all-$n"
  generate "$n" "$dir" pagerduty-json,opsgenie-json,postmortems
  mb=$(du -sm "$dir" | cut -f1)
  row() { read -r name wall rss cpu < <(tail -1 "$work/results"); \
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$1" "$wall" "$cpu" \
      "$(awk -v n="$n" -v w="$wall" 'BEGIN { if (w ~ /timeout|failed/) print "—"; else printf "%.0f", n / w }')" "$rss" >> "$work/table"; }

  rm -rf "$work/out"
  time_cmd "run-$n" java "${java_opts[@]}" -jar "$jar" run "$dir" --out "$work/out"; row "end to end: \`run\`"
  ours=$(tail -1 "$work/results" | cut -d' ' -f2)

  start_broker
  rm -rf "$work/out2"
  time_cmd "ingest-$n" java "${java_opts[@]}" -jar "$jar" ingest "$dir" --bootstrap-servers "$bootstrap" --out "$work/out2"; row "ingest alone"
  time_cmd "classify-$n" java "${java_opts[@]}" -jar "$jar" classify --bootstrap-servers "$bootstrap" --out "$work/out2"; row "classify alone"
  time_cmd "report-$n" java "${java_opts[@]}" -jar "$jar" report --out "$work/out2"; row "report alone"
  stop_broker

  time_cmd "baseline-$n" java -Xmx2g -cp "$duckdb_jar" "$root/bench/DuckDbBaseline.java" "$dir"; row "DuckDB-only baseline"
  base=$(tail -1 "$work/results" | cut -d' ' -f2)
  ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { if (a ~ /timeout|failed/ || b ~ /timeout|failed/) print "n/a"; else printf "%.1f", a / b }')
  echo "| $n | $mb | **ours / baseline** | **$ratio×** | | | |" >> "$work/table"
done

if [ "${OPSHISTORY_BENCH_FORMATS:-1}" = 1 ]; then
  {
    echo
    echo "## Ingest throughput per format (parse + produce to the embedded broker)"
    echo
    echo "| format | records | input MB | wall s | CPU s | records/s | MB/s | peak RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  } >> "$work/table"
  n=${OPSHISTORY_BENCH_FORMAT_SIZE:-1000000}
  start_broker
  for f in pagerduty-json pagerduty-csv opsgenie-json; do
    dir="$data/$f-$n"
    generate "$n" "$dir" "$f"
    case $f in pagerduty-json) in="$dir/pagerduty/incidents-offset-*";; pagerduty-csv) in="$dir/pagerduty-csv";; opsgenie-json) in="$dir/opsgenie";; esac
    mb=$(du -smc $in | tail -1 | cut -f1)
    rm -rf "$work/out3"
    time_cmd "ingest-$f" java -Xmx256m -jar "$jar" ingest $in --bootstrap-servers "$bootstrap" --out "$work/out3"
    read -r name wall rss cpu < <(tail -1 "$work/results")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$f" "$n" "$mb" "$wall" "$cpu" \
      "$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')" \
      "$(awk -v m="$mb" -v w="$wall" 'BEGIN { printf "%.1f", m / w }')" "$rss" >> "$work/table"
  done
  stop_broker
fi

cat "$work/table"
cp "$work/table" "$report"
echo "written to $report"
