#!/usr/bin/env bash
# Runs the Wijknetwerk benchmark on this machine and writes benchmarks/target/benchmark-report.md.
#
#   scripts/benchmark.sh [-Dbench.duration=20] [-Dbench.workers=8] [-Dbench.scale.cases=1000000] …
#
# Builds the applications and the harness (tests skipped), then starts the platform from empty on ports of its
# own (gateway 28080, Kafka 29092, Keycloak 28180; databases *_bench), measures and stops everything.
# The settings are described in docs/benchmarks.md. Run it on an otherwise quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks -am package -DskipTests
exec java "$@" -jar benchmarks/target/wijknetwerk-benchmarks.jar
