# syntax=docker/dockerfile:1
# One image recipe for all five PSR services; SERVICE picks the Maven module:
#
#   docker build --build-arg SERVICE=incident-service -t psr/incident-service .
#
# docker-compose.yml builds each service this way.

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
RUN test -n "${SERVICE}" || (echo "--build-arg SERVICE=<module> is required" >&2; exit 1)
WORKDIR /build
# Maven reads every module's pom named in the root pom, so all of them are copied; only the
# chosen service and the modules it needs (-am) are built.
COPY pom.xml ./
COPY .mvn .mvn
COPY event-contracts event-contracts
COPY platform platform
COPY test-support test-support
COPY incident-service incident-service
COPY register-service register-service
COPY notification-service notification-service
COPY letters-service letters-service
COPY partner-sync-service partner-sync-service
COPY local-stack/pom.xml local-stack/pom.xml
COPY system-tests/pom.xml system-tests/pom.xml
# the cache mount keeps downloaded dependencies between builds of the five images
RUN --mount=type=cache,target=/root/.m2 \
	mvn -B -q -pl "${SERVICE}" -am -DskipTests package \
	&& test -f "${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar"

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="${SERVICE}" \
	org.opencontainers.image.description="PSR (Personal Safety Register): ${SERVICE}"
# curl for the compose healthcheck; a system user without a shell or home runs the service
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system --gid 10001 psr \
	&& useradd --system --uid 10001 --gid psr --no-create-home --shell /usr/sbin/nologin psr
WORKDIR /app
COPY --from=build /build/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 10001:10001
# spring.aot.enabled: the bean definitions generated at build time (process-aot), as the
# local launcher runs them; the system tests run the services this way too
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=5000 -Dspring.aot.enabled=true"
ENTRYPOINT ["sh", "-c", "exec java ${JAVA_OPTS} -jar /app/app.jar"]
