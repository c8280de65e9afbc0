# syntax=docker/dockerfile:1
# The command side (Visit aggregate, sagas, deadlines, command API) as an image. It owns the event store and
# migrates the database (Flyway) when it starts. Build context: the repository root, e.g.
#   docker build -f docker/command-side.Dockerfile -t visit-ledger/command-side .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# The whole reactor: Maven reads every module's pom even when it builds one (-pl). .dockerignore keeps target/,
# data/ and .git out.
COPY . .
# BuildKit cache for ~/.m2 (Maven itself and the dependencies), so a rebuild after a code change downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl command-side -am package -DskipTests

FROM eclipse-temurin:17-jre
# A system user without a login or home: the service writes nothing but /tmp.
RUN groupadd --system visitledger \
    && useradd --system --gid visitledger --no-create-home --home-dir /app --shell /usr/sbin/nologin visitledger
WORKDIR /app
COPY --from=build /workspace/command-side/target/visit-ledger-command-side-exec.jar /app/visit-ledger-command-side-exec.jar
USER visitledger
EXPOSE 8081
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
# Temurin's Ubuntu images ship curl. SERVER_PORT, if set, moves the port; the check follows it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT:-8081}/actuator/health" > /dev/null || exit 1
# sh expands JAVA_OPTS; exec makes the JVM PID 1 so docker stop's SIGTERM reaches it (graceful shutdown).
# Arguments after the image name (docker run ... --spring.profiles.active=...) are passed on to the application.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/visit-ledger-command-side-exec.jar \"$@\"", "command-side"]
