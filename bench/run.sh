#!/usr/bin/env bash
# Benchmarks, each followed by pgbench on the same PostgreSQL as the ceiling. See docs/benchmarks.md.
#
#   bench/run.sh              workflows: validate + save a 500-node workflow, and list/filter with 100,000
#                             workflows in one org beside 1,000 other orgs
#   bench/run.sh executions   executions of a 3-node workflow: throughput, and trigger-to-done at a fixed rate
#   bench/run.sh webhooks     signed webhook ingest with wrk at fixed offered rates: p50/p99, where p99 passes 50 ms
#   bench/run.sh webhooks-api the same against an API-only instance (engine off), as in front of engine instances
#   bench/run.sh schedules    10,000 schedules due in the same minute: fire lag p50/p99/max
#   bench/run.sh schedules-split  the same with the engine off (its runs left to engine instances elsewhere)
#   bench/run.sh outbox-kill  a delivery in flight when its server is killed with SIGKILL arrives again from the
#                             next server, same webhook-id (exit 1 if not)
#   bench/run.sh schedule-twins  two server processes, 1,000 schedules every minute for 5 minutes, both killed
#                             with SIGKILL on the way: every slot must have exactly one execution (exit 1 if not)
#
# Environment: GLYPHIC_BENCH_DB_URL (a superuser JDBC URL, default jdbc:postgresql://127.0.0.1:5432/postgres),
# GLYPHIC_BENCH_DB_USER (default postgres), GLYPHIC_BENCH_DB_PASSWORD (default empty). The run creates its own
# database and roles (and a scratch database for pgbench) and drops them at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"

./mvnw -q -B install -DskipTests
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

# A fixed heap, so that a run does not measure the heap growing.
# BENCH_JAVA_OPTS adds JVM flags, e.g. -XX:StartFlightRecording=filename=bench/results/run.jfr,settings=profile
case "${1:-workflows}" in
  workflows) main=dev.glyphic.bench.WorkflowBench ;;
  executions) main=dev.glyphic.bench.ExecutionBench ;;
  schedule-twins) main=dev.glyphic.bench.ScheduleTwinsCheck ;;
  webhooks) main=dev.glyphic.bench.WebhookIngestBench ;;
  webhooks-api) main=dev.glyphic.bench.WebhookIngestBench; BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dglyphic.bench.engine=off" ;;
  schedules) main=dev.glyphic.bench.ScheduleLagBench ;;
  schedules-split) main=dev.glyphic.bench.ScheduleLagBench; BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dglyphic.bench.engine=off" ;;
  outbox-kill) main=dev.glyphic.bench.OutboxKillCheck ;;
  *) echo "usage: bench/run.sh [workflows|executions|schedule-twins|webhooks|webhooks-api|schedules|schedules-split|outbox-kill]" >&2
     exit 2 ;;
esac
exec java -Xms1g -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main"
