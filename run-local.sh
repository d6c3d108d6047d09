#!/usr/bin/env bash
# Runs the whole PSR system on this machine: PostgreSQL, Kafka, a mail catcher, a token
# server and the five services, without Docker. Only a JDK 17 is needed.
#
#   ./run-local.sh [--build] [--clean] [--demo] [--no-cds] [--base-dir DIR]
#                  [--jvm-options-for SERVICE="OPTS"]
#
#   --build   rebuild the jars first (otherwise only when some are missing)
#   --clean   delete the data and logs in .local-stack/ first
#   --demo    load a small fictitious scenario through the public APIs
#   --no-cds  no class-data sharing (by default the first start of each service records
#             an archive in <module>/target/cds/ and later starts map it: faster start-up)
#   --jvm-options-for SERVICE="OPTS"
#             JVM options for one service, after the defaults (repeatable), e.g.
#             incident-service="-XX:TieredStopAtLevel=4" for C2: slower to start, less
#             CPU per request once warm
#
# Data and logs live in .local-stack/ and survive restarts. Ctrl-C stops
# everything: the services first, then Kafka, PostgreSQL, the mail catcher, the token server.
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
VERSION=0.1.0-SNAPSHOT
SERVICES="incident-service register-service notification-service letters-service partner-sync-service"

build=false
launcher_args=()
for arg in "$@"; do
	case "$arg" in
		--build) build=true ;;
		*) launcher_args+=("$arg") ;;
	esac
done

launcher_jar="local-stack/target/local-stack-$VERSION.jar"
missing=()
[[ -f "$launcher_jar" && -d local-stack/target/lib ]] || missing+=("$launcher_jar")
for service in $SERVICES; do
	jar="$service/target/$service-$VERSION-exec.jar"
	[[ -f "$jar" ]] || missing+=("$jar")
done

if $build; then
	echo "Building (--build): ./mvnw -q -DskipTests install"
	./mvnw -q -DskipTests install
elif ((${#missing[@]} > 0)); then
	echo "Building, because these are missing: ${missing[*]}"
	echo "  ./mvnw -q -DskipTests install   (the first build downloads dependencies and takes a few minutes)"
	./mvnw -q -DskipTests install
else
	echo "Using the jars already built (./run-local.sh --build rebuilds them)."
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The launcher runs in the background with SIGINT ignored, which its child JVMs inherit:
# Ctrl-C reaches only this script, which asks the launcher (SIGTERM) to stop everything
# in order. Otherwise the terminal would interrupt every JVM at once.
# The classpath lists the jars one by one (no fat jar): the Kafka broker's child JVM is
# started from the launcher's java.class.path.
(
	trap '' INT
	exec "$JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
		-cp "local-stack/target/lib/*:$launcher_jar" \
		uk.gov.cheltenham.psr.localstack.LocalStack --repo "$ROOT" ${launcher_args[@]+"${launcher_args[@]}"}
) &
launcher=$!

stop() {
	kill -TERM "$launcher" 2>/dev/null || true
}
trap stop INT TERM HUP

# wait returns early when a trap runs; keep waiting until the launcher has gone
status=0
while :; do
	if wait "$launcher"; then status=0; else status=$?; fi
	kill -0 "$launcher" 2>/dev/null || break
done
exit "$status"
