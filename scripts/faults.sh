#!/usr/bin/env bash
# The fault suite at full length: the whole platform (five applications, Kafka, PostgreSQL, the OIDC test server)
# under a steady write load through the gateway, struck by one fault after another — case-service killed with
# SIGKILL, the Kafka broker stopped, PostgreSQL restarted, monitoring-service killed mid-batch and rebuilt, a poison
# event, consumer offsets reset, the identity provider stopped, case-service and the gateway started while it is
# away (503 until it is back, then served without a restart) — each checked for writes lost and events counted
# twice. The figures land in e2e-tests/target/faults/report.md
# (copy them to docs/reliability.md).
#
#   scripts/faults.sh                      # 200 writes per phase, 60 s broker outage, 4 writers
#   FAULTS_WRITES=50 scripts/faults.sh     # shorter
#
# PostgreSQL is restarted with pg_ctlcluster (as root): do not run it while something else uses the server.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl e2e-tests -am verify -Dtest=FaultSuiteTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfaults.writes="${FAULTS_WRITES:-200}" \
  -Dfaults.outage-seconds="${FAULTS_OUTAGE_SECONDS:-60}" \
  -Dfaults.workers="${FAULTS_WORKERS:-4}" \
  -Dfaults.restart-postgres="${FAULTS_RESTART_POSTGRES:-true}" "$@"

cat e2e-tests/target/faults/report.md
