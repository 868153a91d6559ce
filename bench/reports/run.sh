#!/usr/bin/env bash
# The report benchmark of issue 5 (never run by CI): builds synthetic warehouses of 1M and 10M classified events
# with DuckDB (COPY … FROM range(N) … FORMAT PARQUET) and times ReportGenerator.generate over each after a warm-up.
# Target: at most 5 s for 10M rows.
#
#   bench/reports/run.sh                 # 1M and 10M rows, 3 runs each
#   bench/reports/run.sh 1000000 --runs 1
#   bench/reports/run.sh 1000000 --runs 1 --timings   # and where the time goes, step by step
#
# Warehouses are kept in $BENCH_DIR (default /tmp/opshistory-bench) and reused; delete it to rebuild them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${BENCH_DIR:-/tmp/opshistory-bench}"
cd "$root"
# Compile the module and its test classes (the benchmark lives in src/test), and list the test class path.
./mvnw -B -q -pl reports test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >&2
cp="reports/target/classes:reports/target/test-classes:$(cat reports/target/bench.classpath)"
mkdir -p "$work"
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$cp" dev.opshistory.reports.bench.ReportBenchmark "$work" "$@"
