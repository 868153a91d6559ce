#!/usr/bin/env bash
# The one-shot of docker-compose.yml: exports → Kafka (ingest), the classify job on the Flink cluster
# (`flink run`, attached: it returns when the bounded job has read the topics to their end), then the report.
# Arguments are passed to the job jar, e.g. `docker compose run opshistory --timezone Europe/Madrid`.
set -euo pipefail

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
jobmanager="${FLINK_JOBMANAGER:-jobmanager:8081}"
parallelism="${PARALLELISM:-4}"
input="${INPUT_DIR:-/data/input}"
out="${OUT_DIR:-/data/out}"
home=/opt/opshistory

opshistory() {
  java ${OPSHISTORY_JAVA_OPTS:--Xmx1g} -jar "$home/opshistory.jar" "$@"
}

echo "== ingest $input → $bootstrap" >&2
opshistory ingest "$input" --bootstrap-servers "$bootstrap" --out "$out"

# The job rebuilds the warehouse from the topics; files of an earlier run would be counted twice.
rm -rf "$out/warehouse"

echo "== classify on the Flink cluster at $jobmanager (parallelism $parallelism)" >&2
flink run -m "$jobmanager" "$home/opshistory-cluster-job.jar" \
  --bootstrap-servers "$bootstrap" --warehouse "$out/warehouse" --parallelism "$parallelism" "$@"

echo "== report → $out" >&2
opshistory report --out "$out"
