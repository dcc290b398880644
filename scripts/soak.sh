#!/usr/bin/env bash
# The soak: the whole platform (five applications, Kafka, PostgreSQL, the OIDC test server) under a steady write load
# through the gateway at half the capacity it is measured to have, for 30 minutes: every 30 s the answers (2xx or
# not, latency p50/p99), the lag of every consumer group on cases.events, the oldest unsent outbox row and the RSS
# of each application; at the end nothing refused, nothing lost, nothing counted twice, no growing lag, flat memory.
# The figures land in e2e-tests/target/soak/report.md (copy them to docs/reliability.md).
#
#   scripts/soak.sh                        # 30 minutes at half the measured capacity
#   SOAK_MINUTES=5 scripts/soak.sh         # shorter
#   SOAK_RATE=10 scripts/soak.sh           # a given rate (writes/s) instead of measuring the capacity
#
# Run it with the machine to itself: the capacity and the memory figures mean little next to other builds.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
./mvnw -B -q -pl e2e-tests -am verify -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
  -Dsoak.minutes="${SOAK_MINUTES:-30}" \
  -Dsoak.rate="${SOAK_RATE:-}" "$@" || status=$?

if [ -f e2e-tests/target/soak/report.md ]; then
  cat e2e-tests/target/soak/report.md
fi
exit "$status"
