#!/usr/bin/env bash
# Runs the three benchmarks of issue 10 against the whole stack (PostgreSQL, Kafka, mail
# catcher, token server and the five services as separate JVMs, on free ports) and writes
# docs/benchmarks/results.md plus the raw histograms in docs/benchmarks/raw/.
#
#   benchmarks/run.sh [--no-build] [--quick] [--no-appcds] [--p1-rate N] [--p1-seconds S]
#                     [--p2-rates 25,50,100,150,200,250,300] [--p2-step-seconds S] [--floor-samples N]
#
#   --no-build  use the jars already built
#   --quick     a short run (P1 30 s, P2 steps of 10 s)
#   --no-appcds skip the two extra stack starts that try class-data sharing
#
# The full run takes about 15 minutes. Nothing is installed into ~/.m2: the reactor
# packages the services and the benchmark together. MVN chooses Maven (default ./mvnw;
# e.g. MVN="mvn -o" offline).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
VERSION=0.1.0-SNAPSHOT
MODULES=event-contracts,platform,test-support,incident-service,register-service,notification-service,letters-service,partner-sync-service,local-stack,benchmarks

build=true
args=()
for arg in "$@"; do
	case "$arg" in
		--no-build) build=false ;;
		*) args+=("$arg") ;;
	esac
done

if $build; then
	echo "Building: ${MVN:-./mvnw} -q -pl $MODULES package -DskipTests"
	${MVN:-./mvnw} -q -pl "$MODULES" package -DskipTests
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# jars one by one, not a fat jar: the Kafka broker's child JVM is started from java.class.path
exec "$JAVA" -Xmx1g -XX:+UseSerialGC \
	-cp "benchmarks/target/lib/*:benchmarks/target/benchmarks-$VERSION.jar" \
	uk.gov.cheltenham.psr.benchmarks.Benchmarks --repo "$ROOT" ${args[@]+"${args[@]}"}
